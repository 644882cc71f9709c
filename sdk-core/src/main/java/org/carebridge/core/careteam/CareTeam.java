package org.carebridge.core.careteam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.internal.Checks;

/**
 * The person's care team with the history of key worker assignments (profile
 * {@code carebridge-key-worker-care-team}). Build one with {@link #builder()}.
 *
 * <p>The history is kept in the order given. The validator checks that at most one key worker is active on
 * any day and, when {@link #continuityRequired()}, that the history has no gap.
 *
 * @param id the record id, e.g. {@code "margaret-key-worker-team"}
 * @param person the person the team supports
 * @param keyWorkers the key worker assignments, a history
 * @param continuityRequired true when the plan requires a key worker on every day from the first
 *     assignment onwards
 * @param name the team's name, e.g. "Margaret Hollins - care team", when it has one (not in {@link #toString()}:
 *     it usually names the person)
 * @param period when the team is in place for the person, when stated
 * @param managingOrganisations the organisations responsible for the team
 */
public record CareTeam(
    String id,
    Person person,
    List<KeyWorkerAssignment> keyWorkers,
    boolean continuityRequired,
    Optional<String> name,
    Optional<DateRange> period,
    List<Organisation> managingOrganisations) {

  /**
   * Creates a care team, copying the history.
   *
   * @param id the record id
   * @param person the person
   * @param keyWorkers the assignments
   * @param continuityRequired whether gaps are an error
   * @param name the name or empty
   * @param period the period or empty
   * @param managingOrganisations the managing organisations
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank
   */
  public CareTeam {
    Checks.id(id, "id");
    Checks.notNull(person, "person");
    keyWorkers = Checks.list(keyWorkers, "keyWorkers");
    Checks.optionalText(name, "name");
    Checks.optional(period, "period");
    managingOrganisations = Checks.list(managingOrganisations, "managingOrganisations");
  }

  /**
   * Returns a description without the team's name (it usually names the person).
   *
   * @return the components, the name shown as {@code ***} when present
   */
  @Override
  public String toString() {
    return "CareTeam[id=" + id + ", person=" + person + ", keyWorkers=" + keyWorkers + ", continuityRequired="
        + continuityRequired + ", name=" + name.map(n -> "***") + ", period=" + period + ", managingOrganisations="
        + managingOrganisations + "]";
  }

  /**
   * Starts building a care team.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this care team's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.person = person;
    b.keyWorkers.addAll(keyWorkers);
    b.continuityRequired = continuityRequired;
    b.name = name.orElse(null);
    b.period = period.orElse(null);
    b.managingOrganisations.addAll(managingOrganisations);
    return b;
  }

  /**
   * Returns the key worker assignment active on a day: the first in the history that covers it.
   *
   * @param day the day
   * @return the assignment, or empty when no key worker covers the day
   * @throws NullPointerException "day must not be null"
   */
  public Optional<KeyWorkerAssignment> keyWorkerOn(LocalDate day) {
    Checks.notNull(day, "day");
    return keyWorkers.stream().filter(a -> a.isActiveOn(day)).findFirst();
  }

  /** Builds a {@link CareTeam}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Person person;
    private final List<KeyWorkerAssignment> keyWorkers = new ArrayList<>();
    private boolean continuityRequired;
    private String name;
    private DateRange period;
    private final List<Organisation> managingOrganisations = new ArrayList<>();

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
     * Sets the person the team supports.
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
     * Adds a key worker assignment to the history.
     *
     * @param assignment the assignment
     * @return this builder
     * @throws NullPointerException "keyWorker must not be null"
     */
    public Builder addKeyWorker(KeyWorkerAssignment assignment) {
      keyWorkers.add(Checks.notNull(assignment, "keyWorker"));
      return this;
    }

    /**
     * Adds key worker assignments to the history.
     *
     * @param assignments the assignments
     * @return this builder
     * @throws NullPointerException when the collection or an element is null ("keyWorkers[i] must not be
     *     null")
     */
    public Builder addKeyWorkers(Collection<KeyWorkerAssignment> assignments) {
      keyWorkers.addAll(Checks.list(assignments, "keyWorkers"));
      return this;
    }

    /**
     * Says whether the plan requires a key worker on every day (no gaps in the history). Default false.
     *
     * @param continuityRequired true to make gaps an error
     * @return this builder
     */
    public Builder continuityRequired(boolean continuityRequired) {
      this.continuityRequired = continuityRequired;
      return this;
    }

    /**
     * Sets the team's name.
     *
     * @param name e.g. "Margaret Hollins - care team"
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder name(String name) {
      this.name = Checks.notBlank(name, "name");
      return this;
    }

    /**
     * Sets when the team is in place for the person.
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
     * Adds an organisation responsible for the team.
     *
     * @param organisation the organisation
     * @return this builder
     * @throws NullPointerException "managingOrganisation must not be null"
     */
    public Builder addManagingOrganisation(Organisation organisation) {
      managingOrganisations.add(Checks.notNull(organisation, "managingOrganisation"));
      return this;
    }

    /**
     * Builds the care team.
     *
     * @return the care team
     * @throws IllegalStateException "id is required" / "person is required"
     */
    public CareTeam build() {
      return new CareTeam(Checks.required(id, "id"), Checks.required(person, "person"), keyWorkers,
          continuityRequired, Optional.ofNullable(name), Optional.ofNullable(period), managingOrganisations);
    }
  }
}
