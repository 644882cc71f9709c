package org.carebridge.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Organisation;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.Story;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.junit.jupiter.api.Test;

/** The contact, clinician, reason, destination and time-of-day details of a discharge notification. */
class DischargeDetailsTest {
  private static final Practitioner OKAFOR = Practitioner.of("consultant-okafor", HumanName.of("Okafor", "Chinedu"),
      Identifier.of("https://fhir.hl7.org.uk/Id/gmc-number", "7654321"));
  private static final Practitioner HUGHES = Practitioner.of("liaison-nurse-hughes", HumanName.of("Hughes", "Rachel"));
  private static final OffsetDateTime ADMITTED = OffsetDateTime.parse("2026-10-02T14:20:00+01:00");

  @Test
  void oldConstructor_statesNoneOfTheDetails() {
    DischargeNotification n = Story.assessmentNotice().build();
    DischargeNotification old = new DischargeNotification(n.id(), n.event(), n.person(), n.issuedAt(), n.hospital(),
        n.ward(), n.council(), n.pathway(), n.admissionDate(), n.proposedDischargeDate(), n.dischargeReadyDate(),
        n.dischargeDate(), n.patientConsulted(), n.carerConsultation(), n.consent(), n.consentLegalBasis(),
        n.chcOutcome(), n.safeguardingConcerns(), n.withdrawalReason(), n.respondsTo());
    assertThat(old).isEqualTo(n);
    assertThat(old.leadClinician()).isEmpty();
    assertThat(old.messageIdentifier()).isEmpty();
    assertThat(old.admittedAt()).isEmpty();
    assertThat(old.wardStay()).isEmpty();
  }

  @Test
  void builder_carriesEveryDetail() {
    MessagingSystem pas = MessagingSystem.of("https://messaging.uhnm.example.org/fhir", "UHNM PAS");
    WardStay stay = WardStay.of(WardStay.Status.ACTIVE).withFrom(ADMITTED);
    DischargeNotification n = Story.assessmentNotice()
        .messageIdentifier(Identifier.of("urn:ietf:rfc:3986", "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a11"))
        .sendingSystem(pas).receivingSystem(MessagingSystem.of("https://scc.example.org/fhir"))
        .author(Clinician.of(HUGHES)).leadClinician(Clinician.of(OKAFOR)).liaisonContact(Clinician.of(HUGHES))
        .reasonForAdmission(CodedText.ofText("Fall at home")).referralReason("Lives alone")
        .safeguardingDetails("Concerns")
        .admissionSource(CodedText.of("https://example.org/cs", "19", "Usual place of residence"))
        .dischargeDestination(CodedText.ofText("Home")).admittedAt(ADMITTED).wardStay(stay).build();
    assertThat(n.sendingSystem()).contains(pas);
    assertThat(n.receivingSystem().orElseThrow().name()).isEmpty();
    assertThat(n.leadClinician().orElseThrow().practitioner()).isEqualTo(OKAFOR);
    assertThat(n.liaisonContact()).isEqualTo(n.author());
    assertThat(n.admittedAt()).contains(ADMITTED);
    assertThat(n.admissionDate()).contains(LocalDate.of(2026, 10, 2));
    assertThat(n.wardStay()).contains(stay);
    assertThat(n.toString()).doesNotContain("Lives alone", "Concerns", "Fall", "Okafor", "Hughes", "Margaret");
  }

