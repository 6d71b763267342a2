package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An instructor writes a question grounded in the reading by selecting its passage. */
class QuestionAuthoringBrowserTest extends BrowserTestSupport {

    private static final String COVERAGE = "/instructor/readings/kazakhstan-crisis-china/coverage";

    @Test
    void anInstructorSelectsAPassageAndWritesAQuestionThatCitesIt() {
        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open("/instructor/question-sets").clickLink("New set");
        browser.fill("Id", "border-drill")
                .fill("Title", "Border drill");
        new Select(browser.field("Reading")).selectByValue("kazakhstan-crisis-china");
        browser.press("Create set");
        browser.waitForText("Border drill");

        browser.open(COVERAGE);
        int before = countOf("p12");
        selectInParagraph("p12", "shares a 1,782-kilometer border");
        new Select(browser.field("Add new questions to the set")).selectByVisibleText("Border drill");
        browser.press("New question citing this passage");

        browser.waitForText("What kind of question?");
        browser.clickLink("Single choice");
        browser.waitForText("New question");
        assertThat(browser.find(By.name("citations[0].quote")).getAttribute("value"))
                .isEqualTo("shares a 1,782-kilometer border");
        browser.fill("Prompt", "How long is the border that Kazakhstan shares with China, according to the article?");
        browser.find(By.name("options[0].text")).sendKeys("1,782 km");
        browser.click(browser.find(By.name("options[0].correct")));
        browser.find(By.name("options[1].text")).sendKeys("2,030 km");
        browser.press("Add the question");

        browser.waitForText("added.");
        assertThat(browser.path()).matches("/instructor/question-sets/\\d+");
        assertThat(browser.text()).contains("How long is the border that Kazakhstan shares with China");

        browser.open(COVERAGE);
        assertThat(countOf("p12")).isEqualTo(before + 1);
    }

    private int countOf(String paragraph) {
        return Integer.parseInt(browser.find(By.cssSelector("#" + paragraph + " .coverage-count"))
                .getAttribute("data-count"));
    }

    /** Selects the words in a paragraph as a mouse drag would. */
    private void selectInParagraph(String paragraph, String words) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const node = document.querySelector('#' + arguments[0] + ' .qb-paragraph-text').firstChild;
                const start = node.textContent.indexOf(arguments[1]);
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + arguments[1].length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                document.dispatchEvent(new Event('selectionchange'));
                """, paragraph, words);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cite-selection")));
    }
}
