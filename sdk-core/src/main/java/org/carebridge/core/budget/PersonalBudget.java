package org.carebridge.core.budget;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.internal.Builds;

/**
 * A personal budget, personal health budget or integrated personal budget (profile
 * {@code carebridge-personal-budget}). Build one with {@link #builder()}.
 *
 * <p>Amounts are per budget period: {@link #amount()} and every contribution are in {@link #frequency()}.
 * The builder accepts any amount, including a negative one, so that a record read from a legacy system can
 * be built and then checked: the validator reports negative amounts ({@code CB-BUDGET-001}), contributions
 * that do not add up ({@code CB-BUDGET-002}) and services that cost more than the budget
 * ({@code CB-BUDGET-003}).
 *
 * @param id the record id, e.g. {@code "margaret-personal-budget"}
 * @param person the person the budget is for
 * @param holder who holds the budget
 * @param setBy the council or NHS body that set the budget
 * @param budgetType social care, NHS health, or integrated
 * @param stage indicative or agreed
 * @param period when the budget applies
 * @param amount the amount per period
 * @param frequency the budget period
 * @param management how the budget is managed
 * @param contributions the funding contributions, including the person's assessed contribution
 * @param services the services the budget pays for
 * @param carePlanId the id of the joint care plan the budget belongs to, when linked
 * @param label a short label for the budget, e.g. {@code "Personal budget 2026/27"}, when given
 * @param description a plain explanation of the budget for the person and the professionals, when given
 */
@Builds
public record PersonalBudget(
    @Builds.Check("id") String id,
    Person person,
    BudgetHolder holder,
    Organisation setBy,
    BudgetType budgetType,
    BudgetStage stage,
    DateRange period,
    Money amount,
    BudgetFrequency frequency,
    BudgetManagement management,
    List<FundingContribution> contributions,
    List<PlannedService> services,
    @Builds.Check("id") Optional<String> carePlanId,
    Optional<String> label,
    Optional<String> description) {

  /**
   * Creates a budget, copying the lists.
   *
   * @param id the record id
   * @param person the person
   * @param holder the holder
   * @param setBy the setting body
   * @param budgetType the budget type
   * @param stage the stage
   * @param period the period
   * @param amount the amount per period
   * @param frequency the period
   * @param management the management option
   * @param contributions the contributions
   * @param services the services
   * @param carePlanId the care plan id or empty
   * @param label the label or empty
   * @param description the description or empty
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when an id is not an id, or "label must not be blank" / "description must
   *     not be blank"
   */
  public PersonalBudget {
    PersonalBudgetBuilderBase.checkComponents(id, person, holder, setBy, budgetType, stage, period, amount, frequency,
        management, contributions, services, carePlanId, label, description);
    contributions = List.copyOf(contributions);
    services = List.copyOf(services);
  }

  /**
   * Starts building a budget.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this budget's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link PersonalBudget}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends PersonalBudgetBuilderBase {
    private Builder() {
      holder(BudgetHolder.builder().build());
    }
  }

  /**
   * Returns the person's assessed contribution: the sum of the contributions from
   * {@link FundingSource#CLIENT_CONTRIBUTION}.
   *
   * @return the client contribution per period, zero when there is none
   */
  public Money clientContribution() {
    return contributions.stream()
        .filter(c -> c.source() == FundingSource.CLIENT_CONTRIBUTION)
        .map(FundingContribution::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /**
   * Returns the sum of all funding contributions.
   *
   * @return the total per period
   */
  public Money contributionsTotal() {
    return contributions.stream().map(FundingContribution::amount).reduce(Money.ZERO, Money::plus);
  }

}
