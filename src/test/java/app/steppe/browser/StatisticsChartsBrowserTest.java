package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * The statistics page's two charts are drawn in Chromium by Chart.js from the webjar under the strict CSP (no inline
 * script), from the figures in the page: the histogram counts every attempt, the facility chart has a bar per question.
 */
class StatisticsChartsBrowserTest extends BrowserTestSupport {

    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired Attempts attempts;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;

    @Test
    void theHistogramAndTheFacilityChartAreDrawnFromThePagesFigures() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long quiz = new AttemptFixtures(publisher, bank).aTimedQuiz(now.minus(Duration.ofHours(1)), 4);
        var accounts = new AccountFixtures(users, encoder, clock);
        for (int s = 0; s < 3; s++) {
            long student = accounts.aStudent("charted", "Charted " + s).getId();
            var id = attempts.start(quiz, student, now).attemptId().orElseThrow();
            long seq = 1;
            for (var slot : attempts.taking(id, student, now).questions()) {
                attempts.save(id, student, slot.versionId(), AttemptFixtures.anAnswerTo(slot, s == 0 ? "Tokayev" : "x"),
                        seq++, now.plusSeconds(1));
            }
            attempts.submit(id, student, now.plusSeconds(60));
        }

        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open("/instructor/statistics/quizzes/" + quiz);
        browser.waiting().until(d -> "true".equals(d.findElement(By.id("facility-chart")).getAttribute("data-drawn")));

        assertThat(chartData(browser.driver(), "score-histogram").stream().mapToLong(Long::longValue).sum())
                .as("every attempt in the histogram").isEqualTo(3);
        int questionRows = browser.findAll(By.cssSelector("#question-statistics tbody tr:not(.distractors)")).size();
        assertThat(questionRows).isPositive();
        assertThat(chartData(browser.driver(), "facility-chart")).hasSize(questionRows);
    }

    /** The first data set of the chart Chart.js drew on this canvas, as whole numbers. */
    @SuppressWarnings("unchecked")
    private static List<Long> chartData(WebDriver driver, String canvasId) {
        Object data = ((JavascriptExecutor) driver).executeScript(
                "const chart = Chart.getChart(document.getElementById(arguments[0]));"
                        + "return chart ? chart.data.datasets[0].data.map(v => Math.round(v || 0)) : null;", canvasId);
        assertThat(data).as("a chart on #" + canvasId).isNotNull();
        return ((List<Object>) data).stream().map(v -> ((Number) v).longValue()).toList();
    }
}
