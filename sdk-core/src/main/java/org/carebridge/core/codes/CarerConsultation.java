package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Whether a carer was consulted.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/carer-consultation}.
 */
public enum CarerConsultation implements Coded {
  /** Carer consulted ({@code consulted}). */
  CONSULTED("consulted", "Carer consulted"),
  /** Carer not consulted ({@code not-consulted}). */
  NOT_CONSULTED("not-consulted", "Carer not consulted"),
  /** No known carer ({@code no-known-carer}). */
  NO_KNOWN_CARER("no-known-carer", "No known carer");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "carer-consultation";

  private final String code;
  private final String display;

  CarerConsultation(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<CarerConsultation> fromCode(String code) {
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
