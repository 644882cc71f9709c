package org.carebridge.fhir;

import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Issue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.Shared;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Messages never carry a full NHS number or a person's name, even where the HL7 validator echoes values. */
class PrivacyTest {

  private final CareBridgeValidator validator = Shared.testPackageValidator();

  /** Inputs whose raw HL7 messages echo the NHS number or the name. */
  private static List<String> echoingInputs() {
    String nhsAsDate = Corpus.patient("p1", Corpus.NHS_NUMBER, Corpus.FAMILY, Corpus.GIVEN, Corpus.NHS_NUMBER, "alpha");
    String nameAsCode = Corpus.patient("p2", Corpus.NHS_NUMBER, Corpus.FAMILY, Corpus.GIVEN, "1942-03-14", Corpus.FAMILY);
    String nameAsGender = Corpus.validPatient().replace("\"gender\":\"female\"", "\"gender\":\"Margaret Hollins\"");
    String spacedNumber = Corpus.validPatient().replace("\"birthDate\":\"1942-03-14\"", "\"birthDate\":\"943 476 5919\"");
    String nameInXml = """
        <Patient xmlns="http://hl7.org/fhir"><name><family value="Hollins"/><given value="Margaret"/></name>
          <birthDate value="Hollins"/><gender value="9434765919"/></Patient>""";
    return List.of(nhsAsDate, nameAsCode, nameAsGender, spacedNumber, nameInXml,
        Corpus.collectionBundle(nameAsCode, "c1"));
  }

  @Test
  void messagesAndLocations_neverContainTheNhsNumberOrTheName() {
    for (String input : echoingInputs()) {
      Result<Void> report = validator.validate(input);
      assertThat(report.isValid()).as(input).isFalse();
      assertThat(report.issues()).as(input).anySatisfy(i -> assertThat(i.message()).contains("(withheld: "));
      for (Issue i : report.issues()) {
        for (String text : List.of(i.message(), i.location().text(), i.source(), i.code())) {
          assertThat(text).doesNotContain(Corpus.NHS_NUMBER).doesNotContain("943 476 5919")
              .doesNotContainIgnoringCase(Corpus.FAMILY).doesNotContainIgnoringCase(Corpus.GIVEN);
        }
      }
      String outcome = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser()
          .encodeResourceToString((OperationOutcome) OperationOutcomes.of(report));
      assertThat(outcome).doesNotContain(Corpus.NHS_NUMBER).doesNotContainIgnoringCase(Corpus.FAMILY)
          .doesNotContainIgnoringCase(Corpus.GIVEN);
    }
  }

  @Test
  void withheldValues_nameTheElementAndTheRule() {
    String input = Corpus.patient("p1", Corpus.NHS_NUMBER, Corpus.FAMILY, Corpus.GIVEN, Corpus.NHS_NUMBER, "M");
    Result<Void> report = validator.validate(input);
    assertThat(report.issues()).anySatisfy(i -> {
      assertThat(i.location().text()).isEqualTo("Patient.birthDate");
      assertThat(i.message()).contains("(withheld: Patient.birthDate)").doesNotContain(Corpus.NHS_NUMBER);
    });
  }

  /**
   * Names that are ordinary words, and ids and URLs with numbers that look like NHS numbers: locations, ids,
   * URLs and profile names are reported exactly as they are in the input.
   */
  @Test
  void ordinaryWordsAndNumbersInIdsAndUrls_areNeverRewritten() {
    String id = "rje-v1234567881-ready";
    String input = Corpus.patient(id, Corpus.NHS_NUMBER, "Hospital", "Key", "1942-03-14", "Worker");
    Result<Void> report = validator.validate(input);
    assertThat(report.isValid()).isFalse();
    assertThat(report.issues()).anySatisfy(i -> {
      // the wrong code is echoed: a code is not personal data
      assertThat(i.location().text()).startsWith("Patient.maritalStatus");
      assertThat(i.message()).contains("Worker");
    });
    for (Issue i : report.issues()) {
      assertThat(i.location().text()).doesNotContain("withheld");
      assertThat(i.source()).doesNotContain("withheld");
    }
    String bundle = Corpus.collectionBundle(input, "c1");
    Result<Void> inBundle = validator.validate(bundle);
    assertThat(inBundle.issues()).anySatisfy(i -> assertThat(i.location().text()).contains("Patient/" + id));
  }

  /**
   * A message that quotes a reference keeps the resource's id: ids are never withheld, even in messages (here
   * the package's care plan Bundle with its Patient entry twice, so that references to it match two entries).
   */
  @Test
  void resourceIdsInMessages_areKept() throws java.io.IOException {
    String example = Corpus.packageExamples(Corpus.careBridgePackageOrNull()).get("Bundle-margaret-care-plan-bundle.json");
    ca.uhn.fhir.context.FhirContext fhir = ca.uhn.fhir.context.FhirContext.forR4Cached();
    org.hl7.fhir.r4.model.Bundle bundle = fhir.newJsonParser().parseResource(org.hl7.fhir.r4.model.Bundle.class, example);
    org.hl7.fhir.r4.model.Bundle.BundleEntryComponent patient = bundle.getEntry().stream()
        .filter(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Patient).findFirst().orElseThrow();
    bundle.addEntry(patient.copy());
    Result<Void> report = Shared.careBridgeValidator().validate(fhir.newJsonParser().encodeResourceToString(bundle));
    assertThat(report.issues()).anySatisfy(i -> assertThat(i.message())
        .contains("Multiple matches in bundle for reference Patient/margaret-example"));
    assertThat(report.issues()).noneSatisfy(i -> assertThat(i.message()).contains("withheld: Patient.id"));
  }

  @Test
  void nhsNumberShapedValues_areRecognisedByTheirCheckDigit() {
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("9434765919")).isTrue();
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("943 476 5919")).isTrue();
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("943-476-5919")).isTrue();
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("9434765918")).isFalse();
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("94347659190")).isFalse();
    assertThat(org.carebridge.fhir.internal.RedactorProbe.looksLikeNhsNumber("20250101")).isFalse();
  }
}
