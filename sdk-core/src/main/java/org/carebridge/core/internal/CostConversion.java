package org.carebridge.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.carebridge.core.Money;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.CostFrequency;

/**
 * Converts a service's unit cost to the cost per budget period. The rules (documented in
 * {@code docs/sdk/core.md}):
 *
 * <ul>
 *   <li>weekly cost = unit cost x planned units per week for hourly, daily and per-session costs;
 *       fortnightly / 2; four-weekly / 4; monthly x 12 / 52; quarterly x 4 / 52; annual / 52;
 *   <li>budget period: four-weekly = weekly x 4; annual = weekly x 52; monthly = weekly x 52 / 12;
 *   <li>a year is 52 weeks, not 365/7 (52.18): councils state annual and four-weekly budgets as 52 and 13
 *       weeks, so weekly, four-weekly and annual figures stay exact multiples of one another;
 *   <li>the whole chain is one exact fraction; the result is rounded once, to whole pence, half up (a half
 *       penny rounds away from zero);
 *   <li>one-off costs convert only to a one-off budget, and recurring costs never do.
 * </ul>
 *
 * Not API.
 */
public final class CostConversion {

  private CostConversion() {}

  /**
   * Converts a unit cost to the cost per budget period.
   *
   * @param unitCost the unit cost
   * @param frequency the frequency of the unit cost
   * @param unitsPerWeek planned units per week (used for hourly, daily and per-session costs only)
   * @param period the budget period
   * @return the cost per period, or empty when it cannot be converted (one-off against recurring, or a
   *     per-unit cost without planned units per week)
   */
  public static Optional<Money> costPer(
      Money unitCost, CostFrequency frequency, Optional<BigDecimal> unitsPerWeek, BudgetFrequency period) {
    boolean oneOffCost = frequency == CostFrequency.ONE_OFF;
    boolean oneOffPeriod = period == BudgetFrequency.ONE_OFF;
    if (oneOffCost || oneOffPeriod) {
      return oneOffCost && oneOffPeriod ? Optional.of(unitCost) : Optional.empty();
    }
    BigDecimal numerator = BigDecimal.valueOf(unitCost.pence());
    long denominator = 1;
    switch (frequency) {
      case HOURLY:
      case DAILY:
      case PER_SESSION:
        if (unitsPerWeek.isEmpty()) {
          return Optional.empty();
        }
        numerator = numerator.multiply(unitsPerWeek.get());
        break;
      case WEEKLY:
        break;
      case FORTNIGHTLY:
        denominator = 2;
        break;
      case FOUR_WEEKLY:
        denominator = 4;
        break;
      case MONTHLY:
        numerator = numerator.multiply(BigDecimal.valueOf(12));
        denominator = 52;
        break;
      case QUARTERLY:
        numerator = numerator.multiply(BigDecimal.valueOf(4));
        denominator = 52;
        break;
      case ANNUAL:
        denominator = 52;
        break;
      default:
        throw new IllegalStateException("unexpected cost frequency " + frequency);
    }
    switch (period) {
      case WEEKLY:
        break;
      case FOUR_WEEKLY:
        numerator = numerator.multiply(BigDecimal.valueOf(4));
        break;
      case MONTHLY:
        numerator = numerator.multiply(BigDecimal.valueOf(52));
        denominator *= 12;
        break;
      case ANNUAL:
        numerator = numerator.multiply(BigDecimal.valueOf(52));
        break;
      default:
        throw new IllegalStateException("unexpected budget frequency " + period);
    }
    BigDecimal pence = numerator.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP);
    return Optional.of(new Money(pence.longValueExact()));
  }
}
