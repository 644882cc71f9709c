package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Kind of personal budget.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/budget-type}.
 */
public enum BudgetType implements Coded {
  /** Social care personal budget ({@code personal-budget}). */
  PERSONAL_BUDGET("personal-budget", "Social care personal budget"),
  /** NHS personal health budget ({@code personal-health-budget}). */
  PERSONAL_HEALTH_BUDGET("personal-health-budget", "NHS personal health budget"),
  /** Integrated personal budget ({@code integrated-personal-budget}). */
  INTEGRATED_PERSONAL_BUDGET("integrated-personal-budget", "Integrated personal budget");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "budget-type";

  private final String code;
  private final String display;

  BudgetType(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<BudgetType> fromCode(String code) {
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
