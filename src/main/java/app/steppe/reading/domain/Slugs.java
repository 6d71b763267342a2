package app.steppe.reading.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** URL names for readings: ASCII, lower-case, words joined by hyphens. Cyrillic (Russian, Kazakh) is transliterated. */
public final class Slugs {

    public static final int MAX_BASE_LENGTH = 80;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Kazakh, Kyrgyz, Uzbek and Tajik letters
            Map.entry('ә', "a"), Map.entry('ғ', "gh"), Map.entry('қ', "q"), Map.entry('ң', "ng"), Map.entry('ө', "o"),
            Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"), Map.entry('і', "i"), Map.entry('ў', "o"),
            Map.entry('ҳ', "h"), Map.entry('ҷ', "j"),
            // Latin letters that do not decompose into a base letter and a mark
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"), Map.entry('đ', "d"),
            Map.entry('ł', "l"), Map.entry('ı', "i"));

    private Slugs() {
    }

    /** "China’s Role in Central Asia" → {@code chinas-role-in-central-asia}; nothing usable → {@code reading}. */
    public static String fromTitle(String title) {
        StringBuilder latin = new StringBuilder();
        for (char c : (title == null ? "" : title).toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        String slug = Normalizer.normalize(latin, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’ʼ`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_BASE_LENGTH) {
            // cut at a word boundary unless the first word alone is too long
            String cut = slug.substring(0, MAX_BASE_LENGTH);
            int lastHyphen = cut.lastIndexOf('-');
            slug = slug.charAt(MAX_BASE_LENGTH) == '-' || lastHyphen < 0 ? cut : cut.substring(0, lastHyphen);
        }
        return slug.isEmpty() ? "reading" : slug;
    }

    /** The file name without its extension, made a valid slug if it is not one already. */
    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return VALID.matcher(base).matches() && base.length() <= MAX_BASE_LENGTH ? base : fromTitle(base);
    }

    /** The n-th candidate for a slug: the base itself, then {@code base-2}, {@code base-3}, … */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
