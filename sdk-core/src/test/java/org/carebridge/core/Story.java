package org.carebridge.core;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.Ward;

/**
 * The contract's example story (an older person in Staffordshire; example data only) as SDK objects: the
 * people, organisations and services of the story, and its valid records. The sdk-core tests start from these
 * records and change one thing; the recipes of sdk-examples share the people and organisations, so that each
 * recipe shows only its own task. Every value is an immutable sdk-core record, or a builder that is new on
 * each call; the ids are the contract's story ids.
 *
 * <p>A test fixture: it is in sdk-core's test jar ({@code carebridge-sdk-core}, classifier {@code tests}),
 * not in the SDK.
 */
public final class Story {

  /** "Now" for every test: 2026-11-23 noon in England. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

  /** Base URL the recipes use for {@code Bundle.entry.fullUrl}: {@code base/Type/id}. */
  public static final String BASE = "https://fhir.example.org/scc";

  /** The acute hospital trust. */
  public static final Organisation UHNM =
      organisation("uhnm", "RJE", "University Hospitals of North Midlands NHS Trust");
  /** Staffordshire County Council (ODS code illustrative). */
  public static final Organisation COUNCIL =
      organisation("staffordshire-cc", "SCC01", "Staffordshire County Council");
  /** The community trust. */
  public static final Organisation MPFT =
      organisation("mpft", "RRE", "Midlands Partnership University NHS Foundation Trust");

  /** A home care provider (ODS code illustrative). */
  public static final Organisation HOME_CARE =
      organisation("stafford-home-care", "SHC01", "Stafford Home Care Ltd");

  /** District nurse Jones, employed by the community trust. */
  public static final PractitionerRole NURSE_JONES = PractitionerRole.builder()
      .id("district-nurse-jones-mpft")
      .practitioner(Practitioner.builder().id("district-nurse-jones").name(name("Jones", "Sarah"))
          .addIdentifier(Identifier.of("https://fhir.hl7.org.uk/Id/nmc-number", "14A5678E")).build())
      .organisation(MPFT)
      .profession(KeyWorkerProfession.NURSE)
      .build();
  /** Social worker Patel, employed by the council. */
  public static final PractitionerRole SOCIAL_WORKER_PATEL = PractitionerRole.builder()
      .id("social-worker-patel-scc")
      .practitioner(Practitioner.builder().id("social-worker-patel").name(name("Patel", "Priya"))
          .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/swe-registration-number", "SW104321"))
          .build())
      .organisation(COUNCIL)
      .profession(KeyWorkerProfession.SOCIAL_WORKER)
      .build();

  /** Ward 112, Royal Stoke University Hospital. */
  public static final Ward WARD_112 =
      Ward.builder().id("ward-112").name("Ward 112").site(OdsCode.of("RJE01")).build();

  private Story() {}

  /** An organisation with only its id, ODS code and name. */
  public static Organisation organisation(String id, String odsCode, String name) {
    return Organisation.builder().id(id).odsCode(OdsCode.of(odsCode)).name(name).build();
  }

  /** A name with its family name and given names, in order. */
  public static HumanName name(String family, String... given) {
    HumanName.Builder b = HumanName.builder().family(family);
    for (String g : given) {
      b.addGiven(g);
    }
    return b.build();
  }

  /** A complete address: lines, town or city, postcode. */
  public static Address address(String line, String city, String postcode) {
    return Address.builder().addLine(line).city(city).postcode(postcode).build();
  }

