package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.Identifier;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;

/** Event mapping, field mapping and the caller's context. */
class AdtConverterTest {

  private static final String MSH = "MSH|^~\\&|PAS|RJE|CAREBRIDGE|SCC01|20261015113500||ADT^A03|C1|P|2.4\r";
  private static final String PID = "PID|1||9434765919^^^NHS^NH~K1234567^^^RJE^PI||Hollins^Margaret||19420314|F\r";

  private static String pv1(String admit, String discharge, String more) {
    // PV1-3 ward, PV1-19 visit, PV1-44/45 admission and discharge; 'more' replaces PV1-36..PV1-43.
    return "PV1|1|I|112^^^RJE01^^^^^Ward 112" + "|".repeat(16) + "V1" + "|".repeat(17) + more
        + "|".repeat(Math.max(1, 8 - (int) more.chars().filter(c -> c == '|').count())) + admit + "|" + discharge
        + "\r";
  }

  private static final String READY_URL =
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date";
  private static final String PROPOSED_URL =
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-proposed-discharge-date";
  private static final String A08 = MSH.replace("ADT^A03", "ADT^A08");

  private static AdtMessage only(Result<AdtConversion> conversion) {
    assertThat(conversion.orElseThrow().messages()).hasSize(1);
    return conversion.orElseThrow().messages().get(0);
  }

  private static DischargeNotification notification(Result<AdtConversion> conversion, int index) {
    return conversion.orElseThrow().messages().get(index).result().value().orElseThrow(
        () -> new AssertionError(conversion.issues().toString()));
  }

  private static List<Issue> withCode(AdtMessage r, String code) {
    return r.result().issues().stream().filter(i -> i.code().equals(code)).toList();
  }

  private static Ward ward(String id, String name, String site) {
    return Ward.builder().id(id).name(name).site(OdsCode.of(site)).build();
  }

