package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.internal.Checks;

/**
 * A goal in a joint care plan (profile {@code carebridge-goal}): what matters to the person, in the
 * person's words.
 *
 * @param description the goal, in the person's words
 * @param targetDate when the person hopes to reach it, when agreed
 */
public record Goal(String description, Optional<LocalDate> targetDate) {

  /**
   * Creates a goal.
   *
   * @param description the goal
   * @param targetDate the target date or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Goal {
    Checks.notBlank(description, "description");
    Checks.optional(targetDate, "targetDate");
  }

  /**
   * Creates a goal without a target date.
   *
   * @param description the goal, in the person's words
   * @return the goal
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public static Goal of(String description) {
    return new Goal(description, Optional.empty());
  }

  /**
   * Creates a goal with a target date.
   *
   * @param description the goal, in the person's words
   * @param targetDate the target date
   * @return the goal
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public static Goal of(String description, LocalDate targetDate) {
    return new Goal(description, Optional.of(Checks.notNull(targetDate, "targetDate")));
  }
}
