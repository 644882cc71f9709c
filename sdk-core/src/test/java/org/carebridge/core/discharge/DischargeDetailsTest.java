package org.carebridge.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.core.validation.Issues.none;
import static org.carebridge.core.validation.Issues.single;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.Identifier;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.Story;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;

/** The contact, clinician, reason, destination and time-of-day details of a discharge notification. */
class DischargeDetailsTest {
  private static final Practitioner OKAFOR = Practitioner.builder().id("consultant-okafor")
      .name(Story.name("Okafor", "Chinedu"))
      .addIdentifier(Identifier.of("https://fhir.hl7.org.uk/Id/gmc-number", "7654321")).build();
  private static final Practitioner HUGHES = Practitioner.builder().id("liaison-nurse-hughes")
      .name(Story.name("Hughes", "Rachel")).build();
  private static final OffsetDateTime ADMITTED = OffsetDateTime.parse("2026-10-02T14:20:00+01:00");

  private final Validator validator = Validator.withClock(Story.CLOCK);

  private static DischargeNotification discharged(HospitalStay.Builder stay) {
    return Story.discharged().stay(stay.build()).build();
  }

  private static PractitionerRole role(String id, Practitioner practitioner, Organisation organisation) {
    return PractitionerRole.builder().id(id).practitioner(practitioner).organisation(organisation)
        .profession(KeyWorkerProfession.NURSE).build();
  }

  @Test
  void withoutDetails_statesNoneOfThem_andToBuilderKeepsEverything() {
    DischargeNotification n = Story.assessmentNotice().build();
    DischargeNotification copy = n.toBuilder().build();
    assertThat(copy).isEqualTo(n);
    assertThat(copy.stay().leadClinician()).isEmpty();
    assertThat(copy.messageIdentifier()).isEmpty();
    assertThat(copy.stay().admittedAt()).isEmpty();
    assertThat(copy.stay().wardStay()).isEmpty();
  }

  @Test
  void builder_carriesEveryDetail() {
    MessagingSystem pas = MessagingSystem.builder().endpoint("https://messaging.uhnm.example.org/fhir")
        .name("UHNM PAS").build();
    WardStay wardStay = WardStay.builder().status(WardStay.Status.ACTIVE).from(ADMITTED).build();
    DischargeNotification n = Story.assessmentNotice()
        .messageIdentifier(Identifier.of("urn:ietf:rfc:3986", "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a11"))
        .sendingSystem(pas).receivingSystem(MessagingSystem.builder().endpoint("https://scc.example.org/fhir").build())
        .author(HUGHES)
        .stay(Story.assessmentNoticeStay().leadClinician(OKAFOR).liaisonContact(HUGHES)
            .reasonForAdmission(CodedText.builder().text("Fall at home").build())
            .admissionSource(CodedText.builder().system("https://example.org/cs").code("19")
                .display("Usual place of residence").build())
            .dischargeDestination(CodedText.builder().text("Home").build()).admittedAt(ADMITTED).wardStay(wardStay)
            .build())
        .assessment(Story.assessment().referralReason("Lives alone").safeguardingDetails("Concerns").build())
        .build();
    assertThat(n.sendingSystem()).contains(pas);
    assertThat(n.receivingSystem().orElseThrow().name()).isEmpty();
    assertThat(n.stay().leadClinician()).contains(OKAFOR);
    assertThat(n.stay().liaisonContact()).isEqualTo(n.author());
    assertThat(n.stay().admittedAt()).contains(ADMITTED);
    assertThat(n.stay().admissionDate()).contains(LocalDate.of(2026, 10, 2));
    assertThat(n.stay().wardStay()).contains(wardStay);
    assertThat(n.toString()).doesNotContain("Lives alone", "Concerns", "Fall", "Okafor", "Hughes", "Margaret");
    assertThat(n.stay().toString()).doesNotContain("Fall", "Okafor", "Hughes");
    assertThat(n.assessment().toString()).doesNotContain("Lives alone")
        .contains("safeguardingDetails=Optional[***], referralReason=Optional[***]");
  }

