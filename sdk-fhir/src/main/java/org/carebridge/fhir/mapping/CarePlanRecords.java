package org.carebridge.fhir.mapping;

import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.Identifier;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;

/**
 * What a care plan Bundle ({@code carebridge-care-plan-bundle}) carries: the joint care plan and, when present,
 * the person's key worker care team and personal budget.
 *
 * @param plan the joint care plan
 * @param careTeam the key worker care team, when the Bundle has one
 * @param personalBudget the personal budget, when the Bundle has one
 * @param bundleIdentifier the identifier of the Bundle ({@code Bundle.identifier}), when it has one
 */
public record CarePlanRecords(JointCarePlan plan, Optional<CareTeam> careTeam,
    Optional<PersonalBudget> personalBudget, Optional<Identifier> bundleIdentifier) {

  /**
   * Creates the records.
   *
   * @param plan the plan
   * @param careTeam the care team or empty
   * @param personalBudget the budget or empty
   * @param bundleIdentifier the Bundle's identifier or empty
   * @throws NullPointerException when an argument is null
   */
  public CarePlanRecords {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(careTeam, "careTeam must not be null");
    Objects.requireNonNull(personalBudget, "personalBudget must not be null");
    Objects.requireNonNull(bundleIdentifier, "bundleIdentifier must not be null");
  }

  /**
   * Creates the records without a Bundle identifier.
   *
   * @param plan the plan
   * @param careTeam the care team or empty
   * @param personalBudget the budget or empty
   * @throws NullPointerException when an argument is null
   */
  public CarePlanRecords(JointCarePlan plan, Optional<CareTeam> careTeam, Optional<PersonalBudget> personalBudget) {
    this(plan, careTeam, personalBudget, Optional.empty());
  }

  /**
   * These records with a Bundle identifier.
   *
   * @param bundleIdentifier the identifier of the Bundle
   * @return new records
   * @throws NullPointerException "bundleIdentifier must not be null"
   */
  public CarePlanRecords withBundleIdentifier(Identifier bundleIdentifier) {
    return new CarePlanRecords(plan, careTeam, personalBudget,
        Optional.of(Objects.requireNonNull(bundleIdentifier, "bundleIdentifier must not be null")));
  }

  /**
   * The plan alone.
   *
   * @param plan the plan
   * @return the records
   */
  public static CarePlanRecords of(JointCarePlan plan) {
    return new CarePlanRecords(plan, Optional.empty(), Optional.empty());
  }

  /**
   * The plan with its care team and budget.
   *
   * @param plan the plan
   * @param careTeam the care team
   * @param personalBudget the budget
   * @return the records
   */
  public static CarePlanRecords of(JointCarePlan plan, CareTeam careTeam, PersonalBudget personalBudget) {
    return new CarePlanRecords(plan, Optional.of(careTeam), Optional.of(personalBudget));
  }
}
