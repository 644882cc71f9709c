package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Identifier;
import org.carebridge.core.Practitioner;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.CareBridgeValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PV1-7 (attending doctor) read into the notification's lead clinician. */
class LeadClinicianTest {

  private static final String GMC = "https://fhir.hl7.org.uk/Id/gmc-number";
  private static final String STAFF = "https://fhir.uhnm.example/Id/staff-code";
  private static final String MSH = "MSH|^~\\&|PAS|RJE|CAREBRIDGE|SCC01|20261015113500||ADT^A03|C1|P|2.4\r";
  private static final String PID = "PID|1||9434765919^^^NHS^NH~K1234567^^^RJE^PI||Hollins^Margaret||19420314|F\r";

  private static CareBridgeValidator validator;

  @BeforeAll
  static void validator() {
    validator = CareBridgeValidator.builder().build();
  }

  /** The story's PV1 of an A03 with this PV1-7; PV1-17 (admitting doctor) always names another doctor. */
  private static String pv1(String attending) {
    return "PV1|1|I|112^^^RJE01^^^^^Ward 112|21|||" + attending + "|||300||||19|||C7654321^Admitting^Ann^^^Dr|01|"
        + "V2610020417^^^RJE^VN|||||||||||||||||1|19||RJE|||||20261002142000|20261015113000\r";
  }

  private static AdtMessage convert(AdtConverter converter, String attending) {
    Result<AdtConversion> c = converter.convert(MSH + PID + pv1(attending));
    assertThat(c.orElseThrow().messages()).hasSize(1);
    return c.orElseThrow().messages().get(0);
  }

  private static AdtConverter withStaffSystem() {
    return AdtConverter.builder().hospital(Samples.UHNM).clock(Samples.CLOCK)
        .context(Samples.STORY_CONTEXT.toBuilder().clinicianIdentifierSystem(STAFF).build()).build();
  }

  private static Practitioner lead(AdtMessage r) {
    DischargeNotification n = r.result().value().orElseThrow(() -> new AssertionError(r.result().issues().toString()));
    return n.stay().leadClinician().map(Practitioner.class::cast)
        .orElseThrow(() -> new AssertionError("no lead clinician: " + r.result().issues()));
  }

  private static List<Issue> clinicianIssues(AdtMessage r) {
    return r.result().issues().stream().filter(i -> i.code().equals(IssueCode.HL7_CLINICIAN_NOT_IDENTIFIED.code())
        || i.code().equals(IssueCode.HL7_CLINICIAN_NOT_NAMED.code())).toList();
  }

