package org.carebridge.core.validation;

/** How serious an {@link Issue} is; the names match FHIR OperationOutcome issue severities. */
public enum Severity {
  /** The record breaks a rule of the standard: it must not be sent as it is. */
  ERROR,
  /** The record is allowed but probably wrong or incomplete: someone should look at it. */
  WARNING,
  /** Something worth knowing about the record, e.g. a value left out of a calculation. */
  INFORMATION
}
