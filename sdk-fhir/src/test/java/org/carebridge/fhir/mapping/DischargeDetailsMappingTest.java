package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.time.OffsetDateTime;
import org.carebridge.core.Actor;
import org.carebridge.core.Identifier;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.MessagingSystem;
import org.carebridge.core.discharge.WardStay;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** How the discharge message's clinicians, systems, identifier and times of day are read. */
class DischargeDetailsMappingTest {
  private static final String FILE = "Bundle-discharged-example.json";

  private static Encounter encounter(Bundle b) {
    return (Encounter) b.getEntry().get(1).getResource();
  }

  @Test
  void example_isReadWithEveryDetail() {
    DischargeNotification n = CareBridgeMapper.readDischargeNotification(Fixtures.example(Bundle.class, FILE))
        .orElseThrow();
    assertThat(n.messageIdentifier()).contains(
        Identifier.of("urn:ietf:rfc:3986", "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a13"));
    assertThat(n.sendingSystem()).contains(MessagingSystem.builder()
        .endpoint("https://messaging.uhnm.example.org/fhir").name("UHNM patient administration system").build());
    assertThat(practitionerId(n.stay().leadClinician().orElseThrow())).isEqualTo("consultant-okafor");
    assertThat(n.stay().liaisonContact()).isEqualTo(n.author());
    assertThat(n.stay().admittedAt()).contains(OffsetDateTime.parse("2026-10-02T14:20:00+01:00"));
    assertThat(n.stay().dischargedAt()).contains(OffsetDateTime.parse("2026-10-15T11:30:00+01:00"));
    assertThat(n.stay().wardStay().orElseThrow().status()).contains(WardStay.Status.COMPLETED);
    assertThat(n.stay().dischargeDestination().orElseThrow().code()).contains("19");
    assertThat(n.stay().reasonForAdmission().orElseThrow().code()).isEmpty();
    assertThat(n.stay().ward().orElseThrow().telecom()).hasSize(1);
    assertThat(n.assessment().referralReason()).isPresent();
  }

  @Test
  void placeholders_areReadBackAsNotStated() {
    DischargeNotification n = CareBridgeMapper.readDischargeNotification(Fixtures.example(Bundle.class, FILE))
        .orElseThrow();
    HospitalStay.Builder stay = HospitalStay.builder();
    n.stay().ward().ifPresent(stay::ward);
    n.stay().admissionDate().ifPresent(stay::admissionDate);
    n.stay().proposedDischargeDate().ifPresent(stay::proposedDischargeDate);
    n.stay().dischargeReadyDate().ifPresent(stay::dischargeReadyDate);
    n.stay().dischargeDate().ifPresent(stay::dischargeDate);
    Assessment statements = n.assessment();
    DischargeNotification.Builder b = DischargeNotification.builder().id(n.id()).event(n.event()).person(n.person())
        .issuedAt(n.issuedAt()).hospital(n.hospital()).stay(stay.build()).assessment(new Assessment(
            statements.patientConsulted(), statements.carerConsultation(), statements.consent(),
            statements.consentLegalBasis(), statements.chcOutcome(), statements.safeguardingConcerns(),
            java.util.Optional.empty(), java.util.Optional.empty()));
    n.council().ifPresent(b::council);
    n.pathway().ifPresent(b::pathway);
    n.withdrawalReason().ifPresent(b::withdrawalReason);
    n.respondsTo().ifPresent(b::respondsTo);
    DischargeNotification bare = b.build();
    Bundle written = CareBridgeMapper.toFhir(bare, Fixtures.BASE);
    MessageHeader h = (MessageHeader) written.getEntryFirstRep().getResource();
    assertThat(h.getSource().getEndpoint()).isEqualTo("urn:carebridge:ods:RJE");
    assertThat(written.getIdentifier().getValue()).startsWith("urn:uuid:");
    assertThat(CareBridgeMapper.readDischargeNotification(Fixtures.reparse(written)).orElseThrow()).isEqualTo(bare);
  }

  @Test
  void aConsultantsRole_isReadAsItsPractitioner_withAWarning() {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    Resource role = story.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r.fhirType().equals("PractitionerRole") && r.getIdPart().equals("consultant-okafor-uhnm"))
        .findFirst().orElseThrow();
    Bundle message = Fixtures.example(Bundle.class, FILE);
    message.addEntry().setFullUrl("https://fhir.example.org/uhnm/PractitionerRole/consultant-okafor-uhnm")
        .setResource(role);
    encounter(message).getParticipantFirstRep().getIndividual().setReference("PractitionerRole/consultant-okafor-uhnm");
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(IssueCode.MAP_NOT_CARRIED.code());
    assertThat(read.orElseThrow().stay().leadClinician().orElseThrow()).isInstanceOf(Practitioner.class);
    assertThat(practitionerId(read.orElseThrow().stay().leadClinician().orElseThrow())).isEqualTo("consultant-okafor");
  }

  @Test
  void aClinicianNamedByDisplayOnly_isNotCarried_andAWrongTypeIsAnError() {
    Bundle message = Fixtures.example(Bundle.class, FILE);
    // the parser links references to the Bundle's resources: unlink it too
    encounter(message).getParticipantFirstRep().getIndividual().setReference(null).setResource(null);
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(IssueCode.MAP_NOT_CARRIED.code());
    assertThat(read.orElseThrow().stay().leadClinician()).isEmpty();

    Bundle wrong = Fixtures.example(Bundle.class, FILE);
    ((MessageHeader) wrong.getEntryFirstRep().getResource()).getAuthor().setReference("Organization/uhnm");
    assertThat(CareBridgeMapper.readDischargeNotification(wrong).errors()).extracting(Issue::code)
        .containsExactly(IssueCode.MAP_WRONG_TYPE.code());
  }

  @Test
  void aWardAddressWithoutPostcode_isCarriedAsAPartialAddress() {
    Bundle message = Fixtures.example(Bundle.class, FILE);
    ward(message).getAddress().setPostalCode(null);
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    assertThat(read.issues()).isEmpty();
    org.carebridge.core.Address address = read.orElseThrow().stay().ward().orElseThrow().address().orElseThrow();
    assertThat(address.isComplete()).isFalse();
    assertThat(address.city()).contains("Stoke-on-Trent");
    assertThat(address.postcode()).isEmpty();
    assertThat(address.country()).contains("GB");
  }

  @Test
  void aWardAddressSdkCoreCannotHold_isLeftOutWithAWarning() {
    Bundle message = Fixtures.example(Bundle.class, FILE);
    ward(message).setAddress(new org.hl7.fhir.r4.model.Address().setText("Royal Stoke University Hospital"));
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(IssueCode.MAP_NOT_CARRIED.code());
    assertThat(read.orElseThrow().stay().ward().orElseThrow().address()).isEmpty();
  }

  /** The id of a clinician's practitioner: the practitioner itself, or a role's. */
  private static String practitionerId(Actor clinician) {
    return clinician instanceof PractitionerRole r ? r.practitioner().id() : ((Practitioner) clinician).id();
  }

  private static org.hl7.fhir.r4.model.Location ward(Bundle message) {
    return message.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof org.hl7.fhir.r4.model.Location).map(r -> (org.hl7.fhir.r4.model.Location) r)
        .findFirst().orElseThrow();
  }
}
