package org.carebridge.core.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.core.validation.Issues.none;
import static org.carebridge.core.validation.Issues.single;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.Person;
import org.carebridge.core.Story;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DischargeRulesTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  private static final DischargeNotification ASSESSMENT = Story.assessmentNotice().build();
  private static final DischargeNotification DISCHARGE = Story.dischargeNotice().build();

  private static DischargeNotification.Builder withdrawal(DischargeEvent event) {
    return DischargeNotification.builder()
        .id("withdrawal-example")
        .event(event)
        .person(Story.margaret())
        .issuedAt(Instant.parse("2026-10-14T10:00:00Z"))
        .hospital(Story.UHNM)
        .council(Story.COUNCIL);
  }

  private static DischargeNotification.Builder response(DischargeEvent event, String respondsTo) {
    return DischargeNotification.builder()
        .id("response-example")
        .event(event)
        .person(Story.margaret())
        .issuedAt(Instant.parse("2026-10-14T11:00:00Z"))
        .hospital(Story.UHNM)
        .council(Story.COUNCIL)
        .respondsTo(respondsTo);
  }

  private static DischargeNotification discharged(HospitalStay.Builder stay) {
    return Story.discharged().stay(stay.build()).build();
  }

  @Test
  void story_isValid() {
    none(validator.validate(ASSESSMENT));
    none(validator.validate(DISCHARGE, List.of(ASSESSMENT)));
    none(validator.validate(Story.discharged().build(), List.of(ASSESSMENT, DISCHARGE)));
  }

  @Test
  void cb_discharge_017_safeguardingDetailsOnlyWithConcerns() {
    none(validator.validate(Story.discharged().assessment(Assessment.builder().safeguardingConcerns(true)
        .safeguardingDetails("lives alone; neighbour raised concerns").build()).build()));
    Result<?> r = validator.validate(Story.discharged().assessment(Assessment.builder()
        .safeguardingConcerns(false).safeguardingDetails("lives alone; neighbour raised concerns").build()).build());
    assertThat(single(r, "CB-DISCHARGE-017", "assessment.safeguardingDetails").message())
        .isEqualTo("safeguarding details are given only when there are safeguarding concerns (safeguardingConcerns is"
            + " false)");
    assertThat(single(validator.validate(Story.discharged().assessment(Assessment.builder()
        .safeguardingDetails("x").build()).build()), "CB-DISCHARGE-017",
        "assessment.safeguardingDetails").message()).endsWith("(safeguardingConcerns is not stated)");
  }

  @Test
  void cb_discharge_001_readyDateNotBeforeAdmission() {
    none(validator.validate(discharged(Story.dischargedStay().dischargeReadyDate(LocalDate.of(2026, 10, 2)))));
    Result<?> r = validator.validate(discharged(Story.dischargedStay()
        .dischargeReadyDate(LocalDate.of(2026, 10, 1))));
    assertThat(single(r, "CB-DISCHARGE-001", "stay.dischargeReadyDate").message())
        .isEqualTo("discharge ready date 2026-10-01 is before the admission date 2026-10-02");
  }

  @Test
  void cb_discharge_002_dischargeNotBeforeReadyDate() {
    none(validator.validate(discharged(Story.dischargedStay().dischargeDate(LocalDate.of(2026, 10, 13)))));
    Result<?> r = validator.validate(discharged(Story.dischargedStay().dischargeDate(LocalDate.of(2026, 10, 12))));
    assertThat(single(r, "CB-DISCHARGE-002", "stay.dischargeDate").message())
        .isEqualTo("discharge date 2026-10-12 is before the discharge ready date 2026-10-13");
  }

  @Test
  void cb_discharge_002_dischargeNotBeforeAdmission_withoutReadyDate() {
    DischargeNotification n = DischargeNotification.builder().id("d").event(DischargeEvent.PATIENT_DISCHARGED)
        .person(Story.margaret()).issuedAt(Instant.parse("2026-10-15T16:45:00Z")).hospital(Story.UHNM)
        .stay(HospitalStay.builder().admissionDate(LocalDate.of(2026, 10, 2)).dischargeDate(LocalDate.of(2026, 10, 1))
            .build()).build();
    assertThat(single(validator.validate(n), "CB-DISCHARGE-002").message())
        .isEqualTo("discharge date 2026-10-01 is before the admission date 2026-10-02");
  }

  @Test
  void cb_discharge_003_004_016_dischargeNoticeNeedsPathwayCouncilAdmission() {
    DischargeNotification bare = DischargeNotification.builder().id("n").event(DischargeEvent.DISCHARGE_NOTICE)
        .person(Story.margaret()).issuedAt(Instant.parse("2026-10-12T14:00:00Z")).hospital(Story.UHNM).build();
    Result<?> r = validator.validate(bare);
    assertThat(r.codes()).containsExactly("CB-DISCHARGE-003", "CB-DISCHARGE-004", "CB-DISCHARGE-016");
    assertThat(single(r, "CB-DISCHARGE-003", "pathway").message())
        .isEqualTo("the Discharge Notice must state the discharge pathway");
    assertThat(single(r, "CB-DISCHARGE-004", "council").message())
        .isEqualTo("the Discharge Notice must state the receiving council");
    single(r, "CB-DISCHARGE-016", "stay.admissionDate");
  }

  @Test
  void cb_discharge_004_assessmentNoticeNeedsCouncil_butNoPathway() {
    DischargeNotification n = DischargeNotification.builder().id("n").event(DischargeEvent.ASSESSMENT_NOTICE)
        .person(Story.margaret()).issuedAt(Instant.parse("2026-10-05T09:30:00Z")).hospital(Story.UHNM)
        .stay(HospitalStay.builder().admissionDate(LocalDate.of(2026, 10, 2)).build()).build();
    assertThat(validator.validate(n).codes()).containsExactly("CB-DISCHARGE-004");
  }

  @ParameterizedTest
  @EnumSource(value = DischargeEvent.class, names = {"WITHDRAW_ALL", "WITHDRAW_ASSESSMENT_ONLY",
      "WITHDRAW_DISCHARGE_ONLY"})
  void cb_discharge_005_withdrawalNeedsReason(DischargeEvent event) {
    Result<?> r = validator.validate(withdrawal(event).respondsTo("assessment-notice-example").build());
    assertThat(single(r, "CB-DISCHARGE-005", "withdrawalReason").message())
        .isEqualTo("a withdrawal must state its reason");
    none(validator.validate(withdrawal(event).respondsTo("assessment-notice-example")
        .withdrawalReason(WithdrawalReason.DIED).build()));
  }

  @Test
  void cb_discharge_006_reasonOnlyOnWithdrawals() {
    Result<?> r = validator.validate(
        Story.discharged().withdrawalReason(WithdrawalReason.OTHER).build());
    assertThat(single(r, "CB-DISCHARGE-006", "withdrawalReason").severity()).isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest
  @EnumSource(value = DischargeEvent.class, names = {"ASSESSMENT_NOTICE_ACCEPT", "ASSESSMENT_NOTICE_REJECT",
      "DISCHARGE_NOTICE_AGREEMENT", "DISCHARGE_NOTICE_DISAGREEMENT", "WITHDRAW_ACCEPT", "WITHDRAW_REJECT"})
  void cb_discharge_007_responseNamesTheEarlierNotice(DischargeEvent event) {
    DischargeNotification n = withdrawal(event).build();
    assertThat(single(validator.validate(n), "CB-DISCHARGE-007", "respondsTo").message())
        .isEqualTo("the " + event.display() + " must name the earlier notice it responds to or withdraws");
  }

  @Test
  void cb_discharge_008_earlierNoticeMustBeKnown() {
    DischargeNotification accept = response(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT, "no-such-notice").build();
    assertThat(single(validator.validate(accept, List.of(ASSESSMENT)), "CB-DISCHARGE-008", "respondsTo")
        .message()).isEqualTo("the earlier notice 'no-such-notice' is not among the notices given");
    assertThat(validator.validate(accept).issues()).as("without a history the reference is not resolved").isEmpty();
  }

  @Test
  void cb_discharge_009_earlierNoticeForTheSamePerson() {
    Person other = Person.builder().id("other").nhsNumber(NhsNumber.parse("4000000004")).name(Story.name("X")).build();
    DischargeNotification theirs = Story.assessmentNotice().person(other).build();
    Result<?> r = validator.validate(
        response(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT, "assessment-notice-example").build(), List.of(theirs));
    assertThat(single(r, "CB-DISCHARGE-009", "respondsTo").message())
        .isEqualTo("the earlier notice 'assessment-notice-example' is about a different person")
        .doesNotContain("9434765919", "4000000004");
  }

  @Test
  void cb_discharge_010_earlierNoticeIssuedBefore() {
    DischargeNotification accept = response(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT, "assessment-notice-example")
        .issuedAt(ASSESSMENT.issuedAt()).build();
    single(validator.validate(accept, List.of(ASSESSMENT)), "CB-DISCHARGE-010", "respondsTo");
    DischargeNotification oneSecondLater = response(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT,
        "assessment-notice-example").issuedAt(ASSESSMENT.issuedAt().plusSeconds(1)).build();
    none(validator.validate(oneSecondLater, List.of(ASSESSMENT)));
  }

  @Test
  void cb_discharge_011_responseToTheRightKindOfNotice() {
    DischargeNotification agreement =
        response(DischargeEvent.DISCHARGE_NOTICE_AGREEMENT, "assessment-notice-example").build();
    assertThat(single(validator.validate(agreement, List.of(ASSESSMENT)), "CB-DISCHARGE-011").message())
        .isEqualTo("'Discharge Notice Agreement' cannot respond to 'Assessment Notice'");
    none(validator.validate(
        response(DischargeEvent.DISCHARGE_NOTICE_AGREEMENT, "discharge-notice-example").build(),
        List.of(ASSESSMENT, DISCHARGE)));
    DischargeNotification withdrawal = withdrawal(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY)
        .respondsTo("assessment-notice-example").withdrawalReason(WithdrawalReason.SENT_IN_ERROR).build();
    none(validator.validate(withdrawal, List.of(ASSESSMENT)));
    DischargeNotification withdrawAccept = response(DischargeEvent.WITHDRAW_ACCEPT, "withdrawal-example")
        .issuedAt(Instant.parse("2026-10-14T12:00:00Z")).build();
    none(validator.validate(withdrawAccept, List.of(ASSESSMENT, withdrawal)));
    single(validator.validate(response(DischargeEvent.WITHDRAW_ACCEPT, "assessment-notice-example").build(),
        List.of(ASSESSMENT)), "CB-DISCHARGE-011");
  }

  @Test
  void cb_discharge_011_aCancelledDischargeWithdrawsThePatientDischargedEvent() {
    DischargeNotification discharged = Story.discharged().build();
    DischargeNotification cancel = withdrawal(DischargeEvent.WITHDRAW_DISCHARGE_ONLY)
        .issuedAt(Instant.parse("2026-10-15T18:00:00Z"))
        .respondsTo("discharged-example").withdrawalReason(WithdrawalReason.SENT_IN_ERROR).build();
    none(validator.validate(cancel, List.of(discharged)));
    DischargeNotification assessmentOnly = withdrawal(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY)
        .issuedAt(Instant.parse("2026-10-15T18:00:00Z"))
        .respondsTo("discharged-example").withdrawalReason(WithdrawalReason.SENT_IN_ERROR).build();
    assertThat(single(validator.validate(assessmentOnly, List.of(discharged)), "CB-DISCHARGE-011").message())
        .isEqualTo("'Withdraw Assessment Notice Only' cannot respond to 'Patient discharged'");
  }

  @Test
  void cb_discharge_012_dischargedNeedsDischargeDate() {
    DischargeNotification d = Story.discharged().build();
    DischargeNotification noDate = d.toBuilder().stay(HospitalStay.builder()
        .admissionDate(d.stay().admissionDate().orElseThrow())
        .dischargeReadyDate(d.stay().dischargeReadyDate().orElseThrow()).build()).build();
    single(validator.validate(noDate), "CB-DISCHARGE-012", "stay.dischargeDate");
  }

  @Test
  void cb_discharge_013_readyDateEventsNeedTheDate() {
    DischargeNotification n = DischargeNotification.builder().id("r")
        .event(DischargeEvent.DISCHARGE_READY_DATE_SET).person(Story.margaret())
        .issuedAt(Instant.parse("2026-10-12T08:00:00Z")).hospital(Story.UHNM).build();
    assertThat(single(validator.validate(n), "CB-DISCHARGE-013", "stay.dischargeReadyDate").message())
        .isEqualTo("the Discharge ready date set must state the discharge ready date");
  }

  @Test
  void cb_discharge_014_proposedDateNotBeforeAdmission() {
    single(validator.validate(Story.assessmentNotice().stay(Story.assessmentNoticeStay()
        .proposedDischargeDate(LocalDate.of(2026, 10, 1)).build()).build()),
        "CB-DISCHARGE-014", "stay.proposedDischargeDate");
    none(validator.validate(Story.assessmentNotice().stay(Story.assessmentNoticeStay()
        .proposedDischargeDate(LocalDate.of(2026, 10, 2)).build()).build()));
  }

  @Test
  void cb_discharge_015_notIssuedInTheFuture() {
    none(validator.validate(Story.assessmentNotice().issuedAt(Story.CLOCK.instant()).build()));
    assertThat(single(validator.validate(Story.assessmentNotice()
        .issuedAt(Story.CLOCK.instant().plusSeconds(1)).build()), "CB-DISCHARGE-015", "issuedAt").message())
        .isEqualTo("the notification is issued in the future (2026-11-23T12:00:01Z, now is 2026-11-23T12:00:00Z)");
  }

  @Test
  void cb_consent_001_onADischargeNotice() {
    single(validator.validate(Story.assessmentNotice().assessment(Story.assessment()
        .consent(ConsentStatus.LACKS_CAPACITY).build()).build()), "CB-CONSENT-001", "assessment.consentLegalBasis");
    none(validator.validate(Story.assessmentNotice().assessment(Story.assessment().consent(ConsentStatus.LACKS_CAPACITY)
        .consentLegalBasis(ConsentLegalBasis.LEGAL_REPRESENTATIVE).build()).build()));
  }

  @Test
  void cb_consent_003_onADischargeNotice() {
    single(validator.validate(Story.assessmentNotice().assessment(Story.assessment().consent(ConsentStatus.GIVEN)
        .consentLegalBasis(ConsentLegalBasis.BEST_INTEREST_DECISION).build()).build()), "CB-CONSENT-003",
        "assessment.consentLegalBasis");
  }

  @Test
  void reportsEveryProblem() {
    DischargeNotification n = DischargeNotification.builder().id("w").event(DischargeEvent.WITHDRAW_ALL)
        .person(Story.margaret()).issuedAt(Instant.parse("2027-01-01T00:00:00Z")).hospital(Story.UHNM)
        .stay(HospitalStay.builder().admissionDate(LocalDate.of(2026, 10, 2))
            .dischargeReadyDate(LocalDate.of(2026, 10, 1)).build())
        .assessment(Assessment.builder().consent(ConsentStatus.LACKS_CAPACITY).build()).build();
    assertThat(validator.validate(n).codes()).containsExactly("CB-DISCHARGE-015", "CB-DISCHARGE-001",
        "CB-DISCHARGE-005", "CB-DISCHARGE-007", "CB-CONSENT-001");
  }
}
