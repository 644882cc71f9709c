package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Frequency of a service's unit cost: the full CLD cost frequency (unit type) list. For hourly, daily and per-session costs the service also states its planned units per week.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/cost-frequency}.
 */
public enum CostFrequency implements Coded {
  /** Hourly ({@code hourly}). */
  HOURLY("hourly", "Hourly"),
  /** Daily ({@code daily}). */
  DAILY("daily", "Daily"),
  /** Per session ({@code per-session}). */
  PER_SESSION("per-session", "Per session"),
  /** Weekly ({@code weekly}). */
  WEEKLY("weekly", "Weekly"),
  /** Fortnightly ({@code fortnightly}). */
  FORTNIGHTLY("fortnightly", "Fortnightly"),
  /** Four-weekly ({@code four-weekly}). */
  FOUR_WEEKLY("four-weekly", "Four-weekly"),
  /** Monthly ({@code monthly}). */
  MONTHLY("monthly", "Monthly"),
  /** Quarterly ({@code quarterly}). */
  QUARTERLY("quarterly", "Quarterly"),
  /** Annual ({@code annual}). */
  ANNUAL("annual", "Annual"),
  /** One-off ({@code one-off}). */
  ONE_OFF("one-off", "One-off");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "cost-frequency";

  private final String code;
  private final String display;

  CostFrequency(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<CostFrequency> fromCode(String code) {
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
   * Tells whether the unit cost is per unit (hour, day, session), so that the weekly cost is the unit cost
   * times the planned units per week.
   *
   * @return true for hourly, daily and per-session
   */
  public boolean isPerUnit() {
    return this == HOURLY || this == DAILY || this == PER_SESSION;
  }

}
