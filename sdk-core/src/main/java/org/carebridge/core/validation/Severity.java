package org.carebridge.core.validation;

/**
 * How serious an {@link Issue} is. The names and order follow FHIR {@code OperationOutcome.issue.severity}.
 */
public enum Severity {
  /** The input could not be processed at all (malformed, too large, unsafe). */
  FATAL,
  /** The record breaks a rule of the standard: it must not be sent as it is. */
  ERROR,
  /** The record is allowed but probably wrong or incomplete: someone should look at it. */
  WARNING,
  /** Something worth knowing about the record, e.g. a value left out of a calculation. */
  INFORMATION;

  /**
   * Tells whether issues of this severity make a record or input invalid.
   *
   * @return true for {@link #FATAL} and {@link #ERROR}
   */
  public boolean isError() {
    return this == FATAL || this == ERROR;
  }
}
