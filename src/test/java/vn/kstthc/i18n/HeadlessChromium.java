package vn.kstthc.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: a fresh profile, the language of a
 * Vietnamese officer's browser (vi-VN) and the time zone of Vietnam. Nothing is downloaded: when
 * chromium or chromedriver is missing the test fails and says what to install (CI installs both
 * in {@code .ci/run}).
 */
public final class HeadlessChromium {

  static final Path CHROMIUM = Path.of(System.getProperty("kstthc.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("kstthc.chromedriver", "/usr/bin/chromedriver"));
  static final String ZONE = "Asia/Ho_Chi_Minh";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  /** Starts a browser whose profile lives in {@code profile} (an empty folder). */
  public static ChromeDriver start(Path profile) {
    for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(program)) {
        throw new AssertionError(
            program + " not found: the browser test needs Debian's chromium and chromium-driver "
                + "(apt-get update && apt-get install -y chromium chromium-driver; .ci/run does it)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000",
        "--lang=vi-VN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", ZONE))
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /** Saves a PNG of the page under target/screenshots/ and returns its path. */
  public static Path screenshot(ChromeDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
