package app.steppe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebErrorAdviceTest {

    @Test
    void sendsTheUserBackToThePathOfTheFormTheyCameFrom() {
        assertThat(WebErrorAdvice.sameSitePath("http://localhost:8080/instructor/readings/new?x=1"))
                .isEqualTo("/instructor/readings/new?x=1");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(WebErrorAdvice.sameSitePath("https://evil.example//steal")).isEqualTo("/");
        // only the path is kept: the host of a forged Referer is dropped
        assertThat(WebErrorAdvice.sameSitePath("//evil.example/x")).isEqualTo("/x");
        assertThat(WebErrorAdvice.sameSitePath("not a uri \\")).isEqualTo("/");
        assertThat(WebErrorAdvice.sameSitePath(null)).isEqualTo("/");
    }
}
