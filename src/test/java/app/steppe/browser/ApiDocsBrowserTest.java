package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The API documentation page (springdoc's Swagger UI) works under its Content-Security-Policy (the strict one plus
 * the hash of the one style element the UI injects, see ApiDocsPolicy): the browser reports no violation.
 */
class ApiDocsBrowserTest extends BrowserTestSupport {

    @Test
    void aLoggedInUserReadsTheApiDocumentationWithoutPolicyViolations() {
        browser.logIn("student", DEMO_PASSWORD);
        browser.open("/swagger-ui.html");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));

        assertThat(browser.text()).contains("Steppe API", "/api/v1/attempts/{id}/submit", "/api/v1/question-sets");
        List<LogEntry> console = browser.driver().manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("console errors, e.g. CSP violations")
                .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy"));
    }
}
