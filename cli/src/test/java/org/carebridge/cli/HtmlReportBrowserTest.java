package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless browser (Chromium or Chrome found on the PATH) and checks what a
 * person would see: the page's DOM after rendering, with the summary and one row per input and per issue; and,
 * driven through Selenium and ChromeDriver, that the severity toggle shows and hides issues
 * without any script. Skipped, with a message saying so, when no browser or driver is installed (Debian:
 * {@code apt-get install chromium chromium-driver}, which {@code .ci/run} does); in CI ({@code CI} set) a missing
 * browser fails instead, so that these checks never silently stop running.
 */
class HtmlReportBrowserTest {

  @TempDir
  Path dir;

  @Test
  void reportRendersInABrowser_withSummaryAndRows() throws Exception {
    Path browser = require(find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"), "browser");
    Path valid = Files.writeString(dir.resolve("valid.json"), Cli.VALID_PATIENT);
    Path invalid = Files.writeString(dir.resolve("invalid <b>&amp; odd.json"), Cli.INVALID_PATIENT);
    Path report = dir.resolve("report.html");
    Cli.Result r = Cli.run("validate", "--format", "html", "--output", report.toString(), invalid.toString(),
        valid.toString());
    assertThat(r.exitCode()).isEqualTo(1);

    Process p = new ProcessBuilder(browser.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--disable-extensions", "--user-data-dir=" + dir.resolve("profile"),
        "--dump-dom", report.toUri().toString())
        .redirectError(dir.resolve("browser-stderr.txt").toFile())
        .start();
    byte[] dom = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("browser finished").isTrue();
    String rendered = new String(dom, StandardCharsets.UTF_8);
    String text = rendered.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<")
        .replace("&gt;", ">").replaceAll("\\s+", " ");

    assertThat(text).contains("CareBridge validation report")
        .contains("Not all inputs are valid. 2 inputs: 1 valid, 1 invalid; 2 errors, 0 warnings, 0 information");
    // The inputs table: one row per input, in input order, with its result and counts.
    assertThat(text).containsPattern("invalid <b>&amp; odd\\.json invalid 2 0 0 .*valid\\.json valid 0 0 0");
    // The issue rows of the invalid input: severity, line, column, location, code.
    assertThat(text).contains("error 3 19 Patient.gender Terminology_TX_NoValid_16");
    // A file name with markup is shown as text, never interpreted.
    assertThat(rendered).doesNotContain("<b>&amp; odd");
  }

  /**
   * The severity toggle in a real browser: all issues at first; "Errors only" hides every warning and information
   * row and the inputs that have no error; "Errors and warnings" brings the warnings back. The page has no script
   * (its Content-Security-Policy forbids one): radio buttons and CSS do it all.
   */
  @Test
  void severityToggle_showsAndHidesIssues_withoutScript() throws Exception {
    Path browser = require(find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"), "browser");
    Path driver = require(find("chromedriver"), "chromedriver (Debian: chromium-driver)");
    Path invalid = Files.writeString(dir.resolve("invalid.json"), Cli.INVALID_PATIENT);
    Path discharge = Files.write(dir.resolve("discharge.json"), Cli.dischargeWithWarning());
    Path valid = Files.writeString(dir.resolve("valid.json"), Cli.VALID_PATIENT);
    Path report = dir.resolve("toggle.html");
    Cli.Result r = Cli.run("validate", "--format", "html", "--output", report.toString(), invalid.toString(),
        discharge.toString(), valid.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(Files.readString(report)).doesNotContain("<script");

    try (Browser web = new Browser(driver, browser, dir)) {
      web.open(report.toUri().toString());
      List<WebElement> errorRows = web.find("tr.error");
      List<WebElement> warningRows = web.find("tr.warning");
      List<WebElement> informationRows = web.find("tr.information");
      assertThat(errorRows).hasSize(2);
      assertThat(warningRows).isNotEmpty();
      assertThat(informationRows).isNotEmpty();
      WebElement invalidSection = web.find("#input-1").get(0);
      WebElement dischargeSection = web.find("#input-2").get(0);
      assertThat(web.find("#input-3")).as("an input without issues has no section").isEmpty();

      // All issues, at first; each row shows severity, line, column and location.
      assertThat(web.find("#shown-information").get(0).isSelected()).isTrue();
      assertThat(displayed(errorRows)).containsOnly(true);
      assertThat(displayed(warningRows)).containsOnly(true);
      assertThat(displayed(informationRows)).containsOnly(true);
      assertThat(text(errorRows.get(0))).startsWith("error 3 19 Patient.gender ");
      assertThat(text(web.find("#input-2 tr.warning td.line").get(0))).matches("\\d+");
      assertThat(text(web.find("#input-2 tr.warning td.column").get(0))).matches("\\d+");

      web.find("label[for=shown-error]").get(0).click();
      assertThat(web.find("#shown-error").get(0).isSelected()).isTrue();
      assertThat(displayed(errorRows)).containsOnly(true);
      assertThat(displayed(warningRows)).containsOnly(false);
      assertThat(displayed(informationRows)).containsOnly(false);
      assertThat(invalidSection.isDisplayed()).isTrue();
      assertThat(dischargeSection.isDisplayed()).as("an input with no error is hidden").isFalse();

      web.find("label[for=shown-warning]").get(0).click();
      assertThat(displayed(errorRows)).containsOnly(true);
      assertThat(displayed(warningRows)).containsOnly(true);
      assertThat(displayed(informationRows)).containsOnly(false);
      assertThat(dischargeSection.isDisplayed()).isTrue();

      web.find("label[for=shown-information]").get(0).click();
      assertThat(displayed(informationRows)).containsOnly(true);
    }
  }

  private static List<Boolean> displayed(List<WebElement> elements) {
    return elements.stream().map(WebElement::isDisplayed).toList();
  }

  static Path require(Optional<Path> tool, String what) {
    if (tool.isEmpty()) {
      String why = "no " + what + " on the PATH: the HTML report is not rendered";
      if (System.getenv("CI") != null) {
        throw new AssertionError(why + " (CI must install chromium and chromium-driver, see .ci/run)");
      }
      Assumptions.abort(why);
    }
    return tool.get();
  }

  static Optional<Path> find(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A headless Chromium session through Selenium's ChromeDriver, with the driver and the browser given by path
   * (Debian's chromium-driver and chromium), so that Selenium never looks for or downloads either.
   */
  static final class Browser implements AutoCloseable {
    private final ChromeDriver driver;

    Browser(Path driverExecutable, Path browser, Path dir) {
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(driverExecutable.toFile())
          .usingAnyFreePort()
          .withLogFile(dir.resolve("chromedriver.log").toFile())
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(browser.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--no-first-run", "--user-data-dir=" + dir.resolve("webdriver"));
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String url) {
      driver.get(url);
    }

    /** The elements matching a CSS selector. */
    List<WebElement> find(String css) {
      return driver.findElements(By.cssSelector(css));
    }

    /**
     * The elements matching a CSS selector once there is one, waiting up to 60 s: after a form is submitted, the
     * answer page may not have replaced the form yet.
     */
    List<WebElement> await(String css) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      List<WebElement> found = find(css);
      while (found.isEmpty() && System.nanoTime() < end) {
        Thread.sleep(100);
        found = find(css);
      }
      return found;
    }

    /** The current page's source. */
    String source() {
      return driver.getPageSource();
    }

    @Override
    public void close() {
      driver.quit();
    }
  }

  /** An element's text as shown, white space collapsed. */
  static String text(WebElement element) {
    return element.getText().replaceAll("\\s+", " ");
  }
}
