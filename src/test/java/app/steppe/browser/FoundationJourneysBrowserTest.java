package app.steppe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The first journeys: a student joins the course and reads; an instructor adds a student, who sets a password. */
class FoundationJourneysBrowserTest extends BrowserTestSupport {

    @Test
    void aStudentRegistersWithTheCodeLogsInOpensTheReadingAndFollowsAParagraphAnchor() {
        String code = enrollmentCodeAsInstructor();

        browser.open("/login").clickLink("New student? Register with your course code");
        browser.fill("Username", "aruzhan.b")
                .fill("Your name, as your instructor should see it", "Аружан Бекова")
                .fill("Email (optional)", "aruzhan@example.kz")
                .fill("Password", "steppe wind over Almaty 2022")
                .fill("Repeat the password", "steppe wind over Almaty 2022")
                .fill("Enrollment code", code)
                .press("Create account");
        browser.waitForText("Your account is ready");

        browser.fill("Username", "aruzhan.b").fill("Password", "steppe wind over Almaty 2022").press("Log in");
        browser.waitForText("Аружан Бекова");

        browser.clickLink("Readings");
        browser.clickLink("After Kazakhstan Crisis, China Will Reassess Its Influence in Central Asia");
        WebElement anchor = browser.find(By.cssSelector("a[href='#p7']"));
        browser.click(anchor);

        assertThat(browser.driver().getCurrentUrl()).endsWith("#p7");
        WebElement paragraph = browser.find(By.id("p7"));
        assertThat(paragraph.getText()).contains("Lithuania’s growing ties with Taiwan");
        Boolean targeted = (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector(':target') === arguments[0];", paragraph);
        assertThat(targeted).isTrue();
    }

    @Test
    void anInstructorCreatesAStudentWhoLogsInAndMustFirstChooseTheirOwnPassword() {
        browser.logIn("instructor", DEMO_PASSWORD);
        // the login's redirect must land first: opening another page while it is in flight races with it
        browser.waitForText("Welcome, Marat Akhmetov");
        browser.open("/instructor/students");
        browser.fill("Username", "nurlan.s")
                .fill("Display name", "Нұрлан Сейітов")
                .fill("Email (optional)", "nurlan@example.kz")
                .press("Add student");

        browser.waitForText("Student added");
        List<WebElement> cells = browser.findAll(By.cssSelector("td.font-monospace"));
        assertThat(cells.get(0).getText()).isEqualTo("nurlan.s");
        String temporaryPassword = cells.get(1).getText();
        assertThat(temporaryPassword).hasSize(19);

        browser.open("/instructor/students");
        assertThat(browser.text()).contains("Нұрлан Сейітов");
        browser.logOut();

        browser.logIn("nurlan.s", temporaryPassword);
        browser.waitForText("You logged in with a temporary password");
        assertThat(browser.path()).isEqualTo("/profile");
        browser.fill("Current password", temporaryPassword)
                .fill("New password", "Saffron caravan crosses Turkestan")
                .fill("Repeat the new password", "Saffron caravan crosses Turkestan")
                .press("Change password");
        browser.waitForText("Your password has been changed.");

        browser.open("/");
        browser.waitForText("Нұрлан Сейітов");
        assertThat(browser.path()).isEqualTo("/");
    }

    private String enrollmentCodeAsInstructor() {
        browser.logIn("instructor", DEMO_PASSWORD);
        String code = browser.find(By.id("enrollment-code")).getText();
        browser.logOut();
        return code;
    }
}
