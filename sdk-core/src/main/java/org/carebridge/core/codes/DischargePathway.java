package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Discharge to assess pathway (codes are the digits 0 to 3).
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/discharge-pathway}.
 */
public enum DischargePathway implements Coded {
  /** Pathway 0: home, no new support ({@code 0}). */
  PATHWAY_0("0", "Pathway 0: home, no new support"),
  /** Pathway 1: home with new support ({@code 1}). */
  PATHWAY_1("1", "Pathway 1: home with new support"),
  /** Pathway 2: rehabilitation in a bedded setting ({@code 2}). */
  PATHWAY_2("2", "Pathway 2: rehabilitation in a bedded setting"),
  /** Pathway 3: new long-term care home placement ({@code 3}). */
  PATHWAY_3("3", "Pathway 3: new long-term care home placement");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "discharge-pathway";

  private final String code;
  private final String display;

  DischargePathway(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<DischargePathway> fromCode(String code) {
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
