package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Administrative gender (FHIR).
 *
 * <p>Code system {@code http://hl7.org/fhir/administrative-gender}.
 */
public enum AdministrativeGender implements Coded {
  /** Male ({@code male}). */
  MALE("male", "Male"),
  /** Female ({@code female}). */
  FEMALE("female", "Female"),
  /** Other ({@code other}). */
  OTHER("other", "Other"),
  /** Unknown ({@code unknown}). */
  UNKNOWN("unknown", "Unknown");

  /** The code system URL. */
  public static final String SYSTEM = "http://hl7.org/fhir/administrative-gender";

  private final String code;
  private final String display;

  AdministrativeGender(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<AdministrativeGender> fromCode(String code) {
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