  private static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).toList();
  }

  private static void assertValid(Bundle bundle) {
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    List<String> errors = validator.validate(json).errors().stream()
        .map(i -> i.code() + " " + i.location() + ": " + i.message()).toList();
    assertThat(errors).as("errors of Bundle " + bundle.getIdElement().getIdPart()).isEmpty();
  }

  /** The Bundle holds the Practitioner and the Encounter names it as its ATND participant. */
  private static org.hl7.fhir.r4.model.Practitioner assertParticipant(Bundle b, String id) {
    List<org.hl7.fhir.r4.model.Practitioner> practitioners = all(b, org.hl7.fhir.r4.model.Practitioner.class);
    assertThat(practitioners).singleElement().satisfies(p -> assertThat(p.getIdPart()).isEqualTo(id));
    Encounter e = all(b, Encounter.class).get(0);
    assertThat(e.getParticipant()).singleElement().satisfies(p -> {
      assertThat(p.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("ATND");
      assertThat(p.getIndividual().getReference()).endsWith("Practitioner/" + id);
    });
    return practitioners.get(0);
  }

  @Test
  void consultantCode_isTheGmcNumber_storySample() {
    // Every valid sample sends PV1-7 C1234567^Okafor^Chinedu^^^Dr.
    AdtMessage r = Samples.storyConverter().convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7"))
        .orElseThrow().messages().get(0);
    Practitioner p = lead(r);
    assertThat(p.id()).isEqualTo("gmc-1234567");
    assertThat(p.identifiers()).containsExactly(Identifier.of(GMC, "1234567"));
    assertThat(p.name().family()).isEqualTo("Okafor");
    assertThat(p.name().given()).containsExactly("Chinedu");
    assertThat(p.name().titles()).containsExactly("Dr");
    assertThat(p.name().use()).isEmpty();
    assertThat(p.telecom()).isEmpty();
    assertThat(clinicianIssues(r)).isEmpty();
    Bundle b = r.bundle().orElseThrow();
    org.hl7.fhir.r4.model.Practitioner fhir = assertParticipant(b, "gmc-1234567");
    assertThat(fhir.getIdentifierFirstRep().getSystem()).isEqualTo(GMC);
    assertThat(fhir.getIdentifierFirstRep().getValue()).isEqualTo("1234567");
    assertThat(fhir.getNameFirstRep().getFamily()).isEqualTo("Okafor");
    assertThat(fhir.getNameFirstRep().getPrefixAsSingleString()).isEqualTo("Dr");
    assertValid(b);
  }

  @Test
  void everyNotificationOfTheStay_carriesTheLeadClinician() {
    AdtConverter converter = Samples.storyConverter();
    List<DischargeNotification> made = new java.util.ArrayList<>();
    for (String sample : List.of("valid/story-stay-feed-v24.hl7", "valid/story-a13-cancel-discharge-v24.hl7",
        "valid/a11-cancel-admit-v231.hl7", "valid/a03-care-home-v23-crlf.hl7")) {
      converter.convert(Samples.sample(sample)).orElseThrow().messages().forEach(r -> r.result().value().ifPresent(made::add));
    }
    // Assessment notice, ready date set and changed, patient discharged, both withdrawals, the v2.3 discharge.
    assertThat(made).hasSize(7);
    assertThat(made).allSatisfy(n -> assertThat(n.stay().leadClinician().map(c -> ((Practitioner) c).id()))
        .contains("gmc-1234567"));
  }

  @Test
  void gmcNumberByAssigningAuthorityOrIdentifierType() {
    for (String attending : List.of("1234567^Okafor^Chinedu^^^Dr^^^GMC", "1234567^Okafor^Chinedu^^^Dr^^^gmc",
        "1234567^Okafor^Chinedu^^^Dr^^^^^^^GMC")) {
      AdtMessage r = convert(Samples.storyConverter(), attending);
      Practitioner p = lead(r);
      assertThat(p.id()).as(attending).isEqualTo("gmc-1234567");
      assertThat(p.identifiers()).as(attending).containsExactly(Identifier.of(GMC, "1234567"));
      assertThat(clinicianIssues(r)).as(attending).isEmpty();
      assertParticipant(r.bundle().orElseThrow(), "gmc-1234567");
    }
    assertValid(convert(Samples.storyConverter(), "1234567^Okafor^Chinedu^^^Dr^^^GMC").bundle().orElseThrow());
  }

  @Test
  void gmcNumber_notTheLocalSystem_evenWhenOneIsConfigured() {
    Practitioner p = lead(convert(withStaffSystem(), "C1234567^Okafor^Chinedu^^^Dr"));
    assertThat(p.identifiers()).containsExactly(Identifier.of(GMC, "1234567"));
  }

  @Test
  void localStaffCode_inTheConfiguredSystem() {
    AdtMessage r = convert(withStaffSystem(), "OKA12^Okafor^Chinedu^Ade Obi^^DR");
    Practitioner p = lead(r);
    assertThat(p.id()).isEqualTo("staff-OKA12");
    assertThat(p.identifiers()).containsExactly(Identifier.of(STAFF, "OKA12"));
    assertThat(p.name().family()).isEqualTo("Okafor");
    assertThat(p.name().given()).containsExactly("Chinedu", "Ade", "Obi");
    assertThat(p.name().titles()).containsExactly("DR");
    assertThat(clinicianIssues(r)).isEmpty();
    Bundle b = r.bundle().orElseThrow();
    org.hl7.fhir.r4.model.Practitioner fhir = assertParticipant(b, "staff-OKA12");
    assertThat(fhir.getIdentifierFirstRep().getSystem()).isEqualTo(STAFF);
    assertValid(b);
  }

  @Test
  void localStaffCode_sanitisedIntoAValidDeterministicId() {
    AdtMessage r = convert(withStaffSystem(), "AB 12/x\\T\\y^Okafor");
    Practitioner p = lead(r);
    assertThat(p.id()).matches("staff-ab-12-x-y-[0-9a-f]{16}").hasSizeLessThanOrEqualTo(64);
    assertThat(p.identifiers()).containsExactly(Identifier.of(STAFF, "AB 12/x&y"));
    assertThat(lead(convert(withStaffSystem(), "AB 12/x\\T\\y^Okafor")).id()).isEqualTo(p.id());
    assertThat(lead(convert(withStaffSystem(), "AB-12-x-y^Okafor")).id()).isNotEqualTo(p.id());
    String longCode = "X".repeat(70);
    assertThat(lead(convert(withStaffSystem(), longCode + "^Okafor")).id()).matches("[A-Za-z0-9.-]{1,64}");
    assertValid(r.bundle().orElseThrow());
  }

  @Test
  void localStaffCode_systemFromAContextResolver() {
    AdtConverter converter = AdtConverter.builder().clock(Samples.CLOCK)
        .contextResolver(stay -> Samples.STORY_CONTEXT.toBuilder().clinicianIdentifierSystem(STAFF).build())
        .build();
    assertThat(lead(convert(converter, "OKA12^Okafor")).identifiers())
        .containsExactly(Identifier.of(STAFF, "OKA12"));
  }

  @Test
  void localStaffCode_noSystemConfigured_leftOutWithAWarning() {
    String pv1 = pv1("OKA12^Okafor^Chinedu^^^Dr");
    AdtMessage r = convert(Samples.storyConverter(), "OKA12^Okafor^Chinedu^^^Dr");
    assertThat(r.result().value().orElseThrow().stay().leadClinician()).isEmpty();
    assertThat(r.bundle()).isPresent();
    assertThat(all(r.bundle().get(), org.hl7.fhir.r4.model.Practitioner.class)).isEmpty();
    assertThat(clinicianIssues(r)).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("CB-HL7-031");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location().text()).isEqualTo("PV1-7.1");
      assertThat(i.line()).isEqualTo(3);
      assertThat(i.column()).isEqualTo(pv1.indexOf("OKA12") + 1);
      assertThat(i.source()).isEqualTo(IssueCode.Sources.HL7V2);
      assertThat(i.message()).contains("clinicianIdentifierSystem(").doesNotContain("Okafor")
          .doesNotContain("Chinedu").doesNotContain("OKA12");
    });
    // A bare 7-digit number is a GMC number only when PV1-7.9 or PV1-7.13 says so.
    AdtMessage bare = convert(Samples.storyConverter(), "1234567^Okafor^Chinedu^^^Dr^^^RJE");
    assertThat(bare.result().value().orElseThrow().stay().leadClinician()).isEmpty();
    assertThat(clinicianIssues(bare)).extracting(Issue::code).containsExactly("CB-HL7-031");
  }

  @Test
  void namedGmcButNotAGmcNumber_leftOutEvenWithALocalSystem() {
    for (AdtConverter converter : List.of(Samples.storyConverter(), withStaffSystem())) {
      AdtMessage r = convert(converter, "123456^Okafor^Chinedu^^^Dr^^^GMC");
      assertThat(r.result().value().orElseThrow().stay().leadClinician()).isEmpty();
      assertThat(clinicianIssues(r)).singleElement().satisfies(i -> {
        assertThat(i.code()).isEqualTo(IssueCode.HL7_CLINICIAN_NOT_IDENTIFIED.code());
        assertThat(i.message()).contains("GMC").doesNotContain("123456");
      });
    }
  }

  @Test
  void noFamilyName_leftOutWithAWarning() {
    String pv1 = pv1("C1234567^^Chinedu^^^Dr");
    AdtMessage r = convert(Samples.storyConverter(), "C1234567^^Chinedu^^^Dr");
    assertThat(r.result().value().orElseThrow().stay().leadClinician()).isEmpty();
    assertThat(r.bundle()).isPresent();
    assertThat(clinicianIssues(r)).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("CB-HL7-032");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location().text()).isEqualTo("PV1-7.2");
      assertThat(i.line()).isEqualTo(3);
      assertThat(i.column()).isEqualTo(pv1.indexOf("^^Chinedu") + 2);
      assertThat(i.message()).doesNotContain("Chinedu").doesNotContain("1234567");
    });
  }

  @Test
  void noIdentifierAndNoFamilyName_bothSaid() {
    AdtMessage r = convert(Samples.storyConverter(), "^^Chinedu");
    assertThat(r.result().value().orElseThrow().stay().leadClinician()).isEmpty();
    assertThat(clinicianIssues(r)).extracting(Issue::code).containsExactly("CB-HL7-031", "CB-HL7-032");
  }

  @Test
  void pv17Absent_noClinicianNoIssue_pv117NotRead() {
    for (String attending : List.of("", "\"\"", "^^^^^")) {
      AdtMessage r = convert(Samples.storyConverter(), attending);
      assertThat(r.result().value().orElseThrow().stay().leadClinician()).as(attending).isEmpty();
      assertThat(r.result().issues()).as(attending).isEmpty();
      assertThat(all(r.bundle().orElseThrow(), org.hl7.fhir.r4.model.Practitioner.class)).isEmpty();
      assertThat(all(r.bundle().get(), Encounter.class).get(0).getParticipant()).isEmpty();
    }
  }

  @Test
  void onlyTheFirstRepetitionIsRead() {
    Practitioner p = lead(convert(Samples.storyConverter(), "C1234567^Okafor^Chinedu^^^Dr~C2345678^Other^Ann"));
    assertThat(p.id()).isEqualTo("gmc-1234567");
    AdtMessage second = convert(Samples.storyConverter(), "~C2345678^Other^Ann");
    assertThat(second.result().value().orElseThrow().stay().leadClinician()).isEmpty();
  }

  @Test
  void malformedPv17_issuesNeverExceptions() {
    for (String attending : List.of("C1234567&x&y^Okafor&&&", "^^^^^^^^GMC", "C1234567^Okafor^^^^^^^^^^^^^^^^^^^^^",
        "\\X00\\^\\F\\", "C12345678^Okafor", "c1234567^Okafor", "C1234567^   ^Chinedu", "&&&^&&&^&&&",
        "C1234567^Okafor^Chinedu^^^" + "D".repeat(300))) {
      for (AdtConverter converter : List.of(Samples.storyConverter(), withStaffSystem(), Samples.bareConverter())) {
        AdtMessage r = convert(converter, attending);
        assertThat(r.result().value()).as(attending).isPresent();
        assertThat(r.result().issues()).as(attending).noneMatch(Issue::isError);
        r.result().value().get().stay().leadClinician().map(Practitioner.class::cast).ifPresent(c -> {
          assertThat(c.id()).matches("[A-Za-z0-9.-]{1,64}");
          assertThat(c.identifiers()).isNotEmpty();
        });
      }
    }
  }

  @Test
  void context_clinicianIdentifierSystem_validatedAndKept() {
    for (String bad : List.of("staff-code", "https://trust.example/Id/staff code", "https://trust.example/Id/",
        "urn:", "ftp://trust.example/staff", GMC, "https://fhir.hl7.org.uk/Id/nmc-number",
        "https://fhir.nhs.uk/Id/nhs-number")) {
      assertThatThrownBy(() -> AdtContext.builder().clinicianIdentifierSystem(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("clinicianIdentifierSystem");
    }
    assertThatThrownBy(() -> AdtContext.builder().clinicianIdentifierSystem(null))
        .isInstanceOf(NullPointerException.class).hasMessage("clinicianIdentifierSystem must not be null");
    assertThatThrownBy(() -> new AdtContext(Optional.empty(), Optional.empty(),
        org.carebridge.core.discharge.Assessment.builder().build(),
        org.carebridge.core.codes.WithdrawalReason.SENT_IN_ERROR,
        org.carebridge.core.codes.WithdrawalReason.SENT_IN_ERROR, Optional.empty(), Optional.of("not a uri")))
        .isInstanceOf(IllegalArgumentException.class);
    AdtContext urn = AdtContext.builder().clinicianIdentifierSystem("urn:oid:2.16.840.1.113883.2.1.3.2").build();
    assertThat(urn.clinicianIdentifierSystem()).contains("urn:oid:2.16.840.1.113883.2.1.3.2");
    AdtContext context = Samples.STORY_CONTEXT.toBuilder().clinicianIdentifierSystem(STAFF)
        .previousReadyDate(LocalDate.of(2026, 10, 12)).build();
    assertThat(context.toBuilder().build()).isEqualTo(context);
    assertThat(context.clinicianIdentifierSystem()).contains(STAFF);
    // A context built without the setting states none.
    AdtContext without = AdtContext.builder().build();
    assertThat(without).isEqualTo(new AdtContext(Optional.empty(), Optional.empty(),
        org.carebridge.core.discharge.Assessment.builder().build(),
        org.carebridge.core.codes.WithdrawalReason.SENT_IN_ERROR,
        org.carebridge.core.codes.WithdrawalReason.SENT_IN_ERROR, Optional.empty(), Optional.empty()));
    assertThat(without.clinicianIdentifierSystem()).isEmpty();
  }
}