  @Test
  void stayIdentifiers_inOrder_andChecked() {
    Identifier spell = new Identifier("https://fhir.uhnm.example/Id/spell-number", "V2610020417");
    Identifier local = new Identifier("https://fhir.uhnm.example/Id/episode", "E-77");
    DischargeNotification n = Story.assessmentNotice().addStayIdentifier(spell).addStayIdentifier(local).build();
    assertThat(n.stayIdentifiers()).containsExactly(spell, local);
    assertThat(Story.assessmentNotice().build().stayIdentifiers()).isEmpty();
    assertThatThrownBy(() -> Story.assessmentNotice().addStayIdentifier(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("stayIdentifier");
    assertThatThrownBy(() -> n.stayIdentifiers().add(spell)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void admittedAt_setsTheAdmissionDateOnlyWhenNoneIsSet() {
    DischargeNotification.Builder b = Story.discharged().admittedAt(ADMITTED); // admission date already 2026-10-02
    assertThat(b.build().admittedAt()).contains(ADMITTED);
    assertThatThrownBy(() -> Story.discharged().admittedAt(ADMITTED.plusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("admittedAt must fall on admissionDate");
    assertThatThrownBy(() -> Story.discharged().dischargedAt(ADMITTED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dischargedAt must fall on dischargeDate");
    assertThatThrownBy(() -> Story.discharged().dischargeDate(LocalDate.of(2026, 10, 2)).admittedAt(ADMITTED)
        .dischargedAt(ADMITTED.minusHours(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dischargedAt must not be before admittedAt");
    // the same instant written with another offset is not before
    assertThat(Story.discharged().dischargeDate(LocalDate.of(2026, 10, 2)).admittedAt(ADMITTED)
        .dischargedAt(OffsetDateTime.parse("2026-10-02T13:20:00Z")).build().dischargedAt()).isPresent();
  }

  @Test
  void wardStay_needsAWard() {
    assertThatThrownBy(() -> Story.discharged().wardStay(WardStay.of(WardStay.Status.COMPLETED)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("wardStay requires a ward");
  }

  @Test
  void clinicians_nameOneRecordPerId() {
    Practitioner otherOkafor = Practitioner.of("consultant-okafor", HumanName.of("Okafor", "C"));
    assertThatThrownBy(() -> Story.assessmentNotice().leadClinician(Clinician.of(OKAFOR))
        .author(Clinician.of(otherOkafor)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clinicians name two different practitioners with one id");
    Organisation otherUhnm = Organisation.of(Story.UHNM.id(), "RJE", "Another name");
    PractitionerRole role = PractitionerRole.of("hughes-uhnm", HUGHES, otherUhnm, KeyWorkerProfession.NURSE);
    assertThatThrownBy(() -> Story.assessmentNotice().liaisonContact(Clinician.of(role)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clinicians name two different organisations with one id");
    PractitionerRole same = PractitionerRole.of("hughes-uhnm", HUGHES, Story.UHNM, KeyWorkerProfession.NURSE);
    assertThat(Story.assessmentNotice().liaisonContact(Clinician.of(same)).author(Clinician.of(same))
        .leadClinician(Clinician.of(HUGHES)).build().liaisonContact().orElseThrow().role()).contains(same);
  }

  @Test
  void clinician_roleMustBeOfThePractitioner() {
    PractitionerRole role = PractitionerRole.of("hughes-uhnm", HUGHES, Story.UHNM, KeyWorkerProfession.NURSE);
    assertThat(Clinician.of(role).practitioner()).isEqualTo(HUGHES);
    assertThatThrownBy(() -> new Clinician(OKAFOR, Optional.of(role)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("role must be a role of the practitioner");
  }

  @Test
  void codedText_needsACodeOrWords_andHidesThem() {
    assertThatThrownBy(() -> new CodedText(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("a code or a text is required");
    assertThatThrownBy(() -> new CodedText(Optional.of("https://x"), Optional.empty(), Optional.empty(),
        Optional.of("t"))).hasMessage("system requires a code");
    assertThatThrownBy(() -> new CodedText(Optional.empty(), Optional.empty(), Optional.of("d"),
        Optional.of("t"))).hasMessage("display requires a code");
    assertThatThrownBy(() -> CodedText.ofText(" ")).hasMessage("text must not be blank");
    assertThat(CodedText.ofText("Fractured wrist").toString()).doesNotContain("wrist");
  }

  @Test
  void messagingSystem_endpointHasNoWhiteSpace() {
    assertThatThrownBy(() -> MessagingSystem.of("https://a b")).hasMessage("endpoint must not contain white space");
    assertThatThrownBy(() -> MessagingSystem.of("https://a", " ")).hasMessage("name must not be blank");
  }

  @Test
  void wardStay_statesSomethingInOrder() {
    assertThatThrownBy(() -> new WardStay(Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("a status or a time is required");
    assertThatThrownBy(() -> WardStay.of(WardStay.Status.COMPLETED).withFrom(ADMITTED)
        .withUntil(ADMITTED.minusMinutes(1))).hasMessage("until must not be before from");
    assertThat(WardStay.Status.fromCode("completed")).contains(WardStay.Status.COMPLETED);
  }

  @Test
  void ward_keepsItsOldForms_andTakesContactDetails() {
    Ward ward = Ward.of("ward-112", "Ward 112", "RJE01");
    assertThat(ward.description()).isEmpty();
    assertThat(ward.telecom()).isEmpty();
    ContactPoint phone = ContactPoint.of(ContactPoint.ContactSystem.PHONE, "01782 000112")
        .withUse(ContactPoint.ContactUse.WORK);
    Address site = new Address(List.of("Newcastle Road"), "Stoke-on-Trent", "ST4 6QG");
    Ward full = ward.withDescription("Older people's medicine").withTelecom(List.of(phone)).withAddress(site);
    assertThat(full.telecom()).containsExactly(phone);
    assertThat(full.address()).contains(site);
    assertThat(full.id()).isEqualTo(ward.id());
    assertThatThrownBy(() -> ward.withDescription(" ")).hasMessage("description must not be blank");
    assertThatThrownBy(() -> ward.withTelecom(java.util.Arrays.asList(phone, null)))
        .hasMessage("telecom[1] must not be null");
  }

  @Test
  void builderSetters_rejectBadArgumentsAtOnce() {
    DischargeNotification.Builder b = DischargeNotification.builder();
    assertThatThrownBy(() -> b.leadClinician(null)).hasMessage("leadClinician must not be null");
    assertThatThrownBy(() -> b.referralReason(" ")).hasMessage("referralReason must not be blank");
    assertThatThrownBy(() -> b.safeguardingDetails(null)).hasMessage("safeguardingDetails must not be null");
    assertThatThrownBy(() -> b.admittedAt(null)).hasMessage("admittedAt must not be null");
  }
}
