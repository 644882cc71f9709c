package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Person;
import org.carebridge.core.internal.Checks;

/**
 * One care plan per person, shared by health and social care and agreed with the person (profile
 * {@code carebridge-joint-care-plan}). Build one with {@link #builder()}; check it with
 * {@code Validator.validate(JointCarePlan)}.
 *
 * @param id the record id, e.g. {@code "margaret-joint-care-plan"}
 * @param person the person the plan is for
 * @param period when the plan applies (its start is the plan start)
 * @param needs the needs, each with a CLD primary support reason
 * @param goals the goals, in the person's words
 * @param services the planned services
 * @param reviewDate when the plan is next reviewed
 * @param agreedByPersonOn the day the person agreed the plan, when they have
 * @param contingencyPlan what to do if things go wrong, when recorded
 * @param sharingConsent the person's information-sharing consent, when recorded
 * @param personalBudgetId the id of the personal budget that belongs to this plan, when there is one
 */
public record JointCarePlan(
    String id,
    Person person,
    DateRange period,
    List<Need> needs,
    List<Goal> goals,
    List<PlannedService> services,
    LocalDate reviewDate,
    Optional<LocalDate> agreedByPersonOn,
    Optional<String> contingencyPlan,
    Optional<SharingConsent> sharingConsent,
    Optional<String> personalBudgetId) {

  /**
   * Creates a plan, copying the lists.
   *
   * @param id the record id
   * @param person the person
   * @param period the period
   * @param needs the needs
   * @param goals the goals
   * @param services the services
   * @param reviewDate the review date
   * @param agreedByPersonOn the agreement date or empty
   * @param contingencyPlan the contingency plan or empty
   * @param sharingConsent the sharing consent or empty
   * @param personalBudgetId the budget id or empty
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when an id is not an id or the contingency plan is blank
   */
  public JointCarePlan {
    Checks.id(id, "id");
    Checks.notNull(person, "person");
    Checks.notNull(period, "period");
    needs = Checks.list(needs, "needs");
    goals = Checks.list(goals, "goals");
    services = Checks.list(services, "services");
    Checks.notNull(reviewDate, "reviewDate");
    Checks.optional(agreedByPersonOn, "agreedByPersonOn");
    Checks.optionalText(contingencyPlan, "contingencyPlan");
    Checks.optional(sharingConsent, "sharingConsent");
    Checks.optional(personalBudgetId, "personalBudgetId").ifPresent(b -> Checks.id(b, "personalBudgetId"));
  }

  /**
   * Starts building a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JointCarePlan}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Person person;
    private DateRange period;
    private final List<Need> needs = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<PlannedService> services = new ArrayList<>();
    private LocalDate reviewDate;
    private LocalDate agreedByPersonOn;
    private String contingencyPlan;
    private SharingConsent sharingConsent;
    private String personalBudgetId;

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the person the plan is for.
     *
     * @param person the person
     * @return this builder
     * @throws NullPointerException "person must not be null"
     */
    public Builder person(Person person) {
      this.person = Checks.notNull(person, "person");
      return this;
    }

    /**
     * Sets when the plan applies.
     *
     * @param period the period
     * @return this builder
     * @throws NullPointerException "period must not be null"
     */
    public Builder period(DateRange period) {
      this.period = Checks.notNull(period, "period");
      return this;
    }

    /**
     * Adds a need.
     *
     * @param need the need
     * @return this builder
     * @throws NullPointerException "need must not be null"
     */
    public Builder addNeed(Need need) {
      needs.add(Checks.notNull(need, "need"));
      return this;
    }

    /**
     * Adds a goal.
     *
     * @param goal the goal
     * @return this builder
     * @throws NullPointerException "goal must not be null"
     */
    public Builder addGoal(Goal goal) {
      goals.add(Checks.notNull(goal, "goal"));
      return this;
    }

    /**
     * Adds a planned service.
     *
     * @param service the service
     * @return this builder
     * @throws NullPointerException "service must not be null"
     */
    public Builder addService(PlannedService service) {
      services.add(Checks.notNull(service, "service"));
      return this;
    }

    /**
     * Adds planned services.
     *
     * @param services the services
     * @return this builder
     * @throws NullPointerException when the collection or an element is null ("services[i] must not be
     *     null")
     */
    public Builder addServices(Collection<PlannedService> services) {
      this.services.addAll(Checks.list(services, "services"));
      return this;
    }

    /**
     * Sets the review date.
     *
     * @param reviewDate the review date
     * @return this builder
     * @throws NullPointerException "reviewDate must not be null"
     */
    public Builder reviewDate(LocalDate reviewDate) {
      this.reviewDate = Checks.notNull(reviewDate, "reviewDate");
      return this;
    }

    /**
     * Records the day the person agreed the plan.
     *
     * @param agreedOn the day
     * @return this builder
     * @throws NullPointerException "agreedByPersonOn must not be null"
     */
    public Builder agreedByPersonOn(LocalDate agreedOn) {
      this.agreedByPersonOn = Checks.notNull(agreedOn, "agreedByPersonOn");
      return this;
    }

    /**
     * Sets the contingency plan.
     *
     * @param contingencyPlan what to do if things go wrong
     * @return this builder
     * @throws NullPointerException "contingencyPlan must not be null"
     * @throws IllegalArgumentException "contingencyPlan must not be blank"
     */
    public Builder contingencyPlan(String contingencyPlan) {
      this.contingencyPlan = Checks.notBlank(contingencyPlan, "contingencyPlan");
      return this;
    }

    /**
     * Sets the information-sharing consent.
     *
     * @param sharingConsent the consent
     * @return this builder
     * @throws NullPointerException "sharingConsent must not be null"
     */
    public Builder sharingConsent(SharingConsent sharingConsent) {
      this.sharingConsent = Checks.notNull(sharingConsent, "sharingConsent");
      return this;
    }

    /**
     * Links the personal budget that belongs to this plan.
     *
     * @param personalBudgetId the budget's record id
     * @return this builder
     * @throws NullPointerException "personalBudgetId must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder personalBudgetId(String personalBudgetId) {
      this.personalBudgetId = Checks.id(personalBudgetId, "personalBudgetId");
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalStateException "id is required", "person is required", "period is required" or
     *     "reviewDate is required"
     */
    public JointCarePlan build() {
      return new JointCarePlan(
          Checks.required(id, "id"),
          Checks.required(person, "person"),
          Checks.required(period, "period"),
          needs,
          goals,
          services,
          Checks.required(reviewDate, "reviewDate"),
          Optional.ofNullable(agreedByPersonOn),
          Optional.ofNullable(contingencyPlan),
          Optional.ofNullable(sharingConsent),
          Optional.ofNullable(personalBudgetId));
    }
  }
}
