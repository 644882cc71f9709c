package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carebridge.cli.internal.PackageExamples;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ValidateCommandTest {

  @TempDir
  static Path dir;

  static Path valid;
  static Path invalid;
  static Path validXml;
  static Path discharge;

  @BeforeAll
  static void files() throws IOException {
    valid = write("valid.json", Cli.VALID_PATIENT);
    invalid = write("invalid.json", Cli.INVALID_PATIENT);
    validXml = write("valid.xml", Cli.VALID_PATIENT_XML);
    discharge = dir.resolve("discharge.json");
    Files.write(discharge, Cli.dischargeWithWarning());
  }

  static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void validFile_exitsZero_withSummary() {
    Cli.Result r = Cli.run("validate", valid.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).endsWith("1 input: 1 valid, 0 invalid; 0 errors, 0 warnings, 0 information\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void invalidFile_exitsOne_oneLinePerIssueWithFileLocationSeverityCodeMessage() {
    Cli.Result r = Cli.run("validate", invalid.toString(), valid.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(invalid.toString())
        + ":3:\\d+ Patient\\.gender ERROR \\S+: .*banana.*$");
    assertThat(r.out()).endsWith("2 inputs: 1 valid, 1 invalid; 2 errors, 0 warnings, 0 information\n");
  }

  @Test
  void xmlIsDetectedFromContent() throws IOException {
    Path xmlNamedJson = write("looks-like.json", Cli.VALID_PATIENT_XML);
    assertThat(Cli.run("validate", validXml.toString(), xmlNamedJson.toString()).exitCode()).isZero();
  }

  @Test
  void malformedJson_isFatalWithPosition() throws IOException {
    Path bad = write("broken.json", "{\"resourceType\": \"Patient\", \"gender\": }");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(bad + ":1:39 (input) FATAL " + IssueCode.JSON_MALFORMED.code() + ": ");
  }

  @Test
  void limitOptions_reachTheValidator_locatedAndNamingTheLimit() throws IOException {
    String ext = "{\"url\":\"http://example.org/x\",\"valueString\":\"a\"}";
    Path copies = write("copies.json", "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"x\"},\"extension\":[\n"
        + ext + ",\n" + ext + ",\n" + ext + "]}");
    Cli.Result r = Cli.run("validate", "--max-repeats", "2", "--deadline", "30", copies.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(copies + ":4:1 (input) FATAL " + IssueCode.INPUT_TOO_MANY_REPEATS.code()
        + ": The JSON repeats one extension (the same url) more than the limit of 2 times in one element's list");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--max-depth=3", "--max-array-items=0", "--max-elements=-1", "--max-repeats=0",
      "--max-string-length=0", "--max-issues=0", "--max-message-length=10", "--deadline=-1", "--max-input-bytes=0"})
  void limitOptions_badValues_areUsageErrorsNamingTheOption(String option) {
    Cli.Result r = Cli.run("validate", option, valid.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(option.substring(0, option.indexOf('=')) + " must be");
  }

  @Test
  void malformedXml_isFatal() throws IOException {
    Path bad = write("broken.xml", "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"x\"></Patient>");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FATAL " + IssueCode.XML_MALFORMED.code() + ": ");
  }

  @Test
  void missingFile_exitsTwo_oneLineOnStderr_andIsReported() {
    Path missing = dir.resolve("nope.json");
    Cli.Result r = Cli.run("validate", valid.toString(), missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: cannot read " + missing + ": no such file or directory\n");
    assertThat(r.out()).contains(missing + " (input) FATAL " + IssueCode.CLI_INPUT_UNREADABLE.code() + ": ")
        .contains("2 inputs: 1 valid, 0 invalid, 1 unreadable;");
  }

  @Test
  void unreadableFile_exitsTwo() throws IOException {
    Path locked = write("locked.json", Cli.VALID_PATIENT);
    boolean permissionsHold = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
    try {
      if (permissionsHold) {
        Cli.Result r = Cli.run("validate", locked.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(IssueCode.CLI_INPUT_UNREADABLE.code()).contains("permission denied");
      } else {
        // Running as root, who can read any file: a regular file whose reads fail instead (Linux).
        Path failing = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.isRegularFile(failing), "root, and no file whose reads fail on this system");
        Cli.Result r = Cli.run("validate", failing.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(failing + " (input) FATAL " + IssueCode.CLI_INPUT_UNREADABLE.code()
            + ": The input cannot be read: read error").doesNotContain("\tat ");
        assertThat(r.err()).doesNotContain("Exception");
      }
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }

  @Test
  void specialFile_isUnreadable_exitsTwo() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null on this system");
    Cli.Result r = Cli.run("validate", "/dev/null");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: cannot read /dev/null: not a regular file\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "validate --format pdf x.json", "validate --bogus x.json", "frobnicate",
      "validate --threads 0 x.json", "validate --profile not-a-url x.json"})
  void usageErrors_exitTwo_withOneClearLine(String args) {
    Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("carebridge: ").hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyDirectory_isAUsageError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli.Result r = Cli.run("validate", empty.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: no .json, .xml or .ndjson files in directory " + empty + "\n");
  }

  @Test
  void unreadablePackage_isAUsageError() throws IOException {
    Path notAPackage = write("not-a-package.tgz", "hello");
    Cli.Result r = Cli.run("validate", "--package", notAPackage.toString(), valid.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("carebridge: cannot read FHIR package").hasLineCount(1);
    Cli.Result missing = Cli.run("validate", "--package", dir.resolve("absent.tgz").toString(), valid.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("carebridge: cannot read FHIR package " + dir.resolve("absent.tgz")
        + ": no such file or folder\n");
  }

  @Test
  void ndjson_reportsEachLineByNumber() throws IOException {
    String ndjson = oneLine(Cli.VALID_PATIENT) + "\n\n" + oneLine(Cli.INVALID_PATIENT) + "\n" + oneLine(Cli.VALID_PATIENT)
        + "\n";
    Path file = write("export.ndjson", ndjson);
    Cli.Result r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode inputs = json(r.out()).get("inputs");
    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(inputs.get(1).get("line").asInt()).isEqualTo(3);
    assertThat(inputs.get(1).get("valid").asBoolean()).isFalse();
    assertThat(inputs.get(1).get("issues").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(inputs.get(2).get("line").asInt()).isEqualTo(4);
    Cli.Result text = Cli.run("validate", file.toString());
    assertThat(text.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(file.toString())
        + ":3:\\d+ Patient\\.gender ERROR ");
  }

  @Test
  void stdin_jsonAndNdjson() {
    Cli.Result single = Cli.runWithStdin(Cli.INVALID_PATIENT, "validate", "-");
    assertThat(single.exitCode()).isEqualTo(1);
    assertThat(single.out()).startsWith("(stdin):3:");
    Cli.Result lines = Cli.runWithStdin(oneLine(Cli.VALID_PATIENT) + "\n" + oneLine(Cli.INVALID_PATIENT) + "\n",
        "validate", "--format", "json", "-");
    assertThat(lines.exitCode()).isEqualTo(1);
    JsonNode inputs = json(lines.out()).get("inputs");
    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(1).get("input").asText()).isEqualTo("(stdin)");
    assertThat(inputs.get(1).get("line").asInt()).isEqualTo(2);
    Cli.Result xml = Cli.runWithStdin(Cli.VALID_PATIENT_XML, "validate", "-");
    assertThat(xml.exitCode()).isZero();
  }

  @Test
  void directories_areWalkedRecursively_inPathOrder_skippingHiddenAndOtherFiles() throws IOException {
    Path root = Files.createDirectories(dir.resolve("tree"));
    write("tree/b.json", Cli.VALID_PATIENT);
    write("tree/a/z.xml", Cli.VALID_PATIENT_XML);
    write("tree/a/y.ndjson", oneLine(Cli.VALID_PATIENT) + "\n");
    write("tree/notes.txt", "not FHIR");
    write("tree/.hidden/c.json", Cli.INVALID_PATIENT);
    Cli.Result r = Cli.run("validate", "--format", "json", root.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(json(r.out()).get("inputs").findValuesAsText("input")).containsExactly(root + "/a/y.ndjson",
        root + "/a/z.xml", root + "/b.json");
  }

  @Test
  void outputOrder_doesNotDependOnThreads() throws IOException {
    Path root = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 8; i++) {
      write("many/f" + i + ".json", i % 3 == 0 ? Cli.INVALID_PATIENT : Cli.VALID_PATIENT);
    }
    Cli.Result one = Cli.run("validate", "--threads", "1", root.toString());
    Cli.Result two = Cli.run("validate", "--threads", "2", root.toString());
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(two.exitCode()).isEqualTo(1);
  }

  @Test
  void jsonFormat_parsesAndCarriesEveryIssue() throws IOException {
    Cli.Result r = Cli.run("validate", "--format", "json", invalid.toString(), valid.toString());
    JsonNode root = json(r.out());
    assertThat(root.get("tool").asText()).isEqualTo("carebridge");
    assertThat(root.get("packages").get(0).asText()).isEqualTo("uk.carebridge.r4#0.1.0");
    JsonNode issue = root.get("inputs").get(0).get("issues").get(0);
    assertThat(issue.get("severity").asText()).isEqualTo("error");
    assertThat(issue.get("location").asText()).isEqualTo("Patient.gender");
    assertThat(issue.get("line").asInt()).isEqualTo(3);
    assertThat(issue.get("message").asText()).contains("banana");
    assertThat(root.get("summary").get("invalid").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void operationOutcomeFormat_oneInputIsAnOperationOutcome_severalABundle() {
    Cli.Result one = Cli.run("validate", "--format", "operationoutcome", invalid.toString());
    assertThat(one.exitCode()).isEqualTo(1);
    OperationOutcome oo = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class, one.out());
    assertThat(oo.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Patient.gender");
    assertThat(oo.getText().getDivAsString()).contains("invalid.json");

    Cli.Result several = Cli.run("validate", "--format", "operationoutcome", invalid.toString(), valid.toString());
    Bundle b = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, several.out());
    assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(b.getEntry()).hasSize(2);
    OperationOutcome second = (OperationOutcome) b.getEntry().get(1).getResource();
    assertThat(second.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
    assertThat(second.getText().getDivAsString()).contains("valid.json").contains("valid");
  }

  @Test
  void junitFormat_oneTestCasePerInput() throws Exception {
    Path missing = dir.resolve("gone.json");
    Cli.Result r = Cli.run("validate", "--format", "junit", invalid.toString(), valid.toString(), missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    Document doc = xml(r.out());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("name")).isEqualTo(invalid.toString());
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).startsWith("2 problems, first: ");
    assertThat(failure.getTextContent()).contains("Patient.gender ERROR");
    Element second = (Element) cases.item(1);
    assertThat(second.getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) cases.item(2)).getElementsByTagName("error").getLength()).isEqualTo(1);
  }

  @Test
  void junitFormat_parsesEvenWhenAMessageEchoesControlCharacters() throws Exception {
    Path odd = write("control.json", Cli.INVALID_PATIENT.replace("banana", "ban\\u0001ana\\u001f"));
    Cli.Result r = Cli.run("validate", "--format", "junit", odd.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    Element failure = (Element) xml(r.out()).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("ban\uFFFDana\uFFFD");
  }

  @Test
  void textFormat_neverPassesControlCharactersToTheTerminal() throws IOException {
    Path odd = write("escape.json", Cli.INVALID_PATIENT.replace("banana", "\\u001b[2Jban"));
    Cli.Result r = Cli.run("validate", odd.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("\u001b").contains("\uFFFD[2Jban");
  }

  @Test
  void htmlFormat_isOneSelfContainedPage() {
    Cli.Result r = Cli.run("validate", "--format", "html", invalid.toString(), valid.toString());
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<title>CareBridge validation report</title>")
        .contains("2 inputs: 1 valid, 1 invalid").doesNotContain("<script").doesNotContain("src=")
        .doesNotContainPattern("href=\"(?!#)");
  }

  @Test
  void outputFile_getsTheReport() throws IOException {
    Path report = dir.resolve("report.xml");
    Cli.Result r = Cli.run("validate", "--format", "junit", "--output", report.toString(), valid.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report)).contains("<testcase");
  }

  @Test
  void warningsAsErrors_makesAnInputWithWarningsInvalid() {
    Cli.Result plain = Cli.run("validate", discharge.toString());
    assertThat(plain.exitCode()).isZero();
    assertThat(plain.out()).contains(" WARNING ");
    Cli.Result strict = Cli.run("validate", "--warnings-as-errors", discharge.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("1 invalid").endsWith("(warnings count as errors)\n");
  }

  @Test
  void extraPackage_isUsedForProfilesItDefines() throws IOException {
    Path tgz = TestPackage.write(dir);
    Path claims = write("claims-profile.json", Cli.VALID_PATIENT.replace("\"id\":\"p1\",",
        "\"id\":\"p1\",\"meta\":{\"profile\":[\"" + TestPackage.PROFILE + "\"]},"));
    Cli.Result without = Cli.run("validate", claims.toString());
    assertThat(without.out()).doesNotContain("Patient.birthDate: minimum required");
    Cli.Result with = Cli.run("validate", "--package", tgz.toString(), "--format", "json", claims.toString());
    assertThat(with.exitCode()).isEqualTo(1);
    JsonNode root = json(with.out());
    assertThat(root.get("packages").findValuesAsText("packages")).isEmpty();
    assertThat(root.get("packages").toString()).contains("org.carebridge.clitest#0.0.1");
    assertThat(root.get("inputs").get(0).get("issues").toString()).contains("Patient.birthDate");
  }

  @Test
  void progress_whenForced_reportsCountAndInvalidOnStderr() {
    Cli.Result r = Cli.run("validate", "--progress", invalid.toString(), valid.toString());
    assertThat(r.err()).containsPattern("carebridge: validated 2 inputs \\(2 resources\\) in [0-9.]+ s \\([0-9.]+/s,"
        + " [0-9.]+ resources/s\\), 1 invalid, 2 errors");
    Cli.Result silent = Cli.run("validate", invalid.toString(), valid.toString());
    assertThat(silent.err()).isEmpty();
  }

  /** The total counts every input the run will report: files, and each non-blank line of NDJSON files and stdin. */
  @Test
  void progress_showsTheTotalAndWhatRemains_countingNdjsonLines() throws IOException {
    Path ndjson = write("progress.ndjson", oneLine(Cli.INVALID_PATIENT) + "\n\n" + oneLine(Cli.VALID_PATIENT) + "\n"
        + oneLine(Cli.VALID_PATIENT) + "\n");
    Cli.Result r = Cli.run("validate", "--progress", ndjson.toString(), valid.toString(), validXml.toString());
    assertThat(r.err()).startsWith("carebridge: validated 2/5 inputs, 3 to go (")
        .containsPattern("carebridge: validated 5 inputs \\(5 resources\\) in [0-9.]+ s \\([0-9.]+/s, [0-9.]+ resources/s\\),"
            + " 1 invalid, 2 errors\n$");
    Cli.Result stdin = Cli.runWithStdin(oneLine(Cli.VALID_PATIENT) + "\n" + oneLine(Cli.INVALID_PATIENT) + "\n"
        + oneLine(Cli.VALID_PATIENT) + "\n", "validate", "--progress", "-", valid.toString());
    assertThat(stdin.err()).startsWith("carebridge: validated 2/4 inputs, 2 to go (");
    assertThat(stdin.out()).contains("4 inputs: 3 valid, 1 invalid");
  }

  /** Every format lists an input's errors first, then warnings, then information. */
  @Test
  void everyFormat_listsErrorsFirst() throws Exception {
    // A discharge message with a broken NHS number: errors, warnings and information in one input.
    String example = new String(Cli.dischargeWithWarning(), StandardCharsets.UTF_8);
    Path mixed = write("mixed.json", example.replace("9434765919", "9434765918"));
    Cli.Result text = Cli.run("validate", mixed.toString());
    List<Integer> ranks = text.out().lines().filter(l -> l.startsWith(mixed.toString())).map(ValidateCommandTest::rank)
        .toList();
    assertThat(ranks).contains(0, 1, 2).isSorted();
    JsonNode issues = json(Cli.run("validate", "--format", "json", mixed.toString()).out()).get("inputs").get(0)
        .get("issues");
    assertThat(issues.findValuesAsText("severity").stream().map(s -> rank(" " + s.toUpperCase() + " ")).toList())
        .isEqualTo(ranks);
    OperationOutcome oo = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class,
        Cli.run("validate", "--format", "operationoutcome", mixed.toString()).out());
    assertThat(oo.getIssue().stream().map(i -> rank(" " + i.getSeverity().name() + " ")).toList()).isEqualTo(ranks);
    Element out = (Element) xml(Cli.run("validate", "--format", "junit", mixed.toString()).out())
        .getElementsByTagName("system-out").item(0);
    assertThat(out.getTextContent().lines().map(ValidateCommandTest::rank).toList()).isEqualTo(ranks);
    String html = Cli.run("validate", "--format", "html", mixed.toString()).out();
    assertThat(java.util.regex.Pattern.compile("<tr class=\"(error|warning|information)\">").matcher(html).results()
        .map(m -> rank(" " + m.group(1).toUpperCase() + " ")).toList()).isEqualTo(ranks);
  }

  private static int rank(String line) {
    return line.contains(" ERROR ") || line.contains(" FATAL ") ? 0 : line.contains(" WARNING ") ? 1 : 2;
  }

  /** --severity filters what every format lists, never the summary, the counts or the exit code. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "operationoutcome", "junit", "html"})
  void severity_filtersWhatIsListed_notTheCountsOrExitCode(String format) {
    Cli.Result all = Cli.run("validate", "--format", format, discharge.toString(), invalid.toString());
    Cli.Result errors = Cli.run("validate", "--format", format, "--severity", "Error", discharge.toString(),
        invalid.toString());
    Cli.Result warnings = Cli.run("validate", "--format", format, "--severity", "warning", discharge.toString(),
        invalid.toString());
    assertThat(errors.exitCode()).isEqualTo(warnings.exitCode()).isEqualTo(all.exitCode()).isEqualTo(1);
    assertThat(listed(format, all.out())).containsExactlyInAnyOrder("error", "warning", "information");
    assertThat(listed(format, warnings.out())).containsExactlyInAnyOrder("error", "warning");
    assertThat(listed(format, errors.out())).containsExactly("error");
    String summary = "2 inputs: 1 valid, 1 invalid; 2 errors, ";
    if (format.equals("text") || format.equals("html")) {
      String counts = all.out().substring(all.out().indexOf(summary)).split("\n")[0].replaceAll("<.*", "");
      assertThat(counts).doesNotContain(" 0 warnings");
      assertThat(errors.out()).contains(counts);
      assertThat(warnings.out()).contains(counts);
    }
    if (format.equals("json")) {
      assertThat(json(errors.out()).get("summary")).isEqualTo(json(all.out()).get("summary"));
      assertThat(json(errors.out()).get("severity").asText()).isEqualTo("error");
    }
  }

  /** The severities of the issues a report lists, in lower case. */
  private static java.util.Set<String> listed(String format, String out) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    switch (format) {
      case "json" -> json(out).get("inputs").forEach(i -> i.get("issues").forEach(x -> found.add(
          x.get("severity").asText())));
      case "operationoutcome" -> FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, out)
          .getEntry().forEach(e -> ((OperationOutcome) e.getResource()).getIssue().stream()
              .filter(i -> !i.getDetails().getText().startsWith("No issues"))
              .forEach(i -> found.add(i.getSeverity().toCode())));
      case "html" -> java.util.regex.Pattern.compile("<tr class=\"(\\w+)\">").matcher(out).results()
          .forEach(m -> found.add(m.group(1)));
      default -> out.lines().forEach(l -> {
        for (String sev : List.of("ERROR", "WARNING", "INFORMATION")) {
          if (l.contains(" " + sev + " ")) {
            found.add(sev.toLowerCase(java.util.Locale.ROOT));
          }
        }
      });
    }
    return found;
  }

  @Test
  void severity_unknownLevel_isAUsageError() {
    Cli.Result r = Cli.run("validate", "--severity", "fatal", valid.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: Invalid value for option '--severity': expected one of [information,"
        + " warning, error] (case-insensitive) but was 'fatal' (see 'carebridge validate --help')\n");
    assertThat(r.out()).isEmpty();
  }

  /** An input whose every issue is filtered out still gets a truthful OperationOutcome. */
  @Test
  void severity_operationOutcome_ofAnInputWithOnlyHiddenIssues() {
    Cli.Result r = Cli.run("validate", "--format", "operationoutcome", "--severity", "error", discharge.toString());
    assertThat(r.exitCode()).isZero();
    OperationOutcome oo = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class, r.out());
    assertThat(oo.getIssue()).singleElement().satisfies(i -> {
      assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
      assertThat(i.getDetails().getText()).startsWith("No issues of severity error or above; ")
          .endsWith(" less severe not shown");
    });
  }

  @Test
  void noNameOrNhsNumber_inAnyFormat() throws IOException {
    String example = new String(PackageExamples.read().get("Bundle-discharge-notice-example.json"),
        StandardCharsets.UTF_8);
    assertThat(example).contains("9434765919").contains("Hollins").contains("Margaret");
    // A failing NHS number (Modulus 11) and a date the person's name is echoed next to.
    Path broken = write("broken-discharge.json", example.replace("9434765919", "9434765918")
        .replace("\"birthDate\": \"1942-03-14\"", "\"birthDate\": \"Hollins\""));
    for (String format : List.of("text", "json", "operationoutcome", "junit", "html")) {
      Cli.Result r = Cli.run("validate", "--format", format, broken.toString());
      assertThat(r.exitCode()).as(format).isEqualTo(1);
      assertThat(r.out() + r.err()).as(format).doesNotContain("9434765918").doesNotContain("943 476 5918")
          .doesNotContain("Hollins").doesNotContain("Margaret");
    }
  }

  static String oneLine(String json) {
    return json.replace("\n", "");
  }

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }
}
