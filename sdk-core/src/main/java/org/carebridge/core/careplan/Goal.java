package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.CodeLookup;

/**
 * A goal in a joint care plan (profile {@code carebridge-goal}): what matters to the person, in the
 * person's words. Build one with {@link #builder()}.
 *
 * @param description the goal, in the person's words
 * @param targetDate when the person hopes to reach it, when agreed
 * @param progress how far the goal has been achieved, when recorded at review
 * @param expressedBy who said it (normally the person), when stated
 * @param needs the needs of the plan the goal relates to (each should be one of the plan's needs: the validator
 *     reports one that is not, CB-PLAN-012)
 */
@Builds
public record Goal(
    String description,
    Optional<LocalDate> targetDate,
    Optional<Progress> progress,
    Optional<Actor> expressedBy,
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
    GoalBuilderBase.checkComponents(description, targetDate, progress, expressedBy, needs);
    needs = List.copyOf(needs);
  }

  /**
   * Starts building a goal.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this goal's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link Goal}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends GoalBuilderBase {
    private Builder() {}
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
