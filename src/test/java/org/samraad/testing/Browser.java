package org.samraad.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.Assume;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests. Without Chromium the tests are skipped with a warning that
 * says how to install it, except under CI=true, where a missing browser fails the build.
 */
public final class Browser {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {}

    public static WebDriver start() {
        Path browser = firstExisting(BROWSERS);
        Path driver = firstExisting(DRIVERS);
        if (browser == null || driver == null) {
            String message = "Chromium or ChromeDriver is missing; install them with "
                    + "'apt-get install chromium chromium-driver' to run the browser tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " CI=true, so this fails the build.");
            }
            System.err.println("WARNING: browser tests skipped. " + message);
            Assume.assumeTrue(message, false);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return chrome;
    }

    private static Path firstExisting(List<String> candidates) {
        return candidates.stream().map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
