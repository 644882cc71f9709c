package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.Ward;
import org.junit.jupiter.api.Test;

/** Builders and factories reject bad arguments at once, naming the field; records copy their lists. */
class BuildersTest {

  @Test
  void ids_areCheckedWhenGiven() {
    assertThatThrownBy(() -> JointCarePlan.builder().id(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
    assertThatThrownBy(() -> JointCarePlan.builder().id("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be blank");
    assertThatThrownBy(() -> PersonalBudget.builder().id("margaret personal budget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
    assertThatThrownBy(() -> CareTeam.builder().id("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
    assertThatThrownBy(() -> JointCarePlan.builder().personalBudgetId("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personalBudgetId must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
    assertThatThrownBy(() -> DischargeNotification.builder().respondsTo(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("respondsTo must not be blank");
    assertThat(JointCarePlan.builder().id("margaret-joint-care-plan.v2")).isNotNull();
  }

  @Test
  void setters_rejectNullNamingTheField() {
    assertThatThrownBy(() -> Person.builder().nhsNumber((NhsNumber) null))
        .isInstanceOf(NullPointerException.class).hasMessage("nhsNumber must not be null");
    assertThatThrownBy(() -> Person.builder().nhsNumber(NhsNumber.parse("9434765918")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nhsNumber check digit does not match (Modulus 11)");
    assertThatThrownBy(() -> JointCarePlan.builder().reviewDate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("reviewDate must not be null");
    assertThatThrownBy(() -> JointCarePlan.builder().addService(null))
        .isInstanceOf(NullPointerException.class).hasMessage("service must not be null");
    assertThatThrownBy(() -> JointCarePlan.builder().contingencyPlan(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("contingencyPlan must not be blank");
    assertThatThrownBy(() -> PersonalBudget.builder().amount(Money.ZERO).frequency(null))
        .isInstanceOf(NullPointerException.class).hasMessage("frequency must not be null");
    assertThatThrownBy(() -> PersonalBudget.builder().addContribution(FundingContribution.of(null, Money.ZERO)))
        .isInstanceOf(NullPointerException.class).hasMessage("source must not be null");
    assertThatThrownBy(() -> CareTeam.builder().addKeyWorker(null))
        .isInstanceOf(NullPointerException.class).hasMessage("keyWorker must not be null");
    assertThatThrownBy(() -> DischargeNotification.builder().issuedAt(null))
        .isInstanceOf(NullPointerException.class).hasMessage("issuedAt must not be null");
    assertThatThrownBy(() -> PlannedService.builder().plannedUnitsPerWeek(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plannedUnitsPerWeek must be greater than zero");
    assertThatThrownBy(() -> PlannedService.builder().plannedUnitsPerWeek(BigDecimal.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plannedUnitsPerWeek must be greater than zero");
    assertThatThrownBy(() -> Need.builder().primarySupportReason(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("primarySupportReason must not be null");
    assertThatThrownBy(() -> Goal.builder().description(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be blank");
    assertThatThrownBy(() -> Ward.builder().site(OdsCode.of("rje01"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("odsCode must be 3 to 10 upper-case letters and digits");
    assertThatThrownBy(() -> BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }

  @Test
  void listArguments_nameTheNullElement() {
    assertThatThrownBy(() -> JointCarePlan.builder().services(Arrays.asList(Story.homeCare(), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("services[1] must not be null");
    assertThatThrownBy(() -> CareTeam.builder().keyWorkers(Arrays.asList((KeyWorkerAssignment) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("keyWorkers[0] must not be null");
  }

  @Test
  void build_reportsTheFirstMissingRequiredField() {
    assertThatThrownBy(() -> JointCarePlan.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessage("id is required");
    assertThatThrownBy(() -> JointCarePlan.builder().id("p").person(Story.margaret()).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("period is required");
    assertThatThrownBy(() -> PersonalBudget.builder().id("b").person(Story.margaret()).setBy(Story.COUNCIL).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("budgetType is required");
    assertThatThrownBy(() -> CareTeam.builder().id("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("person is required");
    assertThatThrownBy(() -> DischargeNotification.builder().id("n").event(DischargeEvent.ASSESSMENT_NOTICE)
        .person(Story.margaret()).issuedAt(Instant.EPOCH).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("hospital is required");
    assertThatThrownBy(() -> PlannedService.builder().description("d").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("serviceType is required");
    assertThatThrownBy(() -> Person.builder().id("p").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("name is required");
  }

  @Test
  void budgetHolder() {
    assertThat(BudgetHolder.builder().build().kind()).isEqualTo(BudgetHolder.Kind.THE_PERSON);
    assertThat(Story.budget().build().holder())
        .isEqualTo(BudgetHolder.builder().kind(BudgetHolder.Kind.THE_PERSON).build());
    assertThat(BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name("Susan Hollins").build()
        .toString()).doesNotContain("Susan");
    assertThatThrownBy(() -> new BudgetHolder(BudgetHolder.Kind.AUTHORISED_PERSON, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is required for a nominated or authorised person");
  }

  @Test
  void records_areImmutable_listsAreDefensiveCopies() {
    List<PlannedService> services = new ArrayList<>(List.of(Story.homeCare()));
    JointCarePlan.Builder builder = Story.carePlan().services(services);
    JointCarePlan plan = builder.build();
    int size = plan.services().size();
    services.add(Story.reablement());
    builder.addService(Story.reablement());
    assertThat(plan.services()).hasSize(size);
    assertThatThrownBy(() -> plan.services().add(Story.homeCare())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.needs().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.goals().remove(0)).isInstanceOf(UnsupportedOperationException.class);

    List<KeyWorkerAssignment> history = new ArrayList<>(Story.careTeam().build().keyWorkers());
    CareTeam team = new CareTeam("t", Story.margaret(), history, true, java.util.Optional.empty(),
        java.util.Optional.empty(), List.of());
    history.clear();
    assertThat(team.keyWorkers()).hasSize(2);
    assertThatThrownBy(() -> team.keyWorkers().clear()).isInstanceOf(UnsupportedOperationException.class);

    PersonalBudget budget = Story.budget().build();
    assertThatThrownBy(() -> budget.contributions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> budget.services().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void records_equalByValue() {
    assertThat(Story.carePlan().build()).isEqualTo(Story.carePlan().build())
        .hasSameHashCodeAs(Story.carePlan().build());
    assertThat(Story.budget().build()).isEqualTo(Story.budget().build());
    assertThat(Story.careTeam().build()).isEqualTo(Story.careTeam().build());
    assertThat(Story.dischargeNotice().build()).isEqualTo(Story.dischargeNotice().build());
    assertThat(Story.budget().build()).isNotEqualTo(Story.budget().amount(Money.parse("412.51"))
        .frequency(org.carebridge.core.codes.BudgetFrequency.WEEKLY).build());
    // 10.5 and 10.50 planned units are the same quantity
    assertThat(PlannedService.builder().description("d").serviceType(Story.homeCare().serviceType())
        .unitCost(Money.ZERO).costFrequency(Story.homeCare().costFrequency())
        .plannedUnitsPerWeek(new BigDecimal("10.50"))
        .fundingSource(Story.homeCare().fundingSource()).build().plannedUnitsPerWeek())
        .contains(new BigDecimal("10.5"));
  }

  @Test
  void toStrings_revealNoPersonalData() {
    String all = Story.carePlan().build().toString() + Story.budget().build() + Story.careTeam().build()
        + Story.dischargeNotice().build();
    assertThat(all).doesNotContain("Hollins", "Margaret", "9434765919", "943 476 5919", "Lichfield", "1942-03-14",
        "SCC-100234");
  }

  // ---- the care plan, need, goal, consent and care team details

  @Test
  void carePlanFields_areCheckedAndKept() {
    Actor patel = Story.SOCIAL_WORKER_PATEL;
    JointCarePlan plan = Story.carePlan().title("Care and support plan").summary("About me")
        .createdOn(java.time.LocalDate.of(2026, 10, 14)).responsibleWorker(patel)
        .addContributor(Actor.THE_PERSON).addContributor(patel).build();
    assertThat(plan.title()).contains("Care and support plan");
    assertThat(plan.responsibleWorker()).contains(patel);
    assertThat(plan.contributors()).containsExactly(Actor.THE_PERSON, patel);
    assertThatThrownBy(() -> plan.contributors().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> JointCarePlan.builder().responsibleWorker(Actor.THE_PERSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("responsibleWorker must be a member of staff");
    assertThatThrownBy(() -> JointCarePlan.builder().title(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("title must not be blank");
    // an actor is the person, a role or a practitioner: one of them, never both (the type says so)
    assertThat(List.of(Actor.THE_PERSON, Story.NURSE_JONES, Story.NURSE_JONES.practitioner()))
        .extracting(Actor::isStaff).containsExactly(false, true, true);
  }

  @Test
  void goalNeeds_notNeedsOfThePlan_areReportedNotRefused() {
    Need washing = Need.builder().primarySupportReason(org.carebridge.core.codes.PrimarySupportReason
        .PHYSICAL_PERSONAL_CARE).description("Washing").build();
    Need other = Need.builder().primarySupportReason(org.carebridge.core.codes.PrimarySupportReason
        .SOCIAL_ISOLATION_OTHER).description("Lonely").build();
    Goal goal = Goal.builder().description("Wash myself").addNeed(other).build();
    JointCarePlan notItsNeed = Story.carePlan().addNeed(washing).addGoal(goal).build();
    assertThat(org.carebridge.core.validation.Issues.single(
        org.carebridge.core.validation.Validator.withClock(Story.CLOCK).validate(notItsNeed), "CB-PLAN-012")
        .location().text()).matches("goals\\[\\d+\\]\\.needs\\[0\\]");
    assertThat(Story.carePlan().addNeed(other).addGoal(goal).build().goals()).contains(goal);
    assertThatThrownBy(() -> washing.toBuilder().recordedOn(java.time.LocalDate.of(2026, 10, 13))
        .assessedBy(Actor.THE_PERSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("assessedBy must be a member of staff");
  }

  @Test
  void serviceFields_defaultToScheduled_andScheduleIsChecked() {
    assertThat(Story.homeCare().status()).isEqualTo(PlannedService.Status.SCHEDULED);
    org.carebridge.core.careplan.ServiceSchedule daily = org.carebridge.core.careplan.ServiceSchedule.builder()
        .frequency(1).period(new BigDecimal("1.0"))
        .periodUnit(org.carebridge.core.careplan.ServiceSchedule.TimeUnit.DAY).build();
    assertThat(daily.period()).isEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> org.carebridge.core.careplan.ServiceSchedule.builder().frequency(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequency must be at least 1");
    assertThatThrownBy(() -> new org.carebridge.core.careplan.ServiceSchedule(1, BigDecimal.ONE,
        org.carebridge.core.careplan.ServiceSchedule.TimeUnit.DAY, java.util.Optional.of(BigDecimal.ONE),
        java.util.Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visitLength and visitLengthUnit must be given together");
    assertThatThrownBy(() -> daily.toBuilder().addTimeOfDay(java.time.LocalTime.of(8, 0, 0, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("timeOfDay must be whole seconds");
    assertThatThrownBy(() -> PlannedService.builder().providerDescription(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("providerDescription must not be blank");
  }

  @Test
  void consentMoment_onAnotherDayThanRecorded_isReportedNotRefused() {
    org.carebridge.core.careplan.SharingConsent consent = org.carebridge.core.careplan.SharingConsent.builder()
        .status(org.carebridge.core.codes.ConsentStatus.GIVEN).recordedOn(java.time.LocalDate.of(2026, 10, 14))
        .build();
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-10-14T11:30:00+01:00");
    assertThat(consent.toBuilder().recordedAt(at).build().recordedAt()).contains(at);
    org.carebridge.core.careplan.SharingConsent nextDay = consent.toBuilder()
        .recordedAt(java.time.OffsetDateTime.parse("2026-10-15T00:30:00+01:00")).build();
    assertThat(org.carebridge.core.validation.Issues.single(org.carebridge.core.validation.Validator
        .withClock(Story.CLOCK).validate(Story.carePlan().sharingConsent(nextDay).build()), "CB-CONSENT-004",
        "sharingConsent.recordedAt").message())
        .isEqualTo("the consent was recorded at 2026-10-15T00:30+01:00, which is not on the day it was recorded, "
            + "2026-10-14");
    assertThatThrownBy(() -> consent.toBuilder().addProtocol(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("protocol must not be blank");
    assertThatThrownBy(() -> new org.carebridge.core.careplan.SharingConsent(consent.status(), consent.legalBasis(),
        consent.recordedOn(), consent.recordedAt(), consent.description(), List.of(), List.of(), List.of(" "),
        java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("protocols[0] must not be blank");
  }

  @Test
  void newFreeTexts_stayOutOfToString() {
    String all = Story.carePlan().title("Margaret's plan").summary("Margaret Hollins lives alone")
        .addService(PlannedService.builder().description("PA").serviceType(Story.homeCare().serviceType())
            .unitCost(Money.ZERO).costFrequency(Story.homeCare().costFrequency())
            .fundingSource(Story.homeCare().fundingSource())
            .providerDescription("Margaret's personal assistant").build()).build().toString()
        + Story.careTeam().name("Margaret Hollins - care team").build();
    assertThat(all).doesNotContain("Margaret", "Hollins").contains("***");
  }

  @Test
  void toBuilder_rebuildsAnEqualRecord_thatCanThenBeChanged() {
    Person margaret = Story.margaret();
    assertThat(margaret.toBuilder().build()).isEqualTo(margaret);
    assertThat(margaret.name().toBuilder().build()).isEqualTo(margaret.name());
    assertThat(margaret.address().orElseThrow().toBuilder().build()).isEqualTo(margaret.address().orElseThrow());
    assertThat(Story.UHNM.toBuilder().build()).isEqualTo(Story.UHNM);
    assertThat(Story.NURSE_JONES.toBuilder().build()).isEqualTo(Story.NURSE_JONES);
    assertThat(Story.NURSE_JONES.practitioner().toBuilder().build()).isEqualTo(Story.NURSE_JONES.practitioner());
    JointCarePlan plan = Story.carePlan().build();
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
    assertThat(plan.needs().get(0).toBuilder().build()).isEqualTo(plan.needs().get(0));
    assertThat(plan.goals().get(0).toBuilder().build()).isEqualTo(plan.goals().get(0));
    assertThat(plan.sharingConsent().orElseThrow().toBuilder().build()).isEqualTo(plan.sharingConsent().orElseThrow());
    assertThat(Story.homeCare().toBuilder().build()).isEqualTo(Story.homeCare());
    assertThat(Story.careTeam().build().toBuilder().build()).isEqualTo(Story.careTeam().build());
    assertThat(Story.budget().build().toBuilder().build()).isEqualTo(Story.budget().build());
    DischargeNotification notice = Story.assessmentNotice().build();
    assertThat(notice.toBuilder().build()).isEqualTo(notice);
    assertThat(notice.stay().toBuilder().build()).isEqualTo(notice.stay());
    assertThat(notice.assessment().toBuilder().build()).isEqualTo(notice.assessment());
    assertThat(Story.WARD_112.toBuilder().build()).isEqualTo(Story.WARD_112);
    // a change through toBuilder leaves the original as it was
    PersonalBudget budget = Story.budget().build();
    PersonalBudget larger = budget.toBuilder().amount(Money.parse("500.00")).frequency(budget.frequency()).build();
    assertThat(larger.amount()).isEqualTo(Money.parse("500.00"));
    assertThat(budget.amount()).isEqualTo(Money.parse("412.50"));
    assertThat(larger.contributions()).isEqualTo(budget.contributions());
  }
}
