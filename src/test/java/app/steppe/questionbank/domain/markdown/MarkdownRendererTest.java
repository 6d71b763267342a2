package app.steppe.questionbank.domain.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Test
    void rendersTheSafeSubset() {
        String html = MarkdownRenderer.render("""
                A *security* **provider**, `CSTO`:

                - one
                - two

                3. third
                4. fourth

                > quoted

                    indented code
                """);

        assertThat(html)
                .contains("<p>A <em>security</em> <strong>provider</strong>, <code>CSTO</code>:</p>")
                .contains("<ul>", "<li>one</li>", "</ul>")
                .contains("<ol start=\"3\">", "<li>third</li>")
                .contains("<blockquote>", "quoted")
                .contains("<pre><code>indented code");
    }

    @Test
    void rendersHardLineBreaks() {
        assertThat(MarkdownRenderer.render("first line  \nsecond line")).contains("first line<br />\nsecond line");
    }

    @Test
    void rendersWebLinksWithNofollowAndNoopener() {
        String html = MarkdownRenderer.render("See [the article](https://carnegie.ru/commentary/86190 \"Carnegie\").");

        assertThat(html).contains("href=\"https://carnegie.ru/commentary/86190\"")
                .contains("rel=\"nofollow noopener\"")
                .contains(">the article</a>");
    }

    @Test
    void rendersMailLinks() {
        assertThat(MarkdownRenderer.render("[mail](mailto:tutor@example.org)")).contains("href=\"mailto:tutor&#64;example.org\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Before <script>alert(1)</script> after",
            "<img src=x onerror=alert(1)>",
            "text <img src=x onerror=alert(1)> text",
            "<a onclick=\"alert(1)\" href=\"https://example.org\">x</a>",
            "<div onmouseover=alert(1)>hover</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "<javascript:alert(1)>",
            "![x](javascript:alert(1))",
            "![x\" onerror=\"alert(1)](https://example.org/a.png)",
            "[x](https://example.org\" onclick=\"alert(1))",
            "<svg onload=alert(1)>",
    })
    void neverPassesScriptsOrEventHandlersAsMarkup(String markdown) {
        String html = MarkdownRenderer.render(markdown).toLowerCase();

        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<style", "<svg", "<div",
                "onerror=", "onclick=", "onload=", "onmouseover=", "style=", "src=");
        assertThat(HREF.matcher(html).results().map(href -> href.group(1)))
                .allSatisfy(href -> assertThat(href).matches("(https?:|mailto:|#).+"));
    }

    @Test
    void rendersALinkToAForbiddenDestinationAsItsTextAlone() {
        assertThat(MarkdownRenderer.render("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>\n");
        assertThat(MarkdownRenderer.render("[admin](/admin/delete)")).isEqualTo("<p>admin</p>\n");
    }

    @Test
    void rendersALinkToAParagraphAnchor() {
        assertThat(MarkdownRenderer.render("see [paragraph 7](#p7)")).contains("<a href=\"#p7\" rel=\"nofollow noopener\">");
    }

    @Test
    void showsRawHtmlAsText() {
        assertThat(MarkdownRenderer.render("<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(MarkdownRenderer.render("a <b>bold</b> claim")).contains("a &lt;b&gt;bold&lt;/b&gt; claim");
    }

    @Test
    void keepsTheDescriptionOfAnImageAsText() {
        assertThat(MarkdownRenderer.render("![map of Central Asia](https://example.org/map.png)"))
                .isEqualTo("<p>map of Central Asia</p>\n");
    }

    @Test
    void readsHeadingsAndRulesAsPlainText() {
        String html = MarkdownRenderer.render("# Not a heading\n\n---\n\nText");

        assertThat(html).doesNotContain("<h1", "<hr").contains("# Not a heading", "Text");
    }

    @Test
    void rendersNothingForNoMarkdown() {
        assertThat(MarkdownRenderer.render(null)).isEmpty();
        assertThat(MarkdownRenderer.render("  \n ")).isEmpty();
    }
}
