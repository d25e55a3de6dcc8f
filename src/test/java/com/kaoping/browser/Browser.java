package com.kaoping.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, without any download: the driver and
 * browser paths are given, so Selenium Manager never runs. Skips (with the reason) where
 * the packages are missing; .ci/run installs them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    static Browser start(int port, String language) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("kaoping-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        // downloads go to the profile's own folder, without asking
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        // the console, to find what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    /** Where the files this browser downloaded are. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks like a person who scrolled the element into the middle of the screen first. */
    void click(String css) {
        click(waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
    }

    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    WebDriverWait waitFor() {
        // htmx swaps parts of pages: an element read a moment ago may have been replaced; ask again
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    void type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
    }

    void signIn(String username, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        type("#username", username);
        type("#password", password);
        click("#sign-in");
        waitFor().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The page's confirmation questions ("publish?") are answered yes until it is left. */
    void acceptConfirms() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; };");
    }

    String text(String css) {
        return find(css).getText();
    }

    /**
     * What axe-core finds against WCAG 2.2 A and AA on the page as it is now, one line per rule
     * and element (empty: none).
     */
    java.util.List<String> accessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        java.util.List<String> found = new java.util.ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(rule.getId() + " ("
                + rule.getImpact() + "): " + node.getTarget() + " " + node.getFailureSummary().replace('\n', ' '))));
        return found;
    }

    /** What the browser refused under the Content-Security-Policy since the last call (console errors). */
    java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Saves a screenshot of the page as it is now, and checks it with axe-core (WCAG 2.2 A and AA
     * and best practice): every page a test looks at must have no violation.
     */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations()).as("axe-core on " + name).isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
