package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.testing.Shared;
import org.junit.jupiter.api.Test;

/** The sdk-core business rules run inside the validator, and a caller can force a profile. */
class RulesAndProfilesTest {

  private static final Path EXAMPLES = Path.of("../profiles/src/main/fhir/package/examples");

  private static CareBridgeValidator at(String instant) {
    // snippet:rules-clock
    CareBridgeValidator validator = CareBridgeValidator.builder()
        .clock(Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"))) // "now" for the business rules
        .build();
    // end-snippet
    return validator;
  }

  @Test
  void businessRulesRunOnADischargeMessage_locatedAtTheBundle() {
    Result<Void> report = at("2026-01-01T00:00:00Z").validate(EXAMPLES.resolve("Bundle-discharge-notice-example.json"));

    List<Issue> rules = report.issues().stream().filter(i -> i.source().equals("carebridge-rules")).toList();
    assertThat(rules).extracting(Issue::code).containsExactly("CB-DISCHARGE-015");
    Issue future = rules.get(0);
    assertThat(future.severity()).isEqualTo(Severity.ERROR);
    assertThat(future.location().text()).isEqualTo("Bundle");
    assertThat(future.message()).startsWith("issuedAt: the notification is issued in the future");
    assertThat(future.line()).isEqualTo(1);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void businessRulesRunOnXmlToo() throws IOException {
    ca.uhn.fhir.context.FhirContext ctx = ca.uhn.fhir.context.FhirContext.forR4Cached();
    String json = Files.readString(EXAMPLES.resolve("Bundle-discharge-notice-example.json"), StandardCharsets.UTF_8);
    String xml = ctx.newXmlParser().encodeResourceToString(ctx.newJsonParser().parseResource(json));

    Result<Void> report = at("2026-01-01T00:00:00Z").validate(xml);
    assertThat(report.issues()).filteredOn(i -> i.source().equals("carebridge-rules"))
        .extracting(Issue::code).containsExactly("CB-DISCHARGE-015");
  }

  @Test
  void businessRulesRunOnACarePlanBundle_locatedAtTheRecordsEntry() throws IOException {
    Path file = EXAMPLES.resolve("Bundle-margaret-care-plan-bundle.json");
    Result<Void> report = at("2027-06-01T09:00:00Z").validate(file);

    Issue overdue = report.issues().stream().filter(i -> i.code().equals("CB-PLAN-007")).findFirst().orElseThrow();
    assertThat(overdue.severity()).isEqualTo(Severity.WARNING);
    assertThat(overdue.source()).isEqualTo("carebridge-rules");
    assertThat(overdue.location().text()).isEqualTo("Bundle.entry[1].resource");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int carePlanLine = lines.indexOf("        \"resourceType\": \"CarePlan\",") + 1;
    assertThat(overdue.line()).isBetween(carePlanLine - 1, carePlanLine);
    assertThat(report.isValid()).as("warnings only").isTrue();
  }

  @Test
  void theStoryPassesTheBusinessRulesOnItsOwnDates() {
    CareBridgeValidator validator = at("2026-11-23T09:00:00Z");
    for (String example : List.of("Bundle-margaret-care-plan-bundle.json", "Bundle-assessment-notice-example.json",
        "Bundle-discharge-notice-example.json", "Bundle-discharged-example.json", "Bundle-assessment-accept-example.json")) {
      assertThat(validator.validate(EXAMPLES.resolve(example)).issues())
          .as(example).filteredOn(i -> i.source().equals("carebridge-rules")).isEmpty();
    }
  }

  @Test
  void aReferenceThatResolvesNowhereInTheBundleIsAnError() throws IOException {
    String bundle = Files.readString(EXAMPLES.resolve("Bundle-margaret-care-plan-bundle.json"), StandardCharsets.UTF_8)
        .replace("\"reference\": \"Condition/margaret-need-mobility\"", "\"reference\": \"Condition/gone\"");
    Result<Void> report = at("2026-11-23T09:00:00Z").validate(bundle);

    assertThat(report.errors()).filteredOn(i -> i.code().equals("CB-MAP-005")).singleElement()
        .satisfies(i -> {
          assertThat(i.source()).isEqualTo("carebridge-rules");
          assertThat(i.location().text()).startsWith("Bundle.entry[1].resource");
          assertThat(i.message()).contains("Condition/gone");
        });
  }

  @Test
  void withoutBusinessRules_onlyFhirIssues() {
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutBusinessRules()
        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/London"))).build();
    assertThat(validator.validate(EXAMPLES.resolve("Bundle-discharge-notice-example.json")).issues())
        .noneMatch(i -> i.source().equals("carebridge-rules"));
  }

  @Test
  void aForcedProfileApplies_evenWithoutMetaProfile() {
    CareBridgeValidator validator = Shared.careBridgeValidator();
    String patient = """
        {"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765918"}]}""";
    assertThat(validator.validate(FhirInput.of(patient)).isValid()).as("plain FHIR: fine").isTrue();

    // snippet:forced-profile
    Result<Void> forced = validator.validate(FhirInput.of(patient),
        "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person");
    // end-snippet
    assertThat(forced.errors()).extracting(Issue::source).anyMatch(s -> s.endsWith("#cb-nhs-1"));
    assertThat(forced.errors()).extracting(Issue::message).noneMatch(m -> m.contains("9434765918"));
  }

  @Test
  void anUnknownForcedProfileIsAnError_andBadArgumentsAreRejected() {
    CareBridgeValidator validator = Shared.careBridgeValidator();
    Result<Void> report = validator.validate(FhirInput.of("{\"resourceType\":\"Patient\"}"),
        "https://example.org/StructureDefinition/nope");
    assertThat(report.errors()).extracting(Issue::code).containsExactly("Validation_VAL_Profile_Unknown");

    assertThatThrownBy(() -> validator.validate(FhirInput.of("{}"), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("profileUrl must not be blank");
    assertThatThrownBy(() -> validator.validate(FhirInput.of("{}"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("profileUrl");
    assertThatThrownBy(() -> CareBridgeValidator.builder().clock(null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock");
  }
}
