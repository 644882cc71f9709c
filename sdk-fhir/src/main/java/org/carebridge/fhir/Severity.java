package org.carebridge.fhir;

/**
 * How serious an {@link Issue} is. The names and order follow FHIR {@code OperationOutcome.issue.severity}.
 */
public enum Severity {
  /** The input could not be processed at all (malformed, too large, unsafe). */
  FATAL,
  /** The input breaks a rule of FHIR, a profile or a CareBridge business rule. */
  ERROR,
  /** Probably a problem, but the input is still valid. */
  WARNING,
  /** Advice only. */
  INFORMATION;

  /** True for {@link #FATAL} and {@link #ERROR}: the issues that make a report invalid. */
  public boolean isError() {
    return this == FATAL || this == ERROR;
  }
}
