package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Frequency of a personal budget amount: the value set {@code budget-frequency} (weekly, four-weekly, monthly, annual, one-off), drawn from the {@code cost-frequency} code system.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/cost-frequency}.
 */
public enum BudgetFrequency implements Coded {
  /** Weekly ({@code weekly}). */
  WEEKLY("weekly", "Weekly"),
  /** Four-weekly ({@code four-weekly}). */
  FOUR_WEEKLY("four-weekly", "Four-weekly"),
  /** Monthly ({@code monthly}). */
  MONTHLY("monthly", "Monthly"),
  /** Annual ({@code annual}). */
  ANNUAL("annual", "Annual"),
  /** One-off ({@code one-off}). */
  ONE_OFF("one-off", "One-off");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "cost-frequency";

  private final String code;
  private final String display;

  BudgetFrequency(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<BudgetFrequency> fromCode(String code) {
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

  /**
   * Returns the same concept in the full cost frequency list.
   *
   * @return the matching {@link CostFrequency}
   */
  public CostFrequency toCostFrequency() {
    return CostFrequency.fromCode(code).orElseThrow();
  }

}