  /**
   * The person at the centre of the story.
   *
   * @return Margaret, 84, who lives alone in Stafford (NHS number 943 476 5919, a test number)
   */
  public static Person margaret() {
    return Person.builder()
        .id("margaret-example")
        .nhsNumber(NhsNumber.parse("9434765919"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-100234"))
        .name(name("Hollins", "Margaret", "Elizabeth"))
        .birthDate(LocalDate.of(1942, 3, 14))
        .gender(AdministrativeGender.FEMALE)
        .address(address("12 Lichfield Road", "Stafford", "ST17 4JX"))
        .build();
  }

  /**
   * Home care from an agency the council commissions: £24.50 an hour, 10.5 hours a week.
   *
   * @return the service
   */
  public static PlannedService homeCare() {
    return PlannedService.builder()
        .description("Home care")
        .serviceType(ServiceType.LT_COMMUNITY)
        .provider(HOME_CARE)
        .unitCost(Money.parse("24.50")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(new BigDecimal("10.5"))
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .build();
  }

  /**
   * A personal assistant Margaret employs with her direct payment: £15.50 an hour, 10 hours a week.
   *
   * @return the service
   */
  public static PlannedService personalAssistant() {
    return PlannedService.builder()
        .description("Personal assistant")
        .serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse("15.50")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(BigDecimal.valueOf(10))
        .fundingSource(FundingSource.DIRECT_PAYMENT)
        .deliveryMechanism(BudgetManagement.DIRECT_PAYMENT)
        .build();
  }

  /**
   * Reablement after discharge (ST-Max), free for six weeks.
   *
   * @return the service
   */
  public static PlannedService reablement() {
    return PlannedService.builder()
        .description("Reablement")
        .serviceType(ServiceType.ST_MAX)
        .provider(COUNCIL)
        .unitCost(Money.ZERO).costFrequency(CostFrequency.WEEKLY)
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .period(DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 25)))
        .build();
  }

  public static JointCarePlan.Builder carePlan() {
    return JointCarePlan.builder()
        .id("margaret-joint-care-plan")
        .person(margaret())
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .addNeed(Need.builder().primarySupportReason(PrimarySupportReason.PHYSICAL_PERSONAL_CARE)
            .description("Help to wash and dress").build())
        .addGoal(Goal.builder().description("I want to stay in my own home and do my own shopping again").build())
        .addService(homeCare())
        .addService(personalAssistant())
        .addService(reablement())
        .reviewDate(LocalDate.of(2027, 2, 2))
        .agreedByPersonOn(LocalDate.of(2026, 11, 4))
        .contingencyPlan("If the home care visit is missed, call the council duty team")
        .sharingConsent(SharingConsent.builder().status(ConsentStatus.GIVEN).recordedOn(LocalDate.of(2026, 11, 4))
            .build())
        .personalBudgetId("margaret-personal-budget");
  }

  public static PersonalBudget.Builder budget() {
    return PersonalBudget.builder()
        .id("margaret-personal-budget")
        .person(margaret())
        .setBy(COUNCIL)
        .budgetType(BudgetType.INTEGRATED_PERSONAL_BUDGET)
        .stage(BudgetStage.AGREED)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .amount(Money.parse("412.50")).frequency(BudgetFrequency.WEEKLY)
        .management(BudgetManagement.PART_DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.COUNCIL, Money.parse("297.50")))
        .addContribution(FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, Money.parse("65.00")))
        .addContribution(FundingContribution.of(FundingSource.NHS, Money.parse("50.00")))
        .addService(homeCare())
        .addService(personalAssistant())
        .addService(reablement())
        .carePlanId("margaret-joint-care-plan");
  }

  public static CareTeam.Builder careTeam() {
    return CareTeam.builder()
        .id("margaret-key-worker-team")
        .person(margaret())
        .addKeyWorker(KeyWorkerAssignment.of(
            NURSE_JONES, DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1))))
        .addKeyWorker(KeyWorkerAssignment.of(
            SOCIAL_WORKER_PATEL, DateRange.startingOn(LocalDate.of(2026, 11, 2))))
        .continuityRequired(true);
  }

  public static DischargeNotification.Builder assessmentNotice() {
    return DischargeNotification.builder()
        .id("assessment-notice-example")
        .event(DischargeEvent.ASSESSMENT_NOTICE)
        .person(margaret())
        .issuedAt(Instant.parse("2026-10-05T09:30:00Z"))
        .hospital(UHNM)
        .council(COUNCIL)
        .stay(assessmentNoticeStay().build())
        .assessment(assessment().build());
  }

  /** The stay as the assessment notice states it. */
  public static HospitalStay.Builder assessmentNoticeStay() {
    return HospitalStay.builder()
        .ward(WARD_112)
        .admissionDate(LocalDate.of(2026, 10, 2))
        .proposedDischargeDate(LocalDate.of(2026, 10, 13));
  }

  /** The statements of the assessment notice. */
  public static Assessment.Builder assessment() {
    return Assessment.builder()
        .patientConsulted(true)
        .carerConsultation(CarerConsultation.NO_KNOWN_CARER)
        .consent(ConsentStatus.GIVEN)
        .chcOutcome(ChcOutcome.CHECKLIST_NEGATIVE)
        .safeguardingConcerns(false);
  }

  public static DischargeNotification.Builder dischargeNotice() {
    return DischargeNotification.builder()
        .id("discharge-notice-example")
        .event(DischargeEvent.DISCHARGE_NOTICE)
        .person(margaret())
        .issuedAt(Instant.parse("2026-10-12T14:00:00Z"))
        .hospital(UHNM)
        .council(COUNCIL)
        .pathway(DischargePathway.PATHWAY_1)
        .stay(dischargeNoticeStay().build())
        .respondsTo("assessment-notice-example");
  }

  /** The stay as the discharge notice states it. */
  public static HospitalStay.Builder dischargeNoticeStay() {
    return HospitalStay.builder()
        .ward(WARD_112)
        .admissionDate(LocalDate.of(2026, 10, 2))
        .proposedDischargeDate(LocalDate.of(2026, 10, 15))
        .dischargeReadyDate(LocalDate.of(2026, 10, 13));
  }

  public static DischargeNotification.Builder discharged() {
    return DischargeNotification.builder()
        .id("discharged-example")
        .event(DischargeEvent.PATIENT_DISCHARGED)
        .person(margaret())
        .issuedAt(Instant.parse("2026-10-15T16:45:00Z"))
        .hospital(UHNM)
        .council(COUNCIL)
        .pathway(DischargePathway.PATHWAY_1)
        .stay(dischargedStay().build());
  }

  /** The stay as the "patient discharged" event states it. */
  public static HospitalStay.Builder dischargedStay() {
    return HospitalStay.builder()
        .admissionDate(LocalDate.of(2026, 10, 2))
        .dischargeReadyDate(LocalDate.of(2026, 10, 13))
        .dischargeDate(LocalDate.of(2026, 10, 15));
  }
}
