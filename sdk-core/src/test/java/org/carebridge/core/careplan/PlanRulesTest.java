package org.carebridge.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.core.validation.Issues.none;
import static org.carebridge.core.validation.Issues.single;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.Person;
import org.carebridge.core.Story;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  private static JointCarePlan without(JointCarePlan p, boolean needs, boolean goals, boolean contingency,
      boolean consent, boolean agreement) {
    return new JointCarePlan(p.id(), p.person(), p.period(), needs ? List.of() : p.needs(),
        goals ? List.of() : p.goals(), p.services(), p.reviewDate(),
        agreement ? Optional.empty() : p.agreedByPersonOn(),
        contingency ? Optional.empty() : p.contingencyPlan(),
        consent ? Optional.empty() : p.sharingConsent(), p.personalBudgetId(), p.title(), p.summary(), p.createdOn(),
        p.responsibleWorker(), p.contributors());
  }

  private static SharingConsent.Builder consent(ConsentStatus status) {
    return SharingConsent.builder().status(status).recordedOn(LocalDate.of(2026, 11, 4));
  }

  @Test
  void story_isValid() {
    none(validator.validate(Story.carePlan().build()));
  }

  @Test
  void cb_plan_001_reviewDateMustBeAfterStart() {
    // boundary: the day after the start is fine, the start itself is not
    none(validator.validate(
        Story.carePlan().reviewDate(LocalDate.of(2026, 11, 24)).build()));
    Result<?> sameDay = validator.validate(Story.carePlan().reviewDate(LocalDate.of(2026, 11, 2)).build());
    assertThat(single(sameDay, "CB-PLAN-001", "reviewDate").message())
        .isEqualTo("review date 2026-11-02 must be after the plan start 2026-11-02");
    single(validator.validate(Story.carePlan().reviewDate(LocalDate.of(2026, 10, 1)).build()), "CB-PLAN-001");
  }

  @Test
  void cb_plan_002_agreementNotInTheFuture() {
    none(validator.validate(Story.carePlan().agreedByPersonOn(LocalDate.of(2026, 11, 23)).build()));
    Result<?> tomorrow =
        validator.validate(Story.carePlan().agreedByPersonOn(LocalDate.of(2026, 11, 24)).build());
    assertThat(single(tomorrow, "CB-PLAN-002", "agreedByPersonOn").message())
        .isEqualTo("the person's agreement date 2026-11-24 is in the future (today is 2026-11-23)");
  }

  @Test
  void cb_plan_002_todayFollowsTheClockZone() {
    // 2026-06-30T23:30Z is already 1 July in London (BST): an agreement dated 1 July is not in the future.
    Clock summerNight = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
    JointCarePlan plan = Story.carePlan().period(DateRange.startingOn(LocalDate.of(2026, 6, 1)))
        .agreedByPersonOn(LocalDate.of(2026, 7, 1)).build();
    assertThat(Validator.withClock(summerNight).validate(plan).withCode("CB-PLAN-002")).isEmpty();
    Clock utc = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneId.of("UTC"));
    single(Validator.withClock(utc).validate(plan), "CB-PLAN-002");
  }

  @Test
  void cb_plan_011_agreementNotAfterReview() {
    Validator later = Validator.withClock(
        Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneId.of("Europe/London")));
    JointCarePlan onReviewDay = Story.carePlan().agreedByPersonOn(LocalDate.of(2027, 2, 2)).build();
    assertThat(later.validate(onReviewDay).withCode("CB-PLAN-011")).isEmpty();
    JointCarePlan dayAfter = Story.carePlan().agreedByPersonOn(LocalDate.of(2027, 2, 3)).build();
    assertThat(single(later.validate(dayAfter), "CB-PLAN-011", "agreedByPersonOn").message())
        .isEqualTo("the person's agreement date 2027-02-03 is after the review date 2027-02-02");
  }

  @Test
  void cb_consent_003_legalBasisOnlyWithoutThePersonsOwnConsent() {
    JointCarePlan plan = Story.carePlan().sharingConsent(consent(ConsentStatus.GIVEN)
        .legalBasis(ConsentLegalBasis.LEGAL_REPRESENTATIVE).build()).build();
    assertThat(single(validator.validate(plan), "CB-CONSENT-003", "sharingConsent.legalBasis").message())
        .isEqualTo("a legal basis is stated only when the person has not given consent themselves");
    JointCarePlan refusedWithBasis = Story.carePlan().sharingConsent(consent(ConsentStatus.REFUSED)
        .legalBasis(ConsentLegalBasis.LEGAL_REPRESENTATIVE).build()).build();
    assertThat(validator.validate(refusedWithBasis).withCode("CB-CONSENT-003")).isEmpty();
  }

  @Test
  void cb_plan_003_to_008_missingParts() {
    JointCarePlan bare = without(Story.carePlan().build(), true, true, true, true, true);
    Result<?> r = validator.validate(bare);
    assertThat(r.codes()).containsExactly("CB-PLAN-003", "CB-PLAN-004", "CB-PLAN-005", "CB-PLAN-006", "CB-PLAN-008");
    assertThat(r.issues()).allMatch(i -> i.severity() == Severity.WARNING);
    assertThat(r.isValid()).as("warnings only").isTrue();
    single(r, "CB-PLAN-003", "agreedByPersonOn");
    single(r, "CB-PLAN-004", "needs");
    single(r, "CB-PLAN-005", "goals");
    single(r, "CB-PLAN-006", "contingencyPlan");
    single(r, "CB-PLAN-008", "sharingConsent");
  }

  @Test
  void cb_plan_007_reviewOverdue() {
    Validator later = Validator.withClock(
        Clock.fixed(Instant.parse("2027-02-03T12:00:00Z"), ZoneId.of("Europe/London")));
    assertThat(single(later.validate(Story.carePlan().build()), "CB-PLAN-007", "reviewDate").message())
        .isEqualTo("review date 2027-02-02 has passed (today is 2027-02-03)");
    Validator onTheDay = Validator.withClock(
        Clock.fixed(Instant.parse("2027-02-02T12:00:00Z"), ZoneId.of("Europe/London")));
    none(onTheDay.validate(Story.carePlan().build()));
  }

  @Test
  void cb_consent_001_lacksCapacityNeedsLegalBasis() {
    JointCarePlan plan = Story.carePlan()
        .sharingConsent(consent(ConsentStatus.LACKS_CAPACITY).build()).build();
    assertThat(single(validator.validate(plan), "CB-CONSENT-001", "sharingConsent.legalBasis").severity())
        .isEqualTo(Severity.ERROR);
    JointCarePlan withBasis = Story.carePlan().sharingConsent(consent(ConsentStatus.LACKS_CAPACITY)
        .legalBasis(ConsentLegalBasis.BEST_INTEREST_DECISION).build()).build();
    none(validator.validate(withBasis));
  }

  @Test
  void cb_consent_002_refusedSharing() {
    JointCarePlan plan = Story.carePlan()
        .sharingConsent(consent(ConsentStatus.REFUSED).build()).build();
    assertThat(single(validator.validate(plan), "CB-CONSENT-002", "sharingConsent.status").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void cb_nhs_004_personWithoutNhsNumber() {
    Person noNumber = Person.builder().id("margaret-example").name(Story.name("Hollins")).build();
    assertThat(single(validator.validate(Story.carePlan().person(noNumber).build()), "CB-NHS-004",
        "person.nhsNumber").message()).doesNotContain("Hollins");
  }

  @Test
  void link_story_isValid() {
    none(validator.validateLink(Story.carePlan().build(), Story.budget().build()));
  }

  @Test
  void cb_plan_009_planAndBudgetMustNameEachOther() {
    JointCarePlan plan = Story.carePlan().personalBudgetId("another-budget").build();
    PersonalBudget budget = Story.budget().carePlanId("another-plan").build();
    Result<?> r = validator.validateLink(plan, budget);
    assertThat(r.withCode("CB-PLAN-009")).extracting(i -> i.location() + ": " + i.message()).containsExactly(
        "plan.personalBudgetId: the plan links personal budget 'another-budget', not 'margaret-personal-budget'",
        "budget.carePlanId: the budget belongs to care plan 'another-plan', not 'margaret-joint-care-plan'");
    JointCarePlan p = Story.carePlan().build();
    JointCarePlan unlinked = new JointCarePlan(p.id(), p.person(), p.period(), p.needs(), p.goals(),
        p.services(), p.reviewDate(), p.agreedByPersonOn(), p.contingencyPlan(), p.sharingConsent(),
        Optional.empty(), p.title(), p.summary(), p.createdOn(), p.responsibleWorker(), p.contributors());
    assertThat(single(validator.validateLink(unlinked, Story.budget().build()), "CB-PLAN-009").message())
        .isEqualTo("the plan does not link personal budget 'margaret-personal-budget'");
  }

  @Test
  void cb_plan_010_planAndBudgetForTheSamePerson() {
    Person someoneElse = Person.builder().id("someone-else").nhsNumber(NhsNumber.parse("4000000004"))
        .name(Story.name("X"))
        .build();
    single(validator.validateLink(Story.carePlan().build(), Story.budget().person(someoneElse).build()),
        "CB-PLAN-010", "budget.person");
  }
}
