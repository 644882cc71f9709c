package org.carebridge.fhir;

import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.Shared;
import org.carebridge.fhir.testing.TestPackage;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CareBridgeValidatorTest {

  private final CareBridgeValidator validator = Shared.testPackageValidator();

  private static List<String> errorCodes(Result<Void> r) {
    return r.errors().stream().map(Issue::code).toList();
  }

  @Test
  void validPatient_hasNoErrors() {
    Result<Void> report = validator.validate(Corpus.validPatient());
    assertThat(report.isValid()).as(report.issues().toString()).isTrue();
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void missingIdentifier_isReportedWithProfileAsSource() {
    Result<Void> report = validator.validate(Corpus.named().get("patient-no-identifier"));
    assertThat(report.isValid()).isFalse();
    Issue issue = report.errors().get(0);
    assertThat(issue.code()).isEqualTo("Validation_VAL_Profile_Minimum");
    assertThat(issue.location().text()).isEqualTo("Patient");
    assertThat(issue.message()).contains("Patient.identifier: minimum required = 1");
    assertThat(issue.source()).isEqualTo(TestPackage.PERSON_PROFILE);
    assertThat(issue.hasPosition()).isTrue();
  }

  @Test
  void codeOutsideRequiredValueSet_isAnError() {
    Result<Void> report = validator.validate(Corpus.named().get("patient-bad-code"));
    assertThat(errorCodes(report)).contains("Terminology_TX_NoValid_1_CC");
    assertThat(report.errors()).allSatisfy(i -> assertThat(i.location().text()).isEqualTo("Patient.maritalStatus"));
  }

  @Test
  void failedInvariant_namesTheInvariantAsSource() {
    Result<Void> report = validator.validate(Corpus.named().get("patient-bad-nhs-number"));
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.source()).isEqualTo("invariant:" + TestPackage.PERSON_PROFILE + "#tst-nhs-1");
      assertThat(i.message()).contains("tst-nhs-1");
    });
  }

  @Test
  void unknownElement_isLocated() {
    Result<Void> report = validator.validate(Corpus.named().get("patient-unknown-element"));
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.FHIR_UNCODED.code());
      assertThat(i.message()).contains("nickname");
      assertThat(i.line()).isEqualTo(3);
    });
  }

  @Test
  void bundleEntries_areValidatedAgainstTheirProfiles() {
    assertThat(validator.validate(Corpus.named().get("collection-bundle")).isValid()).isTrue();
    Result<Void> broken = validator.validate(Corpus.named().get("broken-bundle"));
    assertThat(errorCodes(broken)).contains("Terminology_TX_NoValid_1_CC", "Validation_VAL_Profile_Minimum");
    assertThat(broken.errors()).anySatisfy(i -> assertThat(i.location().text()).startsWith("Bundle.entry[2].resource"));
  }

  @Test
  void messageBundle_isValidated() {
    Result<Void> report = validator.validate(Corpus.named().get("message-bundle"));
    assertThat(report.isValid()).as(report.issues().toString()).isTrue();
  }

  @Test
  void xml_isValidatedLikeJson() {
    assertThat(validator.validate(Corpus.named().get("valid-patient.xml")).isValid()).isTrue();
    Result<Void> broken = validator.validate(Corpus.named().get("broken-patient.xml"));
    assertThat(errorCodes(broken)).contains("Validation_VAL_Profile_Minimum", "Type_Specific_Checks_DT_Date_Valid",
        "Terminology_TX_NoValid_1_CC");
    assertThat(broken.errors()).allSatisfy(i -> assertThat(i.line()).isPositive());
  }

  @Test
  void everyInputKind_givesTheSameReport(@TempDir Path dir) throws Exception {
    String text = Corpus.named().get("broken-bundle");
    Result<Void> fromText = validator.validate(text);
    Path file = dir.resolve("bundle.json");
    Files.writeString(file, text);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(file)).isEqualTo(fromText);
    assertThat(validator.validate(new ByteArrayInputStream(bytes))).isEqualTo(fromText);
    assertThat(validator.validate(FhirInput.of(bytes))).isEqualTo(fromText);
    assertThat(fromText.isValid()).isFalse();
  }

  @Test
  void ndjson_givesOneReportPerLineWithFileLineNumbers() throws Exception {
    String ndjson = Corpus.validPatient().replace("\n", "") + "\n\n"
        + Corpus.named().get("patient-bad-code").replace("\n", "") + "\n"
        + "{\"resourceType\": \n";
    List<Result<Void>> reports = validator.validateNdjson(new StringReader(ndjson));
    assertThat(reports).hasSize(3);
    assertThat(reports.get(0).isValid()).isTrue();
    assertThat(reports.get(1).errors()).isNotEmpty().allSatisfy(i -> assertThat(i.line()).isEqualTo(3));
    assertThat(reports.get(2).errors()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
      assertThat(i.line()).isEqualTo(4);
    });
  }

  @Test
  void report_convertsToOperationOutcome() {
    Result<Void> report = validator.validate(Corpus.named().get("patient-no-identifier"));
    OperationOutcome oo = OperationOutcomes.of(report);
    assertThat(oo.getIssue()).hasSize(report.issues().size());
    OperationOutcome.OperationOutcomeIssueComponent first = oo.getIssue().get(0);
    Issue issue = report.issues().get(0);
    assertThat(first.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(first.getDetails().getCodingFirstRep().getCode()).isEqualTo(issue.code());
    assertThat(first.getDetails().getText()).isEqualTo(issue.message());
    assertThat(first.getExpression().get(0).getValue()).isEqualTo("Patient");
    assertThat(first.getExtensionByUrl(OperationOutcomes.LINE_EXTENSION).getValue().primitiveValue())
        .isEqualTo(String.valueOf(issue.line()));
    OperationOutcome empty = OperationOutcomes.of(Result.<Void>empty(List.of()));
    assertThat(empty.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
  }

  @Test
  void ruleSources_runAfterFhirValidation_andFailuresBecomeIssues() {
    RuleSource flagsEveryPatient = new RuleSource() {
      @Override
      public String id() {
        return "test-rules";
      }

      @Override
      public List<Issue> check(org.hl7.fhir.r4.model.Resource resource) {
        return List.of(Issue.builder("TEST-1", Severity.ERROR).location(Location.fhirPath(resource.fhirType()))
            .message("rule saw " + resource.fhirType() + " " + Corpus.NHS_NUMBER).source("test-rules").build());
      }
    };
    RuleSource broken = new RuleSource() {
      @Override
      public String id() {
        return "broken-rules";
      }

      @Override
      public List<Issue> check(org.hl7.fhir.r4.model.Resource resource) {
        throw new IllegalStateException("boom");
      }
    };
    CareBridgeValidator withRules = CareBridgeValidator.builder().withoutCareBridgePackage()
        .addPackage(new ByteArrayInputStream(TestPackage.tgz())).addRuleSource(flagsEveryPatient)
        .addRuleSource(broken).build();
    Result<Void> report = withRules.validate(Corpus.validPatient());
    assertThat(report.errors()).extracting(Issue::code).containsExactly("TEST-1", IssueCode.RULE_SOURCE_FAILURE.code());
    assertThat(report.errors().get(0).message()).isEqualTo("rule saw Patient (withheld: Patient.identifier.value)");
    assertThat(report.errors().get(1).source()).isEqualTo("broken-rules");
    assertThat(report.errors().get(1).message()).contains("boom").doesNotContain("at org.");
    // malformed input never reaches the rules
    assertThat(withRules.validate("{\"resourceType\":").errors()).extracting(Issue::code)
        .containsExactly(IssueCode.JSON_MALFORMED.code());
  }

  @Test
  void builder_rejectsBadSettingsAndMissingPackage(@TempDir Path dir) {
    assertThatThrownBy(() -> CareBridgeValidator.builder().maxInputBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> CareBridgeValidator.builder().maxDepth(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    assertThatThrownBy(() -> CareBridgeValidator.builder().addPackage(dir.resolve("missing.tgz")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("missing.tgz");
    assertThatThrownBy(() -> CareBridgeValidator.builder().withoutCareBridgePackage()
        .addPackage(new ByteArrayInputStream("not a package".getBytes(StandardCharsets.UTF_8))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read FHIR package");
  }

  @Test
  void packages_areListed() {
    assertThat(validator.packages()).containsExactly(TestPackage.NAME + "#0.0.1");
  }
}
