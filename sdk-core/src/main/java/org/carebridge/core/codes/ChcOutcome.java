package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Outcome of considering NHS Continuing Healthcare.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/chc-outcome}.
 */
public enum ChcOutcome implements Coded {
  /** Checklist negative: full assessment not required ({@code checklist-negative}). */
  CHECKLIST_NEGATIVE("checklist-negative", "Checklist negative: full assessment not required"),
  /** Eligible for NHS Continuing Healthcare ({@code eligible}). */
  ELIGIBLE("eligible", "Eligible for NHS Continuing Healthcare"),
  /** Not eligible ({@code not-eligible}). */
  NOT_ELIGIBLE("not-eligible", "Not eligible"),
  /** Full assessment pending ({@code assessment-pending}). */
  ASSESSMENT_PENDING("assessment-pending", "Full assessment pending"),
  /** Fast track ({@code fast-track}). */
  FAST_TRACK("fast-track", "Fast track");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "chc-outcome";

  private final String code;
  private final String display;

  ChcOutcome(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<ChcOutcome> fromCode(String code) {
    return CodeLookup.find(values(), code);
  }

  /** {@inheritDoc} */
  @Override
  public String system() {
    return SYSTEM;
  }

  /** {@inheritDoc} */
  @Override
  public String code() {
    return code;
  }

  /** {@inheritDoc} */
  @Override
  public String display() {
    return display;
  }


}
