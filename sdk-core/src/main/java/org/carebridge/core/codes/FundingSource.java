package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Who pays: for a service (value set {@code service-funding-source}) or a share of a budget (value set {@code budget-funding-source}).
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/funding-source}.
 */
public enum FundingSource implements Coded {
  /** Local authority (council) ({@code council}). */
  COUNCIL("council", "Local authority (council)", true, true),
  /** NHS ({@code nhs}). */
  NHS("nhs", "NHS", true, true),
  /** NHS Continuing Healthcare ({@code nhs-continuing-healthcare}). */
  NHS_CONTINUING_HEALTHCARE("nhs-continuing-healthcare", "NHS Continuing Healthcare", true, true),
  /** Joint health and social care (integrated) funding ({@code joint}). */
  JOINT("joint", "Joint health and social care (integrated) funding", true, true),
  /** Self-funded by the person ({@code self-funded}). */
  SELF_FUNDED("self-funded", "Self-funded by the person", true, false),
  /** Direct payment ({@code direct-payment}). */
  DIRECT_PAYMENT("direct-payment", "Direct payment", true, false),
  /** The person's assessed contribution ({@code client-contribution}). */
  CLIENT_CONTRIBUTION("client-contribution", "The person's assessed contribution", false, true);

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "funding-source";

  private final String code;
  private final String display;
  private final boolean serviceFundingSource;
  private final boolean budgetFundingSource;

  FundingSource(String code, String display, boolean serviceFundingSource, boolean budgetFundingSource) {
    this.code = code;
    this.display = display;
    this.serviceFundingSource = serviceFundingSource;
    this.budgetFundingSource = budgetFundingSource;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<FundingSource> fromCode(String code) {
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
   * Tells whether this code is in the value set {@code service-funding-source} (all but client-contribution).
   *
   * @return true when a service may name this funding source
   */
  public boolean isServiceFundingSource() {
    return serviceFundingSource;
  }

  /**
   * Tells whether this code is in the value set {@code budget-funding-source} (council, nhs,
   * nhs-continuing-healthcare, joint, client-contribution).
   *
   * @return true when a budget's funding contribution may name this source
   */
  public boolean isBudgetFundingSource() {
    return budgetFundingSource;
  }

}
