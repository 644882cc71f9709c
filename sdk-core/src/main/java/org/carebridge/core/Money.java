package org.carebridge.core;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.carebridge.core.internal.Checks;

/**
 * An exact amount of money in pounds sterling (GBP), held as a whole number of pence. No floating point
 * anywhere: an amount is read from its decimal text with {@link #parse(String)} ({@code new Money(pence)} holds
 * a whole number of pence), and arithmetic is exact.
 *
 * <p>An amount may be negative (an adjustment, a refund): whether a negative amount is allowed in a given
 * place is a business rule that the validator reports (e.g. {@code CB-BUDGET-001}), not a construction
 * error.
 *
 * @param pence the amount in pence
 */
public record Money(long pence) implements Comparable<Money> {

  /** Zero pounds. */
  public static final Money ZERO = new Money(0);

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,2})?");

  /**
   * Parses a decimal amount in pounds: an optional minus sign, digits, and optionally a point followed by
   * one or two digits, e.g. {@code "412.50"}, {@code "65"}, {@code "0.5"}. No currency sign, no grouping.
   *
   * @param pounds the amount in pounds
   * @return the amount
   * @throws NullPointerException "amount must not be null"
   * @throws IllegalArgumentException "amount must be a decimal number of pounds with at most two decimal
   *     places"
   */
  public static Money parse(String pounds) {
    Checks.notNull(pounds, "amount");
    if (!DECIMAL.matcher(pounds).matches()) {
      throw new IllegalArgumentException(
          "amount must be a decimal number of pounds with at most two decimal places");
    }
    // at most 15 digits of pounds: the pence fit a long
    return new Money(new BigDecimal(pounds).movePointRight(2).longValueExact());
  }

  /**
   * Adds two amounts.
   *
   * @param other the amount to add
   * @return the sum
   * @throws NullPointerException when {@code other} is null
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    Checks.notNull(other, "other");
    return new Money(Math.addExact(pence, other.pence));
  }

  /**
   * Subtracts an amount.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws NullPointerException when {@code other} is null
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    Checks.notNull(other, "other");
    return new Money(Math.subtractExact(pence, other.pence));
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the factor
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(pence, factor));
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return pence < 0;
  }

  /**
   * Returns the amount in pounds as a decimal with two decimal places, e.g. {@code 412.50}.
   *
   * @return the amount in pounds
   */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /**
   * Orders amounts by value.
   *
   * @param other the amount to compare with
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /**
   * Returns the amount with a pound sign and two decimals, e.g. {@code "£412.50"} or {@code "-£3.05"}.
   *
   * @return the formatted amount
   */
  @Override
  public String toString() {
    String pounds = BigDecimal.valueOf(Math.abs(pence), 2).toPlainString();
    return (pence < 0 ? "-£" : "£") + pounds;
  }
}
