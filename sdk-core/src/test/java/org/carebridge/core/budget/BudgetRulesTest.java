package org.carebridge.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.core.validation.Issues.none;
import static org.carebridge.core.validation.Issues.single;

import java.math.BigDecimal;
import org.carebridge.core.Money;
import org.carebridge.core.Story;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  private static PersonalBudget.Builder budgetWithoutServicesOrContributions(String amount, BudgetFrequency f) {
    return PersonalBudget.builder()
        .id("b")
        .person(Story.margaret())
        .setBy(Story.COUNCIL)
        .budgetType(BudgetType.INTEGRATED_PERSONAL_BUDGET)
        .stage(org.carebridge.core.codes.BudgetStage.AGREED)
        .period(org.carebridge.core.DateRange.startingOn(java.time.LocalDate.of(2026, 11, 2)))
        .amount(Money.parse(amount)).frequency(f)
        .management(BudgetManagement.PART_DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.COUNCIL, Money.parse(amount)));
  }

  private static PlannedService weekly(String cost) {
    return PlannedService.builder().description("s").serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse(cost)).costFrequency(CostFrequency.WEEKLY).fundingSource(FundingSource.COUNCIL).build();
  }

  @Test
  void story_isValid() {
    none(validator.validate(Story.budget().build()));
  }

  @Test
  void story_clientContribution_isDerivedFromContributions() {
    PersonalBudget budget = Story.budget().build();
    assertThat(budget.clientContribution()).isEqualTo(Money.parse("65.00"));
    assertThat(budget.contributionsTotal()).isEqualTo(Money.parse("412.50"));
  }

  @Test
  void cb_budget_001_negativeAmount() {
    Result<?> r = validator.validate(
        budgetWithoutServicesOrContributions("-0.01", BudgetFrequency.WEEKLY).build());
    // The helper's single contribution equals the amount, so it is negative too.
    assertThat(r.withCode("CB-BUDGET-001")).extracting(i -> i.location().text())
        .containsExactly("amount", "contributions[0].amount");
    Issue issue = r.withCode("CB-BUDGET-001").get(0);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.message()).isEqualTo("amount -£0.01 must not be negative");
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void cb_budget_001_zeroIsNotNegative() {
    assertThat(validator.validate(budgetWithoutServicesOrContributions("0.00", BudgetFrequency.WEEKLY).build())
        .withCode("CB-BUDGET-001")).isEmpty();
  }

  @Test
  void cb_budget_001_negativeContribution() {
    PersonalBudget budget = budgetWithoutServicesOrContributions("10.00", BudgetFrequency.WEEKLY)
        .addContribution(FundingContribution.of(FundingSource.NHS, Money.parse("-5.00")))
        .addContribution(FundingContribution.of(FundingSource.NHS, Money.parse("5.00")))
        .build();
    Result<?> r = validator.validate(budget);
    assertThat(single(r, "CB-BUDGET-001", "contributions[1].amount").message())
        .isEqualTo("amount -£5.00 must not be negative");
    assertThat(r.withCode("CB-BUDGET-002")).as("-5 + 5 still adds up").isEmpty();
  }

  @Test
  void cb_budget_002_contributionsMustAddUp() {
    PersonalBudget budget = Story.budget().build();
    PersonalBudget wrong = new PersonalBudget(budget.id(), budget.person(), budget.holder(), budget.setBy(),
        budget.budgetType(), budget.stage(), budget.period(), budget.amount(), budget.frequency(),
        budget.management(),
        java.util.List.of(FundingContribution.of(FundingSource.COUNCIL, Money.parse("297.50")),
            FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, Money.parse("65.00")),
            FundingContribution.of(FundingSource.NHS, Money.parse("49.99"))),
        budget.services(), budget.carePlanId(), budget.label(), budget.description());
    Issue issue = single(validator.validate(wrong), "CB-BUDGET-002", "contributions");
    assertThat(issue.message()).isEqualTo("funding contributions add up to £412.49 but the budget amount is £412.50");
  }

  @Test
  void cb_budget_002_tooMuchIsAlsoWrong() {
    PersonalBudget budget = Story.budget().addContribution(FundingContribution.of(FundingSource.JOINT, new Money(1)))
        .build();
    assertThat(single(validator.validate(budget), "CB-BUDGET-002").message())
        .isEqualTo("funding contributions add up to £412.51 but the budget amount is £412.50");
  }

  @Test
  void cb_budget_003_servicesWithinBudget_boundary() {
    // The story's services cost 257.25 + 155.00 + 0.00 = 412.25 a week.
    PersonalBudget exact = budgetWithoutServicesOrContributions("412.25", BudgetFrequency.WEEKLY)
        .addService(Story.homeCare()).addService(Story.personalAssistant()).addService(Story.reablement())
        .build();
    none(validator.validate(exact));
    PersonalBudget onePennyShort = budgetWithoutServicesOrContributions("412.24", BudgetFrequency.WEEKLY)
        .addService(Story.homeCare()).addService(Story.personalAssistant()).addService(Story.reablement())
        .build();
    Issue issue = single(validator.validate(onePennyShort), "CB-BUDGET-003", "services");
    assertThat(issue.message())
        .isEqualTo("services paid from the budget cost £412.25 weekly but the budget is £412.24 weekly");
  }

  @Test
  void cb_budget_003_convertsToTheBudgetPeriod() {
    // 412.25 a week = 1649.00 four-weekly; = 21437.00 a year; monthly 412.25 x 52 / 12 = 1786.4166 -> rounded
    // per service: 1114.75 + 671.67 + 0.00 = 1786.42.
    for (String[] c : new String[][] {
        {"1649.00", "FOUR_WEEKLY", "1648.99"}, {"21437.00", "ANNUAL", "21436.99"}, {"1786.42", "MONTHLY", "1786.41"}}) {
      BudgetFrequency f = BudgetFrequency.valueOf(c[1]);
      PersonalBudget enough = budgetWithoutServicesOrContributions(c[0], f)
          .addService(Story.homeCare()).addService(Story.personalAssistant()).build();
      none(validator.validate(enough));
      PersonalBudget tooLittle = budgetWithoutServicesOrContributions(c[2], f)
          .addService(Story.homeCare()).addService(Story.personalAssistant()).build();
      assertThat(single(validator.validate(tooLittle), "CB-BUDGET-003").message())
          .isEqualTo("services paid from the budget cost £" + c[0] + " " + f.code()
              + " but the budget is £" + c[2] + " " + f.code());
    }
  }

  @Test
  void cb_budget_004_contributionSourceMustBeABudgetFundingSource() {
    PersonalBudget budget = budgetWithoutServicesOrContributions("10.00", BudgetFrequency.WEEKLY)
        .addContribution(FundingContribution.of(FundingSource.SELF_FUNDED, Money.ZERO)).build();
    assertThat(single(validator.validate(budget), "CB-BUDGET-004", "contributions[1].source").message())
        .isEqualTo("funding source 'self-funded' is not allowed for a budget contribution (value set "
            + "budget-funding-source)");
  }

  @Test
  void cb_budget_005_oneOffCostLeftOutOfRecurringComparison() {
    PlannedService adaptation = PlannedService.builder().description("Grab rails")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.parse("900.00")).costFrequency(CostFrequency.ONE_OFF)
        .fundingSource(FundingSource.COUNCIL).build();
    Result<?> r = validator.validate(Story.budget().addService(adaptation).build());
    Issue issue = single(r, "CB-BUDGET-005", "services[3].unitCost");
    assertThat(issue.severity()).isEqualTo(Severity.INFORMATION);
    assertThat(r.withCode("CB-BUDGET-003")).isEmpty();
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void cb_budget_006_recurringCostInOneOffBudget() {
    PlannedService equipment = PlannedService.builder().description("Equipment")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.parse("300.00")).costFrequency(CostFrequency.ONE_OFF)
        .fundingSource(FundingSource.COUNCIL).build();
    PersonalBudget budget = budgetWithoutServicesOrContributions("300.00", BudgetFrequency.ONE_OFF)
        .addService(equipment).addService(weekly("10.00")).build();
    Result<?> r = validator.validate(budget);
    assertThat(single(r, "CB-BUDGET-006", "services[1].costFrequency").severity()).isEqualTo(Severity.WARNING);
    assertThat(r.withCode("CB-BUDGET-003")).as("300.00 one-off fits").isEmpty();
    PersonalBudget over = budgetWithoutServicesOrContributions("299.99", BudgetFrequency.ONE_OFF)
        .addService(equipment).build();
    assertThat(single(validator.validate(over), "CB-BUDGET-003").message())
        .isEqualTo("services paid from the budget cost £300.00 one-off but the budget is £299.99 one-off");
  }

  @Test
  void cb_budget_007_noContributions() {
    PersonalBudget b = Story.budget().build();
    PersonalBudget none = new PersonalBudget(b.id(), b.person(), b.holder(), b.setBy(), b.budgetType(),
        b.stage(), b.period(), b.amount(), b.frequency(), b.management(), java.util.List.of(), b.services(),
        b.carePlanId(), b.label(), b.description());
    Result<?> r = validator.validate(none);
    assertThat(single(r, "CB-BUDGET-007", "contributions").severity()).isEqualTo(Severity.WARNING);
    assertThat(r.withCode("CB-BUDGET-002")).isEmpty();
  }

  @Test
  void cb_budget_008_managementMustFitTheBudgetType() {
    PersonalBudget socialCare = Story.budget().budgetType(BudgetType.PERSONAL_BUDGET)
        .management(BudgetManagement.PHB_NOTIONAL).build();
    assertThat(single(validator.validate(socialCare), "CB-BUDGET-008", "management").message())
        .isEqualTo("management option 'phb-notional' does not fit a budget of type 'personal-budget'");
    PersonalBudget health = Story.budget().budgetType(BudgetType.PERSONAL_HEALTH_BUDGET)
        .management(BudgetManagement.CASSR_MANAGED).build();
    single(validator.validate(health), "CB-BUDGET-008");
    PersonalBudget healthDirect = Story.budget().budgetType(BudgetType.PERSONAL_HEALTH_BUDGET)
        .management(BudgetManagement.PHB_DIRECT_PAYMENT).build();
    assertThat(validator.validate(healthDirect).withCode("CB-BUDGET-008")).isEmpty();
    PersonalBudget integrated = Story.budget().management(BudgetManagement.PHB_THIRD_PARTY).build();
    assertThat(validator.validate(integrated).withCode("CB-BUDGET-008")).isEmpty();
  }

  @Test
  void cb_budget_009_directPaymentServiceNeedsADirectPaymentBudget() {
    // The story's personal assistant is paid by direct payment (delivery mechanism and funding source).
    for (BudgetManagement allowed : new BudgetManagement[] {BudgetManagement.DIRECT_PAYMENT,
        BudgetManagement.PART_DIRECT_PAYMENT, BudgetManagement.PHB_DIRECT_PAYMENT}) {
      assertThat(validator.validate(Story.budget().management(allowed).build()).withCode("CB-BUDGET-009"))
          .as("management %s", allowed).isEmpty();
    }
    Result<?> r = validator.validate(Story.budget().management(BudgetManagement.CASSR_MANAGED).build());
    assertThat(single(r, "CB-BUDGET-009", "services[1].deliveryMechanism").message())
        .isEqualTo("a service paid by direct payment needs a budget managed wholly or partly as a direct "
            + "payment (the budget's management is 'cassr-managed')");
    PlannedService fundedByDirectPayment = PlannedService.builder().description("Day centre")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.parse("30.00")).costFrequency(CostFrequency.WEEKLY)
        .fundingSource(FundingSource.DIRECT_PAYMENT).build();
    PersonalBudget budget = budgetWithoutServicesOrContributions("30.00", BudgetFrequency.WEEKLY)
        .management(BudgetManagement.INDIVIDUAL_SERVICE_FUND).addService(fundedByDirectPayment).build();
    single(validator.validate(budget), "CB-BUDGET-009", "services[0].fundingSource");
  }

  @Test
  void serviceRules_inABudget() {
    PlannedService negative = weekly("-1.00");
    PlannedService hourlyWithoutUnits = PlannedService.builder().description("h")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.parse("20.00")).costFrequency(CostFrequency.HOURLY)
        .fundingSource(FundingSource.COUNCIL).build();
    PlannedService wrongMechanism = PlannedService.builder().description("m")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.ZERO).costFrequency(CostFrequency.WEEKLY)
        .fundingSource(FundingSource.COUNCIL).deliveryMechanism(BudgetManagement.PART_DIRECT_PAYMENT).build();
    PlannedService wrongSource = PlannedService.builder().description("f")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.ZERO).costFrequency(CostFrequency.WEEKLY)
        .fundingSource(FundingSource.CLIENT_CONTRIBUTION).build();
    PlannedService unitsUnused = PlannedService.builder().description("u")
        .serviceType(ServiceType.LT_COMMUNITY).unitCost(Money.ZERO).costFrequency(CostFrequency.WEEKLY)
        .plannedUnitsPerWeek(BigDecimal.ONE).fundingSource(FundingSource.COUNCIL).build();
    PersonalBudget budget = budgetWithoutServicesOrContributions("100.00", BudgetFrequency.WEEKLY)
        .addService(negative).addService(hourlyWithoutUnits).addService(wrongMechanism)
        .addService(wrongSource).addService(unitsUnused).build();
    Result<?> r = validator.validate(budget);
    assertThat(single(r, "CB-SERVICE-001", "services[0].unitCost").message())
        .isEqualTo("unit cost -£1.00 must not be negative");
    assertThat(single(r, "CB-SERVICE-002", "services[1].plannedUnitsPerWeek").message())
        .isEqualTo("cost frequency 'hourly' needs planned units per week");
    assertThat(single(r, "CB-SERVICE-003", "services[2].deliveryMechanism").message()).startsWith(
        "delivery mechanism 'part-direct-payment' is not a CLD delivery mechanism");
    single(r, "CB-SERVICE-004", "services[3].fundingSource");
    assertThat(single(r, "CB-SERVICE-005", "services[4].plannedUnitsPerWeek").severity())
        .isEqualTo(Severity.WARNING);
    assertThat(r.codes()).as("every problem, not just the first")
        .containsExactly("CB-SERVICE-001", "CB-SERVICE-002", "CB-SERVICE-003", "CB-SERVICE-004", "CB-SERVICE-005");
  }

  @Test
  void reportsEveryProblem_notTheFirst() {
    PersonalBudget budget = Story.budget()
        .budgetType(BudgetType.PERSONAL_BUDGET)
        .management(BudgetManagement.PHB_NOTIONAL)
        .addContribution(FundingContribution.of(FundingSource.DIRECT_PAYMENT, Money.parse("-1.00")))
        .addService(weekly("500.00"))
        .build();
    assertThat(validator.validate(budget).codes()).containsExactly(
        "CB-BUDGET-001", "CB-BUDGET-004", "CB-BUDGET-002", "CB-BUDGET-008", "CB-BUDGET-009", "CB-BUDGET-003");
  }
}
