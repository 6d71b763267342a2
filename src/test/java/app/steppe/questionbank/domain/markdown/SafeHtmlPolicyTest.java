package app.steppe.questionbank.domain.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sanitiser on its own, as if the Markdown renderer had let raw HTML through. */
class SafeHtmlPolicyTest {

    @Test
    void removesScriptsImagesAndEventHandlers() {
        String html = SafeHtmlPolicy.POLICY.sanitize(
                "<p onclick=\"alert(1)\">a</p><script>alert(1)</script><img src=x onerror=alert(1)><b>b</b>");

        assertThat(html).isEqualTo("<p>a</p>b");
    }

    @Test
    void keepsWebLinksAddingRelAndDropsScriptLinks() {
        assertThat(SafeHtmlPolicy.POLICY.sanitize("<a href=\"https://example.org\" onclick=\"x()\">ok</a>"))
                .isEqualTo("<a href=\"https://example.org\" rel=\"nofollow noopener\">ok</a>");
        assertThat(SafeHtmlPolicy.POLICY.sanitize("<a href=\"javascript:alert(1)\">no</a>")).isEqualTo("no");
    }
}
