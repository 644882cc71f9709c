package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * How a personal budget (or one service) is managed: the CLD delivery mechanism plus practice options.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/budget-management}.
 */
public enum BudgetManagement implements Coded {
  /** Direct Payment ({@code direct-payment}). */
  DIRECT_PAYMENT("direct-payment", "Direct Payment", true),
  /** Part Direct Payment ({@code part-direct-payment}). */
  PART_DIRECT_PAYMENT("part-direct-payment", "Part Direct Payment", false),
  /** CASSR Managed Personal Budget ({@code cassr-managed}). */
  CASSR_MANAGED("cassr-managed", "CASSR Managed Personal Budget", true),
  /** CASSR Commissioned Support ({@code cassr-commissioned}). */
  CASSR_COMMISSIONED("cassr-commissioned", "CASSR Commissioned Support", true),
  /** Self-Funder Metering Only ({@code self-funder-metering}). */
  SELF_FUNDER_METERING("self-funder-metering", "Self-Funder Metering Only", true),
  /** Individual Service Fund ({@code individual-service-fund}). */
  INDIVIDUAL_SERVICE_FUND("individual-service-fund", "Individual Service Fund", false),
  /** NHS personal health budget: notional ({@code phb-notional}). */
  PHB_NOTIONAL("phb-notional", "NHS personal health budget: notional", false),
  /** NHS personal health budget: third party ({@code phb-third-party}). */
  PHB_THIRD_PARTY("phb-third-party", "NHS personal health budget: third party", false),
  /** NHS personal health budget: direct payment ({@code phb-direct-payment}). */
  PHB_DIRECT_PAYMENT("phb-direct-payment", "NHS personal health budget: direct payment", false);

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "budget-management";

  private final String code;
  private final String display;
  private final boolean cldDeliveryMechanism;

  BudgetManagement(String code, String display, boolean cldDeliveryMechanism) {
    this.code = code;
    this.display = display;
    this.cldDeliveryMechanism = cldDeliveryMechanism;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<BudgetManagement> fromCode(String code) {
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
   * Tells whether this code is in the value set {@code cld-delivery-mechanism}, the four CLD labels used
   * per service: direct-payment, cassr-managed, cassr-commissioned, self-funder-metering.
   *
   * @return true for the four CLD delivery mechanisms
   */
  public boolean isCldDeliveryMechanism() {
    return cldDeliveryMechanism;
  }

  /**
   * Tells whether this is one of the NHS personal health budget options ({@code phb-*}).
   *
   * @return true for phb-notional, phb-third-party and phb-direct-payment
   */
  public boolean isPersonalHealthBudgetOption() {
    return code.startsWith("phb-");
  }

}
