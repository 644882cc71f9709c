package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;

/** Rules over a joint care plan, and over a plan with its budget. Not API. */
public final class PlanRules {

  private PlanRules() {}

  /**
   * Checks one plan.
   *
   * @param plan the plan
   * @param today today, from the validator's clock
   * @return the issues, in rule order
   */
  public static List<Issue> validate(JointCarePlan plan, LocalDate today) {
    List<Issue> issues = new ArrayList<>();
    CommonRules.person(plan.person(), "person", issues);
    LocalDate start = plan.period().start();
    if (!plan.reviewDate().isAfter(start)) {
      issues.add(at(IssueCode.PLAN_REVIEW_NOT_AFTER_START, "reviewDate", plan.reviewDate(), start));
    } else if (plan.reviewDate().isBefore(today)) {
      issues.add(at(IssueCode.PLAN_REVIEW_OVERDUE, "reviewDate", plan.reviewDate(), today));
    }
    if (plan.agreedByPersonOn().isEmpty()) {
      issues.add(at(IssueCode.PLAN_NOT_AGREED, "agreedByPersonOn"));
    } else if (plan.agreedByPersonOn().get().isAfter(today)) {
      issues.add(at(IssueCode.PLAN_AGREEMENT_IN_FUTURE, "agreedByPersonOn", plan.agreedByPersonOn().get(), today));
    }
    if (plan.agreedByPersonOn().isPresent() && plan.agreedByPersonOn().get().isAfter(plan.reviewDate())) {
      issues.add(at(IssueCode.PLAN_AGREED_AFTER_REVIEW, 
          "agreedByPersonOn", plan.agreedByPersonOn().get(), plan.reviewDate()));
    }
    if (plan.needs().isEmpty()) {
      issues.add(at(IssueCode.PLAN_NO_NEEDS, "needs"));
    }
    if (plan.goals().isEmpty()) {
      issues.add(at(IssueCode.PLAN_NO_GOALS, "goals"));
    }
    for (int i = 0; i < plan.goals().size(); i++) {
      List<Need> related = plan.goals().get(i).needs();
      for (int j = 0; j < related.size(); j++) {
        if (!plan.needs().contains(related.get(j))) {
          issues.add(at(IssueCode.PLAN_GOAL_NEED_NOT_IN_PLAN, "goals[" + i + "].needs[" + j + "]"));
        }
      }
    }
    if (plan.contingencyPlan().isEmpty()) {
      issues.add(at(IssueCode.PLAN_NO_CONTINGENCY, "contingencyPlan"));
    }
    if (plan.sharingConsent().isEmpty()) {
      issues.add(at(IssueCode.PLAN_NO_SHARING_CONSENT, "sharingConsent"));
    } else {
      SharingConsent consent = plan.sharingConsent().get();
      CommonRules.consent(
          plan.sharingConsent().map(SharingConsent::status),
          consent.legalBasis(),
          "sharingConsent.legalBasis",
          issues);
      if (consent.status() == ConsentStatus.REFUSED) {
        issues.add(at(IssueCode.CONSENT_REFUSED, "sharingConsent.status"));
      }
      consent.recordedAt().filter(at -> !at.toLocalDate().equals(consent.recordedOn())).ifPresent(at -> issues.add(
          at(IssueCode.CONSENT_RECORDED_AT_OTHER_DAY, "sharingConsent.recordedAt", at, consent.recordedOn())));
    }
    CommonRules.services(plan.services(), "services", issues);
    return issues;
  }

  /**
   * Checks that a plan and a budget belong together.
   *
   * @param plan the plan
   * @param budget the budget
   * @return the issues; locations start with {@code plan.} or {@code budget.}
   */
  public static List<Issue> link(JointCarePlan plan, PersonalBudget budget) {
    List<Issue> issues = new ArrayList<>();
    if (plan.personalBudgetId().isEmpty()) {
      issues.add(at(IssueCode.PLAN_BUDGET_LINK_MISMATCH, "plan.personalBudgetId",
          "the plan does not link personal budget '" + budget.id() + "'"));
    } else if (!plan.personalBudgetId().get().equals(budget.id())) {
      issues.add(at(IssueCode.PLAN_BUDGET_LINK_MISMATCH, "plan.personalBudgetId",
          "the plan links personal budget '" + plan.personalBudgetId().get()
              + "', not '" + budget.id() + "'"));
    }
    if (budget.carePlanId().isPresent() && !budget.carePlanId().get().equals(plan.id())) {
      issues.add(at(IssueCode.PLAN_BUDGET_LINK_MISMATCH, "budget.carePlanId",
          "the budget belongs to care plan '" + budget.carePlanId().get() + "', not '" + plan.id() + "'"));
    }
    if (!plan.person().isSamePersonAs(budget.person())) {
      issues.add(at(IssueCode.PLAN_BUDGET_OTHER_PERSON, "budget.person"));
    }
    return issues;
  }
}
