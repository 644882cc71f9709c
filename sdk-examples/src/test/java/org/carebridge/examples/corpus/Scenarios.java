package org.carebridge.examples.corpus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carebridge.core.Address;
import org.carebridge.core.DateRange;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Money;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.Ward;
import org.carebridge.examples.recipes.BuildCarePlan;
import org.carebridge.examples.recipes.HandOverKeyWorker;
import org.carebridge.examples.recipes.RaiseAndWithdrawDischargeNotice;
import org.carebridge.examples.recipes.RecordDirectPayment;
import org.carebridge.core.Story;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The positive scenario Bundles of the corpus, built with sdk-core and the mappers. {@link CorpusGenerator} writes
 * them once; {@code GeneratedPositivesTest} checks that the committed files still equal what this class builds.
 * Example data only: every name, address and NHS number is made up (the NHS numbers are valid test numbers).
 */
final class Scenarios {

  static final Instant WRITTEN = Instant.parse("2026-11-23T09:00:00Z");

  private Scenarios() {}

  /** Corpus path under positive/ -> Bundle, in a fixed order. */
  static Map<String, Bundle> all() {
    Map<String, Bundle> out = new LinkedHashMap<>();
    out.put("positive/recipes/care-plan-built-from-scratch.json", BuildCarePlan.buildCarePlan());
    out.put("positive/recipes/key-worker-hand-over.json",
        CareBridgeMapper.toFhir(HandOverKeyWorker.storyHandOver(), Story.BASE));
    out.put("positive/recipes/direct-payment-with-client-contribution.json",
        CareBridgeMapper.toFhir(RecordDirectPayment.directPayment(Story.margaret(), Money.parse("40.00")), Story.BASE));
    RaiseAndWithdrawDischargeNotice.Messages messages = RaiseAndWithdrawDischargeNotice.raiseAndWithdraw();
    out.put("positive/recipes/discharge-notice.json", messages.notice());
    out.put("positive/recipes/discharge-notice-withdrawal.json", messages.withdrawal());
    DischargeNotification[] cancelled = cancelledOperation();
    out.put("positive/scenarios/cancelled-operation-1-assessment-notice.json",
        CareBridgeMapper.toFhir(cancelled[0], "https://fhir.example.org/uhnm"));
    out.put("positive/scenarios/cancelled-operation-2-withdraw-all.json",
        CareBridgeMapper.toFhir(cancelled[1], "https://fhir.example.org/uhnm"));
    out.put("positive/scenarios/personal-health-budget-nominated-person.json",
        CareBridgeMapper.carePlanBundle(personalHealthBudget(), "https://fhir.example.org/icb", WRITTEN));
    out.put("positive/scenarios/key-worker-hand-over-across-organisations.json",
        CareBridgeMapper.carePlanBundle(handOverAcrossOrganisations(), Story.BASE, WRITTEN));
    return out;
  }

  // --- A withdrawal after a cancelled operation -------------------------------------------------------------

