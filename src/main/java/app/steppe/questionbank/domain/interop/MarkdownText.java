package app.steppe.questionbank.domain.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.owasp.html.HtmlSanitizer;

import app.steppe.questionbank.domain.gift.GiftText;

/**
 * Turns a GIFT text part into Steppe's Markdown, which the app renders and sanitises like every other Markdown:
 * {@code [markdown]} is kept, {@code [plain]} is escaped, {@code [html]} and {@code [moodle]} (HTML allowed, line
 * breaks kept) are converted: emphasis, links, lists, code and line breaks survive, other markup is dropped and
 * named in {@link #droppedTags()} so the import report can say so. HTML is tokenised by the OWASP sanitiser.
 */
final class MarkdownText {

    private static final Set<String> SKIPPED_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed",
            "noscript", "template", "head", "title");
    private static final Set<String> SILENT = Set.of("html", "body", "span", "div", "p", "br", "b", "strong", "i", "em",
            "code", "pre", "a", "ul", "ol", "li", "font", "tt", "blockquote");

    private final Set<String> dropped = new TreeSet<>();

    String convert(GiftText part) {
        if (part == null || part.isEmpty()) {
            return "";
        }
        return switch (part.format()) {
            case GiftText.MARKDOWN -> part.text();
            case GiftText.PLAIN -> escape(part.text(), true);
            case GiftText.HTML -> html(part.text(), false);
            default -> html(part.text(), true);
        };
    }

    /** The HTML elements whose formatting (or content, for scripts and images) did not survive. */
    Set<String> droppedTags() {
        return dropped;
    }

    /** Markdown's special characters escaped, so the text shows as written. */
    static String escape(String text, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\*_`[]<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            if (c == '\n' && keepLineBreaks) {
                out.append("\\\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String html(String html, boolean lineBreaks) {
        Converter converter = new Converter(lineBreaks);
        HtmlSanitizer.sanitize(html, converter);
        return converter.result();
    }

    private final class Converter implements HtmlSanitizer.Policy {

        private final StringBuilder out = new StringBuilder();
        private final boolean lineBreaks;
        private final Deque<String> lists = new ArrayDeque<>();
        private final Deque<String> links = new ArrayDeque<>();
        private int skipping;
        private int pre;

        Converter(boolean lineBreaks) {
            this.lineBreaks = lineBreaks;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            String tag = name.toLowerCase(Locale.ROOT);
            if (skipping > 0 || SKIPPED_WITH_CONTENT.contains(tag)) {
                skipping += SKIPPED_WITH_CONTENT.contains(tag) ? 1 : 0;
                dropped.add(tag);
                return;
            }
            if (!SILENT.contains(tag)) {
                dropped.add(tag);
            }
            switch (tag) {
                case "b", "strong" -> out.append("**");
                case "i", "em" -> out.append('*');
                case "code", "tt" -> out.append(pre > 0 ? "" : "`");
                case "br" -> out.append("\\\n");
                case "p", "div", "blockquote" -> paragraph();
                case "pre" -> {
                    paragraph();
                    out.append("```\n");
                    pre++;
                }
                case "ul", "ol" -> {
                    paragraph();
                    lists.push(tag);
                }
                case "li" -> {
                    newLine();
                    out.append("ol".equals(lists.peek()) ? "1. " : "- ");
                }
                case "a" -> {
                    String href = attribute(attributes, "href");
                    boolean linked = href != null && href.matches("(?i)(https?:|mailto:).*");
                    links.push(linked ? href : "");
                    if (linked) {
                        out.append('[');
                    }
                }
                case "img" -> {
                    String alt = attribute(attributes, "alt");
                    if (alt != null) {
                        out.append(escape(alt, false));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void closeTag(String name) {
            String tag = name.toLowerCase(Locale.ROOT);
            if (skipping > 0) {
                skipping -= SKIPPED_WITH_CONTENT.contains(tag) ? 1 : 0;
                return;
            }
            switch (tag) {
                case "b", "strong" -> out.append("**");
                case "i", "em" -> out.append('*');
                case "code", "tt" -> out.append(pre > 0 ? "" : "`");
                case "p", "div", "blockquote" -> paragraph();
                case "pre" -> {
                    newLine();
                    out.append("```");
                    pre = Math.max(0, pre - 1);
                    paragraph();
                }
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                    paragraph();
                }
                case "a" -> {
                    String href = links.isEmpty() ? "" : links.pop();
                    if (!href.isEmpty()) {
                        out.append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                    }
                }
                default -> { }
            }
        }

        @Override
        public void text(String text) {
            if (skipping > 0) {
                return;
            }
            if (pre > 0) {
                out.append(text);
            } else if (lineBreaks) {
                out.append(escape(text.replaceAll("[ \\t]+", " "), true));
            } else {
                out.append(escape(text.replaceAll("\\s+", " "), false));
            }
        }

        private void paragraph() {
            String trimmed = out.toString().stripTrailing();
            out.setLength(trimmed.length());
            if (out.length() > 0) {
                out.append("\n\n");
            }
        }

        private void newLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String result() {
            return out.toString().replaceAll("\n{3,}", "\n\n").replaceAll("[ \\t]+\n", "\n").strip();
        }
    }

    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equalsIgnoreCase(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
