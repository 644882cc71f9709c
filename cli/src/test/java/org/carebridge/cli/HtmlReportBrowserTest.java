package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless browser (Chromium or Chrome found on the PATH) and checks what a
 * person would see: the page's DOM after rendering, with the summary and one row per input and per issue.
 * Skipped, with a message saying so, when no browser is installed (Debian: {@code apt-get install chromium}).
 */
class HtmlReportBrowserTest {

  @TempDir
  Path dir;

  @Test
  void reportRendersInABrowser_withSummaryAndRows() throws Exception {
    Optional<Path> browser = browser();
    Assumptions.assumeTrue(browser.isPresent(),
        "no headless browser on the PATH (chromium, chromium-browser, google-chrome): HTML report not rendered");
    Path valid = Files.writeString(dir.resolve("valid.json"), Cli.VALID_PATIENT);
    Path invalid = Files.writeString(dir.resolve("invalid <b>&amp; odd.json"), Cli.INVALID_PATIENT);
    Path report = dir.resolve("report.html");
    Cli.Result r = Cli.run("validate", "--format", "html", "--output", report.toString(), invalid.toString(),
        valid.toString());
    assertThat(r.exitCode()).isEqualTo(1);

    Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--disable-gpu", "--no-sandbox",
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
    // The issue rows of the invalid input.
    assertThat(text).contains("error 3:19 Patient.gender Terminology_TX_NoValid_16");
    // A file name with markup is shown as text, never interpreted.
    assertThat(rendered).doesNotContain("<b>&amp; odd");
  }

  private static Optional<Path> browser() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