  /**
   * Arthur, 76, from Burton upon Trent, is admitted for a planned hip replacement; the ward sends the council an
   * assessment notice because he will need support at home afterwards. The operation is cancelled (theatre list
   * overrun), he goes home as he came, and the hospital withdraws all notices with reason 04, treatment cancelled.
   */
  static DischargeNotification[] cancelledOperation() {
    Person arthur = Person.builder()
        .id("arthur-example")
        .nhsNumber(NhsNumber.parse("9434765927"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/local-patient-id/RJE", "RJE-556021"))
        .name(name("Bennett", "Arthur"))
        .birthDate(LocalDate.of(1950, 7, 2))
        .gender(AdministrativeGender.MALE)
        .address(address("4 Horninglow Street", "Burton upon Trent", "DE14 1NG"))
        .build();
    Ward ward = Ward.builder().id("ward-orthopaedic-7").name("Ward 7 (Orthopaedics)").site(OdsCode.of("RJE01")).build();
    DischargeNotification notice = DischargeNotification.builder()
        .id("arthur-assessment-notice")
        .event(DischargeEvent.ASSESSMENT_NOTICE)
        .person(arthur)
        .issuedAt(Instant.parse("2026-11-09T11:00:00Z"))
        .hospital(Story.UHNM)
        .council(Story.COUNCIL)
        .stay(HospitalStay.builder().ward(ward).admissionDate(LocalDate.of(2026, 11, 9))
            .proposedDischargeDate(LocalDate.of(2026, 11, 14)).build())
        .assessment(Assessment.builder().patientConsulted(true).carerConsultation(CarerConsultation.CONSULTED)
            .consent(ConsentStatus.GIVEN).build())
        .build();
    DischargeNotification withdrawal = DischargeNotification.builder()
        .id("arthur-withdraw-all")
        .event(DischargeEvent.WITHDRAW_ALL)
        .person(arthur)
        .issuedAt(Instant.parse("2026-11-10T16:20:00Z"))
        .hospital(Story.UHNM)
        .council(Story.COUNCIL)
        .stay(HospitalStay.builder().ward(ward).admissionDate(LocalDate.of(2026, 11, 9)).build())
        .withdrawalReason(WithdrawalReason.TREATMENT_CANCELLED)
        .respondsTo(notice.id())
        .build();
    return new DischargeNotification[] {notice, withdrawal};
  }

  // --- A personal health budget held by a nominated person ----------------------------------------------------

  static final Organisation ICB = Organisation.builder().id("staffs-icb").odsCode(OdsCode.of("QNC"))
      .name("NHS Staffordshire and Stoke-on-Trent Integrated Care Board").build();

  private static HumanName name(String family, String given) {
    return HumanName.builder().family(family).addGiven(given).build();
  }

  private static Address address(String line, String city, String postcode) {
    return Address.builder().addLine(line).city(city).postcode(postcode).build();
  }

  private static Need need(PrimarySupportReason reason, String description) {
    return Need.builder().primarySupportReason(reason).description(description).build();
  }

  private static Goal goal(String description) {
    return Goal.builder().description(description).build();
  }

  private static SharingConsent given(LocalDate recordedOn) {
    return SharingConsent.builder().status(ConsentStatus.GIVEN).recordedOn(recordedOn).build();
  }

  private static PractitionerRole role(String id, String practitionerId, String family, String given,
      Identifier registration, Organisation organisation, KeyWorkerProfession profession) {
    return PractitionerRole.builder().id(id)
        .practitioner(Practitioner.builder().id(practitionerId).name(name(family, given)).addIdentifier(registration)
            .build())
        .organisation(organisation).profession(profession).build();
  }

  /**
   * Jamal, 34, has a learning disability and is eligible for NHS Continuing Healthcare. His personal health budget
   * is paid as a direct payment to his sister, his nominated person, who employs his personal assistants.
   */
  static CarePlanRecords personalHealthBudget() {
    Person jamal = Person.builder()
        .id("jamal-example")
        .nhsNumber(NhsNumber.parse("9434765943"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .name(name("Ahmed", "Jamal"))
        .birthDate(LocalDate.of(1992, 5, 21))
        .gender(AdministrativeGender.MALE)
        .address(address("31 Derby Street", "Leek", "ST13 5AF"))
        .build();
    PlannedService assistants = PlannedService.builder()
        .description("Personal assistants employed by his sister")
        .serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse("16.00")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(BigDecimal.valueOf(35))
        .fundingSource(FundingSource.DIRECT_PAYMENT)
        .deliveryMechanism(BudgetManagement.DIRECT_PAYMENT)
        .build();
    PlannedService dayService = PlannedService.builder()
        .description("Day service, two days a week")
        .serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse("45.00")).costFrequency(CostFrequency.PER_SESSION)
        .plannedUnitsPerWeek(BigDecimal.valueOf(2))
        .fundingSource(FundingSource.DIRECT_PAYMENT)
        .deliveryMechanism(BudgetManagement.DIRECT_PAYMENT)
        .build();
    JointCarePlan plan = JointCarePlan.builder()
        .id("jamal-joint-care-plan")
        .person(jamal)
        .period(DateRange.startingOn(LocalDate.of(2026, 9, 1)))
        .addNeed(need(PrimarySupportReason.LEARNING_DISABILITY, "Support with daily living and going out"))
        .addGoal(goal("I want the same people helping me every week"))
        .addGoal(Goal.builder().description("I want to go to the football with my friends")
            .targetDate(LocalDate.of(2027, 3, 1)).build())
        .addService(assistants)
        .addService(dayService)
        .reviewDate(LocalDate.of(2027, 3, 1))
        .agreedByPersonOn(LocalDate.of(2026, 8, 28))
        .contingencyPlan("If a personal assistant cannot come, his sister calls the agency on the contingency list")
        .sharingConsent(given(LocalDate.of(2026, 8, 28)))
        .personalBudgetId("jamal-personal-health-budget")
        .build();
    PersonalBudget budget = PersonalBudget.builder()
        .id("jamal-personal-health-budget")
        .person(jamal)
        .holder(BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name("Amina Ahmed").build())
        .setBy(ICB)
        .budgetType(BudgetType.PERSONAL_HEALTH_BUDGET)
        .stage(BudgetStage.AGREED)
        .period(DateRange.startingOn(LocalDate.of(2026, 9, 1)))
        .amount(Money.parse("650.00")).frequency(BudgetFrequency.WEEKLY)
        .management(BudgetManagement.PHB_DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.NHS_CONTINUING_HEALTHCARE, Money.parse("650.00")))
        .addService(assistants)
        .addService(dayService)
        .carePlanId("jamal-joint-care-plan")
        .build();
    return CarePlanRecords.builder().plan(plan).personalBudget(budget).build();
  }

  // --- A hand-over between key workers across organisations ---------------------------------------------------

  /**
   * Dorothy, 88, from Leek, has dementia. An occupational therapist of the community trust is her key worker
   * while her home is adapted; then a health and social care co-ordinator of the council takes over, the next
   * day, with no gap.
   */
  static CarePlanRecords handOverAcrossOrganisations() {
    Person dorothy = Person.builder()
        .id("dorothy-example")
        .nhsNumber(NhsNumber.parse("9434765935"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-118877"))
        .name(name("Walsh", "Dorothy"))
        .birthDate(LocalDate.of(1938, 1, 30))
        .gender(AdministrativeGender.FEMALE)
        .address(address("9 Ball Haye Road", "Leek", "ST13 6AF"))
        .build();
    PractitionerRole therapist = role("ot-nwosu-mpft", "ot-nwosu", "Nwosu", "Grace",
        Identifier.of("https://fhir.hl7.org.uk/Id/hcpc-number", "OT61234"), Story.MPFT,
        KeyWorkerProfession.OCCUPATIONAL_THERAPIST);
    PractitionerRole coordinator = role("coordinator-hall-scc", "coordinator-hall", "Hall", "Tom",
        Identifier.of("https://fhir.nhs.uk/Id/sds-user-id", "555087654321"), Story.COUNCIL,
        KeyWorkerProfession.CARE_COORDINATOR);
    CareTeam beforeHandOver = CareTeam.builder()
        .id("dorothy-key-worker-team")
        .person(dorothy)
        .addKeyWorker(KeyWorkerAssignment.of(therapist, DateRange.startingOn(LocalDate.of(2026, 9, 14))))
        .continuityRequired(true)
        .build();
    CareTeam team = HandOverKeyWorker.handOver(beforeHandOver, coordinator, LocalDate.of(2026, 11, 16));
    PlannedService homeCare = PlannedService.builder()
        .description("Home care, morning and evening")
        .serviceType(ServiceType.LT_COMMUNITY)
        .provider(Story.HOME_CARE)
        .unitCost(Money.parse("24.50")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(new BigDecimal("14"))
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .build();
    JointCarePlan plan = JointCarePlan.builder()
        .id("dorothy-joint-care-plan")
        .person(dorothy)
        .period(DateRange.startingOn(LocalDate.of(2026, 9, 14)))
        .addNeed(need(PrimarySupportReason.MEMORY_COGNITION, "Forgets meals and medication"))
        .addNeed(need(PrimarySupportReason.PHYSICAL_ACCESS_MOBILITY, "Cannot manage the stairs safely"))
        .addGoal(goal("I want to stay in the house I have lived in for sixty years"))
        .addService(homeCare)
        .reviewDate(LocalDate.of(2027, 3, 14))
        .agreedByPersonOn(LocalDate.of(2026, 9, 18))
        .contingencyPlan("If she is found confused or unwell, the carer calls her daughter and the GP")
        .sharingConsent(given(LocalDate.of(2026, 9, 18)))
        .build();
    return CarePlanRecords.builder().plan(plan).careTeam(team).build();
  }
}
