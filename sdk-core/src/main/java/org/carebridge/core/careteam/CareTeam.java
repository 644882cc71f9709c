package org.carebridge.core.careteam;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.internal.Builds;
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
@Builds
public record CareTeam(
    @Builds.Check("id") String id,
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
    CareTeamBuilderBase.checkComponents(id, person, keyWorkers, continuityRequired, name, period,
        managingOrganisations);
    keyWorkers = List.copyOf(keyWorkers);
    managingOrganisations = List.copyOf(managingOrganisations);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link CareTeam}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends CareTeamBuilderBase {
    private Builder() {}
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

}
