package org.carebridge.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.core.Actor;
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
import org.carebridge.core.codes.DischargePathway;
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
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The code shown in docs/sdk/core.md: each region between "snippet:" and "end-snippet" is copied into the
 * guide, and DocsSnippetsTest fails when the two differ. The story is the contract's (example data only).
 */
class SdkGuideExamplesTest {

  private static final Organisation COUNCIL = organisation();
  private static final Organisation UHNM = Organisation.builder()
      .id("uhnm").odsCode(OdsCode.of("RJE")).name("University Hospitals of North Midlands NHS Trust").build();
  private static final Organisation MPFT = Organisation.builder()
      .id("mpft").odsCode(OdsCode.of("RRE")).name("Midlands Partnership University NHS Foundation Trust").build();

  private static Organisation organisation() {
    // snippet:organisation
    Organisation council = Organisation.builder()
        .id("staffordshire-cc")
        .odsCode(OdsCode.of("SCC01"))
        .name("Staffordshire County Council")
        .addKind(Organisation.Kind.GOVERNMENT)
        .build();
    // end-snippet
    return council;
  }

  @Test
  void valueTypes() {
    // snippet:values
    NhsNumber nhsNumber = NhsNumber.parse("943 476 5919");
    OdsCode trust = OdsCode.of("RJE");
    Money weekly = Money.parse("412.50");
    Identifier councilId = Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-100234");
    DateRange jones = DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1));
    DateRange patel = DateRange.startingOn(LocalDate.of(2026, 11, 2));   // open: no end yet
    // end-snippet
    assertThat(nhsNumber.value()).isEqualTo("9434765919");
    assertThat(trust.value()).isEqualTo("RJE");
    assertThat(weekly.pence()).isEqualTo(41250);
    assertThat(councilId.value()).isEqualTo("SCC-100234");
    assertThat(jones.overlaps(patel)).isFalse();
  }

  @Test
  void toBuilder() {
    Person margaret = margaret();
    // snippet:to-builder
    Person moved = margaret.toBuilder()
        .address(Address.builder().addLine("3 Mill Lane").city("Stafford").postcode("ST16 1AA").build())
        .build();                                   // margaret itself is unchanged: records are immutable
    // end-snippet
    assertThat(moved.id()).isEqualTo(margaret.id());
    assertThat(moved.address()).isNotEqualTo(margaret.address());
    assertThat(margaret.address().orElseThrow().postcode()).contains("ST17 4JX");
  }

  private static Person margaret() {
    // snippet:person
    Person margaret = Person.builder()
        .id("margaret-example")
        .nhsNumber(NhsNumber.parse("943 476 5919"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-100234"))
        .name(HumanName.builder().family("Hollins").addGiven("Margaret").addGiven("Elizabeth").build())
        .birthDate(LocalDate.of(1942, 3, 14))
        .gender(AdministrativeGender.FEMALE)
        .address(Address.builder().addLine("12 Lichfield Road").city("Stafford").postcode("ST17 4JX").build())
        .build();
    // end-snippet
    return margaret;
  }

  @Test
  void nhsNumber() {
    // snippet:nhs-number
    NhsNumber nhsNumber = NhsNumber.parse("9434765919");   // or "943 476 5919"
    nhsNumber.formatted();                                  // "943 476 5919"
    nhsNumber.masked();                                     // "*** *** 5919", safe for logs
    String logged = "sending record for " + nhsNumber;      // toString is masked too

    NhsNumber.isValid("9434765918");                        // false: wrong check digit
    // NhsNumber.parse("9434765918") throws IllegalArgumentException:
    //   "nhsNumber check digit does not match (Modulus 11)"
    // end-snippet
    assertThat(nhsNumber.formatted()).isEqualTo("943 476 5919");
    assertThat(logged).isEqualTo("sending record for NhsNumber[*** *** 5919]");
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
    assertThatThrownBy(() -> NhsNumber.parse("9434765918"))
        .hasMessage("nhsNumber check digit does not match (Modulus 11)");
  }

  @Test
  void builderRejectsBadArguments() {
    // snippet:builder-errors
    JointCarePlan.Builder plan = JointCarePlan.builder();
    try {
      plan.id("margaret joint care plan");
    } catch (IllegalArgumentException e) {
      // "id must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'"
    }
    // end-snippet
    assertThatThrownBy(() -> plan.id("margaret joint care plan"))
        .hasMessage("id must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
  }

  private static PlannedService homeCare() {
    // snippet:service
    PlannedService homeCare = PlannedService.builder()
        .description("Home care")
        .serviceType(ServiceType.LT_COMMUNITY)
        .provider(Organisation.builder().id("stafford-home-care").odsCode(OdsCode.of("VNX12"))
            .name("Stafford Home Care Ltd").build())
        .unitCost(Money.parse("24.50")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(new BigDecimal("10.5"))
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .build();

    homeCare.costPer(BudgetFrequency.WEEKLY);               // Optional[£257.25]
    homeCare.costPer(BudgetFrequency.MONTHLY);              // Optional[£1114.75] = 257.25 x 52 / 12
    // end-snippet
    assertThat(homeCare.costPer(BudgetFrequency.WEEKLY)).contains(Money.parse("257.25"));
    assertThat(homeCare.costPer(BudgetFrequency.MONTHLY)).contains(Money.parse("1114.75"));
    return homeCare;
  }

  private static PlannedService personalAssistant() {
    return PlannedService.builder()
        .description("Personal assistant")
        .serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse("15.50")).costFrequency(CostFrequency.HOURLY)
        .plannedUnitsPerWeek(BigDecimal.valueOf(10))
        .fundingSource(FundingSource.DIRECT_PAYMENT)
        .deliveryMechanism(BudgetManagement.DIRECT_PAYMENT)
        .build();
  }

  private static PlannedService reablement() {
    return PlannedService.builder()
        .description("Reablement, free for six weeks")
        .serviceType(ServiceType.ST_MAX)
        .provider(MPFT)
        .unitCost(Money.ZERO).costFrequency(CostFrequency.WEEKLY)
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .period(DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 25)))
        .build();
  }

  @Test
  void carePlan() {
    Person margaret = margaret();
    PlannedService homeCare = homeCare();
    PlannedService personalAssistant = personalAssistant();
    PlannedService reablement = reablement();
    PractitionerRole socialWorkerPatel = roles()[1];
    // snippet:care-plan
    Need washing = Need.builder()
        .primarySupportReason(PrimarySupportReason.PHYSICAL_PERSONAL_CARE)
        .description("Help to wash and dress")
        .recordedOn(LocalDate.of(2026, 10, 28))
        .assessedBy(socialWorkerPatel)                  // a role: a member of staff
        .build();
    JointCarePlan plan = JointCarePlan.builder()
        .id("margaret-joint-care-plan")
        .person(margaret)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .addNeed(washing)
        .addGoal(Goal.builder()
            .description("I want to stay in my own home and do my own shopping again")
            .expressedBy(Actor.THE_PERSON)
            .addNeed(washing)
            .build())
        .addService(homeCare)
        .addService(personalAssistant)
        .addService(reablement)
        .reviewDate(LocalDate.of(2027, 2, 2))
        .agreedByPersonOn(LocalDate.of(2026, 11, 4))
        .contingencyPlan("If the home care visit is missed, call the council duty team")
        .sharingConsent(SharingConsent.builder()
            .status(ConsentStatus.GIVEN)
            .recordedOn(LocalDate.of(2026, 11, 4))
            .addDecidedBy(Actor.THE_PERSON)
            .build())
        .personalBudgetId("margaret-personal-budget")
        .responsibleWorker(socialWorkerPatel)
        .addContributor(Actor.THE_PERSON)
        .addContributor(socialWorkerPatel)
        .build();
    // end-snippet
    assertThat(plan.services()).hasSize(3);
    // snippet:validate-plan
    Validator validator = Validator.create();   // system clock, Europe/London
    Result<?> result = validator.validate(plan);
    if (!result.isValid()) {
      for (Issue issue : result.errors()) {
        System.err.println(issue);   // e.g. "ERROR CB-PLAN-001 at reviewDate: review date ..."
      }
    }
    // end-snippet
    assertThat(Validator.withClock(clock()).validate(plan).issues()).isEmpty();
  }

  private static Clock clock() {
    // snippet:clock
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));
    Validator validator = Validator.withClock(clock);
    // end-snippet
    assertThat(validator).isNotNull();
    return clock;
  }

  private static PractitionerRole[] roles() {
    // snippet:roles
    PractitionerRole nurseJones = PractitionerRole.builder()
        .id("district-nurse-jones-mpft")
        .practitioner(Practitioner.builder()
            .id("district-nurse-jones")
            .name(HumanName.builder().family("Jones").addGiven("Sian").build())
            .build())
        .organisation(MPFT)
        .profession(KeyWorkerProfession.NURSE)
        .build();
    PractitionerRole socialWorkerPatel = PractitionerRole.builder()
        .id("social-worker-patel-scc")
        .practitioner(Practitioner.builder()
            .id("social-worker-patel")
            .name(HumanName.builder().family("Patel").addGiven("Ravi").build())
            .build())
        .organisation(COUNCIL)
        .profession(KeyWorkerProfession.SOCIAL_WORKER)
        .build();
    // end-snippet
    return new PractitionerRole[] {nurseJones, socialWorkerPatel};
  }

  @Test
  void careTeam() {
    Person margaret = margaret();
    PractitionerRole nurseJones = roles()[0];
    PractitionerRole socialWorkerPatel = roles()[1];
    // snippet:care-team
    CareTeam team = CareTeam.builder()
        .id("margaret-key-worker-team")
        .person(margaret)
        .addKeyWorker(KeyWorkerAssignment.of(nurseJones,
            DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1))))
        .addKeyWorker(KeyWorkerAssignment.of(socialWorkerPatel,
            DateRange.startingOn(LocalDate.of(2026, 11, 2))))
        .continuityRequired(true)
        .build();

    team.keyWorkerOn(LocalDate.of(2026, 11, 2));   // the social worker: hand-over without gap or overlap
    // end-snippet
    assertThat(team.keyWorkerOn(LocalDate.of(2026, 11, 2)).map(a -> a.keyWorker())).contains(socialWorkerPatel);
    assertThat(Validator.withClock(clock()).validate(team).issues()).isEmpty();

    // snippet:care-team-gap
    CareTeam withGap = CareTeam.builder()
        .id("margaret-key-worker-team")
        .person(margaret)
        .addKeyWorker(KeyWorkerAssignment.of(nurseJones,
            DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31))))
        .addKeyWorker(KeyWorkerAssignment.of(socialWorkerPatel,
            DateRange.startingOn(LocalDate.of(2026, 11, 2))))
        .continuityRequired(true)
        .build();
    Issue gap = Validator.withClock(clock).validate(withGap).errors().get(0);
    gap.code();       // "CB-KEYWORKER-003"
    gap.location();   // a Location.RecordPath: "keyWorkers[1].period"
    gap.message();    // "no key worker from 2026-11-01 to 2026-11-01, but the plan requires continuity"
    // end-snippet
    assertThat(gap).isEqualTo(IssueCode.KEY_WORKER_GAP.issue(Location.record("keyWorkers[1].period"),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)));
    assertThat(gap.message()).isEqualTo("no key worker from 2026-11-01 to 2026-11-01, but the plan requires continuity");
    assertThat(gap.arguments()).containsExactly(Map.entry("from", "2026-11-01"), Map.entry("to", "2026-11-01"));
  }

  private final Clock clock = clock();

  @Test
  void personalBudget() {
    Person margaret = margaret();
    PlannedService homeCare = homeCare();
    PlannedService personalAssistant = personalAssistant();
    PlannedService reablement = reablement();
    // snippet:budget
    PersonalBudget budget = PersonalBudget.builder()
        .id("margaret-personal-budget")
        .person(margaret)
        .setBy(COUNCIL)
        .budgetType(BudgetType.INTEGRATED_PERSONAL_BUDGET)
        .stage(BudgetStage.AGREED)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .amount(Money.parse("412.50")).frequency(BudgetFrequency.WEEKLY)
        .management(BudgetManagement.PART_DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.COUNCIL, Money.parse("297.50")))
        .addContribution(FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, Money.parse("65.00")))
        .addContribution(FundingContribution.of(FundingSource.NHS, Money.parse("50.00")))
        .addService(homeCare)            // £24.50 x 10.5 hours = £257.25 a week
        .addService(personalAssistant)   // £15.50 x 10 hours   = £155.00 a week
        .addService(reablement)          // ST-Max, £0.00 for six weeks
        .carePlanId("margaret-joint-care-plan")
        .build();

    budget.clientContribution();   // £65.00
    // end-snippet
    assertThat(budget.clientContribution()).isEqualTo(Money.parse("65.00"));
    assertThat(Validator.withClock(clock).validate(budget).issues()).isEmpty();

    // snippet:budget-issues
    PersonalBudget tooSmall = PersonalBudget.builder()
        .id("margaret-personal-budget")
        .person(margaret)
        .setBy(COUNCIL)
        .budgetType(BudgetType.INTEGRATED_PERSONAL_BUDGET)
        .stage(BudgetStage.INDICATIVE)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .amount(Money.parse("400.00")).frequency(BudgetFrequency.WEEKLY)
        .management(BudgetManagement.PART_DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.COUNCIL, Money.parse("297.50")))
        .addContribution(FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, Money.parse("65.00")))
        .addService(homeCare)
        .addService(personalAssistant)
        .build();

    Result<?> result = Validator.withClock(clock).validate(tooSmall);
    result.isValid();   // false
    result.codes();     // [CB-BUDGET-002, CB-BUDGET-003]: every problem, not just the first
    StringBuilder report = new StringBuilder();
    for (Issue issue : result.issues()) {
      report.append(issue).append('\n');
    }
    // ERROR CB-BUDGET-002 at contributions: funding contributions add up to £362.50 but the budget amount is £400.00
    // ERROR CB-BUDGET-003 at services: services paid from the budget cost £412.25 weekly but the budget is £400.00 weekly
    // end-snippet
    assertThat(result.isValid()).isFalse();
    assertThat(report.toString().lines()).containsExactly(
        "ERROR CB-BUDGET-002 at contributions: funding contributions add up to £362.50 but the budget amount is £400.00",
        "ERROR CB-BUDGET-003 at services: services paid from the budget cost £412.25 weekly but the budget is "
            + "£400.00 weekly");

    JointCarePlan plan = JointCarePlan.builder().id("margaret-joint-care-plan").person(margaret)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2))).reviewDate(LocalDate.of(2027, 2, 2))
        .personalBudgetId("margaret-personal-budget").build();
    // snippet:link
    Result<?> link = Validator.withClock(clock).validateLink(plan, budget);
    link.isValid();   // true: the plan names the budget, the budget names the plan, same person
    // end-snippet
    assertThat(link.issues()).isEmpty();
  }

  @Test
  void dischargeNotifications() {
    Person margaret = margaret();
    // snippet:discharge
    DischargeNotification assessmentNotice = DischargeNotification.builder()
        .id("assessment-notice-example")
        .event(DischargeEvent.ASSESSMENT_NOTICE)
        .person(margaret)
        .issuedAt(Instant.parse("2026-10-05T09:30:00Z"))
        .hospital(UHNM)
        .council(COUNCIL)
        .stay(HospitalStay.builder()
            .ward(Ward.builder().id("ward-112").name("Ward 112").site(OdsCode.of("RJE01")).build())
            .admissionDate(LocalDate.of(2026, 10, 2))
            .proposedDischargeDate(LocalDate.of(2026, 10, 13))
            .build())
        .assessment(Assessment.builder()
            .patientConsulted(true)
            .carerConsultation(CarerConsultation.NO_KNOWN_CARER)
            .consent(ConsentStatus.GIVEN)
            .build())
        .build();

    DischargeNotification dischargeNotice = DischargeNotification.builder()
        .id("discharge-notice-example")
        .event(DischargeEvent.DISCHARGE_NOTICE)
        .person(margaret)
        .issuedAt(Instant.parse("2026-10-12T14:00:00Z"))
        .hospital(UHNM)
        .council(COUNCIL)
        .pathway(DischargePathway.PATHWAY_1)
        .stay(assessmentNotice.stay().toBuilder()
            .dischargeReadyDate(LocalDate.of(2026, 10, 13))
            .build())
        .respondsTo("assessment-notice-example")
        .build();

    Validator validator = Validator.withClock(clock);
    validator.validate(assessmentNotice).isValid();                            // true
    validator.validate(dischargeNotice, List.of(assessmentNotice)).isValid();  // true
    // end-snippet
    assertThat(validator.validate(assessmentNotice).issues()).isEmpty();
    assertThat(validator.validate(dischargeNotice, List.of(assessmentNotice)).issues()).isEmpty();

    // snippet:withdrawal
    DischargeNotification withdrawal = DischargeNotification.builder()
        .id("withdrawal-example")
        .event(DischargeEvent.WITHDRAW_DISCHARGE_ONLY)
        .person(margaret)
        .issuedAt(Instant.parse("2026-10-04T08:00:00Z"))   // before the notice it withdraws
        .hospital(UHNM)
        .respondsTo("assessment-notice-example")           // an assessment notice, not a discharge notice
        .build();                                          // and no withdrawal reason

    validator.validate(withdrawal, List.of(assessmentNotice, dischargeNotice)).codes();
    // [CB-DISCHARGE-005, CB-DISCHARGE-010, CB-DISCHARGE-011]
    // end-snippet
    assertThat(validator.validate(withdrawal, List.of(assessmentNotice, dischargeNotice)).codes())
        .containsExactly("CB-DISCHARGE-005", "CB-DISCHARGE-010", "CB-DISCHARGE-011");
    assertThat(WithdrawalReason.fromCode("12")).contains(WithdrawalReason.SENT_IN_ERROR);

    // snippet:discharge-before-admission
    DischargeNotification discharged = DischargeNotification.builder()
        .id("discharged-example")
        .event(DischargeEvent.PATIENT_DISCHARGED)
        .person(margaret)
        .issuedAt(Instant.parse("2026-10-15T16:45:00Z"))
        .hospital(UHNM)
        .stay(HospitalStay.builder()
            .admissionDate(LocalDate.of(2026, 10, 2))
            .dischargeDate(LocalDate.of(2026, 10, 1))   // before the admission, as a legacy system sent it
            .build())
        .build();                                       // builds: each value on its own is well formed

    Issue order = validator.validate(discharged).errors().get(0);
    order.code();       // "CB-DISCHARGE-002"
    order.location();   // Location.RecordPath "stay.dischargeDate"
    order.message();    // "discharge date 2026-10-01 is before the admission date 2026-10-02"
    // end-snippet
    assertThat(order.code()).isEqualTo("CB-DISCHARGE-002");
    assertThat(order.location()).isEqualTo(Location.record("stay.dischargeDate"));
    assertThat(order.message()).isEqualTo("discharge date 2026-10-01 is before the admission date 2026-10-02");
  }

  @Test
  void codeLists() {
    // snippet:codes
    ServiceType.ST_MAX.code();                  // "st-max"
    ServiceType.ST_MAX.display();               // "Short Term Support: ST-Max"
    ServiceType.ST_MAX.system();                // "https://carebridge.org.uk/fhir/CodeSystem/cld-service-type"
    Optional<ServiceType> fromDatabase = ServiceType.fromCode("lt-community");   // Optional[LT_COMMUNITY]
    ServiceType.fromCode("Long Term Support: Community");                       // Optional.empty: codes only
    DischargeEvent.DISCHARGE_NOTICE.system();   // "http://snomed.info/sct"
    DischargeEvent.DISCHARGE_NOTICE.code();     // "975731000000100"
    // end-snippet
    assertThat(fromDatabase).contains(ServiceType.LT_COMMUNITY);
    assertThat(ServiceType.fromCode("Long Term Support: Community")).isEmpty();
    assertThat(ServiceType.ST_MAX.system()).isEqualTo("https://carebridge.org.uk/fhir/CodeSystem/cld-service-type");
    assertThat(DischargeEvent.DISCHARGE_NOTICE.system()).isEqualTo("http://snomed.info/sct");
  }

  @Test
  void nhsNumberFromALegacyColumn() {
    // snippet:nhs-number-issue
    Result<?> checked = Validator.create().validateNhsNumber("1234567890", "person.nhsNumber");
    checked.codes();   // [CB-NHS-003]: check digit would be 10, no valid number starts 123456789
    // end-snippet
    assertThat(checked.codes()).containsExactly("CB-NHS-003");
  }
}
