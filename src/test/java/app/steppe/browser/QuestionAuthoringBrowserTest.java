package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An instructor writes a question grounded in the reading by selecting its passage, and grounds an imported
 * question by citing a passage the editor proposes.
 */
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

    @Test
    void anInstructorImportsAGiftQuestionAndCitesThePassageTheEditorProposes() throws IOException {
        Path gift = Files.createTempFile("csto", ".gift");
        Files.writeString(gift, "::csto-size:: How many troops did the CSTO send to Kazakhstan? {#2030}\n",
                StandardCharsets.UTF_8);
        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open("/instructor/question-sets/import");
        browser.field("File").sendKeys(gift.toAbsolutePath().toString());
        browser.fill("Id", "csto-import").fill("Title", "CSTO import");
        new Select(browser.field("Reading the questions will cite")).selectByValue("kazakhstan-crisis-china");
        browser.press("Import");
        browser.waitForText("1 question(s) imported");
        assertThat(browser.findAll(By.cssSelector(".qb-ungrounded"))).hasSize(1);

        browser.click(browser.find(By.cssSelector("a.qb-ground")));
        browser.waitForText("that match this question");
        assertThat(browser.find(By.cssSelector("#passage-suggestions blockquote")).getText())
                .contains("2,030-strong contingent");
        browser.press("Cite passage 1");
        browser.waitForText("Citation 1");
        assertThat(browser.find(By.name("citations[0].quote")).getAttribute("value")).contains("2,030-strong");
        browser.click(browser.find(By.cssSelector(".qe-actions button[value=save]")));

        browser.waitForText("saved.");
        assertThat(browser.findAll(By.cssSelector(".qb-ungrounded"))).isEmpty();
        assertThat(browser.findAll(By.id("set-ungrounded-alert"))).isEmpty();
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