  @Test
  void stayIdentifiers_inOrder_andChecked() {
    Identifier spell = new Identifier("https://fhir.uhnm.example/Id/spell-number", "V2610020417");
    Identifier local = new Identifier("https://fhir.uhnm.example/Id/episode", "E-77");
    DischargeNotification n = Story.assessmentNotice()
        .stay(Story.assessmentNoticeStay().addIdentifier(spell).addIdentifier(local).build()).build();
    assertThat(n.stay().identifiers()).containsExactly(spell, local);
    assertThat(Story.assessmentNotice().build().stay().identifiers()).isEmpty();
    assertThatThrownBy(() -> Story.assessmentNoticeStay().addIdentifier(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("identifier");
    assertThatThrownBy(() -> n.stay().identifiers().add(spell)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void admittedAt_setsTheAdmissionDateOnlyWhenNoneIsSet_andTimesOnOtherDatesAreReported() {
    HospitalStay.Builder b = Story.dischargedStay().admittedAt(ADMITTED); // admission date already 2026-10-02
    assertThat(b.build().admittedAt()).contains(ADMITTED);
    none(validator.validate(discharged(Story.dischargedStay().admittedAt(ADMITTED))));
    assertThat(single(validator.validate(discharged(Story.dischargedStay().admittedAt(ADMITTED.plusDays(1)))),
        "CB-DISCHARGE-018", "stay.admittedAt").message())
        .isEqualTo("the admission time 2026-10-03T14:20+01:00 is not on the admission date 2026-10-02");
    assertThat(single(validator.validate(discharged(Story.dischargedStay().dischargedAt(ADMITTED))),
        "CB-DISCHARGE-018", "stay.dischargedAt").message())
        .isEqualTo("the discharge time 2026-10-02T14:20+01:00 is not on the discharge date 2026-10-15");
    assertThat(single(validator.validate(discharged(Story.dischargedStay().dischargeReadyDate(LocalDate.of(2026, 10, 2))
        .dischargeDate(LocalDate.of(2026, 10, 2)).admittedAt(ADMITTED).dischargedAt(ADMITTED.minusHours(1)))),
        "CB-DISCHARGE-019", "stay.dischargedAt").message())
        .isEqualTo("the discharge time 2026-10-02T13:20+01:00 is before the admission time 2026-10-02T14:20+01:00");
    // the same instant written with another offset is not before
    DischargeNotification sameInstant = discharged(Story.dischargedStay()
        .dischargeReadyDate(LocalDate.of(2026, 10, 2)).dischargeDate(LocalDate.of(2026, 10, 2)).admittedAt(ADMITTED)
        .dischargedAt(OffsetDateTime.parse("2026-10-02T13:20:00Z")));
    assertThat(sameInstant.stay().dischargedAt()).isPresent();
    none(validator.validate(sameInstant));
  }

  @Test
  void wardStay_needsAWard() {
    WardStay completed = WardStay.builder().status(WardStay.Status.COMPLETED).build();
    assertThat(single(validator.validate(discharged(Story.dischargedStay().wardStay(completed))),
        "CB-DISCHARGE-020", "stay.wardStay").message()).isEqualTo("a stay on the ward is stated but no ward");
    none(validator.validate(discharged(Story.dischargedStay().ward(Story.WARD_112).wardStay(completed))));
  }

  @Test
  void clinicians_nameOneRecordPerId() {
    Practitioner otherOkafor = Practitioner.builder().id("consultant-okafor").name(Story.name("Okafor", "C")).build();
    assertThat(single(validator.validate(Story.assessmentNotice().author(otherOkafor)
        .stay(Story.assessmentNoticeStay().leadClinician(OKAFOR).build()).build()), "CB-DISCHARGE-022", "author")
        .message()).isEqualTo("two different Practitioner records have the id 'consultant-okafor': a message carries "
            + "one record per id");
    Organisation otherUhnm = Story.UHNM.toBuilder().name("Another name").build();
    PractitionerRole role = role("hughes-uhnm", HUGHES, otherUhnm);
    assertThat(single(validator.validate(Story.assessmentNotice()
        .stay(Story.assessmentNoticeStay().liaisonContact(role).build()).build()), "CB-DISCHARGE-022",
        "stay.liaisonContact.organisation").message()).startsWith("two different Organisation records have the id "
            + "'uhnm'");
    PractitionerRole same = role("hughes-uhnm", HUGHES, Story.UHNM);
    DischargeNotification n = Story.assessmentNotice().author(same)
        .stay(Story.assessmentNoticeStay().liaisonContact(same).leadClinician(HUGHES).build()).build();
    assertThat(n.stay().liaisonContact()).contains(same);
    none(validator.validate(n));
  }

  @Test
  void clinicians_areStaff_andARoleNamesItsPractitioner() {
    PractitionerRole role = role("hughes-uhnm", HUGHES, Story.UHNM);
    assertThat(role.practitioner()).isEqualTo(HUGHES);
    assertThat(role.isStaff()).isTrue();
    assertThatThrownBy(() -> HospitalStay.builder().leadClinician(Actor.THE_PERSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("leadClinician must be a member of staff");
    assertThatThrownBy(() -> DischargeNotification.builder().author(Actor.THE_PERSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("author must be a member of staff");
  }

  @Test
  void codedText_needsACodeOrWords_andHidesThem() {
    assertThatThrownBy(() -> CodedText.builder().build()).hasMessage("a code or a text is required");
    assertThatThrownBy(() -> new CodedText(Optional.of("https://x"), Optional.empty(), Optional.empty(),
        Optional.of("t"))).hasMessage("system requires a code");
    assertThatThrownBy(() -> new CodedText(Optional.empty(), Optional.empty(), Optional.of("d"),
        Optional.of("t"))).hasMessage("display requires a code");
    assertThatThrownBy(() -> CodedText.builder().text(" ")).hasMessage("text must not be blank");
    assertThat(CodedText.builder().text("Fractured wrist").build().toString()).doesNotContain("wrist");
  }

  @Test
  void messagingSystem_endpointHasNoWhiteSpace() {
    assertThatThrownBy(() -> MessagingSystem.builder().endpoint("https://a b"))
        .hasMessage("endpoint must not contain white space");
    assertThatThrownBy(() -> new MessagingSystem("https://a b", Optional.empty()))
        .hasMessage("endpoint must not contain white space");
    assertThatThrownBy(() -> MessagingSystem.builder().endpoint("https://a").name(" "))
        .hasMessage("name must not be blank");
  }

  @Test
  void wardStay_statesSomething_andOneThatEndsBeforeItStartsIsReported() {
    assertThatThrownBy(() -> WardStay.builder().build()).hasMessage("a status or a time is required");
    WardStay backwards = WardStay.builder().status(WardStay.Status.COMPLETED).from(ADMITTED)
        .until(ADMITTED.minusMinutes(1)).build();
    assertThat(single(validator.validate(discharged(Story.dischargedStay().ward(Story.WARD_112).wardStay(backwards))),
        "CB-DISCHARGE-021", "stay.wardStay.until").message())
        .isEqualTo("the stay on the ward ends at 2026-10-02T14:19+01:00, before it starts at 2026-10-02T14:20+01:00");
    assertThat(WardStay.Status.fromCode("completed")).contains(WardStay.Status.COMPLETED);
  }

  @Test
  void ward_withOnlyItsNameAndSite_andWithContactDetails() {
    Ward ward = Ward.builder().id("ward-112").name("Ward 112").site(OdsCode.of("RJE01")).build();
    assertThat(ward.description()).isEmpty();
    assertThat(ward.telecom()).isEmpty();
    ContactPoint phone = ContactPoint.builder().system(ContactPoint.ContactSystem.PHONE).value("01782 000112")
        .use(ContactPoint.ContactUse.WORK).build();
    org.carebridge.core.Address site = Story.address("Newcastle Road", "Stoke-on-Trent", "ST4 6QG");
    Ward full = ward.toBuilder().description("Older people's medicine").addTelecom(phone).address(site).build();
    assertThat(full.telecom()).containsExactly(phone);
    assertThat(full.address()).contains(site);
    assertThat(full.id()).isEqualTo(ward.id());
    assertThatThrownBy(() -> ward.toBuilder().description(" ")).hasMessage("description must not be blank");
    assertThatThrownBy(() -> new Ward(ward.id(), ward.name(), ward.site(), Optional.empty(),
        Arrays.asList(phone, null), Optional.empty())).hasMessage("telecom[1] must not be null");
  }

  @Test
  void builderSetters_rejectBadArgumentsAtOnce() {
    assertThatThrownBy(() -> HospitalStay.builder().leadClinician(null)).hasMessage("leadClinician must not be null");
    assertThatThrownBy(() -> Assessment.builder().referralReason(" ")).hasMessage("referralReason must not be blank");
    assertThatThrownBy(() -> Assessment.builder().safeguardingDetails(null))
        .hasMessage("safeguardingDetails must not be null");
    assertThatThrownBy(() -> HospitalStay.builder().admittedAt(null)).hasMessage("admittedAt must not be null");
    assertThatThrownBy(() -> DischargeNotification.builder().stay(null)).hasMessage("stay must not be null");
  }
}
