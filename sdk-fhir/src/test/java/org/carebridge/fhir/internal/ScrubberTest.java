package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which words the scrubber removes: names of people, never the displays of things that are not people. */
class ScrubberTest {

  private static Engine engine;

  @BeforeAll
  static void engine() {
    engine = new Engine(SupportChains.chain(FhirContext.forR4Cached(), List.of()), true);
  }

  private static Scrubber scrubberFor(String json) {
    return Scrubber.forInstance(engine.validate(json, Preflight.Format.JSON).root());
  }

  @Test
  void namesAndDisplaysOfPeopleAreRemoved() {
    Scrubber scrubber = scrubberFor("""
        {"resourceType":"CarePlan","status":"active","intent":"plan",
         "subject":{"reference":"Patient/p1","display":"Margaret Hollins"},
         "author":{"display":"Doctor Okafor"},
         "careTeam":[{"reference":"https://example.org/fhir/CareTeam/t1/_history/2","display":"Reablement team"}],
         "addresses":[{"reference":"Condition/c1","display":"Joint care needs"}],
         "contributor":[{"type":"Practitioner","display":"Nurse Jones"}]}""");

    assertThat(scrubber.scrub("subject Margaret Hollins; author Okafor; contributor Jones"))
        .isEqualTo("subject [name removed]; author [name removed]; contributor [name removed]");
    assertThat(scrubber.scrub("cb-careplan-1 failed on joint-care-plan: reablement team, joint care needs"))
        .as("displays of a CareTeam and a Condition are not names")
        .isEqualTo("cb-careplan-1 failed on joint-care-plan: reablement team, joint care needs");
  }

  @Test
  void nhsNumberLikeValuesAreAlwaysRemoved() {
    assertThat(Scrubber.numbersOnly().scrub("value 943 476 5919 and 9434765919 and 943-476-5919, not 12345"))
        .isEqualTo("value [NHS number removed] and [NHS number removed] and [NHS number removed], not 12345");
  }
}
