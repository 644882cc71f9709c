package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carebridge convert}: samples of the two adapters (copied from their test resources). */
class ConvertCommandTest {

  private static final String[] COUNCIL = {"--council-ods", "SCC01", "--council-name", "Staffordshire County Council"};

  @TempDir
  static Path dir;

  static Path feed;
  static Path cld;
  static Path badCld;

  @BeforeAll
  static void samples() throws IOException {
    feed = copy("stay-feed.hl7");
    cld = copy("cld-q3.csv");
    badCld = copy("cld-bad-values.csv");
  }

  static Path copy(String name) throws IOException {
    try (InputStream in = ConvertCommandTest.class.getResourceAsStream("/convert/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  static String[] args(String... parts) {
    return parts;
  }

  static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  @Test
  void hl7v2_writesBundlesThatPassValidate_andAReport() throws IOException {
    Path out = dir.resolve("hl7-out");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "hl7v2"), concat(COUNCIL, "--hospital-ods", "RJE",
        "--ready-date-field", "ZDR-1", "--pathway", "1", feed.toString(), "--out", out.toString())));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    List<String> written = list(out);
    assertThat(written).contains(ConvertCommand.REPORT_FILE).anyMatch(n -> n.matches("stay-feed-\\d+-a03\\.json"));
    assertThat(r.out()).containsPattern("; 0 errors, \\d+ warnings?, \\d+ information\n$")
        .contains("Bundles written to " + out);
    assertThat(Files.readString(out.resolve(ConvertCommand.REPORT_FILE))).isEqualTo(r.out());
    // The summary counts every issue shown: the converter's and the validator's issues of the Bundles written.
    assertThat(r.out().lines()).as("the validator's issues about the Bundles written")
        .anyMatch(l -> l.startsWith(out.toString()));
    assertThat(r.out()).doesNotContain("dom-6");
    assertThat(summaryCount(r.out(), "warning")).isEqualTo(lines(r.out(), " WARNING "));
    assertThat(summaryCount(r.out(), "information")).isEqualTo(lines(r.out(), " INFORMATION "));
    // The report never carries the person's name or full NHS number (the Bundles themselves do, of course).
    assertThat(r.out() + r.err()).doesNotContain("9434765919").doesNotContainIgnoringCase("Hollins")
        .doesNotContainIgnoringCase("Margaret");
    Cli.Result validated = Cli.run("validate", out.toString());
    assertThat(validated.exitCode()).as(validated.out()).isZero();
    assertThat(validated.out()).contains((written.size() - 1) + " valid, 0 invalid");
    // What convert showed for the files it wrote is what validate shows for them.
    for (String severity : List.of(" WARNING ", " INFORMATION ")) {
      assertThat(r.out().lines().filter(l -> l.startsWith(out.toString()) && l.contains(severity)).sorted()
          .toList()).isEqualTo(validated.out().lines().filter(l -> l.contains(severity)).sorted().toList());
    }
  }

  /** Errors first, then warnings, then information, for each input and each file written. */
  @Test
  void hl7v2_eachInputsAndFilesIssues_errorsFirst() throws IOException {
    Path out = dir.resolve("hl7-order");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "hl7v2"), feed.toString(), "--out", out.toString()));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    java.util.Map<String, List<Integer>> ranks = new java.util.LinkedHashMap<>();
    for (String line : r.out().lines().toList().subList(0, (int) r.out().lines().count() - 1)) {
      String label = line.substring(0, line.indexOf(':'));
      int rank = line.contains(" ERROR ") || line.contains(" FATAL ") ? 0 : line.contains(" WARNING ") ? 1 : 2;
      ranks.computeIfAbsent(label, k -> new java.util.ArrayList<>()).add(rank);
    }
    // the feed's own issues: a warning (no council) found after information (no notification for the A01)
    assertThat(ranks.get(feed.toString())).contains(1, 2);
    assertThat(ranks.values()).allSatisfy(l -> assertThat(l).isSorted());
  }

  /**
   * Advice names this command's options, never the Java builder methods: the CLI gives the adapters its
   * option names.
   */
  @Test
  void adviceNamesTheCommandsOptions() throws IOException {
    Path out = dir.resolve("hl7-advice");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "hl7v2"), feed.toString(), "--out", out.toString()));
    assertThat(r.out()).contains("set it with --council-ods and --council-name").contains("set it with --pathway")
        .contains("(set one with --ready-date-field)").contains("(--assessment-notices)")
        .doesNotContain("builder()");
    Cli.Result large = Cli.run(concat(args("convert", "--from", "hl7v2", "--max-input-bytes", "100"),
        feed.toString(), "--out", dir.resolve("hl7-large").toString()));
    assertThat(large.exitCode()).isEqualTo(1);
    assertThat(large.out()).contains("raise the limit with --max-input-bytes").doesNotContain("builder()");

    Path narrow = dir.resolve("cld-advice");
    Cli.Result period = Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL, "--period",
        "2027-01-01..2027-03-31", cld.toString(), "--out", narrow.toString())));
    assertThat(period.exitCode()).isEqualTo(1);
    assertThat(period.out()).contains("CB-CLD-019").contains("set with --period;").doesNotContain("builder()");
    Path latin1 = dir.resolve("cld-latin1.csv");
    Files.write(latin1, Files.readString(cld).replace("Hollins", "H\u00f6llins")
        .getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result encoding = Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL, latin1.toString(), "--out",
        dir.resolve("cld-latin1").toString())));
    assertThat(encoding.out()).contains("CB-CLD-002").contains("name it with --charset").doesNotContain("builder()");
    Cli.Result named = Cli.run(concat(args("convert", "--from", "cld", "--charset", "ISO-8859-1"), concat(COUNCIL,
        latin1.toString(), "--out", dir.resolve("cld-latin1-named").toString())));
    assertThat(named.exitCode()).as(named.out()).isZero();
    Cli.Result unknown = Cli.run(concat(args("convert", "--from", "cld", "--charset", "klingon"), concat(COUNCIL,
        latin1.toString(), "--out", dir.resolve("unused").toString())));
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("carebridge: --charset: unknown character set 'klingon'\n");
  }

  /** --severity filters what is printed (and written to the report), never the counts or the exit code. */
  @Test
  void severity_filtersTheLinesShown_notTheSummaryOrExitCode() throws IOException {
    // The good extract gives a warning and information, the bad one errors.
    String[] inputs = {cld.toString(), badCld.toString()};
    Cli.Result all = Cli.run(concat(args("convert", "--from", "cld"), concat(concat(COUNCIL, inputs), "--out",
        dir.resolve("sev-all").toString())));
    Cli.Result errors = Cli.run(concat(args("convert", "--from", "cld", "--severity", "ERROR"), concat(concat(COUNCIL,
        inputs), "--out", dir.resolve("sev-errors").toString())));
    assertThat(all.out()).contains(" WARNING ").contains(" INFORMATION ").contains(" ERROR ");
    assertThat(errors.out()).doesNotContain(" WARNING ").doesNotContain(" INFORMATION ").contains(" ERROR ");
    assertThat(errors.exitCode()).isEqualTo(all.exitCode()).isEqualTo(1);
    assertThat(last(errors.out())).isEqualTo(last(all.out()).replace("sev-all", "sev-errors"));
    assertThat(lines(errors.out(), " ERROR ")).isEqualTo(lines(all.out(), " ERROR "));
    assertThat(Files.readString(dir.resolve("sev-errors").resolve(ConvertCommand.REPORT_FILE)))
        .isEqualTo(errors.out());
    Cli.Result warnings = Cli.run(concat(args("convert", "--from", "cld", "--severity", "warning"), concat(concat(
        COUNCIL, inputs), "--out", dir.resolve("sev-warnings").toString())));
    assertThat(warnings.out()).contains(" WARNING ").doesNotContain(" INFORMATION ");
    Cli.Result bad = Cli.run(concat(args("convert", "--from", "cld", "--severity", "debug"), concat(COUNCIL,
        badCld.toString(), "--out", dir.resolve("unused").toString())));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("carebridge: Invalid value for option '--severity': expected one of"
        + " [information, warning, error]");
  }

  /** Progress on standard error: messages or people done, out of how many, how many to go. */
  @Test
  void progress_showsDoneTotalAndToGo() throws IOException {
    Cli.Result hl7 = Cli.run(concat(args("convert", "--from", "hl7v2", "--progress"), concat(COUNCIL, "--pathway",
        "1", "--ready-date-field", "ZDR-1", feed.toString(), "--out", dir.resolve("progress-hl7").toString())));
    assertThat(hl7.exitCode()).isZero();
    long messages = Files.readString(feed).lines().filter(l -> l.startsWith("MSH|")).count();
    assertThat(hl7.err()).contains("carebridge: converted 2/" + messages + " messages, " + (messages - 2) + " to go (")
        .containsPattern("carebridge: converted " + messages + " messages in [0-9.]+ s \\([0-9.]+/s\\), 0 errors\n$");
    Cli.Result people = Cli.run(concat(args("convert", "--from", "cld", "--progress"), concat(COUNCIL, cld.toString(),
        "--out", dir.resolve("progress-cld").toString())));
    long bundles = list(dir.resolve("progress-cld")).stream().filter(n -> n.endsWith(".json")).count();
    assertThat(people.err()).contains("carebridge: converted 2/" + bundles + " people, " + (bundles - 2) + " to go (")
        .contains("carebridge: converted " + bundles + " people in ");
    assertThat(Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL, cld.toString(), "--out",
        dir.resolve("progress-none").toString()))).err()).isEmpty();
  }

  private static int summaryCount(String out, String what) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + what).matcher(last(out));
    assertThat(m.find()).as(last(out)).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static int lines(String out, String severity) {
    return (int) out.lines().filter(l -> l.contains(severity)).count();
  }

  private static String last(String out) {
    List<String> all = out.lines().toList();
    return all.get(all.size() - 1);
  }

  @Test
  void hl7v2_localStaffCodeAndSpellNumber_carriedOnlyWithTheirIdentifierSystems() throws IOException {
    Path local = dir.resolve("local-staff-code.hl7");
    Files.writeString(local, Files.readString(feed).replace("C1234567^Okafor", "N4711^Okafor"));
    Path without = dir.resolve("local-without");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "hl7v2"), concat(COUNCIL, "--hospital-ods", "RJE",
        "--ready-date-field", "ZDR-1", "--pathway", "1", local.toString(), "--out", without.toString())));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("CB-HL7-031").doesNotContain("N4711").doesNotContainIgnoringCase("Okafor");

    Path with = dir.resolve("local-with");
    r = Cli.run(concat(args("convert", "--from", "hl7v2"), concat(COUNCIL, "--hospital-ods", "RJE",
        "--ready-date-field", "ZDR-1", "--pathway", "1", "--clinician-identifier-system",
        "https://fhir.rje.example/Id/staff-code", "--spell-number-system", "https://fhir.rje.example/Id/spell-number",
        local.toString(), "--out", with.toString())));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).doesNotContain("CB-HL7-031").containsPattern("; 0 errors, \\d+ warnings?, \\d+ information\n$");
    Path a03 = list(with).stream().filter(n -> n.endsWith("-a03.json")).map(with::resolve).findFirst().orElseThrow();
    assertThat(Files.readString(a03)).contains("\"system\": \"https://fhir.rje.example/Id/staff-code\"")
        .contains("\"value\": \"N4711\"").contains("\"system\": \"https://fhir.rje.example/Id/spell-number\"")
        .contains("\"value\": \"V2610020417\"");

    Cli.Result bad = Cli.run(concat(args("convert", "--from", "hl7v2"), concat(COUNCIL,
        "--clinician-identifier-system", "not a uri", local.toString(), "--out", dir.resolve("bad").toString())));
    assertThat(bad.exitCode()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("clinicianIdentifierSystem");
    Cli.Result cld = Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL,
        "--clinician-identifier-system", "https://fhir.rje.example/Id/staff-code", local.toString(), "--out",
        dir.resolve("cld").toString())));
    assertThat(cld.exitCode()).isEqualTo(Main.USAGE);
    assertThat(cld.err()).contains("--clinician-identifier-system").contains("hl7v2 only");
  }

  @Test
  void hl7v2_ndjson_oneLinePerBundle() throws IOException {
    Path out = dir.resolve("hl7-ndjson");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "hl7v2", "--ndjson"), concat(COUNCIL, "--pathway", "1",
        "--ready-date-field", "ZDR-1", feed.toString(), "--out", out.toString())));
    assertThat(r.exitCode()).isZero();
    Path ndjson = out.resolve("stay-feed.ndjson");
    assertThat(Files.readAllLines(ndjson)).isNotEmpty().allMatch(l -> l.startsWith("{\"resourceType\":\"Bundle\""));
    Cli.Result validated = Cli.run("validate", ndjson.toString());
    assertThat(validated.exitCode()).as(validated.out()).isZero();
  }

  @Test
  void twoInputsWithTheSameName_neitherOutputIsOverwritten() throws IOException {
    Path second = dir.resolve("elsewhere").resolve("stay-feed.hl7");
    Files.createDirectories(second.getParent());
    Files.copy(feed, second);
    for (boolean nd : new boolean[] {false, true}) {
      Path out = dir.resolve(nd ? "same-name-ndjson" : "same-name");
      String[] common = concat(COUNCIL, "--pathway", "1", "--ready-date-field", "ZDR-1", feed.toString(),
          second.toString(), "--out", out.toString());
      Cli.Result r = Cli.run(concat(nd ? args("convert", "--from", "hl7v2", "--ndjson") : args("convert", "--from",
          "hl7v2"), common));
      assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
      List<String> written = list(out);
      if (nd) {
        assertThat(written).contains("stay-feed.ndjson", "stay-feed-2.ndjson");
        assertThat(Files.readAllLines(out.resolve("stay-feed-2.ndjson")))
            .isEqualTo(Files.readAllLines(out.resolve("stay-feed.ndjson")));
      } else {
        long firstInput = written.stream().filter(n -> n.matches("stay-feed-\\d+-a\\d\\d\\.json")).count();
        long secondInput = written.stream().filter(n -> n.matches("stay-feed-\\d+-a\\d\\d-2\\.json")).count();
        assertThat(firstInput).isPositive().isEqualTo(secondInput);
      }
    }
  }

  @Test
  void cld_writesOneBundlePerPerson_thatPassValidate() throws IOException {
    Path out = dir.resolve("cld-out");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL, "--period",
        "2026-07-01..2026-12-31", cld.toString(), "--out", out.toString())));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(list(out).stream().filter(n -> n.endsWith(".json"))).hasSizeGreaterThan(1);
    Cli.Result validated = Cli.run("validate", "--format", "json", out.toString());
    assertThat(validated.exitCode()).as(validated.out()).isZero();
  }

  @Test
  void cld_badRows_areReportedByLineAndColumn_exitOne() throws IOException {
    Path out = dir.resolve("cld-bad");
    Cli.Result r = Cli.run(concat(args("convert", "--from", "cld"), concat(COUNCIL, badCld.toString(), "--out",
        out.toString())));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(badCld.toString())
        + ":3:\\d+ NHS Number ERROR CB-CLD-012: ");
    String report = Files.readString(out.resolve(ConvertCommand.REPORT_FILE), StandardCharsets.UTF_8);
    assertThat(report).contains("CB-CLD-012").contains("CB-CLD-014");
    // Messages and report never carry a full NHS number or a name from the extract.
    assertThat(r.out() + r.err() + report).doesNotContainPattern("\\b\\d{10}\\b").doesNotContainIgnoringCase("Hollins");
  }

  @Test
  void usageErrors_exitTwo_withOneLine() {
    Path out = dir.resolve("unused");
    Cli.Result noCouncil = Cli.run("convert", "--from", "cld", cld.toString(), "--out", out.toString());
    assertThat(noCouncil.exitCode()).isEqualTo(2);
    assertThat(noCouncil.err()).isEqualTo("carebridge: --from cld needs --council-ods and --council-name\n");
    Cli.Result badOds = Cli.run(concat(args("convert", "--from", "hl7v2", "--council-ods", "lower"), feed.toString(),
        "--out", out.toString()));
    assertThat(badOds.exitCode()).isEqualTo(2);
    assertThat(badOds.err()).startsWith("carebridge: ").hasLineCount(1);
    Cli.Result badFrom = Cli.run("convert", "--from", "csv", feed.toString(), "--out", out.toString());
    assertThat(badFrom.exitCode()).isEqualTo(2);
    assertThat(badFrom.err()).startsWith("carebridge: Invalid value for option '--from'").hasLineCount(1);
    Cli.Result badLimit = Cli.run("convert", "--from", "hl7v2", "--max-repeats", "0", feed.toString(), "--out",
        out.toString());
    assertThat(badLimit.exitCode()).isEqualTo(2);
    assertThat(badLimit.err()).isEqualTo("carebridge: --max-repeats must be positive, got 0\n");
  }

  @Test
  void missingInput_exitTwo() {
    Path out = dir.resolve("missing-out");
    Path missing = dir.resolve("absent.hl7");
    Cli.Result r = Cli.run("convert", "--from", "hl7v2", missing.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: cannot read " + missing + ": no such file or directory\n");
    assertThat(r.out()).contains(IssueCode.CLI_INPUT_UNREADABLE.code());
  }

  private static List<String> list(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
