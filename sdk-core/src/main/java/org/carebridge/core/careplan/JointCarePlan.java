package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.DateRange;
import org.carebridge.core.Person;
import org.carebridge.core.internal.Builds;

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
@Builds
public record JointCarePlan(
    @Builds.Check("id") String id,
    Person person,
    DateRange period,
    List<Need> needs,
    List<Goal> goals,
    List<PlannedService> services,
    LocalDate reviewDate,
    Optional<LocalDate> agreedByPersonOn,
    Optional<String> contingencyPlan,
    Optional<SharingConsent> sharingConsent,
    @Builds.Check("id") Optional<String> personalBudgetId,
    Optional<String> title,
    Optional<String> summary,
    Optional<LocalDate> createdOn,
    @Builds.Check("staff") Optional<Actor> responsibleWorker,
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
    JointCarePlanBuilderBase.checkComponents(id, person, period, needs, goals, services, reviewDate, agreedByPersonOn,
        contingencyPlan, sharingConsent, personalBudgetId, title, summary, createdOn, responsibleWorker, contributors);
    needs = List.copyOf(needs);
    goals = List.copyOf(goals);
    services = List.copyOf(services);
    contributors = List.copyOf(contributors);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link JointCarePlan}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends JointCarePlanBuilderBase {
    private Builder() {}
  }

}
