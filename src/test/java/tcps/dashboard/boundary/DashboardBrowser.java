package tcps.dashboard.boundary;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the system's chromedriver (Debian packages chromium and chromium-driver; override
 * the paths with -Dwebdriver.chrome.driver and -Dtcps.it.chromium), with the browser console recorded.
 */
final class DashboardBrowser implements AutoCloseable {

    /** Longer than one polling round (5 s) plus a refresh, so the page has its chance in either mode. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    DashboardBrowser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        String binary = System.getProperty("tcps.it.chromium");
        if (binary != null) {
            options.setBinary(binary);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,2200");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(service, options);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Opens the page and signs in on its form with {@code key}, as a person pasting a key would. */
    void openSignedIn(String url, String key) {
        open(url);
        signIn(key);
        await("the page shows who is signed in", d -> find("#signed-in").isDisplayed());
    }

    /** Types {@code credential} into the sign-in form and sends it. */
    void signIn(String credential) {
        await("the sign-in form", d -> find("#sign-in").isDisplayed());
        WebElement field = find("#sign-in-credential");
        field.clear();
        field.sendKeys(credential);
        find("#sign-in-form button[type=submit]").click();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String attribute(String css, String name) {
        return find(css).getDomAttribute(name);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Waits until {@code condition} holds. A live update may redraw an element between finding and reading it: that
     * only means the condition is looked at again.
     */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** What the page wrote to the console at level SEVERE (errors, failed loads), since the last call. */
    List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
