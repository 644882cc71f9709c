package org.carebridge.core.budget;

import java.util.ArrayList;
import java.util.Collection;
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
import org.carebridge.core.internal.Checks;

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
public record PersonalBudget(
    String id,
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
    Optional<String> carePlanId,
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
    Checks.id(id, "id");
    Checks.notNull(person, "person");
    Checks.notNull(holder, "holder");
    Checks.notNull(setBy, "setBy");
    Checks.notNull(budgetType, "budgetType");
    Checks.notNull(stage, "stage");
    Checks.notNull(period, "period");
    Checks.notNull(amount, "amount");
    Checks.notNull(frequency, "frequency");
    Checks.notNull(management, "management");
    contributions = Checks.list(contributions, "contributions");
    services = Checks.list(services, "services");
    Checks.optional(carePlanId, "carePlanId").ifPresent(p -> Checks.id(p, "carePlanId"));
    Checks.optionalText(label, "label");
    Checks.optionalText(description, "description");
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
    Builder b = new Builder();
    b.id = id;
    b.person = person;
    b.holder = holder;
    b.setBy = setBy;
    b.budgetType = budgetType;
    b.stage = stage;
    b.period = period;
    b.amount = amount;
    b.frequency = frequency;
    b.management = management;
    b.contributions.addAll(contributions);
    b.services.addAll(services);
    b.carePlanId = carePlanId.orElse(null);
    b.label = label.orElse(null);
    b.description = description.orElse(null);
    return b;
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

  /** Builds a {@link PersonalBudget}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Person person;
    private BudgetHolder holder = BudgetHolder.builder().build();
    private Organisation setBy;
    private BudgetType budgetType;
    private BudgetStage stage;
    private DateRange period;
    private Money amount;
    private BudgetFrequency frequency;
    private BudgetManagement management;
    private final List<FundingContribution> contributions = new ArrayList<>();
    private final List<PlannedService> services = new ArrayList<>();
    private String carePlanId;
    private String label;
    private String description;

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the person the budget is for.
     *
     * @param person the person
     * @return this builder
     * @throws NullPointerException "person must not be null"
     */
    public Builder person(Person person) {
      this.person = Checks.notNull(person, "person");
      return this;
    }

    /**
     * Sets who holds the budget. Default: the person.
     *
     * @param holder the holder
     * @return this builder
     * @throws NullPointerException "holder must not be null"
     */
    public Builder holder(BudgetHolder holder) {
      this.holder = Checks.notNull(holder, "holder");
      return this;
    }

    /**
     * Sets the council or NHS body that set the budget.
     *
     * @param setBy the organisation
     * @return this builder
     * @throws NullPointerException "setBy must not be null"
     */
    public Builder setBy(Organisation setBy) {
      this.setBy = Checks.notNull(setBy, "setBy");
      return this;
    }

    /**
     * Sets the budget type.
     *
     * @param budgetType the type
     * @return this builder
     * @throws NullPointerException "budgetType must not be null"
     */
    public Builder budgetType(BudgetType budgetType) {
      this.budgetType = Checks.notNull(budgetType, "budgetType");
      return this;
    }

    /**
     * Sets whether the budget is indicative or agreed.
     *
     * @param stage the stage
     * @return this builder
     * @throws NullPointerException "stage must not be null"
     */
    public Builder stage(BudgetStage stage) {
      this.stage = Checks.notNull(stage, "stage");
      return this;
    }

    /**
     * Sets when the budget applies.
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
     * Sets the amount per budget period and the period, e.g. £412.50 weekly.
     *
     * @param amount the amount per period
     * @param frequency the budget period
     * @return this builder
     * @throws NullPointerException "amount must not be null" / "frequency must not be null"
     */
    public Builder amount(Money amount, BudgetFrequency frequency) {
      this.amount = Checks.notNull(amount, "amount");
      this.frequency = Checks.notNull(frequency, "frequency");
      return this;
    }

    /**
     * Sets how the budget is managed.
     *
     * @param management the management option
     * @return this builder
     * @throws NullPointerException "management must not be null"
     */
    public Builder management(BudgetManagement management) {
      this.management = Checks.notNull(management, "management");
      return this;
    }

    /**
     * Adds a funding contribution.
     *
     * @param source who pays
     * @param amount how much per budget period
     * @return this builder
     * @throws NullPointerException "source must not be null" / "amount must not be null"
     */
    public Builder addContribution(FundingSource source, Money amount) {
      contributions.add(FundingContribution.of(source, amount));
      return this;
    }

    /**
     * Adds a service the budget pays for.
     *
     * @param service the service
     * @return this builder
     * @throws NullPointerException "service must not be null"
     */
    public Builder addService(PlannedService service) {
      services.add(Checks.notNull(service, "service"));
      return this;
    }

    /**
     * Adds services the budget pays for.
     *
     * @param services the services
     * @return this builder
     * @throws NullPointerException when the collection or an element is null ("services[i] must not be
     *     null")
     */
    public Builder addServices(Collection<PlannedService> services) {
      this.services.addAll(Checks.list(services, "services"));
      return this;
    }

    /**
     * Links the joint care plan the budget belongs to.
     *
     * @param carePlanId the plan's record id
     * @return this builder
     * @throws NullPointerException "carePlanId must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder carePlanId(String carePlanId) {
      this.carePlanId = Checks.id(carePlanId, "carePlanId");
      return this;
    }

    /**
     * Sets a short label for the budget.
     *
     * @param label e.g. {@code "Personal budget 2026/27"}
     * @return this builder
     * @throws NullPointerException "label must not be null"
     * @throws IllegalArgumentException "label must not be blank"
     */
    public Builder label(String label) {
      this.label = Checks.notBlank(label, "label");
      return this;
    }

    /**
     * Sets a plain explanation of the budget.
     *
     * @param description the explanation
     * @return this builder
     * @throws NullPointerException "description must not be null"
     * @throws IllegalArgumentException "description must not be blank"
     */
    public Builder description(String description) {
      this.description = Checks.notBlank(description, "description");
      return this;
    }

    /**
     * Builds the budget.
     *
     * @return the budget
     * @throws IllegalStateException when a required field is missing: "id is required", "person is
     *     required", "setBy is required", "budgetType is required", "stage is required", "period is
     *     required", "amount is required", "management is required"
     */
    public PersonalBudget build() {
      return new PersonalBudget(
          Checks.required(id, "id"),
          Checks.required(person, "person"),
          holder,
          Checks.required(setBy, "setBy"),
          Checks.required(budgetType, "budgetType"),
          Checks.required(stage, "stage"),
          Checks.required(period, "period"),
          Checks.required(amount, "amount"),
          frequency,
          Checks.required(management, "management"),
          contributions,
          services,
          Optional.ofNullable(carePlanId),
          Optional.ofNullable(label),
          Optional.ofNullable(description));
    }
  }
}
