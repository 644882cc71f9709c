package org.carebridge.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodesTest {

  /** Every code list enum with its fromCode, and the size the contract gives it. */
  private record CodeList(Class<? extends Coded> type, Function<String, Optional<? extends Coded>> fromCode,
      int size, String systemId) {}

  private static final List<CodeList> ALL = List.of(
      new CodeList(ServiceType.class, ServiceType::fromCode, 9, "cld-service-type"),
      new CodeList(PrimarySupportReason.class, PrimarySupportReason::fromCode, 13, "cld-primary-support-reason"),
      new CodeList(BudgetManagement.class, BudgetManagement::fromCode, 9, "budget-management"),
      new CodeList(FundingSource.class, FundingSource::fromCode, 7, "funding-source"),
      new CodeList(CostFrequency.class, CostFrequency::fromCode, 10, "cost-frequency"),
      new CodeList(BudgetFrequency.class, BudgetFrequency::fromCode, 5, "cost-frequency"),
      new CodeList(BudgetType.class, BudgetType::fromCode, 3, "budget-type"),
      new CodeList(BudgetStage.class, BudgetStage::fromCode, 2, "budget-stage"),
      new CodeList(CarePlanCategory.class, CarePlanCategory::fromCode, 1, "care-plan-category"),
      new CodeList(CareTeamRole.class, CareTeamRole::fromCode, 1, "care-team-role"),
      new CodeList(KeyWorkerProfession.class, KeyWorkerProfession::fromCode, 5, "key-worker-profession"),
      new CodeList(DischargePathway.class, DischargePathway::fromCode, 4, "discharge-pathway"),
      new CodeList(WithdrawalReason.class, WithdrawalReason::fromCode, 13, "adw-withdrawal-reason"),
      new CodeList(ConsentStatus.class, ConsentStatus::fromCode, 3, "consent-status"),
      new CodeList(ConsentLegalBasis.class, ConsentLegalBasis::fromCode, 2, "consent-legal-basis"),
      new CodeList(CarerConsultation.class, CarerConsultation::fromCode, 3, "carer-consultation"),
      new CodeList(ChcOutcome.class, ChcOutcome::fromCode, 5, "chc-outcome"),
      new CodeList(DischargeEvent.class, DischargeEvent::fromCode, 14, null),
      new CodeList(NhsNumberVerificationStatus.class, NhsNumberVerificationStatus::fromCode, 8, null),
      new CodeList(AdministrativeGender.class, AdministrativeGender::fromCode, 4, null));

  @Test
  void everyCodeList_roundTripsThroughFromCode_andHasUniqueCodes() {
    for (CodeList list : ALL) {
      Coded[] constants = list.type().getEnumConstants();
      assertThat(constants).as(list.type().getSimpleName()).hasSize(list.size());
      Set<String> codes = new HashSet<>();
      for (Coded c : constants) {
        assertThat(codes.add(c.code())).as("duplicate code %s", c.code()).isTrue();
        assertThat(list.fromCode().apply(c.code()).map(Coded.class::cast)).contains(c);
        assertThat(c.display()).isNotBlank();
        if (list.systemId() != null) {
          assertThat(c.system()).isEqualTo("https://carebridge.org.uk/fhir/CodeSystem/" + list.systemId());
        }
      }
      assertThat(list.fromCode().apply(null)).isEmpty();
      assertThat(list.fromCode().apply("no-such-code")).isEmpty();
    }
  }

  @Test
  void codesAndDisplays_asTheContractSpellsThem() {
    assertThat(ServiceType.ST_MAX.code()).isEqualTo("st-max");
    assertThat(ServiceType.ST_MAX.display()).isEqualTo("Short Term Support: ST-Max");
    assertThat(PrimarySupportReason.PHYSICAL_ACCESS_MOBILITY.display())
        .isEqualTo("Physical Support: Access & mobility only");
    assertThat(BudgetManagement.CASSR_MANAGED.display()).isEqualTo("CASSR Managed Personal Budget");
    assertThat(FundingSource.CLIENT_CONTRIBUTION.display()).isEqualTo("The person's assessed contribution");
    assertThat(CostFrequency.FOUR_WEEKLY.code()).isEqualTo("four-weekly");
    assertThat(DischargePathway.PATHWAY_3.code()).isEqualTo("3");
    assertThat(WithdrawalReason.SENT_IN_ERROR.code()).isEqualTo("12");
    assertThat(WithdrawalReason.fromCode("01")).contains(WithdrawalReason.SAFE_TO_DISCHARGE_WITHOUT_ASSESSMENT);
    assertThat(ChcOutcome.CHECKLIST_NEGATIVE.display())
        .isEqualTo("Checklist negative: full assessment not required");
    assertThat(ServiceType.fromCode("ST-MAX")).as("codes are case-sensitive").isEmpty();
  }

  @Test
  void withdrawalReasons_inContractOrder() {
    assertThat(Arrays.stream(WithdrawalReason.values()).map(WithdrawalReason::code))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13");
  }

  @Test
  void valueSets() {
    assertThat(Arrays.stream(BudgetManagement.values()).filter(BudgetManagement::isCldDeliveryMechanism)
        .map(Coded::code))
        .containsExactly("direct-payment", "cassr-managed", "cassr-commissioned", "self-funder-metering");
    assertThat(Arrays.stream(FundingSource.values()).filter(FundingSource::isServiceFundingSource).map(Coded::code))
        .containsExactly("council", "nhs", "nhs-continuing-healthcare", "joint", "self-funded", "direct-payment");
    assertThat(Arrays.stream(FundingSource.values()).filter(FundingSource::isBudgetFundingSource).map(Coded::code))
        .containsExactly("council", "nhs", "nhs-continuing-healthcare", "joint", "client-contribution");
    assertThat(Arrays.stream(BudgetFrequency.values()).map(BudgetFrequency::toCostFrequency))
        .containsExactly(CostFrequency.WEEKLY, CostFrequency.FOUR_WEEKLY, CostFrequency.MONTHLY,
            CostFrequency.ANNUAL, CostFrequency.ONE_OFF);
    assertThat(Arrays.stream(CostFrequency.values()).filter(CostFrequency::isPerUnit))
        .containsExactly(CostFrequency.HOURLY, CostFrequency.DAILY, CostFrequency.PER_SESSION);
  }

  @Test
  void keyWorkerProfessions_carryTheirSnomedEquivalent() {
    assertThat(KeyWorkerProfession.SOCIAL_WORKER.snomedCode()).contains("106328005");
    assertThat(KeyWorkerProfession.OCCUPATIONAL_THERAPIST.snomedCode()).contains("80546007");
    assertThat(KeyWorkerProfession.PHYSIOTHERAPIST.snomedCode()).contains("36682004");
    assertThat(KeyWorkerProfession.CARE_COORDINATOR.snomedCode()).contains("768820003");
    assertThat(KeyWorkerProfession.NURSE.snomedCode()).isEmpty();
  }

  @Test
  void dischargeEvents_mapToAdwSnomedAndCareBridgeCodes() {
    assertThat(DischargeEvent.ASSESSMENT_NOTICE.code()).isEqualTo("975701000000106");
    assertThat(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT.code()).isEqualTo("975711000000108");
    assertThat(DischargeEvent.ASSESSMENT_NOTICE_REJECT.code()).isEqualTo("975721000000102");
    assertThat(DischargeEvent.DISCHARGE_NOTICE.code()).isEqualTo("975731000000100");
    assertThat(DischargeEvent.DISCHARGE_NOTICE_AGREEMENT.code()).isEqualTo("975821000000109");
    assertThat(DischargeEvent.DISCHARGE_NOTICE_DISAGREEMENT.code()).isEqualTo("975831000000106");
    assertThat(DischargeEvent.WITHDRAW_ALL.code()).isEqualTo("975841000000102");
    assertThat(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY.code()).isEqualTo("1078011000000107");
    assertThat(DischargeEvent.WITHDRAW_DISCHARGE_ONLY.code()).isEqualTo("975851000000104");
    assertThat(DischargeEvent.WITHDRAW_ACCEPT.code()).isEqualTo("1025651000000109");
    assertThat(DischargeEvent.WITHDRAW_REJECT.code()).isEqualTo("1025641000000106");
    Set<String> snomed = Arrays.stream(DischargeEvent.values())
        .filter(e -> e.system().equals("http://snomed.info/sct")).map(Coded::code).collect(Collectors.toSet());
    assertThat(snomed).hasSize(11);
    assertThat(Arrays.stream(DischargeEvent.values())
        .filter(e -> e.system().equals("https://carebridge.org.uk/fhir/CodeSystem/discharge-event"))
        .map(Coded::code))
        .containsExactly("discharge-ready-date-set", "discharge-ready-date-changed", "patient-discharged");
    assertThat(DischargeEvent.fromCode("975731000000100")).contains(DischargeEvent.DISCHARGE_NOTICE);
    assertThat(DischargeEvent.fromCoding(DischargeEvent.SNOMED, "975731000000100"))
        .contains(DischargeEvent.DISCHARGE_NOTICE);
    assertThat(DischargeEvent.fromCoding(DischargeEvent.CAREBRIDGE, "975731000000100")).isEmpty();
    assertThat(DischargeEvent.fromCoding(DischargeEvent.CAREBRIDGE, "patient-discharged"))
        .contains(DischargeEvent.PATIENT_DISCHARGED);
    assertThat(DischargeEvent.fromCoding(null, "patient-discharged")).isEmpty();
  }

  @Test
  void dischargeEvents_kinds() {
    assertThat(Arrays.stream(DischargeEvent.values()).filter(DischargeEvent::isWithdrawal))
        .containsExactly(DischargeEvent.WITHDRAW_ALL, DischargeEvent.WITHDRAW_ASSESSMENT_ONLY,
            DischargeEvent.WITHDRAW_DISCHARGE_ONLY);
    assertThat(Arrays.stream(DischargeEvent.values()).filter(DischargeEvent::isResponse)).hasSize(6);
    assertThat(DischargeEvent.ASSESSMENT_NOTICE.requiresEarlierNotice()).isFalse();
    assertThat(DischargeEvent.PATIENT_DISCHARGED.requiresEarlierNotice()).isFalse();
    assertThat(DischargeEvent.WITHDRAW_REJECT.requiresEarlierNotice()).isTrue();
  }

  @Test
  void nhsNumberVerificationStatus_isUkCore() {
    assertThat(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED.system())
        .isEqualTo("https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland");
    assertThat(NhsNumberVerificationStatus.TRACE_POSTPONED.code()).isEqualTo("08");
  }
}
