package org.carebridge.core.validation;

import java.util.Objects;

/**
 * One problem found in a record, a message or an input file: an immutable value.
 *
 * <p>The same type is used by every part of CareBridge: the business rules of this module, the FHIR
 * validator and mappers of sdk-fhir, and the adapters for HL7 v2 and CLD extracts.
 *
 * <ul>
 *   <li>{@code code} is stable across releases (e.g. {@code "CB-BUDGET-003"}, or the HL7 validator's
 *       message id) and listed with its meaning in {@code docs/sdk/issue-codes.md}; match on it, not on
 *       the message.
 *   <li>{@code location} says where: a path into the record validated, with zero-based list indexes
 *       (e.g. {@code "services[2].unitCost"}); a FHIRPath into a FHIR resource
 *       ({@code "Bundle.entry[1].resource.name[0]"}); an HL7 v2 field ({@code "PID-3.1"}); a CSV column
 *       name; or the empty string for the record as a whole.
 *   <li>{@code line} and {@code column} are 1-based positions in the input text where known, otherwise 0
 *       (for a CSV file, line is the row's line number).
 *   <li>{@code message} is English for people; it never contains a person's name or full NHS number.
 *   <li>{@code source} names what raised the issue (a profile or invariant, {@code fhir-validator}, a rule
 *       set such as {@code carebridge-rules}), or is empty when not stated.
 * </ul>
 *
 * @param code the stable issue code
 * @param severity the severity
 * @param location where the problem is, or {@code ""} for the whole record
 * @param message a human-readable explanation
 * @param line 1-based line in the input, or 0 when not known
 * @param column 1-based column in the input, or 0 when not known
 * @param source what raised the issue, or {@code ""}
 */
public record Issue(
    String code, Severity severity, String location, String message, int line, int column, String source) {

  /**
   * Creates an issue.
   *
   * @param code the stable issue code
   * @param severity the severity
   * @param location where the problem is, {@code ""} for the whole record
   * @param message the explanation
   * @param line 1-based line, or 0
   * @param column 1-based column, or 0
   * @param source what raised it, or {@code ""}
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the code or the message is blank, or line or column is negative
   */
  public Issue {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(source, "source must not be null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative, got " + line + ":" + column);
    }
  }

  /**
   * Creates an issue with no position in the input and no stated source.
   *
   * @param code the stable issue code
   * @param severity the severity
   * @param location where the problem is, {@code ""} for the whole record
   * @param message the explanation
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the code or the message is blank
   */
  public Issue(String code, Severity severity, String location, String message) {
    this(code, severity, location, message, 0, 0, "");
  }

  /**
   * Returns this issue at a position in the input.
   *
   * @param line 1-based line, or 0
   * @param column 1-based column, or 0
   * @return a copy with the position set
   * @throws IllegalArgumentException when line or column is negative
   */
  public Issue at(int line, int column) {
    return new Issue(code, severity, location, message, line, column, source);
  }

  /**
   * Returns this issue with another location, e.g. prefixed by the record's place in a larger message.
   *
   * @param newLocation the location
   * @return a copy with the location replaced
   */
  public Issue withLocation(String newLocation) {
    return new Issue(code, severity, newLocation, message, line, column, source);
  }

  /**
   * Returns this issue with a source.
   *
   * @param newSource what raised the issue
   * @return a copy with the source replaced
   */
  public Issue withSource(String newSource) {
    return new Issue(code, severity, location, message, line, column, newSource);
  }

  /**
   * Tells whether this issue makes the record invalid.
   *
   * @return true when the severity is {@link Severity#ERROR} or {@link Severity#FATAL}
   */
  public boolean isError() {
    return severity.isError();
  }

  /**
   * Tells whether {@link #line()} points into the input.
   *
   * @return true when the line is known
   */
  public boolean hasPosition() {
    return line > 0;
  }

  /**
   * Renders the issue on one line: {@code "ERROR CB-BUDGET-002 at contributions (3:7): message"}.
   *
   * @return the issue as one line
   */
  @Override
  public String toString() {
    return severity + " " + code + (location.isEmpty() ? "" : " at " + location)
        + (hasPosition() ? " (" + line + ":" + column + ")" : "") + ": " + message;
  }
}
