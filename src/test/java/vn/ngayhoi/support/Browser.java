package vn.ngayhoi.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, in a phone-sized window. */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 390;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path profile;
    private final String key;

    /**
     * A Chromium of this window size, signed out: one left by an earlier test (its cookies cleared)
     * or a new one. Starting Chromium costs seconds and the suite opens two dozen windows.
     */
    public Browser(int port, int width, int height) {
        String key = width + "x" + height;
        Idle reused = take(key);
        if (reused != null) {
            this.driver = reused.driver();
            this.profile = reused.profile();
            // no cookie of an earlier test's session survives into this one
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        } else {
            this.profile = newProfile();
            this.driver = start(profile, width, height);
        }
        this.key = key;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.base = "http://localhost:" + port;
    }

    private record Idle(ChromeDriver driver, Path profile) {}

    /** Windows given back by finished tests, by size; quit when the test JVM ends. */
    private static final java.util.Map<String, java.util.Deque<Idle>> IDLE = new java.util.HashMap<>();

    private static final java.util.List<Idle> ALL = new java.util.ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll));
    }

    private static synchronized Idle take(String key) {
        java.util.Deque<Idle> idle = IDLE.get(key);
        return idle == null ? null : idle.pollFirst();
    }

    private static synchronized void giveBack(String key, Idle idle) {
        IDLE.computeIfAbsent(key, k -> new java.util.ArrayDeque<>()).addFirst(idle);
    }

    private static synchronized void quitAll() {
        for (Idle idle : ALL) {
            try {
                idle.driver().quit();
            } catch (RuntimeException e) {
                // the JVM is ending; a Chromium already gone is fine
            }
            deleteProfile(idle.profile());
        }
        ALL.clear();
        IDLE.clear();
    }

    private static Path newProfile() {
        try {
            return Files.createTempDirectory("ngayhoi-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ngayhoi.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi",
                "--user-data-dir=" + profile,
                "--window-size=" + Math.max(width, 800) + "," + (height + 200));
        // Chromium will not make a window narrower than 500 px; a phone is emulated instead, which
        // gives the page a true 390 px viewport, touch and all.
        options.setExperimentalOption(
                "mobileEmulation",
                java.util.Map.of(
                        "deviceMetrics",
                        java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", width < 576)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ngayhoi.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        synchronized (Browser.class) {
            ALL.add(new Idle(started, profile));
        }
        return started;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.navbar")));
    }

    /** Scrolls the element to the middle of the window, then clicks it as a person would. */
    public void click(By locator) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** The width the page sees, to prove the test really ran at phone size. */
    public long viewportWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
    }

    /** Whether the page is wider than the window (a phone user would have to scroll sideways). */
    public boolean scrollsSideways() {
        Object r = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(r);
    }

    /** Saves a screenshot under target/screenshots for people to look at; asserts nothing. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs out of everything and leaves the window for the next test. */
    @Override
    public void close() {
        try {
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.get("about:blank");
            giveBack(key, new Idle(driver, profile));
        } catch (RuntimeException e) {
            // a Chromium that broke is not handed to the next test
            synchronized (Browser.class) {
                ALL.removeIf(i -> i.driver() == driver);
            }
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
