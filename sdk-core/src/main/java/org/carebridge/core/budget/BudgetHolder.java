package org.carebridge.core.budget;

import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.internal.Builds;

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
@Builds
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
    BudgetHolderBuilderBase.checkComponents(kind, name, paymentsSuspended, period);
    if (kind == Kind.THE_PERSON && name.isPresent()) {
      throw new IllegalArgumentException("name must be empty when the person holds the budget");
    }
    if (kind != Kind.THE_PERSON && name.isEmpty()) {
      throw new IllegalArgumentException("name is required for a nominated or authorised person");
    }
  }

  /**
   * Starts building a holder: the person, unless {@code kind} says otherwise (a nominated or authorised
   * person also needs a {@code name}).
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
    return new Builder().fill(this);
  }

  /** Builds a {@link BudgetHolder}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends BudgetHolderBuilderBase {
    private Builder() {
      kind(Kind.THE_PERSON);
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
