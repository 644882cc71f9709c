package org.carebridge.fhir.mapping;

import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.Identifier;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;

/**
 * What a care plan Bundle ({@code carebridge-care-plan-bundle}) carries: the joint care plan and, when present,
 * the person's key worker care team and personal budget. Build them with {@link #builder()}.
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
   * Starts building the records.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these records, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.plan = plan;
    b.careTeam = careTeam.orElse(null);
    b.personalBudget = personalBudget.orElse(null);
    b.bundleIdentifier = bundleIdentifier.orElse(null);
    return b;
  }

  /** Builds {@link CarePlanRecords}; each setter rejects a null argument at once. Not thread-safe. */
  public static final class Builder {
    private JointCarePlan plan;
    private CareTeam careTeam;
    private PersonalBudget personalBudget;
    private Identifier bundleIdentifier;

    private Builder() {}

    /**
     * Sets the joint care plan.
     *
     * @param plan the plan
     * @return this builder
     * @throws NullPointerException "plan must not be null"
     */
    public Builder plan(JointCarePlan plan) {
      this.plan = Objects.requireNonNull(plan, "plan must not be null");
      return this;
    }

    /**
     * Sets the person's key worker care team.
     *
     * @param careTeam the care team
     * @return this builder
     * @throws NullPointerException "careTeam must not be null"
     */
    public Builder careTeam(CareTeam careTeam) {
      this.careTeam = Objects.requireNonNull(careTeam, "careTeam must not be null");
      return this;
    }

    /**
     * Sets the personal budget.
     *
     * @param personalBudget the budget
     * @return this builder
     * @throws NullPointerException "personalBudget must not be null"
     */
    public Builder personalBudget(PersonalBudget personalBudget) {
      this.personalBudget = Objects.requireNonNull(personalBudget, "personalBudget must not be null");
      return this;
    }

    /**
     * Sets the identifier of the Bundle.
     *
     * @param bundleIdentifier the identifier
     * @return this builder
     * @throws NullPointerException "bundleIdentifier must not be null"
     */
    public Builder bundleIdentifier(Identifier bundleIdentifier) {
      this.bundleIdentifier = Objects.requireNonNull(bundleIdentifier, "bundleIdentifier must not be null");
      return this;
    }

    /**
     * Builds the records.
     *
     * @return the records
     * @throws IllegalStateException "plan is required"
     */
    public CarePlanRecords build() {
      if (plan == null) {
        throw new IllegalStateException("plan is required");
      }
      return new CarePlanRecords(plan, Optional.ofNullable(careTeam), Optional.ofNullable(personalBudget),
          Optional.ofNullable(bundleIdentifier));
    }
  }
}
