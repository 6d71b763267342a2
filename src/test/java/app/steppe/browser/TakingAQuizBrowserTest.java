package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.AccountFixtures;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;
import app.steppe.attempt.AttemptFixtures;
import app.steppe.attempt.domain.Attempts;
import app.steppe.attempt.domain.Attempts.QuestionSlot;
import app.steppe.attempt.domain.FinishKind;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.QuizPublisher;

/**
 * A student takes a timed quiz in Chromium: every answer survives a reload, a lost connection is announced and made
 * good, and the page submits itself when the server's time is up. Time is never waited for with sleeps: an attempt
 * whose deadline is near is started in the past through the service, then the page is opened.
 */
class TakingAQuizBrowserTest extends BrowserTestSupport {

    @Autowired QuizPublisher publisher;
    @Autowired QuestionBankApi bank;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired Attempts attempts;
    @Autowired Clock clock;

    private AttemptFixtures quizzes;
    private UserAccount student;

    @BeforeEach
    void aStudentAndTheShippedQuestions() {
        quizzes = new AttemptFixtures(publisher, bank);
        student = new AccountFixtures(users, encoder, clock).aStudent("taker", "Әлия Browser");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long anOpenQuiz(int questions) {
        return quizzes.publish(AttemptFixtures.settings(now().minus(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(30)),
                questions, Navigation.FREE, ReviewTiming.IMMEDIATELY, 1));
    }

    private WebDriverWait longWait() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(40));
    }

    @Test
    void aStudentStartsAnswersEveryKindOfQuestionReloadsFindsEveryAnswerAndSubmitsThroughTheSummary() {
        long quiz = anOpenQuiz(0);
        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        browser.open("/quizzes/" + quiz).press("Start the attempt");
        longWait().until(ExpectedConditions.urlMatches("/attempts/[0-9a-f-]{36}$"));
        UUID id = UUID.fromString(browser.path().substring("/attempts/".length()));
        var slots = attempts.taking(id, student.getId(), now()).questions();

        var answered = new ArrayList<QuestionSlot>();
        for (QuestionType type : QuestionType.values()) {
            slots.stream().filter(s -> s.view().type() == type).findFirst().ifPresent(slot -> {
                answer(slot, "Tokayev");
                answered.add(slot);
            });
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(8);
        answered.forEach(this::waitUntilSaved);
        Map<Long, List<String>> before = fieldsOf(answered);

        browser.driver().navigate().refresh();
        assertThat(fieldsOf(answered)).isEqualTo(before);
        for (var slot : answered) {
            assertThat(browser.find(By.cssSelector("a[data-nav-for='" + slot.versionId() + "']")).getAttribute("class"))
                    .contains("is-answered");
        }

        // typed, then reloaded before the autosave went out: the copy kept on this device is restored and sent
        var essay = answered.stream().filter(s -> s.view().type() == QuestionType.ESSAY).findFirst().orElseThrow();
        section(essay).findElement(By.tagName("textarea")).sendKeys(" And one more thought.");
        browser.driver().navigate().refresh();
        assertThat(section(essay).findElement(By.tagName("textarea")).getAttribute("value")).endsWith("And one more thought.");
        waitUntilSaved(essay);
        assertThat(serverAnswer(id, essay)).endsWith("And one more thought.");

        browser.press("Finish attempt…");
        browser.waitForText("Finish the attempt?");
        assertThat(browser.find(By.id("count-answered")).getText()).isEqualTo(String.valueOf(answered.size()));
        browser.press("Submit the attempt");
        longWait().until(ExpectedConditions.urlContains("/attempts/" + id + "/review"));
        assertThat(finishKindOf(id)).contains(FinishKind.SUBMITTED_BY_STUDENT);
    }

    @Test
    void aStudentWhoLosesTheConnectionIsToldSoAndTheAnswerReachesTheServerWhenItReturns() {
        long quiz = anOpenQuiz(0);
        UUID id = attempts.start(quiz, student.getId(), now()).attemptId().orElseThrow();
        var text = attempts.taking(id, student.getId(), now()).questions().stream()
                .filter(s -> s.view().type() == QuestionType.SHORT_TEXT).findFirst().orElseThrow();
        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        browser.open("/attempts/" + id);
        ChromeDriver chrome = (ChromeDriver) browser.driver();

        chrome.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        try {
            answer(text, "Nazarbayev");
            WebElement warning = longWait().until(ExpectedConditions.visibilityOfElementLocated(By.id("attempt-offline")));
            assertThat(warning.getText()).startsWith("You are offline; your answers are kept on this device");
            assertThat(stateOf(text)).isEqualTo("Not saved yet");
            Object kept = ((JavascriptExecutor) chrome).executeScript("return localStorage.getItem(arguments[0]);",
                    "steppe.attempt." + id + "." + text.versionId());
            assertThat(String.valueOf(kept)).contains("Nazarbayev");
            assertThat(serverAnswer(id, text)).isEmpty();
        } finally {
            chrome.deleteNetworkConditions();
        }

        waitUntilSaved(text);
        longWait().until(ExpectedConditions.invisibilityOfElementLocated(By.id("attempt-offline")));
        assertThat(serverAnswer(id, text)).isEqualTo("Nazarbayev");
    }

    @Test
    void whenTheSessionEndsTheAnswerIsKeptAndSentOnceTheStudentLoggedInAgainInAnotherTab() {
        long quiz = anOpenQuiz(0);
        UUID id = attempts.start(quiz, student.getId(), now()).attemptId().orElseThrow();
        var text = attempts.taking(id, student.getId(), now()).questions().stream()
                .filter(s -> s.view().type() == QuestionType.SHORT_TEXT).findFirst().orElseThrow();
        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        browser.open("/attempts/" + id);
        String attemptTab = browser.driver().getWindowHandle();

        browser.driver().manage().deleteAllCookies(); // the session is gone, as after a timeout
        answer(text, "Nazarbayev");
        WebElement ended = longWait().until(ExpectedConditions.visibilityOfElementLocated(By.id("attempt-session")));
        assertThat(ended.getText()).contains("Your session has ended");
        WebElement login = ended.findElement(By.linkText("Log in again (opens a new tab)"));
        assertThat(login.getAttribute("target")).isEqualTo("_blank");
        assertThat(stateOf(text)).isEqualTo("Not saved yet");

        browser.click(login);
        longWait().until(d -> d.getWindowHandles().size() == 2);
        browser.driver().getWindowHandles().stream().filter(h -> !h.equals(attemptTab)).findFirst()
                .ifPresent(h -> browser.driver().switchTo().window(h));
        browser.fill("Username", student.getUsername()).fill("Password", AccountFixtures.PASSWORD).press("Log in");
        browser.waitForText("Әлия Browser");
        browser.driver().switchTo().window(attemptTab);

        waitUntilSaved(text);
        longWait().until(ExpectedConditions.invisibilityOfElementLocated(By.id("attempt-session")));
        assertThat(serverAnswer(id, text)).isEqualTo("Nazarbayev");
    }

    @Test
    void theCountdownFromTheServersTimeReachesZeroAndThePageSubmitsItself() {
        long quiz = anOpenQuiz(2);
        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        // the attempt began 29 min 40 s ago by the server's clock: 20 seconds are left
        UUID id = attempts.start(quiz, student.getId(), now().minus(Duration.ofMinutes(29)).minusSeconds(40))
                .attemptId().orElseThrow();
        var first = attempts.taking(id, student.getId(), now()).questions().get(0);
        browser.open("/attempts/" + id);

        WebElement time = browser.find(By.id("attempt-time"));
        assertThat(time.getText()).matches("0:(1\\d|20)");
        browser.press("Hide time");
        assertThat(time.isDisplayed()).isFalse();
        browser.driver().navigate().refresh();
        assertThat(browser.find(By.id("attempt-time")).isDisplayed()).isFalse();
        browser.press("Show time");
        assertThat(browser.find(By.id("attempt-time")).isDisplayed()).isTrue();
        answer(first, "Tokayev");
        waitUntilSaved(first);

        longWait().until(ExpectedConditions.urlContains("/attempts/" + id + "/review"));
        assertThat(finishKindOf(id)).isPresent();
        assertThat(attempts.taking(id, student.getId(), now()).questions().get(0).answered()).isTrue();
    }

    @Test
    void screenReadersAreToldWhenFiveMinutesAndWhenOneMinuteAreLeftAndOnlyOnce() {
        browser.logIn(student.getUsername(), AccountFixtures.PASSWORD);
        // 5 min 8 s left by the server's clock: the five-minute announcement comes some seconds after opening
        UUID fiveLeft = attempts.start(anOpenQuiz(1), student.getId(), now().minus(Duration.ofMinutes(24))
                .minusSeconds(52)).attemptId().orElseThrow();
        browser.open("/attempts/" + fiveLeft);
        WebElement announce = browser.find(By.id("attempt-announce"));
        assertThat(announce.getAttribute("aria-live")).isEqualTo("assertive");
        assertThat(announce.getText()).isEmpty();
        longWait().until(d -> "5 minutes left.".equals(announcementOn(d)));

        // 1 min 8 s left: the five minutes are long past and not said again; the one-minute message comes
        UUID oneLeft = attempts.start(anOpenQuiz(1), student.getId(), now().minus(Duration.ofMinutes(28))
                .minusSeconds(52)).attemptId().orElseThrow();
        browser.open("/attempts/" + oneLeft);
        assertThat(announcementOn(browser.driver())).isEmpty();
        longWait().until(d -> "1 minute left.".equals(announcementOn(d)));
    }

    private static String announcementOn(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.id("attempt-announce")).getAttribute("textContent");
    }

    // ------------------------------------------------------------------ the student's hands

    private WebElement section(QuestionSlot slot) {
        return browser.find(By.id("q-" + slot.versionId()));
    }

    /** Answers a question as a student would, whatever its kind. */
    private void answer(QuestionSlot slot, String text) {
        WebElement section = section(slot);
        switch (slot.view().type()) {
            case SINGLE_CHOICE:
                browser.click(section.findElements(By.cssSelector("input[type=radio]")).get(1));
                break;
            case MULTIPLE_RESPONSE:
                browser.click(section.findElements(By.cssSelector("input[type=checkbox]")).get(0));
                browser.click(section.findElements(By.cssSelector("input[type=checkbox]")).get(2));
                break;
            case TRUE_FALSE:
                browser.click(section.findElement(By.cssSelector("input[value=false]")));
                break;
            case MATCHING:
            case ORDERING:
                var selects = section.findElements(By.tagName("select"));
                browser.click(selects.get(0));
                new Select(selects.get(0)).selectByIndex(2);
                new Select(selects.get(1)).selectByIndex(1);
                break;
            case FILL_BLANKS:
                WebElement gap = section.findElement(By.cssSelector(".student-question-gap"));
                browser.click(gap);
                if (gap.getTagName().equals("select")) {
                    new Select(gap).selectByIndex(1);
                } else {
                    gap.sendKeys("Xi");
                }
                break;
            case ESSAY:
                WebElement area = section.findElement(By.tagName("textarea"));
                browser.click(area);
                area.sendKeys("Russia acted as a security provider.\nChina reacted late.");
                break;
            default:
                WebElement input = section.findElement(By.cssSelector("input[type=text]"));
                browser.click(input);
                input.sendKeys(slot.view().type() == QuestionType.NUMERIC ? "2022" : text);
        }
    }

    private void waitUntilSaved(QuestionSlot slot) {
        longWait().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#q-" + slot.versionId() + " .attempt-save-state"), "Saved"));
    }

    private String stateOf(QuestionSlot slot) {
        return section(slot).findElement(By.className("attempt-save-state")).getText();
    }

    /** Each question's fields as the page holds them: name=value, choices with whether they are checked. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> fieldsOf(List<QuestionSlot> slots) {
        var fields = new LinkedHashMap<Long, List<String>>();
        for (var slot : slots) {
            fields.put(slot.versionId(), (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(arguments[0].querySelectorAll('input[name^=q], select[name^=q], textarea[name^=q]'))"
                            + ".map(e => e.name + '=' + ((e.type === 'radio' || e.type === 'checkbox')"
                            + " ? e.value + ':' + e.checked : e.value));", section(slot)));
        }
        return fields;
    }

    private String serverAnswer(UUID id, QuestionSlot slot) {
        return attempts.taking(id, student.getId(), now()).questions().stream()
                .filter(s -> s.versionId() == slot.versionId()).findFirst().orElseThrow().given().value("");
    }

    private Optional<FinishKind> finishKindOf(UUID id) {
        return attempts.summariesOf(student.getId()).stream().filter(a -> a.id().equals(id)).findFirst()
                .flatMap(Attempts.AttemptSummary::finishKind);
    }
}
