package org.carebridge.core.budget;

import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.internal.Checks;

/**
 * Who holds a personal budget: the person, or a nominated or authorised person acting for them.
 *
 * <p>Build one with {@link #builder()}. A holder other than the person has a name; the person holding their own
 * budget has none.
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
   * Starts building a holder: the person, unless {@link Builder#nominated(String)} or
   * {@link Builder#authorised(String)} says otherwise.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this holder's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.name = name.orElse(null);
    b.paymentsSuspended = paymentsSuspended.orElse(null);
    b.period = period.orElse(null);
    return b;
  }

  /** Builds a {@link BudgetHolder}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private Kind kind = Kind.THE_PERSON;
    private String name;
    private Boolean paymentsSuspended;
    private DateRange period;

    private Builder() {}

    /**
     * The person supported holds the budget (the default).
     *
     * @return this builder
     */
    public Builder thePerson() {
      this.kind = Kind.THE_PERSON;
      this.name = null;
      return this;
    }

    /**
     * A person nominated by the person supported holds the budget.
     *
     * @param name the nominated person's name
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder nominated(String name) {
      this.name = Checks.notBlank(name, "name");
      this.kind = Kind.NOMINATED_PERSON;
      return this;
    }

    /**
     * A person authorised to act for a person who lacks capacity holds the budget.
     *
     * @param name the authorised person's name
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder authorised(String name) {
      this.name = Checks.notBlank(name, "name");
      this.kind = Kind.AUTHORISED_PERSON;
      return this;
    }

    /**
     * States whether payments to this holder are suspended.
     *
     * @param paymentsSuspended whether suspended
     * @return this builder
     */
    public Builder paymentsSuspended(boolean paymentsSuspended) {
      this.paymentsSuspended = paymentsSuspended;
      return this;
    }

    /**
     * Sets when this holder holds the budget.
     *
     * @param period the period
     * @return this builder
     * @throws NullPointerException "period must not be null"
     */
    public Builder period(DateRange period) {
      this.period = Checks.notNull(period, "period");
      return this;
    }

    /**
     * Builds the holder.
     *
     * @return the holder
     */
    public BudgetHolder build() {
      return new BudgetHolder(kind, Optional.ofNullable(name), Optional.ofNullable(paymentsSuspended),
          Optional.ofNullable(period));
    }
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
