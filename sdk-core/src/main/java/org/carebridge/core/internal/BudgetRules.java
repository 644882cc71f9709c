package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.Money;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;

/** Rules over a personal budget. Not API. */
public final class BudgetRules {

  private static final Set<BudgetManagement> COUNCIL_ONLY = EnumSet.of(
      BudgetManagement.CASSR_MANAGED, BudgetManagement.CASSR_COMMISSIONED,
      BudgetManagement.SELF_FUNDER_METERING);

  private static final Set<BudgetManagement> DIRECT_PAYMENT_MANAGEMENT = EnumSet.of(
      BudgetManagement.DIRECT_PAYMENT, BudgetManagement.PART_DIRECT_PAYMENT,
      BudgetManagement.PHB_DIRECT_PAYMENT);

  private BudgetRules() {}

  /**
   * Checks one budget.
   *
   * @param budget the budget
   * @return the issues, in rule order
   */
  public static List<Issue> validate(PersonalBudget budget) {
    List<Issue> issues = new ArrayList<>();
    CommonRules.person(budget.person(), "person", issues);
    if (budget.amount().isNegative()) {
      issues.add(at(IssueCode.BUDGET_AMOUNT_NEGATIVE, "amount", budget.amount()));
    }
    List<FundingContribution> contributions = budget.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      FundingContribution c = contributions.get(i);
      if (c.amount().isNegative()) {
        issues.add(at(IssueCode.BUDGET_AMOUNT_NEGATIVE, "contributions[" + i + "].amount", c.amount()));
      }
      if (!c.source().isBudgetFundingSource()) {
        issues.add(at(IssueCode.BUDGET_FUNDING_SOURCE, "contributions[" + i + "].source", c.source().code()));
      }
    }
    if (contributions.isEmpty()) {
      issues.add(at(IssueCode.BUDGET_NO_CONTRIBUTIONS, "contributions"));
    } else if (!budget.contributionsTotal().equals(budget.amount())) {
      issues.add(at(IssueCode.BUDGET_CONTRIBUTIONS_SUM, "contributions", budget.contributionsTotal(), budget.amount()));
    }
    managementFitsType(budget, issues);
    CommonRules.services(budget.services(), "services", issues);
    directPaymentServices(budget, issues);
    servicesWithinBudget(budget, issues);
    return issues;
  }

  private static void managementFitsType(PersonalBudget budget, List<Issue> issues) {
    BudgetManagement management = budget.management();
    boolean misfit =
        (budget.budgetType() == BudgetType.PERSONAL_BUDGET && management.isPersonalHealthBudgetOption())
            || (budget.budgetType() == BudgetType.PERSONAL_HEALTH_BUDGET && COUNCIL_ONLY.contains(management));
    if (misfit) {
      issues.add(at(IssueCode.BUDGET_MANAGEMENT_TYPE, "management", management.code(), budget.budgetType().code()));
    }
  }

  private static void directPaymentServices(PersonalBudget budget, List<Issue> issues) {
    if (DIRECT_PAYMENT_MANAGEMENT.contains(budget.management())) {
      return;
    }
    List<PlannedService> services = budget.services();
    for (int i = 0; i < services.size(); i++) {
      PlannedService service = services.get(i);
      if (service.deliveryMechanism().equals(Optional.of(BudgetManagement.DIRECT_PAYMENT))) {
        issues.add(at(IssueCode.BUDGET_DIRECT_PAYMENT_SERVICE, 
            "services[" + i + "].deliveryMechanism", budget.management().code()));
      } else if (service.fundingSource() == FundingSource.DIRECT_PAYMENT) {
        issues.add(at(IssueCode.BUDGET_DIRECT_PAYMENT_SERVICE, 
            "services[" + i + "].fundingSource", budget.management().code()));
      }
    }
  }

  private static void servicesWithinBudget(PersonalBudget budget, List<Issue> issues) {
    List<PlannedService> services = budget.services();
    if (services.isEmpty()) {
      return;
    }
    BudgetFrequency frequency = budget.frequency();
    Money total = Money.ZERO;
    for (int i = 0; i < services.size(); i++) {
      PlannedService service = services.get(i);
      boolean oneOffCost = service.costFrequency() == CostFrequency.ONE_OFF;
      if (frequency != BudgetFrequency.ONE_OFF && oneOffCost) {
        issues.add(at(IssueCode.BUDGET_ONE_OFF_COST_EXCLUDED, 
            "services[" + i + "].unitCost", service.unitCost(), frequency.code()));
        continue;
      }
      if (frequency == BudgetFrequency.ONE_OFF && !oneOffCost) {
        issues.add(at(IssueCode.BUDGET_RECURRING_COST_IN_ONE_OFF, 
            "services[" + i + "].costFrequency", service.costFrequency().code()));
        continue;
      }
      Optional<Money> cost = service.costPer(frequency);
      if (cost.isPresent()) {
        total = total.plus(cost.get());
      }
    }
    if (total.compareTo(budget.amount()) > 0) {
      issues.add(at(IssueCode.BUDGET_SERVICES_EXCEED, 
          "services", total, frequency.code(), budget.amount(), frequency.code()));
    }
  }
}
