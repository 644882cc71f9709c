package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * The person's consent (to sharing, or to the assessment and discharge plan).
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/consent-status}.
 */
public enum ConsentStatus implements Coded {
  /** Consent given ({@code given}). */
  GIVEN("given", "Consent given"),
  /** Consent refused ({@code refused}). */
  REFUSED("refused", "Consent refused"),
  /** Lacks capacity to consent ({@code lacks-capacity}). */
  LACKS_CAPACITY("lacks-capacity", "Lacks capacity to consent");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "consent-status";

  private final String code;
  private final String display;

  ConsentStatus(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<ConsentStatus> fromCode(String code) {
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
