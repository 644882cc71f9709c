package org.carebridge.core.validation;

import java.util.Objects;

/**
 * One problem found in a record: an immutable value.
 *
 * <p>The {@code code} is stable across releases (e.g. {@code "CB-BUDGET-003"}) and listed with its
 * meaning in {@code docs/sdk/issue-codes.md}; match on it, not on the message. The {@code location} is a
 * path into the record validated, with zero-based list indexes, e.g. {@code "services[2].unitCost"}, or
 * the empty string for the record as a whole. The message is English for people; it never contains a
 * person's name or full NHS number.
 *
 * @param code the stable issue code
 * @param severity the severity
 * @param location the path of the offending field in the record, or {@code ""} for the whole record
 * @param message a human-readable explanation
 */
public record Issue(String code, Severity severity, String location, String message) {

  /**
   * Creates an issue.
   *
   * @param code the stable issue code
   * @param severity the severity
   * @param location the path in the record, {@code ""} for the whole record
   * @param message the explanation
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the code or the message is blank
   */
  public Issue {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /**
   * Tells whether this is an error.
   *
   * @return true when the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Renders the issue on one line: {@code "ERROR CB-BUDGET-002 at contributions: message"}.
   *
   * @return the issue as one line
   */
  @Override
  public String toString() {
    return severity + " " + code + (location.isEmpty() ? "" : " at " + location) + ": " + message;
  }
}
