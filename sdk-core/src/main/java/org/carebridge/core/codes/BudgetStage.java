package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Whether a budget amount is indicative or agreed.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/budget-stage}.
 */
public enum BudgetStage implements Coded {
  /** Indicative budget ({@code indicative}). */
  INDICATIVE("indicative", "Indicative budget"),
  /** Agreed budget ({@code agreed}). */
  AGREED("agreed", "Agreed budget");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "budget-stage";

  private final String code;
  private final String display;

  BudgetStage(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<BudgetStage> fromCode(String code) {
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
