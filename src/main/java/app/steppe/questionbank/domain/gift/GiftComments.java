package app.steppe.questionbank.domain.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata in a question's comment lines: Moodle's {@code [id:…]} and {@code [tag:…]} (a {@code ]} inside written
 * {@code \]}, never across lines; the first id wins), and Steppe's own {@code [key:value]} notes, which its
 * exporter writes so that a question comes back whole (citations, scoring, …).
 */
public final class GiftComments {

    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\n])+)]");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\n])+)]");

    public record Metadata(String idNumber, List<String> tags) {
    }

    private GiftComments() {
    }

    public static Metadata metadata(String comments) {
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(comments);
        while (tag.find()) {
            tags.add(tag.group(1).replace("\\]", "]").strip());
        }
        Matcher id = ID.matcher(comments);
        return new Metadata(id.find() ? id.group(1).replace("\\]", "]").strip() : "", tags);
    }

    /** Every value of Steppe's note {@code [key:value]} in the comments, unescaped, in order. */
    public static List<String> notes(String comments, String key) {
        List<String> values = new ArrayList<>();
        Matcher note = Pattern.compile("\\[" + Pattern.quote(key) + ":((?:\\\\.|[^\\]\\\\\\n])*)]").matcher(comments);
        while (note.find()) {
            values.add(unescape(note.group(1)));
        }
        return values;
    }

    /** A note as a comment line: {@code // [key:value]}, with {@code \ ] newline} escaped. */
    public static String note(String key, String value) {
        return "// [" + key + ":" + value.replace("\\", "\\\\").replace("]", "\\]").replace("\r", "")
                .replace("\n", "\\n") + "]";
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
