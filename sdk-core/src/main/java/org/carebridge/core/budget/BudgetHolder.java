package org.carebridge.core.budget;

import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.internal.Checks;

/**
 * Who holds a personal budget: the person, or a nominated or authorised person acting for them.
 *
 * <p>{@link #thePerson()}, {@link #nominated(String)} and {@link #authorised(String)} give a holder without the
 * optional facts; add them with {@link #withPaymentsSuspended(boolean)} and {@link #withPeriod(DateRange)}.
 *
 * @param kind the kind of holder
 * @param name the holder's name when the holder is not the person themselves
 * @param paymentsSuspended whether payments to this holder are suspended (e.g. during a review of a direct
 *     payment), when stated
 * @param period when this holder holds the budget, when known
 */
public record BudgetHolder(
    Kind kind, Optional<String> name, Optional<Boolean> paymentsSuspended, Optional<DateRange> period) {

  /** The kinds of budget holder. */
  public enum Kind {
    /** The person supported holds the budget. */
    THE_PERSON,
    /** A person nominated by the person supported (who has capacity). */
    NOMINATED_PERSON,
    /** A person authorised to act for a person who lacks capacity. */
    AUTHORISED_PERSON
  }

  /**
   * Creates a holder.
   *
   * @param kind the kind
   * @param name the name, required unless the holder is the person
   * @param paymentsSuspended whether payments are suspended, or empty
   * @param period when the holder holds the budget, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "name must not be blank", "name is required for a nominated or
   *     authorised person" or "name must be empty when the person holds the budget"
   */
  public BudgetHolder {
    Checks.notNull(kind, "kind");
    Checks.optionalText(name, "name");
    if (kind == Kind.THE_PERSON && name.isPresent()) {
      throw new IllegalArgumentException("name must be empty when the person holds the budget");
    }
    if (kind != Kind.THE_PERSON && name.isEmpty()) {
      throw new IllegalArgumentException("name is required for a nominated or authorised person");
    }
    Checks.optional(paymentsSuspended, "paymentsSuspended");
    Checks.optional(period, "period");
  }

  /**
   * Creates a holder without the optional facts.
   *
   * @param kind the kind
   * @param name the name, required unless the holder is the person
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException as {@link #BudgetHolder(Kind, Optional, Optional, Optional)}
   */
  public BudgetHolder(Kind kind, Optional<String> name) {
    this(kind, name, Optional.empty(), Optional.empty());
  }

  /**
   * The person supported holds the budget.
   *
   * @return the holder
   */
  public static BudgetHolder thePerson() {
    return new BudgetHolder(Kind.THE_PERSON, Optional.empty());
  }

  /**
   * A nominated person holds the budget.
   *
   * @param name the nominated person's name
   * @return the holder
   * @throws NullPointerException "name must not be null"
   * @throws IllegalArgumentException "name must not be blank"
   */
  public static BudgetHolder nominated(String name) {
    return new BudgetHolder(Kind.NOMINATED_PERSON, Optional.of(Checks.notBlank(name, "name")));
  }

  /**
   * An authorised person holds the budget.
   *
   * @param name the authorised person's name
   * @return the holder
   * @throws NullPointerException "name must not be null"
   * @throws IllegalArgumentException "name must not be blank"
   */
  public static BudgetHolder authorised(String name) {
    return new BudgetHolder(Kind.AUTHORISED_PERSON, Optional.of(Checks.notBlank(name, "name")));
  }

  /**
   * This holder, with payments stated to be suspended or not.
   *
   * @param suspended whether payments to this holder are suspended
   * @return a new holder
   */
  public BudgetHolder withPaymentsSuspended(boolean suspended) {
    return new BudgetHolder(kind, name, Optional.of(suspended), period);
  }

  /**
   * This holder with the period they hold the budget.
   *
   * @param period when this holder holds the budget
   * @return a new holder
   * @throws NullPointerException "period must not be null"
   */
  public BudgetHolder withPeriod(DateRange period) {
    return new BudgetHolder(kind, name, paymentsSuspended, Optional.of(Checks.notNull(period, "period")));
  }

  /**
   * Returns the kind only: the name is personal data.
   *
   * @return e.g. {@code "BudgetHolder[NOMINATED_PERSON]"}
   */
  @Override
  public String toString() {
    return "BudgetHolder[" + kind + "]";
  }
}
