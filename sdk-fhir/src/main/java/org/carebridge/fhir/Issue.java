package org.carebridge.fhir;

import java.util.Objects;

/**
 * One finding of the validator, an immutable value.
 *
 * @param severity how serious it is
 * @param code a stable identifier of the kind of finding: the HL7 validator's message id (for example
 *     {@code Validation_VAL_Profile_Minimum}), one of the {@code CB-*} ids of this SDK (see
 *     {@link IssueCodes}), or a business rule's id
 * @param location FHIRPath-style location in the instance ({@code Bundle.entry[1].resource.name[0]}), or
 *     {@code "(input)"} when the finding concerns the input as a whole
 * @param line 1-based line in the input where known, otherwise 0
 * @param column 1-based column in the input where known, otherwise 0
 * @param message human-readable text; never contains a full NHS number or a person's name
 * @param source what raised it: an invariant ({@code invariant:<profile url>#<key>}, for example
 *     {@code invariant:https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1}), the
 *     profile a message names, {@code fhir-validator} for the FHIR core rules, the input
 *     guard of this SDK ({@code carebridge-input}) or a business rule source's id
 */
public record Issue(
    Severity severity, String code, String location, int line, int column, String message, String source) {

  /** Checks every component: none may be null, line and column not negative. */
  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
    }
  }

  /** True when {@link #line()} and {@link #column()} point into the input. */
  public boolean hasPosition() {
    return line > 0;
  }

  /** One line: {@code ERROR [code] location (line:column): message {source}}. */
  @Override
  public String toString() {
    return severity + " [" + code + "] " + location + (hasPosition() ? " (" + line + ":" + column + ")" : "")
        + ": " + message + " {" + source + "}";
  }
}
