package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.demo.DemoPhotos;
import dev.autocaption.bot.demo.DemoWorld;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.config.Engine;
import dev.autocaption.store.Decision;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page as a person uses it: Debian's headless Chromium (driven through its own chromedriver, never a
 * downloaded one) opens the queue of a demo run, approves a photo with the keyboard, edits one, rejects one; the
 * store and the Flickr simulator's write log show what happened. Screenshots of the queue and the history go to
 * {@code target/screenshots/}. Without Chromium the test is skipped, except under {@code CI=true}, where it fails.
 */
class ReviewPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String EDITED = "A person's own words about this picture.";

    @TempDir
    Path dir;

    @Test
    void aPersonApprovesWithTheKeyboardEditsAndRejectsOnTheQueueOfADemoRun() throws Exception {
        requireChromium();
        FakeCaptioner captioner = new FakeCaptioner().defaultScore(0.6);
        CliContext context = new CliContext(new PrintWriter(new StringWriter(), true), new PrintWriter(
                new StringWriter(), true), Map.of(), dir, Clock.systemUTC(), Engines.standard()
                .register(Engine.SHOW_AND_TELL, model -> captioner.open()), ConnectorRuntime.system());
        try (DemoSession demo = DemoSession.start(context, DemoPhotos.scenes().plan(12), dir.resolve("run"),
                dir.resolve("models/demo"), 0)) {
            demo.awaitCycles();
            ChromeDriver browser = chromium();
            try {
                List<String> decided = decide(browser, demo);
                awaitPosted(demo, decided.get(0), decided.get(1));
                browser.get(demo.pageUri().resolve("/history").toString());
                screenshot(browser, "review-history.png");
                checkStoreAndWriteLog(demo, decided);
            } finally {
                browser.quit();
            }
        }
    }

    /** Approves the first photo with "1", edits the next with "e", rejects the next with "r"; their keys. */
    private static List<String> decide(ChromeDriver browser, DemoSession demo) throws Exception {
        browser.get(demo.pageUri().resolve("/queue?account=" + DemoWorld.FLICKR_ACCOUNT).toString());
        List<WebElement> cards = browser.findElements(By.cssSelector("section.card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(3);
        List<String> keys = cards.subList(0, 3).stream().map(card -> card.getAttribute("data-key")).toList();
        assertThat(cards.get(0).getAttribute("class")).contains("current");
        screenshot(browser, "review-queue.png");
        keys(browser, "j");
        assertThat(browser.findElements(By.cssSelector("section.card")).get(1).getAttribute("class"))
                .contains("current");
        keys(browser, "k");
        keys(browser, "1");
        awaitNotice(browser, keys.get(0) + ": approved candidate 1");
        keys(browser, "e");
        assertThat(browser.switchTo().activeElement().getAttribute("data-edit")).isNotNull();
        keys(browser, EDITED + Keys.ENTER);
        awaitNotice(browser, keys.get(1) + ": approved with the text \"" + EDITED + "\"");
        keys(browser, "r");
        awaitNotice(browser, keys.get(2) + ": rejected");
        return keys;
    }

    private static void checkStoreAndWriteLog(DemoSession demo, List<String> keys) {
        for (String key : keys) {
            assertThat(decisions(demo, key)).extracting(Decision::source).containsExactly(DecisionSource.WEB);
        }
        assertThat(photo(demo, keys.get(2)).state()).isEqualTo(PhotoState.DROPPED);
        List<RecordedRequest> writes = demo.world().flickr().requests("flickr.photos.setMeta");
        assertThat(writes).filteredOn(w -> w.param("photo_id").equals(remoteId(keys.get(0))))
                .extracting(w -> w.param("description")).containsExactly("A photo of object number 320. "
                        + "(auto-generated)");
        assertThat(writes).filteredOn(w -> w.param("photo_id").equals(remoteId(keys.get(1))))
                .extracting(w -> w.param("description")).containsExactly(EDITED);
        assertThat(writes).filteredOn(w -> w.param("photo_id").equals(remoteId(keys.get(2)))).isEmpty();
        assertThat(demo.world().flickr().photo(remoteId(keys.get(1))).description()).isEqualTo(EDITED);
    }

    /** The page asked for the account's cycle at once; the daemon posts both within seconds. */
    private static void awaitPosted(DemoSession demo, String... keys) {
        new FluentWait<>(demo).withTimeout(WAIT).pollingEvery(Duration.ofMillis(200)).until(d -> List.of(keys)
                .stream().allMatch(key -> photo(d, key).state() == PhotoState.POSTED));
    }

    private static void keys(ChromeDriver browser, CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void awaitNotice(ChromeDriver browser, String text) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"),
                text));
    }

    private static Photo photo(DemoSession demo, String key) {
        return demo.bot().database().inTransaction(tx -> tx.photos().find(DemoWorld.FLICKR_ACCOUNT,
                remoteId(key))).orElseThrow();
    }

    private static List<Decision> decisions(DemoSession demo, String key) {
        long id = photo(demo, key).id();
        return demo.bot().database().inTransaction(tx -> tx.decisions().forPhoto(id));
    }

    private static String remoteId(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Debian's chromium and chromium-driver, named explicitly: Selenium never looks for or downloads a driver. */
    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Skips without Chromium, with the command that installs it; under CI=true its absence fails the build. */
    static void requireChromium() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing == null) {
            return;
        }
        String message = missing + " is missing: the review page's browser test needs Debian's chromium and "
                + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }
}
