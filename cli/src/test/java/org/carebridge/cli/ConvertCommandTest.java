package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(r.out()).endsWith("0 errors, 0 warnings\n").contains("Bundles written to " + out);
    assertThat(Files.readString(out.resolve(ConvertCommand.REPORT_FILE))).isEqualTo(r.out());
    // The report never carries the person's name or full NHS number (the Bundles themselves do, of course).
    assertThat(r.out() + r.err()).doesNotContain("9434765919").doesNotContainIgnoringCase("Hollins")
        .doesNotContainIgnoringCase("Margaret");
    Cli.Result validated = Cli.run("validate", out.toString());
    assertThat(validated.exitCode()).as(validated.out()).isZero();
    assertThat(validated.out()).contains((written.size() - 1) + " valid, 0 invalid");
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
    assertThat(r.out()).doesNotContain("CB-HL7-031").endsWith("0 errors, 0 warnings\n");
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
  }

  @Test
  void missingInput_exitTwo() {
    Path out = dir.resolve("missing-out");
    Path missing = dir.resolve("absent.hl7");
    Cli.Result r = Cli.run("convert", "--from", "hl7v2", missing.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: cannot read " + missing + ": no such file or directory\n");
    assertThat(r.out()).contains(CliCodes.INPUT_UNREADABLE);
  }

  private static List<String> list(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
