package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

  @TempDir
  Path dir;

  @Test
  void version_namesToolPackageHapiAndJava() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("carebridge 0.1.0").contains("FHIR package uk.carebridge.r4 0.1.0 (FHIR 4.0.1)")
        .contains("HAPI FHIR 8.8.1");
  }

  @Test
  void help_listsCommandsAndExamples() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("validate").contains("examples").contains("Examples:").contains("Exit codes:");
    Cli.Result v = Cli.run("validate", "--help");
    assertThat(v.exitCode()).isZero();
    assertThat(v.out().replaceAll("\\s+", " ")).contains("--format").contains("--package").contains("--profile").contains("--warnings-as-errors")
        .contains("--progress").contains("Examples:").contains("text, json, operationoutcome, junit, html");
  }

  @Test
  void profile_forcesAProfileTheInputDoesNotClaim() throws IOException {
    Path tgz = TestPackage.write(dir);
    Path patient = dir.resolve("patient.json");
    Files.writeString(patient, Cli.VALID_PATIENT);
    assertThat(Cli.run("validate", "--package", tgz.toString(), patient.toString()).exitCode()).isZero();
    Cli.Result forced = Cli.run("validate", "--package", tgz.toString(), "--profile", TestPackage.PROFILE,
        patient.toString());
    assertThat(forced.exitCode()).isEqualTo(1);
    assertThat(forced.out()).contains("Patient.birthDate").contains(" ERROR ");
    Cli.Result unknown = Cli.run("validate", "--profile", TestPackage.BASE + "/StructureDefinition/none",
        patient.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.out()).contains("Validation_VAL_Profile_Unknown");
  }

  @Test
  void examples_writesTheBundles_whichValidate() throws IOException {
    Path out = dir.resolve("examples");
    Cli.Result r = Cli.run("examples", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).isNotEmpty()
          .allMatch(n -> n.startsWith("Bundle-") && n.endsWith(".json"))
          .contains("Bundle-discharge-notice-example.json", "Bundle-margaret-care-plan-bundle.json");
    }
    assertThat(r.err()).startsWith("carebridge: wrote ");
    Cli.Result validated = Cli.run("validate", out.toString());
    assertThat(validated.exitCode()).as(validated.out()).isZero();
    assertThat(validated.out()).contains(" 0 invalid; 0 errors");
  }

  @Test
  void examples_all_writesEveryExample_andRefusesToOverwriteWithoutForce() throws IOException {
    Path out = dir.resolve("all");
    assertThat(Cli.run("examples", "--all", "--out", out.toString()).exitCode()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("Patient-margaret-example.json");
    }
    Cli.Result again = Cli.run("examples", "--all", "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists (use --force to overwrite)").hasLineCount(1);
    assertThat(Cli.run("examples", "--all", "--force", "--out", out.toString()).exitCode()).isZero();
  }

  @Test
  void examples_outMustBeADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli.Result r = Cli.run("examples", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("carebridge: --out " + file + " exists and is not a directory\n");
    assertThat(Cli.run("examples").err()).startsWith("carebridge: Missing required option: '--out=DIR'");
  }

  @Test
  void everyCliCode_isDocumentedOnTheIntegratorsPage() throws Exception {
    Path page = Path.of("..", "docs", "getting-started", "integrators.md");
    String text = Files.readString(page, StandardCharsets.UTF_8);
    for (IssueCode code : IssueCode.values()) {
      if (code.code().startsWith("CB-CLI-")) {
        assertThat(text).as(code.name()).contains("`" + code.code() + "`");
      }
    }
  }
}
