package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * NHS number verification status (England), from UK Core.
 *
 * <p>Code system {@code https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland}.
 */
public enum NhsNumberVerificationStatus implements Coded {
  /** Number present and verified ({@code 01}). */
  PRESENT_AND_VERIFIED("01", "Number present and verified"),
  /** Number present but not traced ({@code 02}). */
  PRESENT_NOT_TRACED("02", "Number present but not traced"),
  /** Trace required ({@code 03}). */
  TRACE_REQUIRED("03", "Trace required"),
  /** Trace attempted - No match or multiple match found ({@code 04}). */
  TRACE_NO_MATCH("04", "Trace attempted - No match or multiple match found"),
  /** Trace needs to be resolved - (NHS number or patient detail conflict) ({@code 05}). */
  TRACE_TO_BE_RESOLVED("05", "Trace needs to be resolved - (NHS number or patient detail conflict)"),
  /** Trace in progress ({@code 06}). */
  TRACE_IN_PROGRESS("06", "Trace in progress"),
  /** Number not present and trace not required ({@code 07}). */
  NOT_PRESENT_TRACE_NOT_REQUIRED("07", "Number not present and trace not required"),
  /** Trace postponed (baby under six weeks old) ({@code 08}). */
  TRACE_POSTPONED("08", "Trace postponed (baby under six weeks old)");

  /** The code system URL. */
  public static final String SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

  private final String code;
  private final String display;

  NhsNumberVerificationStatus(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<NhsNumberVerificationStatus> fromCode(String code) {
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
