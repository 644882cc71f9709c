package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
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
 * @param title the plan's title, e.g. "Margaret's care and support plan", when it has one
 * @param summary a short summary of the plan and of the person ("about me"), when written
 * @param createdOn the day the plan was first written, when stated
 * @param responsibleWorker the member of staff responsible for the plan (usually the key worker); empty when the
 *     plan is the person's own (never {@link Actor#THE_PERSON})
 * @param contributors everyone who contributed to the plan: the person, staff from health and social care
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
    Optional<String> personalBudgetId,
    Optional<String> title,
    Optional<String> summary,
    Optional<LocalDate> createdOn,
    Optional<Actor> responsibleWorker,
    List<Actor> contributors) {

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
   * @param title the title or empty
   * @param summary the summary or empty
   * @param createdOn the day first written or empty
   * @param responsibleWorker the responsible member of staff or empty
   * @param contributors the contributors
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when an id is not an id, the contingency plan, title or summary is blank,
   *     or "responsibleWorker must be a member of staff"
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
    Checks.optionalText(title, "title");
    Checks.optionalText(summary, "summary");
    Checks.optional(createdOn, "createdOn");
    Checks.optionalStaff(responsibleWorker, "responsibleWorker");
    contributors = Checks.list(contributors, "contributors");
  }

  /**
   * Returns a description without the free texts (contingency plan, title, summary): they usually name the person
   * and their family.
   *
   * @return the components, each free text shown as {@code ***} when present
   */
  @Override
  public String toString() {
    return "JointCarePlan[id=" + id + ", person=" + person + ", period=" + period + ", needs=" + needs + ", goals="
        + goals + ", services=" + services + ", reviewDate=" + reviewDate + ", agreedByPersonOn=" + agreedByPersonOn
        + ", contingencyPlan=" + contingencyPlan.map(t -> "***") + ", sharingConsent=" + sharingConsent
        + ", personalBudgetId=" + personalBudgetId + ", title=" + title.map(t -> "***") + ", summary="
        + summary.map(t -> "***") + ", createdOn=" + createdOn + ", responsibleWorker=" + responsibleWorker
        + ", contributors=" + contributors + "]";
  }

  /**
   * Starts building a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this plan's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.person = person;
    b.period = period;
    b.needs.addAll(needs);
    b.goals.addAll(goals);
    b.services.addAll(services);
    b.reviewDate = reviewDate;
    b.agreedByPersonOn = agreedByPersonOn.orElse(null);
    b.contingencyPlan = contingencyPlan.orElse(null);
    b.sharingConsent = sharingConsent.orElse(null);
    b.personalBudgetId = personalBudgetId.orElse(null);
    b.title = title.orElse(null);
    b.summary = summary.orElse(null);
    b.createdOn = createdOn.orElse(null);
    b.responsibleWorker = responsibleWorker.orElse(null);
    b.contributors.addAll(contributors);
    return b;
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
    private String title;
    private String summary;
    private LocalDate createdOn;
    private Actor responsibleWorker;
    private final List<Actor> contributors = new ArrayList<>();

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
     * Sets the plan's title.
     *
     * @param title e.g. "Margaret's care and support plan"
     * @return this builder
     * @throws NullPointerException "title must not be null"
     * @throws IllegalArgumentException "title must not be blank"
     */
    public Builder title(String title) {
      this.title = Checks.notBlank(title, "title");
      return this;
    }

    /**
     * Sets the summary of the plan and of the person ("about me").
     *
     * @param summary the summary, in plain words
     * @return this builder
     * @throws NullPointerException "summary must not be null"
     * @throws IllegalArgumentException "summary must not be blank"
     */
    public Builder summary(String summary) {
      this.summary = Checks.notBlank(summary, "summary");
      return this;
    }

    /**
     * Sets the day the plan was first written.
     *
     * @param createdOn the day
     * @return this builder
     * @throws NullPointerException "createdOn must not be null"
     */
    public Builder createdOn(LocalDate createdOn) {
      this.createdOn = Checks.notNull(createdOn, "createdOn");
      return this;
    }

    /**
     * Sets the member of staff responsible for the plan (usually the key worker).
     *
     * @param worker a practitioner role or practitioner
     * @return this builder
     * @throws NullPointerException "responsibleWorker must not be null"
     * @throws IllegalArgumentException "responsibleWorker must be a member of staff"
     */
    public Builder responsibleWorker(Actor worker) {
      this.responsibleWorker = Checks.staff(worker, "responsibleWorker");
      return this;
    }

    /**
     * Adds a contributor to the plan.
     *
     * @param contributor the person or a member of staff
     * @return this builder
     * @throws NullPointerException "contributor must not be null"
     */
    public Builder addContributor(Actor contributor) {
      contributors.add(Checks.notNull(contributor, "contributor"));
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalStateException "id is required", "person is required", "period is required" or
     *     "reviewDate is required"
     * @throws IllegalArgumentException "goals[i].needs[j] must be one of the plan's needs"
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
          Optional.ofNullable(personalBudgetId),
          Optional.ofNullable(title),
          Optional.ofNullable(summary),
          Optional.ofNullable(createdOn),
          Optional.ofNullable(responsibleWorker),
          contributors);
    }
  }
}
