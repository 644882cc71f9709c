package org.carebridge.core.internal;

import java.util.Locale;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * The catalogue of every issue the validator can emit: stable code, severity and message template. The
 * validator creates issues only through {@link #at(String, Object...)} (an architecture test holds this),
 * so this enum is the complete list that {@code docs/sdk/issue-codes.md} must document. Templates never
 * take a person's name or NHS number. Not API.
 */
public enum Rule {
  /** Issue code {@code CB-NHS-001}. */
  NHS_NUMBER_FORMAT("CB-NHS-001", Severity.ERROR,
      "NHS number must be 10 digits, optionally grouped 3 3 4 with single spaces"),
  /** Issue code {@code CB-NHS-002}. */
  NHS_NUMBER_CHECK_DIGIT("CB-NHS-002", Severity.ERROR,
      "NHS number check digit does not match (Modulus 11)"),
  /** Issue code {@code CB-NHS-003}. */
  NHS_NUMBER_CHECK_DIGIT_TEN("CB-NHS-003", Severity.ERROR,
      "NHS number is not valid: its first nine digits give a Modulus 11 check digit of 10"),
  /** Issue code {@code CB-NHS-004}. */
  NHS_NUMBER_MISSING("CB-NHS-004", Severity.WARNING,
      "the person has no NHS number: records cannot be matched across health and social care"),

  /** Issue code {@code CB-PLAN-001}. */
  PLAN_REVIEW_NOT_AFTER_START("CB-PLAN-001", Severity.ERROR,
      "review date %s must be after the plan start %s"),
  /** Issue code {@code CB-PLAN-002}. */
  PLAN_AGREEMENT_IN_FUTURE("CB-PLAN-002", Severity.ERROR,
      "the person's agreement date %s is in the future (today is %s)"),
  /** Issue code {@code CB-PLAN-003}. */
  PLAN_NOT_AGREED("CB-PLAN-003", Severity.WARNING,
      "the plan has not been agreed with the person"),
  /** Issue code {@code CB-PLAN-004}. */
  PLAN_NO_NEEDS("CB-PLAN-004", Severity.WARNING, "the plan records no needs"),
  /** Issue code {@code CB-PLAN-005}. */
  PLAN_NO_GOALS("CB-PLAN-005", Severity.WARNING, "the plan records no goals"),
  /** Issue code {@code CB-PLAN-006}. */
  PLAN_NO_CONTINGENCY("CB-PLAN-006", Severity.WARNING, "the plan has no contingency plan"),
  /** Issue code {@code CB-PLAN-007}. */
  PLAN_REVIEW_OVERDUE("CB-PLAN-007", Severity.WARNING,
      "review date %s has passed (today is %s)"),
  /** Issue code {@code CB-PLAN-008}. */
  PLAN_NO_SHARING_CONSENT("CB-PLAN-008", Severity.WARNING,
      "the plan records no information-sharing consent"),
  /** Issue code {@code CB-PLAN-009}. */
  PLAN_BUDGET_LINK_MISMATCH("CB-PLAN-009", Severity.ERROR,
      "%s"),
  /** Issue code {@code CB-PLAN-010}. */
  PLAN_BUDGET_OTHER_PERSON("CB-PLAN-010", Severity.ERROR,
      "the personal budget is for a different person than the plan"),

  /** Issue code {@code CB-PLAN-011}. */
  PLAN_AGREED_AFTER_REVIEW("CB-PLAN-011", Severity.ERROR,
      "the person's agreement date %s is after the review date %s"),
  /** Issue code {@code CB-PLAN-012}. */
  PLAN_GOAL_NEED_NOT_IN_PLAN("CB-PLAN-012", Severity.ERROR,
      "the goal relates to a need that is not one of the plan's needs"),

  /** Issue code {@code CB-CONSENT-001}. */
  CONSENT_LEGAL_BASIS_MISSING("CB-CONSENT-001", Severity.ERROR,
      "the person lacks capacity to consent: a legal basis (legal representative or best-interest "
          + "decision) is required"),
  /** Issue code {@code CB-CONSENT-002}. */
  CONSENT_REFUSED("CB-CONSENT-002", Severity.WARNING,
      "the person refused consent to share information: the plan must not be shared beyond the "
          + "organisation that holds it"),

  /** Issue code {@code CB-CONSENT-003}. */
  CONSENT_LEGAL_BASIS_UNEXPECTED("CB-CONSENT-003", Severity.ERROR,
      "a legal basis is stated only when the person has not given consent themselves"),
  /** Issue code {@code CB-CONSENT-004}. */
  CONSENT_RECORDED_AT_OTHER_DAY("CB-CONSENT-004", Severity.ERROR,
      "the consent was recorded at %s, which is not on the day it was recorded, %s"),

  /** Issue code {@code CB-SERVICE-001}. */
  SERVICE_COST_NEGATIVE("CB-SERVICE-001", Severity.ERROR, "unit cost %s must not be negative"),
  /** Issue code {@code CB-SERVICE-002}. */
  SERVICE_UNITS_MISSING("CB-SERVICE-002", Severity.ERROR,
      "cost frequency '%s' needs planned units per week"),
  /** Issue code {@code CB-SERVICE-003}. */
  SERVICE_DELIVERY_MECHANISM("CB-SERVICE-003", Severity.ERROR,
      "delivery mechanism '%s' is not a CLD delivery mechanism (direct-payment, cassr-managed, "
          + "cassr-commissioned, self-funder-metering)"),
  /** Issue code {@code CB-SERVICE-004}. */
  SERVICE_FUNDING_SOURCE("CB-SERVICE-004", Severity.ERROR,
      "funding source '%s' is not allowed for a service (value set service-funding-source)"),
  /** Issue code {@code CB-SERVICE-005}. */
  SERVICE_UNITS_UNUSED("CB-SERVICE-005", Severity.WARNING,
      "planned units per week are ignored for cost frequency '%s'"),

  /** Issue code {@code CB-BUDGET-001}. */
  BUDGET_AMOUNT_NEGATIVE("CB-BUDGET-001", Severity.ERROR, "amount %s must not be negative"),
  /** Issue code {@code CB-BUDGET-002}. */
  BUDGET_CONTRIBUTIONS_SUM("CB-BUDGET-002", Severity.ERROR,
      "funding contributions add up to %s but the budget amount is %s"),
  /** Issue code {@code CB-BUDGET-003}. */
  BUDGET_SERVICES_EXCEED("CB-BUDGET-003", Severity.ERROR,
      "services paid from the budget cost %s %s but the budget is %s %s"),
  /** Issue code {@code CB-BUDGET-004}. */
  BUDGET_FUNDING_SOURCE("CB-BUDGET-004", Severity.ERROR,
      "funding source '%s' is not allowed for a budget contribution (value set budget-funding-source)"),
  /** Issue code {@code CB-BUDGET-005}. */
  BUDGET_ONE_OFF_COST_EXCLUDED("CB-BUDGET-005", Severity.INFORMATION,
      "one-off cost %s is not included in the %s comparison with the budget"),
  /** Issue code {@code CB-BUDGET-006}. */
  BUDGET_RECURRING_COST_IN_ONE_OFF("CB-BUDGET-006", Severity.WARNING,
      "cost frequency '%s' cannot be compared with a one-off budget"),
  /** Issue code {@code CB-BUDGET-007}. */
  BUDGET_NO_CONTRIBUTIONS("CB-BUDGET-007", Severity.WARNING,
      "the budget records no funding contributions"),
  /** Issue code {@code CB-BUDGET-008}. */
  BUDGET_MANAGEMENT_TYPE("CB-BUDGET-008", Severity.ERROR,
      "management option '%s' does not fit a budget of type '%s'"),

  /** Issue code {@code CB-BUDGET-009}. */
  BUDGET_DIRECT_PAYMENT_SERVICE("CB-BUDGET-009", Severity.ERROR,
      "a service paid by direct payment needs a budget managed wholly or partly as a direct payment "
          + "(the budget's management is '%s')"),

  /** Issue code {@code CB-KEYWORKER-001}. */
  KEY_WORKER_NONE("CB-KEYWORKER-001", Severity.ERROR,
      "the care team has no key worker assignment"),
  /** Issue code {@code CB-KEYWORKER-002}. */
  KEY_WORKER_OVERLAP("CB-KEYWORKER-002", Severity.ERROR,
      "two key workers are active on the same days (%s): assignments %d and %d overlap"),
  /** Issue code {@code CB-KEYWORKER-003}. */
  KEY_WORKER_GAP("CB-KEYWORKER-003", Severity.ERROR,
      "no key worker from %s to %s, but the plan requires continuity"),
  /** Issue code {@code CB-KEYWORKER-004}. */
  KEY_WORKER_NONE_TODAY("CB-KEYWORKER-004", Severity.WARNING,
      "no key worker is active today (%s): the last assignment ended on %s"),

  /** Issue code {@code CB-DISCHARGE-001}. */
  DISCHARGE_READY_BEFORE_ADMISSION("CB-DISCHARGE-001", Severity.ERROR,
      "discharge ready date %s is before the admission date %s"),
  /** Issue code {@code CB-DISCHARGE-002}. */
  DISCHARGE_DATE_OUT_OF_ORDER("CB-DISCHARGE-002", Severity.ERROR,
      "discharge date %s is before the %s %s"),
  /** Issue code {@code CB-DISCHARGE-003}. */
  DISCHARGE_NO_PATHWAY("CB-DISCHARGE-003", Severity.ERROR,
      "the %s must state the discharge pathway"),
  /** Issue code {@code CB-DISCHARGE-004}. */
  DISCHARGE_NO_COUNCIL("CB-DISCHARGE-004", Severity.ERROR,
      "the %s must state the receiving council"),
  /** Issue code {@code CB-DISCHARGE-005}. */
  DISCHARGE_WITHDRAWAL_NO_REASON("CB-DISCHARGE-005", Severity.ERROR,
      "a withdrawal must state its reason"),
  /** Issue code {@code CB-DISCHARGE-006}. */
  DISCHARGE_REASON_NOT_WITHDRAWAL("CB-DISCHARGE-006", Severity.WARNING,
      "a withdrawal reason is ignored on event '%s'"),
  /** Issue code {@code CB-DISCHARGE-007}. */
  DISCHARGE_NO_EARLIER_NOTICE("CB-DISCHARGE-007", Severity.ERROR,
      "the %s must name the earlier notice it responds to or withdraws"),
  /** Issue code {@code CB-DISCHARGE-008}. */
  DISCHARGE_EARLIER_NOTICE_UNKNOWN("CB-DISCHARGE-008", Severity.ERROR,
      "the earlier notice '%s' is not among the notices given"),
  /** Issue code {@code CB-DISCHARGE-009}. */
  DISCHARGE_EARLIER_NOTICE_OTHER_PERSON("CB-DISCHARGE-009", Severity.ERROR,
      "the earlier notice '%s' is about a different person"),
  /** Issue code {@code CB-DISCHARGE-010}. */
  DISCHARGE_EARLIER_NOTICE_NOT_EARLIER("CB-DISCHARGE-010", Severity.ERROR,
      "the earlier notice '%s' was not issued before this one"),
  /** Issue code {@code CB-DISCHARGE-011}. */
  DISCHARGE_EARLIER_NOTICE_WRONG_KIND("CB-DISCHARGE-011", Severity.ERROR,
      "'%s' cannot respond to '%s'"),
  /** Issue code {@code CB-DISCHARGE-012}. */
  DISCHARGE_NO_DISCHARGE_DATE("CB-DISCHARGE-012", Severity.ERROR,
      "the %s must state the discharge date"),
  /** Issue code {@code CB-DISCHARGE-013}. */
  DISCHARGE_NO_READY_DATE("CB-DISCHARGE-013", Severity.ERROR,
      "the %s must state the discharge ready date"),
  /** Issue code {@code CB-DISCHARGE-014}. */
  DISCHARGE_PROPOSED_BEFORE_ADMISSION("CB-DISCHARGE-014", Severity.ERROR,
      "proposed discharge date %s is before the admission date %s"),
  /** Issue code {@code CB-DISCHARGE-015}. */
  DISCHARGE_ISSUED_IN_FUTURE("CB-DISCHARGE-015", Severity.ERROR,
      "the notification is issued in the future (%s, now is %s)"),
  /** Issue code {@code CB-DISCHARGE-016}. */
  DISCHARGE_NO_ADMISSION_DATE("CB-DISCHARGE-016", Severity.ERROR,
      "the %s must state the admission date"),
  /** Issue code {@code CB-DISCHARGE-017}. */
  DISCHARGE_SAFEGUARDING_DETAILS_WITHOUT_CONCERNS("CB-DISCHARGE-017", Severity.ERROR,
      "safeguarding details are given only when there are safeguarding concerns (safeguardingConcerns is %s)"),
  /** Issue code {@code CB-DISCHARGE-018}. */
  DISCHARGE_TIME_NOT_ON_DATE("CB-DISCHARGE-018", Severity.ERROR,
      "the %s time %s is not on the %s date %s"),
  /** Issue code {@code CB-DISCHARGE-019}. */
  DISCHARGE_TIME_BEFORE_ADMISSION("CB-DISCHARGE-019", Severity.ERROR,
      "the discharge time %s is before the admission time %s"),
  /** Issue code {@code CB-DISCHARGE-020}. */
  DISCHARGE_WARD_STAY_WITHOUT_WARD("CB-DISCHARGE-020", Severity.ERROR,
      "a stay on the ward is stated but no ward"),
  /** Issue code {@code CB-DISCHARGE-021}. */
  DISCHARGE_WARD_STAY_OUT_OF_ORDER("CB-DISCHARGE-021", Severity.ERROR,
      "the stay on the ward ends at %s, before it starts at %s"),
  /** Issue code {@code CB-DISCHARGE-022}. */
  DISCHARGE_ONE_ID_TWO_RECORDS("CB-DISCHARGE-022", Severity.ERROR,
      "two different %s records have the id '%s': a message carries one record per id");

  /** The {@link Issue#source()} of every business-rule issue. */
  public static final String SOURCE = "carebridge-rules";

  private final String code;
  private final Severity severity;
  private final String template;

  Rule(String code, Severity severity, String template) {
    this.code = code;
    this.severity = severity;
    this.template = template;
  }

  /**
   * Returns the stable issue code.
   *
   * @return e.g. {@code "CB-BUDGET-003"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of the issues of this rule.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message template ({@link String#format} syntax).
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * Creates an issue of this rule.
   *
   * @param location the path in the record
   * @param args the message arguments (never personal data)
   * @return the issue
   */
  public Issue at(String location, Object... args) {
    return new Issue(code, severity, location, String.format(Locale.ROOT, template, args), 0, 0, SOURCE);
  }
}
