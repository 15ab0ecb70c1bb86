package nl.overheid.ailedger.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven as a user would: it signs in with a token, opens pages, waits until a
 * page has drawn its data, and reports every console error and every request that failed.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Dimension WINDOW = new Dimension(1280, 1000);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;
    private final Set<Path> downloaded = new HashSet<>();
    private final Path screenshots;
    private final WebDriverWait wait;

    Browser(String baseUrl, Path screenshots) throws IOException {
        this.baseUrl = baseUrl;
        this.screenshots = Files.createDirectories(screenshots);
        this.downloads = Files.createTempDirectory("dashboard-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--lang=nl-NL", "--user-data-dir=" + Files.createTempDirectory("dashboard-chromium-"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WINDOW);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Signs in through the sign-in page and waits for the page it sends the user to. */
    void signIn(String token) {
        signOut();
        open("/aanmelden.html");
        type(By.id("token"), token);
        WebElement page = find(By.tagName("main"));
        find(By.cssSelector("#aanmelden button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        awaitDrawn();
    }

    /** Forgets the token, as closing the tab would. */
    void signOut() {
        open("/aanmelden.html");
        script("sessionStorage.clear()");
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a data page and waits until it has drawn what the API answered. */
    void show(String path) {
        open(path);
        awaitDrawn();
    }

    /** Clicks something that leads to another page, and waits until that page has drawn its data. */
    void follow(By link) {
        WebElement page = find(By.tagName("main"));
        find(link).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        awaitDrawn();
    }

    void awaitDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[aria-busy=false]")));
    }

    WebElement awaitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field the way a date picker does: the value, then a change event. */
    void pickDate(By by, String isoDate) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(by), isoDate);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Waits for a file the browser downloaded whose name ends with the given text, one this method has not returned
     * before: the tests share the download directory.
     */
    Path awaitDownload(String suffix) {
        Path file = wait.until(ignored -> {
            try (var files = Files.list(downloads)) {
                // the browser may create the file before it has written it
                return files.filter(candidate -> candidate.getFileName().toString().endsWith(suffix))
                        .filter(candidate -> !downloaded.contains(candidate))
                        .filter(candidate -> candidate.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        downloaded.add(file);
        return file;
    }

    /** A screenshot of the whole page under target/screenshots. */
    Path screenshot(String name) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(WINDOW.width, (int) Math.min(height, 8000)));
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }

    /**
     * Console errors and failed requests of the ledger's pages since the last call: answers of 400 and above, and
     * loads that failed. A blob link that becomes a download is cancelled by design and does not count, nor does
     * whatever Chromium itself tries to reach at start-up.
     */
    List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                failures.add("console: " + entry.getMessage());
            }
        }
        Map<String, String> urls = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json(entry.getMessage()).get("message");
            JsonNode params = message.get("params");
            switch (message.get("method").asText()) {
                case "Network.requestWillBeSent" ->
                        urls.put(params.get("requestId").asText(), params.at("/request/url").asText());
                case "Network.responseReceived" -> {
                    int status = params.at("/response/status").asInt();
                    if (status >= 400) {
                        failures.add(status + " " + params.at("/response/url").asText());
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = urls.getOrDefault(params.get("requestId").asText(), "");
                    boolean download = url.startsWith("blob:") && params.path("canceled").asBoolean();
                    if (url.contains(baseUrl) && !download) {
                        failures.add("failed " + url + ": " + params.get("errorText").asText());
                    }
                }
                default -> {
                }
            }
        }
        return failures;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
