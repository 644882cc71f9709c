package org.carebridge.examples.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.FhirInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceKitTest {

  static final ConformanceKit KIT = ConformanceKit.shared();

  static String corpus(String file) throws IOException {
    try (InputStream in = ConformanceKitTest.class.getResourceAsStream(ConformanceCorpus.RESOURCE_FOLDER + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String patient() throws IOException {
    return corpus("positive/package/Patient-margaret-example.json");
  }

  static String brokenPatient() throws IOException {
    return corpus("negative/invariants/cb-nhs-1--wrong-check-digit.json");
  }

  @Test
  void aFolderGivesOneVerdictPerFileInPathOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("messages"));
    Files.writeString(dir.resolve("b-patient.json"), patient());
    Files.writeString(dir.resolve("messages/a-broken.json"), brokenPatient());
    Files.writeString(dir.resolve("notes.txt"), "not checked");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/ignored.json"), "{ not even json");

    ConformanceReport report = KIT.check(dir);

    assertThat(report.files()).extracting(FileResult::path).containsExactly("b-patient.json", "messages/a-broken.json");
    assertThat(report.total()).isEqualTo(2);
    assertThat(report.passedCount()).isEqualTo(1);
    assertThat(report.failedCount()).isEqualTo(1);
    assertThat(report.isPassed()).isFalse();
    FileResult broken = report.failures().get(0);
    assertThat(broken.path()).isEqualTo("messages/a-broken.json");
    assertThat(broken.errors()).anySatisfy(i -> {
      assertThat(i.code()).endsWith("carebridge-person#cb-nhs-1");
      assertThat(i.location()).isEqualTo("Patient.identifier[0]");
      assertThat(i.line()).isPositive();
    });
    assertThat(report.files().get(0).passed()).isTrue();
    assertThat(report.files().get(0).errors()).isEmpty();
  }

  @Test
  void theTextReportSummarisesAndListsIssuesWithoutPersonalData(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.json"), patient());
    Files.writeString(dir.resolve("bad.json"), brokenPatient());
    String text = KIT.check(dir).toText();
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("CareBridge conformance: " + dir + ": 2 files, 1 passed, 1 failed - FAIL");
    assertThat(text).contains("\nFAIL  bad.json (1 error, ").contains("\nPASS  good.json")
        .contains("ERROR https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1 at "
            + "Patient.identifier[0] (");
    assertThat(brokenPatient()).contains("\"value\": \"9434765918\"");
    assertThat(text).doesNotContain("9434765918").doesNotContain("943 476 5918").doesNotContain("Hollins").doesNotContain("Margaret");
  }

  @Test
  void anAllValidFolderPasses(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("patient.json"), patient());
    Files.writeString(dir.resolve("notice.xml"), corpus("positive/package-xml/Bundle-discharge-notice-example.xml"));
    ConformanceReport report = KIT.check(dir);
    assertThat(report.isPassed()).as(report.toText()).isTrue();
    assertThat(report.total()).isEqualTo(2);
  }

  @Test
  void anEmptyFolderFails(@TempDir Path dir) {
    ConformanceReport report = KIT.check(dir);
    assertThat(report.isPassed()).isFalse();
    assertThat(report.files()).singleElement().satisfies(f -> {
      assertThat(f.passed()).isFalse();
      assertThat(f.issues()).extracting(i -> i.code()).containsExactly(KitCodes.NO_FILES);
    });
  }

  @Test
  void aSingleFileCanBeChecked(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), brokenPatient());
    ConformanceReport report = KIT.check(file);
    assertThat(report.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("bad.json");
      assertThat(f.passed()).isFalse();
    });
  }

  @Test
  void malformedAndUnsafeFilesFailWithTheirInputCodes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("doctype.xml"), corpus("negative/input/doctype.xml"));
    Files.writeString(dir.resolve("malformed.json"), corpus("negative/input/malformed.json"));
    ConformanceReport report = KIT.check(dir);
    assertThat(report.failedCount()).isEqualTo(2);
    assertThat(report.files().get(0).issues()).extracting(i -> i.code(), i -> i.severity())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CB-INPUT-006", Severity.FATAL));
    assertThat(report.files().get(1).issues()).extracting(i -> i.code()).containsExactly("CB-INPUT-004");
  }

  @Test
  void warningsFailOnlyWhenAsked() throws IOException {
    // the package example Consent has warnings (terminology the validator cannot check offline) but no error
    FhirInput consent = FhirInput.of(corpus("positive/package/Consent-margaret-sharing-consent.json"));
    FileResult lenient = KIT.check("consent", consent);
    assertThat(lenient.errors()).isEmpty();
    assertThat(lenient.warnings()).isNotEmpty();
    assertThat(lenient.passed()).isTrue();
    ConformanceKit strict = ConformanceKit.builder().validator(KIT.validator()).failOnWarnings(true).build();
    assertThat(strict.check("consent", FhirInput.of(corpus("positive/package/Consent-margaret-sharing-consent.json")))
        .passed()).isFalse();
  }

  @Test
  void aForcedProfileAppliesToFilesThatDoNotClaimIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("unclaimed.json"), corpus("negative/profile/unclaimed-patient-wrong-check-digit.json"));
    assertThat(KIT.check(dir).isPassed()).as("FHIR core alone does not check the NHS number").isTrue();
    ConformanceKit asPerson = ConformanceKit.builder().validator(KIT.validator())
        .profile("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person").build();
    ConformanceReport report = asPerson.check(dir);
    assertThat(report.isPassed()).isFalse();
    assertThat(report.files().get(0).errors()).extracting(i -> i.code(), i -> i.location()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1",
            "Patient.identifier[0]"));
  }

  @Test
  void checkRejectsAMissingPath(@TempDir Path dir) {
    assertThatThrownBy(() -> KIT.check(dir.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("folderOrFile does not exist: ");
    assertThatThrownBy(() -> KIT.check((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("folderOrFile must not be null");
  }

  @Test
  void theBuilderRejectsBadArgumentsAtOnce(@TempDir Path dir) {
    assertThatThrownBy(() -> ConformanceKit.builder().profile("carebridge-person"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("profileUrl must be an absolute http(s) URL");
    assertThatThrownBy(() -> ConformanceKit.builder().profile(null))
        .isInstanceOf(NullPointerException.class).hasMessage("profileUrl must not be null");
    assertThatThrownBy(() -> ConformanceKit.builder().addPackage(dir.resolve("uk-core.tgz")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("tgz is not a file: ");
    assertThatThrownBy(() -> ConformanceKit.builder().validator(null))
        .isInstanceOf(NullPointerException.class).hasMessage("validator must not be null");
    assertThatThrownBy(() -> ConformanceKit.builder().clock(null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock must not be null");
    assertThatThrownBy(() -> ConformanceKit.builder().validator(KIT.validator()).clock(java.time.Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGivenValidatorAndAddedPackagesDoNotMix(@TempDir Path dir) throws IOException {
    Path tgz = Files.write(dir.resolve("p.tgz"), new byte[] {1});
    assertThatThrownBy(() -> ConformanceKit.builder().validator(KIT.validator()).addPackage(tgz))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ConformanceKit.builder().addPackage(tgz).validator(KIT.validator()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSharedKitTakesTodayFromTheSystemProperty() {
    // the pom pins 2026-11-23, so that the corpus verdicts do not change with the date
    assertThat(System.getProperty(ConformanceKit.TODAY_PROPERTY)).isEqualTo("2026-11-23");
    org.carebridge.core.discharge.DischargeNotification notice =
        org.carebridge.examples.recipes.RaiseAndWithdrawDischargeNotice.raiseDischargeNotice();
    org.carebridge.core.discharge.DischargeNotification tomorrow = org.carebridge.core.discharge.DischargeNotification
        .builder().id(notice.id()).event(notice.event()).person(notice.person())
        .issuedAt(java.time.Instant.parse("2026-11-24T09:00:00Z")).hospital(notice.hospital())
        .council(notice.council().orElseThrow()).pathway(notice.pathway().orElseThrow())
        .stay(org.carebridge.core.discharge.HospitalStay.builder().ward(notice.stay().ward().orElseThrow())
            .admissionDate(notice.stay().admissionDate().orElseThrow())
            .dischargeReadyDate(notice.stay().dischargeReadyDate().orElseThrow()).build()).build();
    String json = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(
        org.carebridge.fhir.mapping.CareBridgeMapper.toFhir(tomorrow, "https://fhir.example.org/uhnm"));
    assertThat(KIT.check("tomorrow", FhirInput.of(json)).errors()).extracting(i -> i.code())
        .containsExactly("CB-DISCHARGE-015");   // issued in the future, as seen from the pinned day
    String today = json.replace("2026-11-24T09:00:00", "2026-11-23T09:00:00");
    assertThat(KIT.check("today", FhirInput.of(today)).errors()).isEmpty();
  }

  @Test
  void theCommandLineExitsWithTheVerdict(@TempDir Path dir) throws IOException {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = new java.io.PrintStream(printed, true, StandardCharsets.UTF_8);
    Path good = Files.writeString(dir.resolve("good.json"), patient());
    assertThat(ConformanceKit.run(new String[] {good.toString()}, out)).isZero();
    Path bad = Files.writeString(dir.resolve("bad.json"), brokenPatient());
    assertThat(ConformanceKit.run(new String[] {good.toString(), bad.toString()}, out)).isEqualTo(1);
    assertThat(ConformanceKit.run(new String[] {dir.resolve("gone").toString()}, out)).isEqualTo(2);
    assertThat(ConformanceKit.run(new String[0], out)).isEqualTo(2);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("PASS  good.json").contains("FAIL  bad.json")
        .contains("not found: ").contains("usage: ConformanceKit <folder or file>...");
  }

  @Test
  void theSharedKitIsBuiltOnce() {
    assertThat(ConformanceKit.shared()).isSameAs(KIT);
    assertThat(ConformanceKit.shared().validator()).isSameAs(KIT.validator());
  }
}
