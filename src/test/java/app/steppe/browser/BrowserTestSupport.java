package app.steppe.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browser journey: the whole app on a random port, driven by Debian's headless Chromium through
 * Selenium. Selenium never downloads a browser or driver: both are the system's (/usr/bin/chromium,
 * /usr/bin/chromedriver, installed by .ci/run). If they are missing the test FAILS — it never skips, so CI
 * cannot pass without running the journeys. Extend it and use {@link #browser} (see {@link Browser}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {

    static final String CHROMIUM = System.getProperty("steppe.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("steppe.chromedriver", "/usr/bin/chromedriver");
    /** The demo password set in application-test.properties. */
    protected static final String DEMO_PASSWORD = "Test-Demo-Passw0rd-Steppe";

    private Path profileDir;

    @LocalServerPort
    protected int port;

    protected Browser browser;
    private ChromeDriver driver;

    @BeforeAll
    static void requireSystemChromium() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): run .ci/run or apt-get install chromium chromium-driver");
        }
    }

    /** A fresh driver and an empty profile per test: no cookies or storage leak from one journey to the next. */
    @BeforeEach
    void openBrowser() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        profileDir = Files.createTempDirectory("steppe-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser = new Browser(driver, "http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser(TestInfo info) throws IOException {
        try {
            if (driver != null) {
                saveScreenshot(info);
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
            deleteRecursively(profileDir);
        }
    }

    /** The last screen of every journey is kept in target/browser-screenshots for a human to look at. */
    private void saveScreenshot(TestInfo info) throws IOException {
        Path dir = Path.of("target", "browser-screenshots");
        Files.createDirectories(dir);
        String name = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("method") + ".png";
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
