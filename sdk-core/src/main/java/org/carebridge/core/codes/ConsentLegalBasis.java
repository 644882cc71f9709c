package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Legal basis when the person does not consent personally.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/consent-legal-basis}.
 */
public enum ConsentLegalBasis implements Coded {
  /** Consent given by a legal representative ({@code legal-representative}). */
  LEGAL_REPRESENTATIVE("legal-representative", "Consent given by a legal representative"),
  /** Best-interest decision ({@code best-interest-decision}). */
  BEST_INTEREST_DECISION("best-interest-decision", "Best-interest decision");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "consent-legal-basis";

  private final String code;
  private final String display;

  ConsentLegalBasis(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<ConsentLegalBasis> fromCode(String code) {
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


}
