package app.steppe.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a browser, in domain words, so that journeys read like the user's steps. Fields are
 * found by their visible label (as a screen reader user would), which also checks that every input is labelled.
 */
public class Browser {

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /**
     * Logs in and waits until the server has answered (a page other than the login form, or the form with its error):
     * a page opened before that would race the login's redirect and be refused as anonymous.
     */
    public Browser logIn(String username, String password) {
        open("/login");
        fill("Username", username);
        fill("Password", password);
        press("Log in");
        wait.until(d -> {
            String url = d.getCurrentUrl();
            return !url.matches(".*/login/?(\\?.*)?$") || url.contains("error");
        });
        return this;
    }

    public Browser logOut() {
        press("Log out");
        return this;
    }

    /** Types into the input whose label text is {@code label} (exact, trimmed). */
    public Browser fill(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Clicks the button (or submit input) with this visible text. */
    public Browser press(String buttonText) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)=" + xpathLiteral(buttonText) + "]"
                        + " | //input[@type='submit' and @value=" + xpathLiteral(buttonText) + "]")));
        click(button);
        return this;
    }

    public Browser clickLink(String linkText) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))));
        return this;
    }

    /** Clicks as a person would: the element is first scrolled to the middle of the screen (at once: Bootstrap scrolls smoothly). */
    public void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits until the page shows this text somewhere in its body. */
    public Browser waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The element that has keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }
}
