package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebridge.cli.internal.PackageExamples;
import org.carebridge.cli.internal.Validators;
import org.carebridge.fhir.OperationOutcomes;
import org.carebridge.service.ValidationService;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carebridge serve}'s service, started in-process with the validator the commands share: its $validate
 * answers carry the issues of {@code validate --format operationoutcome} for the same input, in the same order; the
 * curl examples of docs/getting-started/service.md give the outputs the page shows; the web page works in a real
 * headless browser.
 */
class ServeTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern CURL = Pattern.compile("```sh\n(curl [^\n]*)\n```\n\n```text\n(.*?)```", Pattern.DOTALL);
  private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
  private static ValidationService service;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    service = ValidationService.builder().port(0).validator(() -> Validators.get(List.of())).log(l -> { })
        .version(CareBridgeCommand.version()).build().start();
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  private static List<String> issues(OperationOutcome oo) {
    List<String> out = new ArrayList<>();
    for (OperationOutcome.OperationOutcomeIssueComponent i : oo.getIssue()) {
      out.add(i.getSeverity() + "|" + i.getCode() + "|" + i.getDetails().getCodingFirstRep().getCode() + "|"
          + i.getExpression() + "|" + i.getExtensionString(OperationOutcomes.LINE_EXTENSION) + ":"
          + i.getExtensionString(OperationOutcomes.COLUMN_EXTENSION) + "|" + i.getDetails().getText());
    }
    return out;
  }

  /** A bad option value stops serve before it listens: exit 2, one line naming the option. */
  @Test
  void badOptionValues_areUsageErrors_beforeTheServerStarts() throws Exception {
    Path shortKey = Files.write(dir.resolve("short.key"), new byte[8]);
    Cli.Result r = Cli.run("serve", "--port", "0", "--pseudonym-key-file", shortKey.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--pseudonym-key-file").contains("holds 8 bytes; a key needs at least 32");
    Cli.Result missing = Cli.run("serve", "--port", "0", "--pseudonym-key-file", dir.resolve("none").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read --pseudonym-key-file").contains("no such file");
    Cli.Result token = Cli.run("serve", "--port", "0", "--token-file", dir.toString());
    assertThat(token.exitCode()).isEqualTo(2);
    assertThat(token.err()).contains("cannot read --token-file").contains("not a regular file");
    Cli.Result deadline = Cli.run("serve", "--port", "0", "--deadline", "-1");
    assertThat(deadline.exitCode()).isEqualTo(2);
    assertThat(deadline.err()).contains("--deadline must be 0 (off) or a number of seconds");
  }

  @Test
  void validateOverHttp_hasTheIssuesOfTheOperationOutcomeReport_inTheSameOrder() throws Exception {
    Map<String, byte[]> examples = PackageExamples.read();
    List<String> names = new ArrayList<>(List.of("Bundle-discharge-notice-example.json",
        "Patient-margaret-example.json", "CarePlan-margaret-joint-care-plan.json"));
    Map<String, byte[]> inputs = new java.util.LinkedHashMap<>();
    names.forEach(n -> inputs.put(n, examples.get(n)));
    inputs.put("invalid.json", Cli.INVALID_PATIENT.getBytes(StandardCharsets.UTF_8));
    inputs.put("warning.json", Cli.dischargeWithWarning());
    inputs.put("valid.xml", Cli.VALID_PATIENT_XML.getBytes(StandardCharsets.UTF_8));
    inputs.put("patient-bad.json", Files.readAllBytes(ROOT.resolve("docs/getting-started/samples/patient-bad.json")));
    inputs.put("broken.json", "{\n \"resourceType\": \"Patient\",\n \"id\": }".getBytes(StandardCharsets.UTF_8));
    int withIssues = 0;
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      Path file = Files.write(dir.resolve(e.getKey()), e.getValue());
      Cli.Result cli = Cli.run("validate", "--format", "operationoutcome", file.toString());
      OperationOutcome fromCli = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class,
          cli.out());
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(service.uri().resolve("$validate"))
          .header("Content-Type", e.getKey().endsWith(".xml") ? "application/fhir+xml" : "application/fhir+json")
          .header("Accept", "application/fhir+json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(e.getValue())).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(e.getKey().startsWith("broken") ? 400 : 200);
      OperationOutcome fromHttp = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class,
          r.body());
      assertThat(issues(fromHttp)).as(e.getKey()).isEqualTo(issues(fromCli));
      withIssues += fromCli.getIssue().size() > 1 ? 1 : 0;
    }
    assertThat(withIssues).as("inputs with several issues, so that order is compared").isGreaterThanOrEqualTo(3);
  }

  @Test
  void theDocumentedCurlExamples_giveTheDocumentedOutputs() throws Exception {
    String doc = Files.readString(ROOT.resolve("docs/getting-started/service.md"));
    Matcher m = CURL.matcher(doc);
    int run = 0;
    while (m.find()) {
      String command = m.group(1).replace("http://127.0.0.1:8080/", service.uri().toString());
      Process p = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(out).as(m.group(1)).isEqualTo(m.group(2));
      run++;
    }
    assertThat(run).as("curl examples in service.md").isGreaterThanOrEqualTo(8);
  }

  /**
   * The web page in headless Chromium, driven through ChromeDriver: paste a message, press Validate, and see the
   * command line's HTML report with its rows and its severity toggle, all without script.
   */
  @Test
  void webPage_validatesAPastedMessage_inABrowser() throws Exception {
    Path browser = HtmlReportBrowserTest.require(HtmlReportBrowserTest.find("chromium", "chromium-browser",
        "google-chrome", "google-chrome-stable"), "browser");
    Path driver = HtmlReportBrowserTest.require(HtmlReportBrowserTest.find("chromedriver"),
        "chromedriver (Debian: chromium-driver)");
    try (HtmlReportBrowserTest.Browser web = new HtmlReportBrowserTest.Browser(driver, browser, dir)) {
      web.open(service.uri().toString());
      assertThat(web.source()).doesNotContain("<script").contains("uk.carebridge.r4#");
      web.find("#message").get(0).sendKeys(Cli.INVALID_PATIENT);
      assertThat(web.find("#profile")).as("the profile field").hasSize(1);
      web.find("#submit").get(0).click();
      List<WebElement> errors = web.await("tr.error");
      assertThat(errors).isNotEmpty();
      assertThat(HtmlReportBrowserTest.text(errors.get(0))).startsWith("error 3 19 Patient.gender ");
      assertThat(HtmlReportBrowserTest.text(web.find("#summary").get(0)))
          .startsWith("Not all inputs are valid. 1 input: 0 valid, 1 invalid");
      assertThat(web.source()).doesNotContain("<script").contains("(pasted message)");
      List<WebElement> information = web.find("tr.information");
      if (!information.isEmpty()) {
        web.find("label[for=shown-error]").get(0).click();
        assertThat(information.get(0).isDisplayed()).isFalse();
        assertThat(errors.get(0).isDisplayed()).isTrue();
      }
      web.find("#again").get(0).click();
      assertThat(web.find("#message")).hasSize(1);
    }
  }

}
