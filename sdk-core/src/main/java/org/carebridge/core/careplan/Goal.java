package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * A goal in a joint care plan (profile {@code carebridge-goal}): what matters to the person, in the
 * person's words.
 *
 * @param description the goal, in the person's words
 * @param targetDate when the person hopes to reach it, when agreed
 * @param progress how far the goal has been achieved, when recorded at review
 * @param expressedBy who said it (normally the person), when stated
 * @param needs the needs of the plan the goal relates to (each must be one of the plan's needs)
 */
public record Goal(
    String description,
    Optional<LocalDate> targetDate,
    Optional<Progress> progress,
    Optional<Party> expressedBy,
    List<Need> needs) {

  /**
   * Creates a goal, copying the needs.
   *
   * @param description the goal
   * @param targetDate the target date or empty
   * @param progress the progress or empty
   * @param expressedBy who expressed it or empty
   * @param needs the needs it relates to
   * @throws NullPointerException when an argument or a need is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Goal {
    Checks.notBlank(description, "description");
    Checks.optional(targetDate, "targetDate");
    Checks.optional(progress, "progress");
    Checks.optional(expressedBy, "expressedBy");
    needs = Checks.list(needs, "needs");
  }

  /**
   * Creates a goal with no progress, author or needs recorded.
   *
   * @param description the goal
   * @param targetDate the target date or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Goal(String description, Optional<LocalDate> targetDate) {
    this(description, targetDate, Optional.empty(), Optional.empty(), List.of());
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

  /**
   * This goal with its progress.
   *
   * @param progress how far the goal has been achieved
   * @return a new goal
   * @throws NullPointerException "progress must not be null"
   */
  public Goal withProgress(Progress progress) {
    return new Goal(description, targetDate, Optional.of(Checks.notNull(progress, "progress")), expressedBy, needs);
  }

  /**
   * This goal, expressed by someone.
   *
   * @param who who said it, e.g. {@link Party#thePerson()}
   * @return a new goal
   * @throws NullPointerException "expressedBy must not be null"
   */
  public Goal expressedBy(Party who) {
    return new Goal(description, targetDate, progress, Optional.of(Checks.notNull(who, "expressedBy")), needs);
  }

  /**
   * This goal, relating to needs of the plan.
   *
   * @param needs the needs
   * @return a new goal
   * @throws NullPointerException when the collection or a need is null
   */
  public Goal addressing(Collection<Need> needs) {
    return new Goal(description, targetDate, progress, expressedBy, Checks.list(needs, "needs"));
  }

  /** How far a goal has been achieved (FHIR's {@code goal-achievement} codes). */
  public enum Progress implements Coded {
    /** In progress ({@code in-progress}). */
    IN_PROGRESS("in-progress", "In Progress"),
    /** Improving ({@code improving}). */
    IMPROVING("improving", "Improving"),
    /** Worsening ({@code worsening}). */
    WORSENING("worsening", "Worsening"),
    /** No change ({@code no-change}). */
    NO_CHANGE("no-change", "No Change"),
    /** Achieved ({@code achieved}). */
    ACHIEVED("achieved", "Achieved"),
    /** Sustaining ({@code sustaining}). */
    SUSTAINING("sustaining", "Sustaining"),
    /** Not achieved ({@code not-achieved}). */
    NOT_ACHIEVED("not-achieved", "Not Achieved"),
    /** No progress ({@code no-progress}). */
    NO_PROGRESS("no-progress", "No Progress"),
    /** Not attainable ({@code not-attainable}). */
    NOT_ATTAINABLE("not-attainable", "Not Attainable");

    /** The code system URL. */
    public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private final String code;
    private final String display;

    Progress(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<Progress> fromCode(String code) {
      return CodeLookup.find(values(), code);
    }

    @Override
    public String system() {
      return SYSTEM;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String display() {
      return display;
    }
  }
}
