package dev.kairos.gateway.console;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Headless Debian chromium driven by Debian's chromedriver. Both paths are given explicitly so
 * Selenium Manager never looks for (or downloads) a driver or browser. Without chromium the tests
 * fail, naming the package to install; only {@code -Dkairos.browser.skip=true} turns that into a skip.
 */
public final class Browser implements AutoCloseable
{
    static final Path CHROMIUM = Path.of(System.getProperty("kairos.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("kairos.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(final int width, final int height)
    {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--window-size=" + width + "," + height, "--hide-scrollbars",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows");
        final ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser, or a loud failure when chromium is missing (a skip only when asked for). */
    public static Browser open(final int width, final int height)
    {
        final boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present)
        {
            final String message = "chromium or chromedriver missing at " + CHROMIUM + " / " + DRIVER
                + ": apt-get install -y chromium chromium-driver (or -Dkairos.browser.skip=true to skip locally)";
            Assumptions.assumeFalse(Boolean.getBoolean("kairos.browser.skip"), message);
            throw new IllegalStateException(message);
        }
        return new Browser(width, height);
    }

    public ChromeDriver driver()
    {
        return driver;
    }

    @SuppressWarnings("unchecked")
    public <T> T js(final String script, final Object... args)
    {
        return (T)((JavascriptExecutor)driver).executeScript(script, args);
    }

    /** Runs an async script: its last argument is the callback. */
    @SuppressWarnings("unchecked")
    public <T> T jsAsync(final String script, final Object... args)
    {
        return (T)((JavascriptExecutor)driver).executeAsyncScript(script, args);
    }

    /** Waits up to {@code seconds} for the condition, polling every 50 ms; fails with the message after. */
    public <T> T await(final String what, final int seconds, final Function<Browser, T> condition)
    {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50))
            .withMessage(what)
            .until(ignored -> condition.apply(this));
    }

    public String data(final String elementId, final String name)
    {
        return js("const e = document.getElementById(arguments[0]); return e ? (e.dataset[arguments[1]] ?? null) : null",
            elementId, name);
    }

    public String text(final String elementId)
    {
        return driver.findElement(org.openqa.selenium.By.id(elementId)).getText();
    }

    public Path screenshot(final String name) throws IOException
    {
        Files.createDirectories(SCREENSHOTS);
        final File shot = ((TakesScreenshot)driver).getScreenshotAs(OutputType.FILE);
        final Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close()
    {
        driver.quit();
    }
}
