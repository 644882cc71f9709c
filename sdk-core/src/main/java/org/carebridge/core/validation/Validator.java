package org.carebridge.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.internal.BudgetRules;
import org.carebridge.core.internal.CareTeamRules;
import org.carebridge.core.internal.DischargeRules;
import org.carebridge.core.internal.NhsNumberCheck;
import org.carebridge.core.internal.PlanRules;
import org.carebridge.core.internal.RecordIssues;

/**
 * The CareBridge business rules: checks a record, or records that refer to each other, and returns every
 * problem found, not just the first. Immutable and thread-safe.
 *
 * <p>Rules that depend on today (an agreement date in the future, a review overdue, a key worker history
 * that has ended) read the {@link Clock} given to {@link #withClock(Clock)}; {@link #create()} uses the
 * system clock in the Europe/London time zone. Every issue code is listed in
 * {@code docs/sdk/issue-codes.md}.
 */
public final class Validator {

  /** The time zone of "today" for {@link #create()}: England. */
  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final Clock clock;

  private Validator(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates a validator that reads the system clock in the Europe/London time zone.
   *
   * @return the validator
   */
  public static Validator create() {
    return new Validator(Clock.system(ENGLAND));
  }

  /**
   * Creates a validator that reads the given clock: use a fixed clock in tests.
   *
   * @param clock the clock; its zone decides which day is "today"
   * @return the validator
   * @throws NullPointerException "clock must not be null"
   */
  public static Validator withClock(Clock clock) {
    return new Validator(Objects.requireNonNull(clock, "clock must not be null"));
  }

  /**
   * Checks a joint care plan: review date after the start, agreement by the person not in the future,
   * needs, goals, contingency plan and sharing consent present, each goal's needs among the plan's, the consent's
   * moment on its day, services well-formed.
   *
   * @param plan the plan
   * @return every issue found, and the plan as the value when none is an error
   * @throws NullPointerException "plan must not be null"
   */
  public Result<JointCarePlan> validate(JointCarePlan plan) {
    Objects.requireNonNull(plan, "plan must not be null");
    return Result.of(plan, PlanRules.validate(plan, today()));
  }

  /**
   * Checks a care team's key worker history: at least one assignment, at most one key worker on any day,
   * no gap when continuity is required, someone active today.
   *
   * @param careTeam the care team
   * @return every issue found, and the care team as the value when none is an error
   * @throws NullPointerException "careTeam must not be null"
   */
  public Result<CareTeam> validate(CareTeam careTeam) {
    Objects.requireNonNull(careTeam, "careTeam must not be null");
    return Result.of(careTeam, CareTeamRules.validate(careTeam, today()));
  }

  /**
   * Checks a personal budget: amounts not negative, contributions add up to the amount, funding sources and
   * management option allowed, services paid from the budget cost no more than the budget per period.
   *
   * @param budget the budget
   * @return every issue found, and the budget as the value when none is an error
   * @throws NullPointerException "budget must not be null"
   */
  public Result<PersonalBudget> validate(PersonalBudget budget) {
    Objects.requireNonNull(budget, "budget must not be null");
    return Result.of(budget, BudgetRules.validate(budget));
  }

  /**
   * Checks one discharge notification on its own: dates and times in order (admission, discharge ready,
   * discharge; a time of day on its date), a ward stay with its ward, one record per id, what its event requires
   * (pathway, council, reason, earlier notice), not issued in the future. The
   * notice it responds to is not looked up: use {@link #validate(DischargeNotification, Collection)}.
   *
   * @param notification the notification
   * @return every issue found, and the notification as the value when none is an error
   * @throws NullPointerException "notification must not be null"
   */
  public Result<DischargeNotification> validate(DischargeNotification notification) {
    Objects.requireNonNull(notification, "notification must not be null");
    return Result.of(notification, DischargeRules.validate(notification, Optional.empty(), clock.instant()));
  }

  /**
   * Checks a discharge notification together with the notices exchanged before it: everything
   * {@link #validate(DischargeNotification)} checks, and that the notice it responds to or withdraws is
   * among {@code earlier}, is about the same person, was issued before it and is of a kind it can answer.
   *
   * @param notification the notification
   * @param earlier the notices to look the earlier notice up in (may include later ones; they are reported)
   * @return every issue found, and the notification as the value when none is an error
   * @throws NullPointerException when an argument or an element is null
   */
  public Result<DischargeNotification> validate(DischargeNotification notification,
      Collection<DischargeNotification> earlier) {
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(earlier, "earlier must not be null");
    return Result.of(notification,
        DischargeRules.validate(notification, Optional.of(List.copyOf(earlier)), clock.instant()));
  }

  /**
   * Checks that a plan and a personal budget belong together: each names the other and both are for the
   * same person. Issue locations start with {@code plan.} or {@code budget.}. Does not repeat the checks of
   * each record on its own.
   *
   * @param plan the plan
   * @param budget the budget
   * @return every issue found, and the budget as the value when none is an error
   * @throws NullPointerException when an argument is null
   */
  public Result<Void> validateLink(JointCarePlan plan, PersonalBudget budget) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(budget, "budget must not be null");
    return Result.empty(PlanRules.link(plan, budget));
  }

  /**
   * Checks an NHS number as text, e.g. one read from a legacy database, without throwing: reports
   * {@code CB-NHS-001} (not ten digits), {@code CB-NHS-002} (wrong check digit) or {@code CB-NHS-003}
   * (check digit would be 10). Null or blank text is {@code CB-NHS-001}.
   *
   * @param text the candidate NHS number, may be null
   * @param location the location to report, e.g. {@code "person.nhsNumber"}
   * @return no issue when {@code NhsNumber.parse(text)} would succeed, otherwise one error; no value
   * @throws NullPointerException "location must not be null"
   */
  public Result<Void> validateNhsNumber(String text, String location) {
    Objects.requireNonNull(location, "location must not be null");
    NhsNumberCheck.Problem problem = NhsNumberCheck.problem(text);
    if (problem == null) {
      return Result.empty(List.of());
    }
    IssueCode code = switch (problem) {
      case CHECK_DIGIT_TEN -> IssueCode.NHS_NUMBER_CHECK_DIGIT_TEN;
      case CHECK_DIGIT_MISMATCH -> IssueCode.NHS_NUMBER_CHECK_DIGIT;
      default -> IssueCode.NHS_NUMBER_FORMAT;
    };
    return Result.empty(List.of(RecordIssues.at(code, location)));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
