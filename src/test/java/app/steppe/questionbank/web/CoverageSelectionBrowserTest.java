package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import app.steppe.browser.BrowserTestSupport;

/** The coverage page's script: words selected in one paragraph start a new question that quotes them. */
class CoverageSelectionBrowserTest extends BrowserTestSupport {

    private static final String COVERAGE = "/instructor/readings/kazakhstan-crisis-china/coverage";

    /** Selects the text of one paragraph from character {@code start} to {@code end}, as a drag would. */
    private void select(String fromParagraph, int start, String toParagraph, int end) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const from = document.querySelector('#' + arguments[0] + ' .qb-paragraph-text').firstChild;
                const to = document.querySelector('#' + arguments[2] + ' .qb-paragraph-text').firstChild;
                const range = document.createRange();
                range.setStart(from, arguments[1]);
                range.setEnd(to, arguments[3]);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                """, fromParagraph, start, toParagraph, end);
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(kv -> kv.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }

    @Test
    void wordsSelectedInOneParagraphOpenTheEditorWithThemAsTheQuote() {
        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open(COVERAGE);
        WebElement button = browser.find(By.id("cite-selection"));
        assertThat(button.isDisplayed()).isFalse();
        assertThat(browser.find(By.id("cite-no-js")).isDisplayed()).as("the no-script hint is hidden").isFalse();
        String text = browser.find(By.cssSelector("#p2 .qb-paragraph-text")).getText();
        String expected = text.substring(4, 60).strip();

        select("p2", 4, "p2", 60);
        browser.waiting().until(ExpectedConditions.visibilityOf(button));
        String setId = new org.openqa.selenium.support.ui.Select(browser.field("Add new questions to the set"))
                .getFirstSelectedOption().getAttribute("value");
        browser.press("New question citing this passage");

        browser.waiting().until(ExpectedConditions.urlContains("/questions/new"));
        String url = browser.driver().getCurrentUrl();
        assertThat(URI.create(url).getPath()).isEqualTo("/instructor/question-sets/" + setId + "/questions/new");
        assertThat(query(url)).containsEntry("reading", "kazakhstan-crisis-china").containsEntry("quote", expected);
    }

    @Test
    void aSelectionAcrossTwoParagraphsOffersNoButton() {
        browser.logIn("instructor", DEMO_PASSWORD);
        browser.open(COVERAGE);
        WebElement button = browser.find(By.id("cite-selection"));

        select("p2", 0, "p2", 20);
        browser.waiting().until(ExpectedConditions.visibilityOf(button));
        select("p2", 10, "p3", 10);

        browser.waiting().until(ExpectedConditions.invisibilityOf(button));
        assertThat(button.isDisplayed()).isFalse();
    }
}
