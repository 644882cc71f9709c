package org.carebridge.core.budget;

import org.carebridge.core.Money;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.internal.Checks;

/**
 * One share of a personal budget: who pays it and how much per budget period (extension
 * {@code carebridge-funding-contribution}). The person's assessed contribution is a contribution with
 * source {@link FundingSource#CLIENT_CONTRIBUTION}.
 *
 * @param source who pays (value set {@code budget-funding-source})
 * @param amount the amount per budget period, in the budget's frequency
 */
public record FundingContribution(FundingSource source, Money amount) {

  /**
   * Creates a contribution.
   *
   * @param source the funding source
   * @param amount the amount
   * @throws NullPointerException "source must not be null" / "amount must not be null"
   */
  public FundingContribution {
    Checks.notNull(source, "source");
    Checks.notNull(amount, "amount");
  }

  /**
   * Creates a contribution.
   *
   * @param source the funding source
   * @param amount the amount per budget period
   * @return the contribution
   * @throws NullPointerException when an argument is null
   */
  public static FundingContribution of(FundingSource source, Money amount) {
    return new FundingContribution(source, amount);
  }
}
