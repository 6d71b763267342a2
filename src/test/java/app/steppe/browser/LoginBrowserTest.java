package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void anInstructorIsSentToLoginAndThenBackToThePageTheyWanted() {
        browser.open("/readings");
        assertThat(browser.path()).startsWith("/login");

        browser.fill("Username", "instructor").fill("Password", DEMO_PASSWORD).press("Log in");

        assertThat(browser.path()).startsWith("/readings");
        assertThat(browser.text()).contains("Marat Akhmetov");
    }

    @Test
    void aWrongPasswordShowsOneMessageAndNoDetail() {
        browser.logIn("student", "not-the-password");

        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.find(By.id("login-error")).getText()).isEqualTo("Wrong username or password.");
    }

    @Test
    void theLoginFormCanBeUsedWithTheKeyboardAlone() {
        browser.open("/login");
        browser.focused().sendKeys("student");
        browser.focused().sendKeys(org.openqa.selenium.Keys.TAB);
        browser.focused().sendKeys(DEMO_PASSWORD);
        browser.focused().sendKeys(org.openqa.selenium.Keys.ENTER);

        browser.waitForText("Айгерім Нұрланқызы");
        assertThat(browser.path()).isEqualTo("/");
    }
}
