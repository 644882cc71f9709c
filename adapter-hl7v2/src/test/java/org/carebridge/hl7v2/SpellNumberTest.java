package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.carebridge.core.Identifier;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.fhir.CareBridgeValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;

/** PV1-19 (visit number, the hospital provider spell number) as the stay's identifier, when its system is configured. */
class SpellNumberTest {

  private static final String SPELL = "https://fhir.uhnm.example/Id/spell-number";
  private static final String MSH = "MSH|^~\\&|PAS|RJE|CAREBRIDGE|SCC01|20261015113500||ADT^A03|C1|P|2.4\r";
  private static final String PID = "PID|1||9434765919^^^NHS^NH~K1234567^^^RJE^PI||Hollins^Margaret||19420314|F\r";

  private static String pv1(String visit) {
    return "PV1|1|I|112^^^RJE01^^^^^Ward 112|21|||C1234567^Okafor^Chinedu^^^Dr|||300||||19|||"
        + "C1234567^Okafor^Chinedu^^^Dr|01|" + visit + "|||||||||||||||||1|19||RJE|||||20261002142000|20261015113000\r";
  }

  private static AdtMessage convert(AdtConverter.Builder builder, String visit) {
    Result<AdtConversion> c = builder.hospital(Samples.UHNM).clock(Samples.CLOCK).context(Samples.STORY_CONTEXT).build()
        .convert(MSH + PID + pv1(visit));
    assertThat(c.orElseThrow().messages()).hasSize(1);
    return c.orElseThrow().messages().get(0);
  }

  private static DischargeNotification notification(AdtMessage r) {
    return r.result().value().orElseThrow(() -> new AssertionError(r.result().issues().toString()));
  }

  @Test
  void configured_visitNumberIsTheStayIdentifier_inTheRecordAndTheEncounter() {
    AdtMessage r = convert(AdtConverter.builder().spellNumberSystem(SPELL), "V2610020417^^^RJE^VN");
    assertThat(notification(r).stay().identifiers()).containsExactly(Identifier.of(SPELL, "V2610020417"));
    Bundle bundle = r.bundle().orElseThrow();
    Encounter encounter = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Encounter.class::isInstance).map(Encounter.class::cast).findFirst().orElseThrow();
    assertThat(encounter.getIdentifier()).singleElement().satisfies(i -> {
      assertThat(i.getSystem()).isEqualTo(SPELL);
      assertThat(i.getValue()).isEqualTo("V2610020417");
    });
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    List<String> errors = CareBridgeValidator.builder().build().validate(json).errors().stream()
        .map(i -> i.code() + " " + i.location() + ": " + i.message()).toList();
    assertThat(errors).isEmpty();
  }

  @Test
  void notConfigured_orNoVisitNumber_noStayIdentifier_andTheStayStillKeyed() {
    AdtMessage withoutSystem = convert(AdtConverter.builder(), "V2610020417^^^RJE^VN");
    assertThat(notification(withoutSystem).stay().identifiers()).isEmpty();
    AdtMessage withoutVisit = convert(AdtConverter.builder().spellNumberSystem(SPELL), "");
    assertThat(notification(withoutVisit).stay().identifiers()).isEmpty();
    // the visit number keys the stay (the notification id) whether or not it is sent
    assertThat(notification(withoutSystem).id()).isEqualTo(notification(
        convert(AdtConverter.builder().spellNumberSystem(SPELL), "V2610020417^^^RJE^VN")).id());
  }

  @Test
  void spellNumberSystem_mustBeAnAbsoluteUri() {
    assertThatThrownBy(() -> AdtConverter.builder().spellNumberSystem(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("spellNumberSystem");
    for (String bad : List.of("spell-number", "https://fhir.uhnm.example/Id/", "https://a b", "urn:")) {
      assertThatThrownBy(() -> AdtConverter.builder().spellNumberSystem(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spellNumberSystem");
    }
  }
}
