package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Error pages are our own, inside the layout, and never show an exception or its message. */
class ErrorPagesBrowserTest extends BrowserTestSupport {

    @Test
    void aStudentSeesOurOwnPagesForForbiddenMissingAndFailingRequests() {
        browser.logIn("student", DEMO_PASSWORD);

        browser.open("/instructor/students");
        assertThat(browser.text()).contains("You do not have permission to open this page.");

        browser.open("/no/such/page");
        assertThat(browser.text()).contains("There is nothing here.");

        browser.open("/test-support/fail");
        assertThat(browser.text()).contains("Something went wrong")
                .doesNotContain("secret-detail").doesNotContain("Exception").doesNotContain("at app.steppe");
        assertThat(browser.driver().getPageSource()).doesNotContain("secret-detail");
    }
}
