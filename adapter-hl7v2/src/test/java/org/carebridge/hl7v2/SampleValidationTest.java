package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.fhir.CareBridgeValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid sample converts without error, and every Bundle it gives validates with zero errors and zero dom-6
 * warnings (every resource carries a narrative).
 */
class SampleValidationTest {

  private static CareBridgeValidator validator;

  @BeforeAll
  static void validator() {
    validator = CareBridgeValidator.builder().build();
  }

  static Stream<Path> validSamples() {
    return Samples.all("valid").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void storyConverter_everyBundleValidates(Path sample) {
    check(Samples.storyConverter().convert(sample));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void bareConverter_everyBundleValidates(Path sample) {
    // Nothing configured: no council, no pathway, no assessment notices. What is converted must still validate.
    Result<AdtConversion> conversion = Samples.bareConverter().convert(sample);
    assertThat(conversion.isValid()).as(conversion.issues().toString()).isTrue();
    for (AdtMessage r : conversion.orElseThrow().messages()) {
      r.bundle().ifPresent(SampleValidationTest::assertValid);
    }
  }

  private static void check(Result<AdtConversion> conversion) {
    assertThat(conversion.isValid()).as(conversion.issues().toString()).isTrue();
    assertThat(conversion.orElseThrow().messages()).isNotEmpty();
    assertThat(conversion.orElseThrow().messages()).anySatisfy(r -> assertThat(r.bundle()).isPresent());
    for (AdtMessage r : conversion.orElseThrow().messages()) {
      assertThat(r.bundle().isPresent()).as("bundle iff notification for message " + r.index())
          .isEqualTo(r.result().value().isPresent());
      r.bundle().ifPresent(SampleValidationTest::assertLeadClinician);
      r.bundle().ifPresent(SampleValidationTest::assertValid);
    }
  }

  /** Every sample names its attending doctor in PV1-7 by consultant code (C1234567): the Bundle carries it. */
  private static void assertLeadClinician(org.hl7.fhir.r4.model.Bundle bundle) {
    assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Practitioner)
        .singleElement().satisfies(e -> assertThat(e.getResource().getIdPart()).isEqualTo("gmc-1234567"));
    assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Encounter)
        .singleElement().satisfies(e -> assertThat(((org.hl7.fhir.r4.model.Encounter) e.getResource())
            .getParticipant()).singleElement().satisfies(p -> assertThat(p.getIndividual().getReference())
                .endsWith("Practitioner/gmc-1234567")));
  }

  static void assertValid(org.hl7.fhir.r4.model.Bundle bundle) {
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    var report = validator.validate(json);
    List<String> errors = report.errors().stream()
        .map(i -> i.code() + " " + i.location() + ": " + i.message()).collect(Collectors.toList());
    assertThat(errors).as("errors of Bundle " + bundle.getIdElement().getIdPart()).isEmpty();
    assertThat(missingNarrative(report)).as("dom-6 warnings of Bundle " + bundle.getIdElement().getIdPart())
        .isEmpty();
  }

  /** The dom-6 warnings of a report: "A resource should have narrative for robust management". */
  static List<String> missingNarrative(Result<Void> report) {
    return report.issues().stream().filter(i -> i.code().endsWith("dom-6") || i.message().contains("dom-6"))
        .map(i -> i.location() + ": " + i.message()).collect(Collectors.toList());
  }

  /** The dom-6 check is not blind: a converted Bundle whose Encounter lost its narrative is reported. */
  @org.junit.jupiter.api.Test
  void missingNarrative_isReported() {
    org.hl7.fhir.r4.model.Bundle bundle = Samples.storyConverter().convert(validSamples().findFirst().orElseThrow())
        .orElseThrow().messages().stream().flatMap(r -> r.bundle().stream()).findFirst().orElseThrow();
    org.hl7.fhir.r4.model.Encounter encounter = bundle.getEntry().stream()
        .map(org.hl7.fhir.r4.model.Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Encounter.class::isInstance).map(org.hl7.fhir.r4.model.Encounter.class::cast)
        .findFirst().orElseThrow();
    assertThat(encounter.getText().getDivAsString()).contains("Hospital stay");
    encounter.setText(null);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    assertThat(missingNarrative(validator.validate(json))).hasSize(1);
  }
}
