package io.andes.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its ChromeDriver) with a fresh profile: no cookies of an earlier test. If it
 * cannot start, the test fails — a browser test is never skipped.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** How long one step of a choice in a select menu may take before the choice is tried again. */
    private static final Duration STEP = Duration.ofSeconds(3);

    private static final int CHOICE_ATTEMPTS = 8;

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        try {
            System.setProperty("SE_OFFLINE", "true");
            Path profile = Files.createTempDirectory("andes-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--lang=es",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Chromium could not start for a browser test (install Debian chromium and chromium-driver)", e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Signs in on the identity provider's login page, which the browser must be showing. */
    void signIn(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("kc-login"));
    }

    /** Signs in to the staff console through the identity provider and opens {@code url}, a console page. */
    void openConsoleAs(String url, String username, String password) {
        open(url);
        signIn(username, password);
        awaitUrlContaining("/admin/");
        open(url);
    }

    boolean showsLoginPage() {
        return !driver.findElements(By.id("kc-login")).isEmpty();
    }

    WebElement await(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element holds {@code text}. An element that an AJAX update replaces while it is read is looked
     * up again: Chromium reports that as a stale element or as a node that "does not belong to the document".
     */
    void awaitText(By locator, String text) {
        awaitText(locator, text, WAIT);
    }

    private void awaitText(By locator, String text, Duration wait) {
        until(
                new ExpectedCondition<Boolean>() {
                    @Override
                    public Boolean apply(WebDriver webDriver) {
                        try {
                            return webDriver.findElement(locator).getText().contains(text) ? Boolean.TRUE : null;
                        } catch (WebDriverException replacedOrNotYetThere) {
                            return null;
                        }
                    }

                    @Override
                    public String toString() {
                        return "text ('" + text + "') to be present in element found by " + locator;
                    }
                },
                wait);
    }

    /** Waits until a field holds {@code value}; a field that an AJAX update replaces meanwhile is looked up again. */
    void awaitValue(By locator, String value) {
        until(webDriver -> {
            try {
                return value.equals(webDriver.findElement(locator).getDomProperty("value")) ? Boolean.TRUE : null;
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    void awaitGone(By locator) {
        until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    void awaitUrlContaining(String part) {
        until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits for a condition; when it never comes, keeps the page (HTML and screenshot in {@code target/browser}) and
     * says in the failure where the browser was and what it showed.
     */
    private <T> T until(ExpectedCondition<T> condition) {
        return until(condition, WAIT);
    }

    private <T> T until(ExpectedCondition<T> condition, Duration wait) {
        try {
            return new WebDriverWait(driver, wait).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "Gave up waiting for " + condition + " at " + driver.getCurrentUrl() + " (page kept in "
                            + keepPage() + "); the page said:\n" + abbreviated(pageSource()),
                    e);
        }
    }

    private String pageSource() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return driver.getPageSource();
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + " …";
    }

    private Path keepPage() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser"));
            String name = "page-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            if (driver instanceof TakesScreenshot camera) {
                Files.write(dir.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
            }
            return dir.resolve(name + ".html").toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return Path.of("(not kept: " + e + ")");
        }
    }

    void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks as a user would: the element brought to the middle of the window first, so that the page's sticky header
     * never covers it, and tried again while something else (an opening panel, an overlay) is still in the way.
     */
    void click(By locator) {
        click(locator, WAIT, true);
    }

    /**
     * Clicks, with {@code centred} first bringing the element to the middle of the window. An option of an open
     * PrimeFaces overlay is clicked where it is: scrolling the window closes the overlay.
     */
    private void click(By locator, Duration wait, boolean centred) {
        until(
                webDriver -> {
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(locator).apply(webDriver);
                    if (element == null) {
                        return null;
                    }
                    try {
                        if (centred) {
                            ((JavascriptExecutor) webDriver)
                                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                        }
                        element.click();
                        return Boolean.TRUE;
                    } catch (ElementNotInteractableException | StaleElementReferenceException notYet) {
                        // covered by something, or still of zero size while a panel opens (intercepted clicks included)
                        return null;
                    }
                },
                wait);
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does: open it, click the option where it shows. A click
     * before the page's scripts have set the menu up does not open it, and the panel opens with an animation during
     * which a click can miss: each step waits briefly and the whole choice is tried again, rather than waiting the full
     * time on a click that went nowhere.
     */
    void choose(String menuId, String label) {
        By chosen = By.id(menuId + "_label");
        // the option of this menu's own panel: another menu on the page may offer the same label
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (label.equals(driver.findElement(chosen).getText().trim())) {
                    return;
                }
                if (!isDisplayed(option)) {
                    click(By.id(menuId), STEP, true);
                }
                until(ExpectedConditions.visibilityOfElementLocated(option), STEP);
                click(option, STEP, false);
                awaitText(chosen, label, STEP);
                return;
            } catch (AssertionError | WebDriverException missed) {
                if (attempt == CHOICE_ATTEMPTS) {
                    throw missed;
                }
            }
        }
    }

    private boolean isDisplayed(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** A leaf of a PrimeFaces tree (shown expanded) by its label. */
    static By treeLeaf(String label) {
        return By.xpath("//li[contains(@class,'ui-treenode-leaf')]//span[contains(@class,'ui-treenode-label')]"
                + "[normalize-space()='" + label + "']");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        io.andes.app.dev.Directories.deleteRecursively(profile);
    }
}
