package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * CLD service type of a planned service (national Client Level Data labels).
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/cld-service-type}.
 */
public enum ServiceType implements Coded {
  /** Short Term Support: ST-Max ({@code st-max}). */
  ST_MAX("st-max", "Short Term Support: ST-Max"),
  /** Short Term Support: Ongoing Low Level ({@code st-ongoing-low-level}). */
  ST_ONGOING_LOW_LEVEL("st-ongoing-low-level", "Short Term Support: Ongoing Low Level"),
  /** Short Term Support: Other Short Term ({@code st-other}). */
  ST_OTHER("st-other", "Short Term Support: Other Short Term"),
  /** Long Term Support: Nursing Care ({@code lt-nursing}). */
  LT_NURSING("lt-nursing", "Long Term Support: Nursing Care"),
  /** Long Term Support: Residential Care ({@code lt-residential}). */
  LT_RESIDENTIAL("lt-residential", "Long Term Support: Residential Care"),
  /** Long Term Support: Community ({@code lt-community}). */
  LT_COMMUNITY("lt-community", "Long Term Support: Community"),
  /** Long Term Support: Prison ({@code lt-prison}). */
  LT_PRISON("lt-prison", "Long Term Support: Prison"),
  /** Carer Support: Direct to Carer ({@code carer-direct}). */
  CARER_DIRECT("carer-direct", "Carer Support: Direct to Carer"),
  /** Carer Support: Support involving the person cared-for ({@code carer-involving-cared-for}). */
  CARER_INVOLVING_CARED_FOR("carer-involving-cared-for", "Carer Support: Support involving the person cared-for");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "cld-service-type";

  private final String code;
  private final String display;

  ServiceType(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<ServiceType> fromCode(String code) {
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
