package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless browser (Chromium or Chrome found on the PATH) and checks what a
 * person would see: the page's DOM after rendering, with the summary and one row per input and per issue; and,
 * driven through ChromeDriver (W3C WebDriver over loopback HTTP), that the severity toggle shows and hides issues
 * without any script. Skipped, with a message saying so, when no browser or driver is installed (Debian:
 * {@code apt-get install chromium chromium-driver}, which {@code .ci/run} does); in CI ({@code CI} set) a missing
 * browser fails instead, so that these checks never silently stop running.
 */
class HtmlReportBrowserTest {

  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

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

    try (WebDriver web = new WebDriver(driver, browser, dir)) {
      web.open(report.toUri().toString());
      List<String> errorRows = web.find("tr.error");
      List<String> warningRows = web.find("tr.warning");
      List<String> informationRows = web.find("tr.information");
      assertThat(errorRows).hasSize(2);
      assertThat(warningRows).isNotEmpty();
      assertThat(informationRows).isNotEmpty();
      String invalidSection = web.find("#input-1").get(0);
      String dischargeSection = web.find("#input-2").get(0);
      assertThat(web.find("#input-3")).as("an input without issues has no section").isEmpty();

      // All issues, at first; each row shows severity, line, column and location.
      assertThat(web.selected(web.find("#shown-information").get(0))).isTrue();
      assertThat(displayed(web, errorRows)).containsOnly(true);
      assertThat(displayed(web, warningRows)).containsOnly(true);
      assertThat(displayed(web, informationRows)).containsOnly(true);
      assertThat(web.text(errorRows.get(0))).startsWith("error 3 19 Patient.gender ");
      assertThat(web.text(web.find("#input-2 tr.warning td.line").get(0))).matches("\\d+");
      assertThat(web.text(web.find("#input-2 tr.warning td.column").get(0))).matches("\\d+");

      web.click(web.find("label[for=shown-error]").get(0));
      assertThat(web.selected(web.find("#shown-error").get(0))).isTrue();
      assertThat(displayed(web, errorRows)).containsOnly(true);
      assertThat(displayed(web, warningRows)).containsOnly(false);
      assertThat(displayed(web, informationRows)).containsOnly(false);
      assertThat(web.displayed(invalidSection)).isTrue();
      assertThat(web.displayed(dischargeSection)).as("an input with no error is hidden").isFalse();

      web.click(web.find("label[for=shown-warning]").get(0));
      assertThat(displayed(web, errorRows)).containsOnly(true);
      assertThat(displayed(web, warningRows)).containsOnly(true);
      assertThat(displayed(web, informationRows)).containsOnly(false);
      assertThat(web.displayed(dischargeSection)).isTrue();

      web.click(web.find("label[for=shown-information]").get(0));
      assertThat(displayed(web, informationRows)).containsOnly(true);
    }
  }

  private static List<Boolean> displayed(WebDriver web, List<String> elements) throws IOException {
    List<Boolean> out = new ArrayList<>();
    for (String e : elements) {
      out.add(web.displayed(e));
    }
    return out;
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
   * Just enough of the W3C WebDriver protocol to open a page, find elements, click them and ask what is shown:
   * ChromeDriver on a loopback port, one headless browser session.
   */
  static final class WebDriver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String session;

    WebDriver(Path driver, Path browser, Path dir) throws IOException, InterruptedException {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      base = "http://127.0.0.1:" + port;
      process = new ProcessBuilder(driver.toString(), "--port=" + port)
          .redirectErrorStream(true).redirectOutput(dir.resolve("chromedriver.log").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try {
          if (call("GET", "/status", null).path("ready").asBoolean()) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        if (System.nanoTime() > deadline || !process.isAlive()) {
          close();
          throw new AssertionError("chromedriver did not start: " + Files.readString(dir.resolve("chromedriver.log")));
        }
        Thread.sleep(100);
      }
      ObjectNode options = JSON.createObjectNode().put("binary", browser.toString());
      options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu")
          .add("--disable-dev-shm-usage").add("--no-first-run").add("--user-data-dir=" + dir.resolve("webdriver"));
      ObjectNode body = JSON.createObjectNode();
      ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome");
      always.set("goog:chromeOptions", options);
      session = call("POST", "/session", body).path("sessionId").asText();
      assertThat(session).as("WebDriver session").isNotBlank();
    }

    void open(String url) throws IOException {
      call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", url));
    }

    /** The elements matching a CSS selector, as WebDriver element references. */
    List<String> find(String css) throws IOException {
      JsonNode found = call("POST", "/session/" + session + "/elements",
          JSON.createObjectNode().put("using", "css selector").put("value", css));
      List<String> out = new ArrayList<>();
      found.forEach(e -> out.add(e.path(ELEMENT).asText()));
      return out;
    }

    boolean displayed(String element) throws IOException {
      return call("GET", "/session/" + session + "/element/" + element + "/displayed", null).asBoolean();
    }

    boolean selected(String element) throws IOException {
      return call("GET", "/session/" + session + "/element/" + element + "/selected", null).asBoolean();
    }

    String text(String element) throws IOException {
      return call("GET", "/session/" + session + "/element/" + element + "/text", null).asText()
          .replaceAll("\\s+", " ");
    }

    /** Types text into a form field. */
    void type(String element, String text) throws IOException {
      call("POST", "/session/" + session + "/element/" + element + "/value", JSON.createObjectNode().put("text", text));
    }

    /** The current page's source. */
    String source() throws IOException {
      return call("GET", "/session/" + session + "/source", null).asText();
    }

    void click(String element) throws IOException {
      call("POST", "/session/" + session + "/element/" + element + "/click", JSON.createObjectNode());
    }

    /** One command; its {@code value}, or an AssertionError carrying the driver's error. */
    private JsonNode call(String method, String path, JsonNode body) throws IOException {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json; charset=utf-8");
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response;
      try {
        response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      JsonNode value = JSON.readTree(response.body()).path("value");
      if (response.statusCode() != 200) {
        throw new AssertionError("WebDriver " + method + " " + path + ": " + response.statusCode() + " " + value);
      }
      return value;
    }

    @Override
    public void close() {
      try {
        if (session != null) {
          call("DELETE", "/session/" + session, null);
        }
      } catch (IOException | AssertionError e) {
        // the process goes anyway
      } finally {
        process.destroy();
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.destroyForcibly();
        }
      }
    }
  }
}
