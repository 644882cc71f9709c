package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import org.carebridge.core.Person;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.Shared;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CareBridgeValidator#read} and {@link CareBridgeValidator#validate(org.hl7.fhir.instance.model.api.IBaseResource)}. */
class ReadIntoRecordsTest {

  private static CareBridgeValidator validator;
  private static Map<String, String> examples;

  @BeforeAll
  static void setUp() throws Exception {
    validator = Shared.careBridgeValidator();
    byte[] tgz = Corpus.careBridgePackageOrNull();
    assertThat(tgz).as("the CareBridge package on the test classpath").isNotNull();
    examples = Corpus.packageExamples(tgz);
  }

  private static Bundle parse(String json) {
    return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
  }

  @Test
  void aConformingMessage_isReadIntoTheSameRecordAsTheMapperGives_withTheValidationsIssues() {
    String json = examples.get("Bundle-discharged-example.json");
    Result<DischargeNotification> read = validator.read(FhirInput.of(json), DischargeNotification.class);
    assertThat(read.isValid()).as("%s", read.issues()).isTrue();
    assertThat(read.value()).isEqualTo(CareBridgeMapper.readDischargeNotification(parse(json)).value());
    assertThat(read.issues()).containsAll(validator.validate(json).issues());
  }

  @Test
  void aCarePlanBundle_isReadAsAnyOfItsRecords() {
    String json = examples.get("Bundle-margaret-care-plan-bundle.json");
    Result<CarePlanRecords> records = validator.read(FhirInput.of(json), CarePlanRecords.class);
    Result<JointCarePlan> plan = validator.read(FhirInput.of(json), JointCarePlan.class);
    assertThat(records.isValid()).as("%s", records.issues()).isTrue();
    assertThat(plan.orElseThrow()).isEqualTo(records.orElseThrow().plan());
  }

  @Test
  void aNonConformingInput_givesTheValidationsIssuesAndNoRecord() {
    String broken = examples.get("Bundle-discharged-example.json").replaceFirst("\"type\"\\s*:\\s*\"message\"",
        "\"type\": \"not-a-bundle-type\"");
    Result<DischargeNotification> read = validator.read(FhirInput.of(broken), DischargeNotification.class);
    assertThat(read.isValid()).isFalse();
    assertThat(read.value()).isEmpty();
    assertThat(read.codes()).isEqualTo(validator.validate(broken).codes());
    assertThat(validator.read(FhirInput.of("{\"resourceType\":"), DischargeNotification.class).codes())
        .containsExactly(IssueCode.JSON_MALFORMED.code());
  }

  @Test
  void aResourceOfAnotherType_isAMappingIssue() {
    Result<DischargeNotification> read = validator.read(FhirInput.of(Corpus.validPatient()), DischargeNotification.class);
    assertThat(read.value()).isEmpty();
    assertThat(read.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_WRONG_TYPE.code());
    Result<Person> person = validator.read(FhirInput.of(examples.get("Patient-margaret-example.json")), Person.class);
    assertThat(person.value()).as("%s", person.issues()).isPresent();
  }

  @Test
  void onlyRecordTypesTheMapperReadsAreAccepted() {
    assertThatThrownBy(() -> validator.read(FhirInput.of("{}"), String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> validator.read(FhirInput.of("{}"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("type must not be null");
  }

  @Test
  void aResourceInMemory_isValidatedAsItsEncoding_withoutPositions() {
    Patient patient = FhirContext.forR4Cached().newJsonParser().parseResource(Patient.class, Corpus.validPatient());
    patient.getBirthDateElement().setValueAsString("2026-13-45".substring(0, 4));
    patient.addTelecom().setValue("no system");
    Result<Void> inMemory = validator.validate(patient);
    Result<Void> asText = validator.validate(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(patient));
    assertThat(inMemory.codes()).isEqualTo(asText.codes()).isNotEmpty();
    assertThat(inMemory.issues()).noneMatch(Issue::hasPosition);
    assertThat(inMemory.issues()).extracting(i -> i.location().text())
        .isEqualTo(asText.issues().stream().map(i -> i.location().text()).toList());
    assertThatThrownBy(() -> validator.validate((Patient) null)).isInstanceOf(NullPointerException.class);
  }
}
