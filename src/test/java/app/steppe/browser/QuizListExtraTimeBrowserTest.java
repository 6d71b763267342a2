package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An instructor publishes a quiz and grants a student extra time; the student's quiz list shows the longer limit. */
class QuizListExtraTimeBrowserTest extends BrowserTestSupport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void aStudentWithExtraTimeSeesTheLongerTimeLimitOnTheQuizList() {
        String title = "Crisis quiz " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime almaty = LocalDateTime.now(ZoneId.of("Asia/Almaty"));

        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open("/instructor/quizzes").clickLink("Publish a quiz");
        WebElement set = browser.field("Question set");
        new Select(set).getOptions().stream().filter(o -> o.getText().contains("January 2022 crisis")).findFirst()
                .orElseThrow().click();
        browser.fill("Title", title).fill("Time limit (minutes, empty for none)", "40");
        // a datetime-local input takes typed keys in the browser's locale: set its value as the picker would
        setValue(browser.field("Opens"), almaty.minus(Duration.ofHours(1)).format(LOCAL));
        setValue(browser.field("Closes"), almaty.plus(Duration.ofDays(1)).format(LOCAL));
        browser.press("Publish");
        browser.waitForText("The quiz is published.");

        WebElement row = browser.find(By.xpath("//tr[td[normalize-space(.)='" + title + "']]"));
        browser.click(row.findElement(By.linkText("Accommodations")));
        new Select(browser.field("Student")).getOptions().stream().filter(o -> o.getText().endsWith("(student)"))
                .findFirst().orElseThrow().click();
        browser.fill("Extra minutes", "20").press("Grant");
        browser.waitForText("The accommodation is saved.");
        browser.logOut();

        browser.logIn("student", DEMO_PASSWORD);
        browser.clickLink("Quizzes");
        WebElement quiz = browser.find(By.xpath("//tr[th/a[normalize-space(.)='" + title + "']]"));
        assertThat(quiz.findElement(By.cssSelector(".quiz-time-limit")).getText())
                .contains("60 min", "Includes your extra time");
        assertThat(quiz.findElement(By.cssSelector(".quiz-state")).getText()).contains("Open");
        assertThat(quiz.getText()).contains("1 of 1 left");
        assertThat(quiz.findElement(By.linkText(title)).getAttribute("href")).matches(".*/quizzes/\\d+");
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }
}
