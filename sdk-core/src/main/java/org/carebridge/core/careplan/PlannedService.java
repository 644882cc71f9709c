package org.carebridge.core.careplan;

import java.math.BigDecimal;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;
import org.carebridge.core.internal.CostConversion;

/**
 * A service in a joint care plan or paid for by a personal budget, in the shape of a CLD service row:
 * service type, provider, unit cost and its frequency, planned units per week, funding source and
 * delivery mechanism. Build one with {@link #builder()}.
 *
 * @param description what the service is, e.g. {@code "Home care"}
 * @param serviceType the CLD service type
 * @param provider the providing organisation, when there is one (a personal assistant has none)
 * @param unitCost the gross planned cost per unit
 * @param costFrequency the unit of the cost (CLD cost frequency)
 * @param plannedUnitsPerWeek planned units per week, for hourly, daily and per-session costs
 * @param fundingSource who pays (value set {@code service-funding-source})
 * @param deliveryMechanism how it is delivered (value set {@code cld-delivery-mechanism}), when stated
 * @param period when the service runs, when stated
 * @param name the service's own short name, e.g. {@code "Home care"}, when it has one besides the description
 * @param status where the service is in its life ({@link Status#SCHEDULED} unless stated)
 * @param schedule how often and for how long the service is delivered, when stated
 * @param providerDescription who provides the service, in words, when that is not (only) an organisation, e.g. a
 *     personal assistant the person employs
 */
@Builds
public record PlannedService(
    String description,
    ServiceType serviceType,
    Optional<Organisation> provider,
    Money unitCost,
    CostFrequency costFrequency,
    @Builds.Check("positive") Optional<BigDecimal> plannedUnitsPerWeek,
    FundingSource fundingSource,
    Optional<BudgetManagement> deliveryMechanism,
    Optional<DateRange> period,
    Optional<String> name,
    Status status,
    Optional<ServiceSchedule> schedule,
    Optional<String> providerDescription) {

  /**
   * Creates a service. Planned units per week are normalised (trailing zeros stripped) so that equal
   * quantities compare equal.
   *
   * @param description the description
   * @param serviceType the service type
   * @param provider the provider or empty
   * @param unitCost the unit cost
   * @param costFrequency the cost frequency
   * @param plannedUnitsPerWeek the units per week or empty
   * @param fundingSource the funding source
   * @param deliveryMechanism the delivery mechanism or empty
   * @param period the period or empty
   * @param name the name or empty
   * @param status the status
   * @param schedule the schedule or empty
   * @param providerDescription the provider in words or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the description, name or provider description is blank or units per
   *     week are not positive
   */
  public PlannedService {
    PlannedServiceBuilderBase.checkComponents(description, serviceType, provider, unitCost, costFrequency,
        plannedUnitsPerWeek, fundingSource, deliveryMechanism, period, name, status, schedule, providerDescription);
    plannedUnitsPerWeek = plannedUnitsPerWeek.map(BigDecimal::stripTrailingZeros);
  }

  /**
   * Returns a description without the provider description (it may name the person's personal assistant).
   *
   * @return the components, the provider description shown as {@code ***} when present
   */
  @Override
  public String toString() {
    return "PlannedService[description=" + description + ", serviceType=" + serviceType + ", provider=" + provider
        + ", unitCost=" + unitCost + ", costFrequency=" + costFrequency + ", plannedUnitsPerWeek="
        + plannedUnitsPerWeek + ", fundingSource=" + fundingSource + ", deliveryMechanism=" + deliveryMechanism
        + ", period=" + period + ", name=" + name + ", status=" + status + ", schedule=" + schedule
        + ", providerDescription=" + providerDescription.map(t -> "***") + "]";
  }

  /**
   * Starts building a service.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this service's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link PlannedService}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends PlannedServiceBuilderBase {
    private Builder() {
      status(Status.SCHEDULED);
    }
  }

  /**
   * Returns the cost of this service per budget period. Hourly, daily and per-session costs are multiplied
   * by the planned units per week; a year is 52 weeks and a month is 52/12 weeks; the exact result is
   * rounded once to whole pence, half up. See {@code docs/sdk/core.md}, "Costs per period".
   *
   * @param period the budget period
   * @return the cost per period, or empty when it cannot be converted: a one-off cost against a recurring
   *     period or the reverse, or a per-unit cost without planned units per week
   * @throws NullPointerException "period must not be null"
   */
  public Optional<Money> costPer(BudgetFrequency period) {
    Checks.notNull(period, "period");
    return CostConversion.costPer(unitCost, costFrequency, plannedUnitsPerWeek, period);
  }

  /** Where a service is in its life (FHIR {@code CarePlanActivityStatus}). */
  public enum Status implements Coded {
    /** Not started ({@code not-started}). */
    NOT_STARTED("not-started", "Not Started"),
    /** Scheduled ({@code scheduled}). */
    SCHEDULED("scheduled", "Scheduled"),
    /** In progress ({@code in-progress}). */
    IN_PROGRESS("in-progress", "In Progress"),
    /** On hold ({@code on-hold}). */
    ON_HOLD("on-hold", "On Hold"),
    /** Completed ({@code completed}). */
    COMPLETED("completed", "Completed"),
    /** Cancelled ({@code cancelled}). */
    CANCELLED("cancelled", "Cancelled"),
    /** Stopped ({@code stopped}). */
    STOPPED("stopped", "Stopped"),
    /** Unknown ({@code unknown}). */
    UNKNOWN("unknown", "Unknown"),
    /** Entered in error ({@code entered-in-error}). */
    ENTERED_IN_ERROR("entered-in-error", "Entered in Error");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/care-plan-activity-status";

    private final String code;
    private final String display;

    Status(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<Status> fromCode(String code) {
      return CodeLookup.find(values(), code);
    }

    @Override
    public String system() {
      return SYSTEM;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String display() {
      return display;
    }
  }
}