  private static Encounter encounter(Bundle b) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Encounter.class::isInstance).map(Encounter.class::cast).findFirst().orElseThrow();
  }

  @Test
  void storyFeed_eventsBecomeNotificationsInOrder() {
    Result<AdtConversion> c = Samples.storyConverter().convert(Samples.sample("valid/story-stay-feed-v24.hl7"));
    assertThat(c.orElseThrow().messages()).extracting(AdtMessage::event).containsExactly("A01", "A08", "A02", "A08", "A03");
    assertThat(c.orElseThrow().messages()).extracting(AdtMessage::controlId)
        .containsExactly("RJE0000101", "RJE0000131", "RJE0000137", "RJE0000145", "RJE0000162");
    assertThat(c.orElseThrow().messages()).extracting(r -> r.result().value().map(DischargeNotification::event).orElse(null))
        .containsExactly(DischargeEvent.ASSESSMENT_NOTICE, DischargeEvent.DISCHARGE_READY_DATE_SET, null,
            DischargeEvent.DISCHARGE_READY_DATE_CHANGED, DischargeEvent.PATIENT_DISCHARGED);
    // The ready date comes from ZDR-1, the proposed (expected) discharge date from PV2-9.
    assertThat(notification(c, 0).stay().dischargeReadyDate()).isEmpty();
    assertThat(notification(c, 0).stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 14));
    assertThat(notification(c, 1).stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 12));
    assertThat(notification(c, 1).stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 14));
    assertThat(notification(c, 3).stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 13));
    assertThat(notification(c, 3).stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 15));
    assertThat(notification(c, 4).stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 13));
    AdtMessage transfer = c.orElseThrow().messages().get(2);
    assertThat(transfer.result().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.HL7_NO_NOTIFICATION.code());
      assertThat(i.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(i.location().text()).isEqualTo("MSH-9.2");
      assertThat(i.line()).isEqualTo(12);
      assertThat(i.message()).contains("already sent");
    });
    assertThat(c.orElseThrow().messages()).extracting(r -> r.result().value().map(DischargeNotification::id).orElse(""))
        .containsExactly("rje-v2610020417-assessment", "rje-v2610020417-ready-20261012", "",
            "rje-v2610020417-ready-20261013", "rje-v2610020417-discharged");
  }

  @Test
  void storyDischarge_everyFieldMapped() {
    Result<AdtConversion> c = Samples.storyConverter().convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7"));
    DischargeNotification n = notification(c, 0);
    assertThat(n.event()).isEqualTo(DischargeEvent.PATIENT_DISCHARGED);
    assertThat(n.person().nhsNumber().orElseThrow().value()).isEqualTo("9434765919");
    assertThat(n.person().nhsNumberVerificationStatus()).contains(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED);
    assertThat(n.person().identifiers()).containsExactly(
        Identifier.of("https://carebridge.org.uk/fhir/Id/local-patient-id/RJE", "K1234567"));
    assertThat(n.person().name().family()).isEqualTo("Hollins");
    assertThat(n.person().name().given()).containsExactly("Margaret", "Elizabeth");
    assertThat(n.person().birthDate()).contains(LocalDate.of(1942, 3, 14));
    assertThat(n.person().gender()).contains(AdministrativeGender.FEMALE);
    assertThat(n.person().address()).contains(Address.builder().addLine("12 Lichfield Road").city("Stafford")
        .postcode("ST17 4JX").build());
    assertThat(n.hospital()).isEqualTo(Samples.UHNM);
    assertThat(n.council()).contains(Samples.SCC);
    assertThat(n.stay().ward()).contains(ward("ward-112", "Ward 112", "RJE01"));
    assertThat(n.pathway()).contains(DischargePathway.PATHWAY_1);
    assertThat(n.stay().admissionDate()).contains(LocalDate.of(2026, 10, 2));
    assertThat(n.stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 13));
    assertThat(n.stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 15));
    assertThat(n.stay().dischargeDate()).contains(LocalDate.of(2026, 10, 15));
    assertThat(n.issuedAt()).isEqualTo(Instant.parse("2026-10-15T10:35:00Z"));
    // Notice statements travel on assessment notices only.
    assertThat(n.assessment().consent()).isEmpty();
    Encounter e = encounter(c.orElseThrow().messages().get(0).bundle().orElseThrow());
    assertThat(e.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-10-02T14:20:00+01:00");
    assertThat(e.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-10-15T11:30:00+01:00");
    assertThat(e.getHospitalization().getDischargeDisposition().getCodingFirstRep().getSystem())
        .isEqualTo("https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland");
    assertThat(e.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("19");
    assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
    assertThat(e.getExtensionByUrl(READY_URL).getValue().primitiveValue()).isEqualTo("2026-10-13");
    assertThat(e.getExtensionByUrl(PROPOSED_URL).getValue().primitiveValue()).isEqualTo("2026-10-15");
  }

  @Test
  void assessmentNotice_carriesTheStatementsOfTheContext() {
    Result<AdtConversion> c = Samples.storyConverter().convert(Samples.sample("valid/story-a01-admit-v24.hl7"));
    DischargeNotification n = notification(c, 0);
    assertThat(n.event()).isEqualTo(DischargeEvent.ASSESSMENT_NOTICE);
    assertThat(n.assessment().consent()).isEqualTo(Samples.STORY_CONTEXT.assessment().consent());
    assertThat(n.assessment().carerConsultation()).isEqualTo(Samples.STORY_CONTEXT.assessment().carerConsultation());
    assertThat(n.assessment().chcOutcome()).isEqualTo(Samples.STORY_CONTEXT.assessment().chcOutcome());
    assertThat(n.assessment().patientConsulted()).contains(true);
    assertThat(n.assessment().safeguardingConcerns()).contains(false);
    assertThat(n.pathway()).isEmpty();
    // PV2-9 of the admission is the proposed discharge date; the A01 carries no discharge ready date.
    assertThat(n.stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 14));
    assertThat(n.stay().dischargeReadyDate()).isEmpty();
    Encounter e = encounter(c.orElseThrow().messages().get(0).bundle().orElseThrow());
    assertThat(e.getExtensionByUrl(PROPOSED_URL).getValue().primitiveValue()).isEqualTo("2026-10-14");
    assertThat(e.getExtensionByUrl(READY_URL)).isNull();
  }

  @Test
  void admission_withoutAssessmentNotices_noNotification() {
    AdtMessage r = only(Samples.bareConverter().convert(Samples.sample("valid/story-a01-admit-v24.hl7")));
    assertThat(r.result().value()).isEmpty();
    assertThat(r.result().issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_NO_NOTIFICATION.code());
    assertThat(r.result().issues().get(0).message()).contains("(AdtConverter.builder().assessmentNotices(true))");
  }

  /**
   * Advice names each setting as the caller sets it: builder methods by default (Java callers), the caller's own
   * names otherwise (e.g. the command line's options), never both.
   */
  @Test
  void advice_namesBuilderMethodsByDefault_andTheCallersNamesWhenGiven() {
    String discharge = MSH + PID + pv1("20261002", "20261015", "");
    AdtMessage builders = only(Samples.bareConverter().convert(discharge));
    assertThat(builders.result().issues()).extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).endsWith("set it with AdtContext.builder().council(...)"))
        .anySatisfy(m -> assertThat(m).endsWith("set it with AdtContext.builder().pathway(...)"));

    AdtConverter cli = AdtConverter.builder().clock(Samples.CLOCK)
        .settingNames(s -> "--" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).build();
    AdtMessage named = only(cli.convert(discharge));
    assertThat(named.result().issues()).extracting(Issue::code).isEqualTo(builders.result().issues().stream().map(Issue::code).toList());
    assertThat(named.result().issues()).extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).endsWith("set it with --council"))
        .anySatisfy(m -> assertThat(m).endsWith("set it with --pathway"))
        .noneSatisfy(m -> assertThat(m).contains("builder()"));
    AdtMessage admission = only(cli.convert(Samples.sample("valid/story-a01-admit-v24.hl7")));
    assertThat(admission.result().issues().get(0).message()).contains("(--assessment-notices)")
        .contains("(set one with --discharge-ready-date-field)").doesNotContain("builder()");
    Result<AdtConversion> tooLarge = AdtConverter.builder().maxInputBytes(10)
        .settingNames(s -> s == AdtSetting.MAX_INPUT_BYTES ? "--max-input-bytes" : "x").build().convert(discharge);
    assertThat(tooLarge.issues()).singleElement().satisfies(i -> assertThat(i.message())
        .endsWith("split the input or raise the limit with --max-input-bytes"));

    assertThatThrownBy(() -> AdtConverter.builder().settingNames(s -> s == AdtSetting.SITE_CODE ? " " : "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("settingNames gives no name for SITE_CODE");
    assertThatThrownBy(() -> AdtConverter.builder().settingNames(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("settingNames must not be null");
  }

  /** Every result lists its errors first, then warnings, then information, each in the order found. */
  @Test
  void issues_mostSevereFirst_inResultsAndConversions() {
    Issue info = IssueCode.HL7_NO_NOTIFICATION.issue(Location.hl7("MSH-9.2"), "no notification").at(1, 55);
    Issue warning1 = IssueCode.HL7_UNADDRESSED.issue(Location.whole(), "unaddressed").at(2, 0);
    Issue error = IssueCode.HL7_NO_WARD.issue(Location.hl7("PV1-3.4"), "no site").at(3, 4);
    Issue warning2 = IssueCode.HL7_NO_PATHWAY.issue(Location.whole(), "no pathway").at(4, 0);
    Issue fatal = IssueCode.HL7_INPUT_UNREADABLE.issue(Location.whole(), "not a message").at(5, 0);
    List<Issue> found = List.of(info, warning1, error, warning2, fatal);
    List<Issue> reported = List.of(error, fatal, warning1, warning2, info); // errors: fatal or not, as found
    assertThat(new AdtMessage(0, "C1", "A03", Result.empty(found), Optional.empty()).result().issues())
        .containsExactlyElementsOf(reported);
    assertThat(Result.partial(new AdtConversion(List.of(), java.util.Map.of()), found).issues())
        .containsExactlyElementsOf(reported);

    // A real conversion of two messages: by severity, and within one severity by line (input order).
    String feed = MSH + PID + pv1("20261002", "20261015", "").replace("112^^^RJE01", "112^^^");
    Result<AdtConversion> c = AdtConverter.builder().clock(Samples.CLOCK).build().convert(feed + feed.replace("C1", "C2"));
    assertThat(c.issues()).extracting(i -> i.isError() ? Severity.ERROR : i.severity())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder()).contains(Severity.ERROR, Severity.WARNING);
    assertThat(c.issues().stream().filter(Issue::isError).map(Issue::line).toList()).isSorted()
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void assessmentNotice_withoutCouncil_errorSaysHowToSupplyIt() {
    AdtConverter converter = AdtConverter.builder().assessmentNotices(true).clock(Samples.CLOCK).build();
    AdtMessage r = only(converter.convert(Samples.sample("valid/story-a01-admit-v24.hl7")));
    assertThat(r.bundle()).isEmpty();
    assertThat(withCode(r, IssueCode.HL7_NO_COUNCIL.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.message()).contains("AdtContext.builder().council(");
      assertThat(i.line()).isEqualTo(1);
    });
  }

  @Test
  void discharge_withoutCouncilOrPathway_warnsAndStillConverts() {
    AdtMessage r = only(Samples.bareConverter().convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7")));
    assertThat(r.bundle()).isPresent();
    assertThat(r.result().issues()).extracting(Issue::code)
        .containsExactly(IssueCode.HL7_UNADDRESSED.code(), IssueCode.HL7_NO_PATHWAY.code());
    assertThat(r.result().issues()).allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    // Without a configured trust the trust is named after its ODS code.
    assertThat(r.result().value().orElseThrow().hospital().odsCode().value()).isEqualTo("RJE");
  }

  @Test
  void cancelDischarge_withdrawsThePatientDischargedMessage() {
    AdtConverter converter = Samples.storyConverter();
    DischargeNotification discharged =
        notification(converter.convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7")), 0);
    DischargeNotification cancel =
        notification(converter.convert(Samples.sample("valid/story-a13-cancel-discharge-v24.hl7")), 0);
    assertThat(cancel.event()).isEqualTo(DischargeEvent.WITHDRAW_DISCHARGE_ONLY);
    assertThat(cancel.respondsTo()).contains(discharged.id());
    assertThat(cancel.withdrawalReason()).contains(WithdrawalReason.SENT_IN_ERROR);
    assertThat(cancel.stay().dischargeDate()).isEmpty();
  }

  @Test
  void cancelDischarge_reasonFromContext() {
    AdtConverter converter = AdtConverter.builder().clock(Samples.CLOCK)
        .context(Samples.STORY_CONTEXT.toBuilder().cancelDischargeReason(WithdrawalReason.DETERIORATED).build())
        .build();
    DischargeNotification cancel =
        notification(converter.convert(Samples.sample("valid/story-a13-cancel-discharge-v24.hl7")), 0);
    assertThat(cancel.withdrawalReason()).contains(WithdrawalReason.DETERIORATED);
  }

  @Test
  void cancelAdmit_withdrawsTheAssessmentNotice() {
    DischargeNotification cancel =
        notification(Samples.storyConverter().convert(Samples.sample("valid/a11-cancel-admit-v231.hl7")), 0);
    assertThat(cancel.event()).isEqualTo(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY);
    assertThat(cancel.respondsTo()).contains("rje-v2611030101-assessment");
    assertThat(cancel.withdrawalReason()).contains(WithdrawalReason.SENT_IN_ERROR);
  }

  @Test
  void cancelAdmit_withoutAssessmentNotices_nothingToWithdraw() {
    AdtMessage r = only(Samples.bareConverter().convert(Samples.sample("valid/a11-cancel-admit-v231.hl7")));
    assertThat(r.result().value()).isEmpty();
    assertThat(r.result().issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_NO_NOTIFICATION.code());
  }

  @Test
  void version23Crlf_careHomeDischarge() {
    Result<AdtConversion> c = Samples.storyConverter().convert(Samples.sample("valid/a03-care-home-v23-crlf.hl7"));
    DischargeNotification n = notification(c, 0);
    assertThat(n.person().gender()).contains(AdministrativeGender.MALE);
    assertThat(n.person().address().orElseThrow().lines()).containsExactly("4 Weston Road", "Meir");
    assertThat(n.stay().ward()).contains(ward("ward-7a", "Ward 7A", "RJE02"));
    assertThat(n.person().identifiers()).extracting(Identifier::value).containsExactly("M889012");
    Encounter e = encounter(c.orElseThrow().messages().get(0).bundle().orElseThrow());
    assertThat(e.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("85");
    // Lines of a CRLF file are counted once per CRLF.
    assertThat(c.orElseThrow().messages().get(0).result().issues()).isEmpty();
  }

  @Test
  void version251_offsetsKept() {
    Result<AdtConversion> c = Samples.storyConverter().convert(Samples.sample("valid/a08-ready-date-v251-mllp.hl7"));
    DischargeNotification n = notification(c, 0);
    assertThat(n.event()).isEqualTo(DischargeEvent.DISCHARGE_READY_DATE_SET);
    assertThat(n.issuedAt()).isEqualTo(Instant.parse("2026-11-04T10:15:00Z"));
    Encounter e = encounter(c.orElseThrow().messages().get(0).bundle().orElseThrow());
    assertThat(e.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-01T19:00:00Z");
    assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
  }

  @Test
  void lineEndings_crLfCrlf_sameResultAndLines() {
    String cr = MSH + PID + "PV1|1|I\r";
    for (String text : List.of(cr, cr.replace("\r", "\n"), cr.replace("\r", "\r\n"))) {
      AdtMessage r = only(Samples.storyConverter().convert(text));
      assertThat(withCode(r, IssueCode.HL7_NO_WARD.code())).singleElement()
          .satisfies(i -> assertThat(i.line()).isEqualTo(3));
      assertThat(withCode(r, IssueCode.HL7_NO_ADMISSION.code())).singleElement()
          .satisfies(i -> assertThat(i.line()).isEqualTo(3));
    }
  }

  @Test
  void inputStream_sameAsFile() throws Exception {
    var file = Samples.sample("valid/story-stay-feed-v24-mllp.hl7");
    Result<AdtConversion> fromFile = Samples.storyConverter().convert(file);
    Result<AdtConversion> fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = Samples.storyConverter().convert(in);
    }
    assertThat(fromStream.issues()).isEqualTo(fromFile.issues());
    assertThat(fromStream.orElseThrow().messages()).extracting(r -> r.result().value().orElseThrow())
        .isEqualTo(fromFile.orElseThrow().messages().stream().map(r -> r.result().value().orElseThrow()).toList());
  }

  @Test
  void businessRules_locatedAtTheV2Field() {
    // Discharged before admitted: the CareBridge rule fires and is located at PV1-45.
    AdtMessage r = only(Samples.storyConverter().convert(MSH + PID + pv1("20261010", "20261005", "")));
    assertThat(r.result().value()).isPresent();
    assertThat(r.bundle()).isEmpty();
    assertThat(r.result().issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("CB-DISCHARGE-002");
      assertThat(i.location().text()).isEqualTo("PV1-45");
      assertThat(i.line()).isEqualTo(3);
      assertThat(i.source()).isNotEqualTo(IssueCode.Sources.HL7V2).isNotEmpty();
    });
  }

  @Test
  void aCouncilWithTheHospitalsId_isTheRulesIssue_notAnException() {
    // One id, two different organisations: the record holds them, the rule CB-DISCHARGE-022 reports them, and no
    // message Bundle (which carries one resource per id) is written.
    Organisation sameId = Samples.SCC.toBuilder().id(Samples.UHNM.id()).build();
    AdtConverter converter = AdtConverter.builder().hospital(Samples.UHNM).clock(Samples.CLOCK)
        .context(Samples.STORY_CONTEXT.toBuilder().council(sameId).build()).build();
    AdtMessage r = only(converter.convert(MSH + PID + pv1("20261002", "20261015", "")));
    assertThat(r.result().value()).isPresent();
    assertThat(r.bundle()).isEmpty();
    assertThat(r.result().issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("CB-DISCHARGE-022");
      assertThat(i.isError()).isTrue();
      assertThat(i.message()).contains("(record field council)");
    });
  }

  @Test
  void a03WithoutTheDischargeDateTime_isAnErrorAtPv1_45_andNoNotification() {
    AdtMessage r = only(Samples.storyConverter().convert(MSH + PID + pv1("20261002", "", "")));
    assertThat(r.result().value()).isEmpty();
    assertThat(r.bundle()).isEmpty();
    assertThat(withCode(r, IssueCode.HL7_NO_DISCHARGE.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.location()).isEqualTo(Location.hl7("PV1-45"));
      assertThat(i.line()).isEqualTo(3);
    });
  }

  @Test
  void encodingCharactersTheHl7ParserRefuses_areAnErrorOfTheMessage_notAnException() {
    // MSH-2 with three characters (no escape character) passes the adapter's own check; the HL7 v2 parser refuses it
    AdtMessage r = only(Samples.storyConverter().convert(MSH.replace("^~\\&", "^~&") + PID + pv1("20261002", "20261015", "")));
    assertThat(r.result().value()).isEmpty();
    assertThat(withCode(r, IssueCode.HL7_UNPARSEABLE.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.message()).startsWith("the HL7 v2 parser could not read the message (");
    });
  }

  @Test
  void readyDateAfterDischarge_leftOutWithWarning() {
    String text = MSH + PID + pv1("20261002", "20261015", "") + "PV2|||||||||20261016\rZDR|20261016\r";
    AdtMessage r = only(Samples.storyConverter().convert(text));
    assertThat(r.bundle()).isPresent();
    assertThat(r.result().value().orElseThrow().stay().dischargeReadyDate()).isEmpty();
    // A proposed date later than the actual discharge is history, not a contradiction: it is kept.
    assertThat(r.result().value().orElseThrow().stay().proposedDischargeDate()).contains(LocalDate.of(2026, 10, 16));
    assertThat(withCode(r, IssueCode.HL7_READY_AFTER_DISCHARGE.code())).singleElement().satisfies(i -> {
      assertThat(i.location().text()).isEqualTo("ZDR-1");
      assertThat(i.line()).isEqualTo(5);
      assertThat(i.column()).isEqualTo(5);
    });
  }

  @Test
  void expectedDischargeDateOnly_noReadyDateField_noNotificationAndSaysWhy() {
    AdtMessage r = only(Samples.bareConverter().convert(A08 + PID + pv1("20261002", "", "")
        + "PV2|||||||||20261016\r"));
    assertThat(r.result().value()).isEmpty();
    assertThat(r.result().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.HL7_NO_NOTIFICATION.code());
      assertThat(i.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(i.message()).contains("PV2-9").contains("proposed").contains("dischargeReadyDateField(");
    });
  }

  @Test
  void expectedDischargeDateOnly_readyDateFieldEmpty_noNotification() {
    AdtMessage r = only(Samples.storyConverter().convert(A08 + PID + pv1("20261002", "", "")
        + "PV2|||||||||20261016\r"));
    assertThat(r.result().value()).isEmpty();
    assertThat(r.result().issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_NO_NOTIFICATION.code());
    assertThat(r.result().issues().get(0).message()).contains("ZDR-1 (discharge ready date) is empty").contains("PV2-9");
  }

  @Test
  void changedExpectedDischargeDate_sameReadyDate_noNotification() {
    String first = A08 + PID + pv1("20261002", "", "") + "PV2|||||||||20261014\rZDR|20261012\r";
    String second = first.replace("|C1|", "|C2|").replace("PV2|||||||||20261014", "PV2|||||||||20261016");
    Result<AdtConversion> c = Samples.storyConverter().convert(first + second);
    assertThat(notification(c, 0).event()).isEqualTo(DischargeEvent.DISCHARGE_READY_DATE_SET);
    AdtMessage r = c.orElseThrow().messages().get(1);
    assertThat(r.result().value()).isEmpty();
    assertThat(r.result().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.HL7_NO_NOTIFICATION.code());
      assertThat(i.message()).contains("already sent").contains("PV2-9");
    });
  }

  @Test
  void readyDateFieldPv29_readsPv29AsTheReadyDate() {
    // A trust whose PV2-9 means "clinically ready" says so; PV2-9 is then not the proposed date.
    AdtConverter converter = AdtConverter.builder().context(Samples.STORY_CONTEXT)
        .dischargeReadyDateField("PV2-9").clock(Samples.CLOCK).build();
    AdtMessage r = only(converter.convert(A08 + PID + pv1("20261002", "", "") + "PV2|||||||||20261013\r"));
    DischargeNotification n = r.result().value().orElseThrow(() -> new AssertionError(r.result().issues().toString()));
    assertThat(n.event()).isEqualTo(DischargeEvent.DISCHARGE_READY_DATE_SET);
    assertThat(n.stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 13));
    assertThat(n.stay().proposedDischargeDate()).isEmpty();
    assertThat(r.bundle()).isPresent();
  }

  @Test
  void readyDateField_componentOfAZSegment() {
    AdtConverter converter = AdtConverter.builder().context(Samples.STORY_CONTEXT)
        .dischargeReadyDateField("ZU1-3.2").clock(Samples.CLOCK).build();
    AdtMessage r = only(converter.convert(A08 + PID + pv1("20261002", "", "") + "ZU1|1||R^20261013\r"));
    assertThat(r.result().value().orElseThrow().stay().dischargeReadyDate()).contains(LocalDate.of(2026, 10, 13));
  }

  @Test
  void badDates_readyDateFieldIsAnErrorOnAnUpdate_pv29OnlyAWarning() {
    AdtMessage badReady = only(Samples.storyConverter().convert(A08 + PID + pv1("20261002", "", "")
        + "PV2|||||||||20261014\rZDR|2026-10-13\r"));
    assertThat(badReady.result().value()).isEmpty();
    assertThat(withCode(badReady, IssueCode.HL7_BAD_DATE.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.location().text()).isEqualTo("ZDR-1");
      assertThat(i.line()).isEqualTo(5);
    });
    AdtMessage badProposed = only(Samples.storyConverter().convert(A08 + PID + pv1("20261002", "", "")
        + "PV2|||||||||14/10/2026\rZDR|20261013\r"));
    assertThat(badProposed.bundle()).isPresent();
    assertThat(badProposed.result().value().orElseThrow().stay().proposedDischargeDate()).isEmpty();
    assertThat(withCode(badProposed, IssueCode.HL7_DATE_LEFT_OUT.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location().text()).isEqualTo("PV2-9");
    });
  }

  @Test
  void proposedBeforeAdmission_ruleLocatedAtPv29() {
    AdtMessage r = only(Samples.storyConverter().convert(MSH + PID + pv1("20261002", "20261015", "")
        + "PV2|||||||||20260930\r"));
    assertThat(r.bundle()).isEmpty();
    assertThat(r.result().issues()).anySatisfy(i -> {
      assertThat(i.source()).isEqualTo("carebridge-rules");
      assertThat(i.location().text()).isEqualTo("PV2-9");
      assertThat(i.line()).isEqualTo(4);
    });
  }

  @Test
  void unknownCodesAndIncompleteAddress_warnings() {
    String pid = "PID|1||9434765919^^^NHS^NH||Hollins^Margaret||19420314|Z|||12 Lichfield Road^^Stafford\r";
    AdtMessage r = only(Samples.storyConverter().convert(MSH + pid + pv1("20261002", "20261015", "1|77")));
    assertThat(r.bundle()).isPresent();
    assertThat(withCode(r, IssueCode.HL7_UNKNOWN_CODE.code())).extracting(i -> i.location().text())
        .containsExactly("PID-8", "PV1-37.1");
    assertThat(withCode(r, IssueCode.HL7_INCOMPLETE_ADDRESS.code())).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("postcode").doesNotContain("Lichfield"));
    assertThat(r.result().value().orElseThrow().person().address()).isEmpty();
    assertThat(r.result().value().orElseThrow().person().gender()).isEmpty();
  }

  @Test
  void destinationInPv136_accepted() {
    Result<AdtConversion> c = Samples.storyConverter().convert(MSH + PID + pv1("20261002", "20261015", "54"));
    Encounter e = encounter(c.orElseThrow().messages().get(0).bundle().orElseThrow());
    assertThat(e.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("54");
  }

  @Test
  void noMessageTimeAndNoControlId() {
    String msh = "MSH|^~\\&|PAS|RJE|CAREBRIDGE|SCC01|||ADT^A03||P|2.4\r";
    AdtMessage r = only(Samples.storyConverter().convert(msh + PID + pv1("20261002", "20261015", "")));
    assertThat(r.result().issues()).extracting(Issue::code)
        .contains(IssueCode.HL7_NO_CONTROL_ID.code(), IssueCode.HL7_NO_MESSAGE_TIME.code());
    assertThat(r.bundle()).isEmpty();
    assertThat(r.controlId()).isEmpty();
  }

  @Test
  void evn2_usedWhenMsh7Missing() {
    String msh = "MSH|^~\\&|PAS|RJE|CAREBRIDGE|SCC01|||ADT^A03|C9|P|2.4\rEVN|A03|20261015113500\r";
    AdtMessage r = only(Samples.storyConverter().convert(msh + PID + pv1("20261002", "20261015", "")));
    assertThat(r.result().value().orElseThrow().issuedAt()).isEqualTo(Instant.parse("2026-10-15T10:35:00Z"));
  }

  @Test
  void noHospitalAnywhere_errorUnlessConfigured() {
    String msh = "MSH|^~\\&|PAS||CAREBRIDGE|SCC01|20261015113500||ADT^A03|C1|P|2.4\r";
    String pv1 = "PV1|1|I|112" + "|".repeat(16) + "V1" + "|".repeat(25) + "20261002|20261015\r";
    AdtMessage bare = only(Samples.bareConverter().convert(msh + PID + pv1));
    assertThat(bare.result().issues()).extracting(Issue::code).contains(IssueCode.HL7_NO_HOSPITAL.code(), IssueCode.HL7_NO_WARD.code());
    AdtConverter configured = AdtConverter.builder().hospital(Samples.UHNM).siteCode("RJE01")
        .context(Samples.STORY_CONTEXT).clock(Samples.CLOCK).build();
    AdtMessage r = only(configured.convert(msh + PID + pv1));
    assertThat(r.result().isValid()).as(r.result().issues().toString()).isTrue();
    assertThat(r.result().value().orElseThrow().hospital()).isEqualTo(Samples.UHNM);
    assertThat(r.result().value().orElseThrow().stay().ward()).contains(ward("ward-112", "Ward 112", "RJE01"));
  }

  @Test
  void contextResolver_perStay() {
    List<AdtStay> seen = new ArrayList<>();
    AdtConverter converter = AdtConverter.builder().clock(Samples.CLOCK).dischargeReadyDateField("ZDR-1")
        .contextResolver(stay -> {
      seen.add(stay);
      return Samples.STORY_CONTEXT.toBuilder().previousReadyDate(LocalDate.of(2026, 10, 13)).build();
    }).build();
    AdtMessage same = only(converter.convert(Samples.sample("valid/story-a08-ready-date-v24.hl7")));
    assertThat(same.result().value()).isEmpty();
    assertThat(same.result().issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_NO_NOTIFICATION.code());
    assertThat(same.result().issues().get(0).message()).contains("already sent");
    assertThat(seen).singleElement().satisfies(s -> {
      assertThat(s.key()).isEqualTo("rje-v2610020417");
      assertThat(s.event()).isEqualTo("A08");
      assertThat(s.hospitalOdsCode()).isEqualTo("RJE");
      assertThat(s.visitNumber()).contains("V2610020417");
      assertThat(s.localPatientId()).contains("K1234567");
      assertThat(s.admissionDate()).contains(LocalDate.of(2026, 10, 2));
      assertThat(s.toString()).doesNotContain("9434765919").doesNotContain("K1234567").contains("*** *** 5919");
    });

    AdtConverter changed = AdtConverter.builder().clock(Samples.CLOCK).dischargeReadyDateField("ZDR-1")
        .contextResolver(
        stay -> AdtContext.builder().previousReadyDate(LocalDate.of(2026, 10, 12)).build()).build();
    assertThat(notification(changed.convert(Samples.sample("valid/story-a08-ready-date-v24.hl7")), 0).event())
        .isEqualTo(DischargeEvent.DISCHARGE_READY_DATE_CHANGED);
  }

  @Test
  void contextResolverFailure_issueNotException() {
    AdtConverter converter = AdtConverter.builder().clock(Samples.CLOCK).contextResolver(stay -> {
      throw new IllegalStateException("lookup failed for " + stay);
    }).build();
    AdtMessage r = only(converter.convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7")));
    assertThat(r.bundle()).isEmpty();
    assertThat(withCode(r, IssueCode.HL7_CONTEXT_FAILED.code())).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("IllegalStateException").doesNotContain("5919"));
  }

  @Test
  void fhirBase_usedForFullUrls() {
    AdtConverter converter = AdtConverter.builder().fhirBase("https://fhir.uhnm.example/r4")
        .context(Samples.STORY_CONTEXT).clock(Samples.CLOCK).build();
    Bundle b = converter.convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7")).orElseThrow().messages().get(0)
        .bundle().orElseThrow();
    assertThat(b.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("https://fhir.uhnm.example/r4/"));
  }

  @Test
  void builder_rejectsBadArgumentsAtOnce() {
    assertThatThrownBy(() -> AdtConverter.builder().siteCode("rje 01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("siteCode");
    assertThatThrownBy(() -> AdtConverter.builder().fhirBase("https://x.example/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fhirBase");
    for (String bad : List.of("zdr-1", "ZDR", "ZDR-0", "ZDR-1.", "MSH-7", "/.ZDR-1", "PV2-9.1.1")) {
      assertThatThrownBy(() -> AdtConverter.builder().dischargeReadyDateField(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dischargeReadyDateField");
    }
    assertThatThrownBy(() -> AdtConverter.builder().dischargeReadyDateField(null))
        .isInstanceOf(NullPointerException.class).hasMessage("dischargeReadyDateField must not be null");
    assertThatThrownBy(() -> AdtConverter.builder().maxInputBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxInputBytes");
    assertThatThrownBy(() -> AdtConverter.builder().context(null))
        .isInstanceOf(NullPointerException.class).hasMessage("context must not be null");
    assertThatThrownBy(() -> AdtContext.builder().council(null))
        .isInstanceOf(NullPointerException.class).hasMessage("council must not be null");
    assertThatThrownBy(() -> AdtConverter.builder().build().convert((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
  }

  @Test
  void context_toBuilderKeepsEveryValue() {
    AdtContext copy = Samples.STORY_CONTEXT.toBuilder().build();
    assertThat(copy).isEqualTo(Samples.STORY_CONTEXT);
    assertThat(AdtContext.builder().build().council()).isEqualTo(Optional.empty());
    assertThat(AdtContext.builder().build().cancelAdmitReason()).isEqualTo(WithdrawalReason.SENT_IN_ERROR);
  }

  @Test
  void nhsNumber_olderFeedWithAuthorityNhsAndNoType() {
    String pid = "PID|1||K1234567^^^RJE~9434765919^^^NHS||Hollins^Margaret||19420314|F\r";
    DischargeNotification n =
        notification(Samples.storyConverter().convert(MSH + pid + pv1("20261002", "20261015", "")), 0);
    assertThat(n.person().nhsNumber().orElseThrow().value()).isEqualTo("9434765919");
    assertThat(n.person().identifiers()).extracting(Identifier::value).containsExactly("K1234567");
  }

  @Test
  void cancelDischarge_validatesWithTheDischargeItWithdraws() {
    // "Withdraw Discharge Notice Only" may name a "patient discharged" notification (sdk-core, CB-DISCHARGE-011).
    AdtConverter converter = Samples.storyConverter();
    DischargeNotification discharged =
        notification(converter.convert(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7")), 0);
    DischargeNotification cancel =
        notification(converter.convert(Samples.sample("valid/story-a13-cancel-discharge-v24.hl7")), 0);
    assertThat(cancel.respondsTo()).contains(discharged.id());
    var result = org.carebridge.core.validation.Validator.withClock(Samples.CLOCK)
        .validate(cancel, List.of(discharged));
    assertThat(result.issues()).isEmpty();
    // The history is really checked: the same withdrawal against an unrelated notification is refused.
    var wrong = org.carebridge.core.validation.Validator.withClock(Samples.CLOCK)
        .validate(cancel, List.of(DischargeNotification.builder().id(discharged.id())
            .event(DischargeEvent.DISCHARGE_READY_DATE_SET).person(discharged.person())
            .issuedAt(discharged.issuedAt()).hospital(discharged.hospital())
            .stay(org.carebridge.core.discharge.HospitalStay.builder().dischargeReadyDate(LocalDate.of(2026, 10, 13))
                .build()).build()));
    assertThat(wrong.codes()).containsExactly("CB-DISCHARGE-011");
  }

  @Test
  void sharedConverter_sameResultsFromSeveralThreads() throws Exception {
    AdtConverter converter = Samples.storyConverter();
    var file = Samples.sample("valid/story-stay-feed-v24.hl7");
    List<DischargeNotification> expected = converter.convert(file).orElseThrow().messages().stream()
        .flatMap(r -> r.result().value().stream()).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<DischargeNotification>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> converter.convert(file).orElseThrow().messages().stream()
            .flatMap(r -> r.result().value().stream()).toList()));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void updateAfterDischarge_keepsTheStayFinished() {
    String text = A08 + PID + pv1("20261002", "20261015", "1|19") + "ZDR|20261013\r";
    AdtMessage r = only(Samples.storyConverter().convert(text));
    DischargeNotification n = r.result().value().orElseThrow(() -> new AssertionError(r.result().issues().toString()));
    assertThat(n.event()).isEqualTo(DischargeEvent.DISCHARGE_READY_DATE_SET);
    assertThat(n.stay().dischargeDate()).contains(LocalDate.of(2026, 10, 15));
    assertThat(encounter(r.bundle().orElseThrow()).getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
  }
}
