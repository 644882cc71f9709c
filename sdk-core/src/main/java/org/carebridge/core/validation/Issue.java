package org.carebridge.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in a record, a message or an input file: an immutable value.
 *
 * <p>The same type is used by every part of CareBridge: the business rules of this module, the FHIR
 * validator and mappers of sdk-fhir, the adapters for HL7 v2 and CLD extracts, the conformance kit and the
 * command line. CareBridge's own issues are made from the catalogue, {@link IssueCode#issue}; issues of the
 * HL7 validator carry its message id as their code and are made with {@link #builder(String, Severity)}.
 *
 * <ul>
 *   <li>{@code code} is stable across releases (e.g. {@code "CB-BUDGET-003"}, or the HL7 validator's
 *       message id) and listed with its meaning in {@code docs/sdk/issue-codes.md}; match on it, not on
 *       the message.
 *   <li>{@code type} is the FHIR issue type ({@code OperationOutcome.issue.code}).
 *   <li>{@code location} says where, typed: a record path, a FHIRPath, a CSV cell, an HL7 v2 field, or
 *       {@link Location#whole()}.
 *   <li>{@code line} and {@code column} are 1-based positions in the input text where known, otherwise 0.
 *   <li>{@code message} is English for people; it never contains a person's name, NHS number, birth date
 *       or address.
 *   <li>{@code arguments} are the values the message was made from, by the names of the catalogue
 *       ({@link IssueCode#arguments()}), in order; empty for the HL7 validator's issues.
 *   <li>{@code source} names what raised the issue (a rule set such as {@code carebridge-rules}, the
 *       {@code fhir-validator}, a profile or invariant, an adapter), or is empty when not stated.
 * </ul>
 *
 * @param code the stable issue code
 * @param severity the severity
 * @param type the FHIR issue type
 * @param location where the problem is
 * @param message a human-readable explanation
 * @param arguments the message's values by name, in order (unmodifiable)
 * @param line 1-based line in the input, or 0 when not known
 * @param column 1-based column in the input, or 0 when not known
 * @param source what raised the issue, or {@code ""}
 */
public record Issue(String code, Severity severity, IssueType type, Location location, String message,
    Map<String, String> arguments, int line, int column, String source) {

  /**
   * Checks and copies the components; prefer {@link IssueCode#issue} or {@link #builder(String, Severity)}.
   *
   * @param code the stable issue code
   * @param severity the severity
   * @param type the FHIR issue type
   * @param location where the problem is
   * @param message a human-readable explanation
   * @param arguments the message's values by name, in order
   * @param line 1-based line in the input, or 0 when not known
   * @param column 1-based column in the input, or 0 when not known
   * @param source what raised the issue, or {@code ""}
   * @throws NullPointerException when a component is null, naming it
   * @throws IllegalArgumentException when the code or the message is blank, or line or column is negative
   */
  public Issue {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(arguments, "arguments must not be null");
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
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Starts an issue whose code is not in the catalogue: the HL7 validator's message ids and the failed
   * invariants of profiles. CareBridge's own codes are made with {@link IssueCode#issue}.
   *
   * @param code the code, e.g. {@code "Validation_VAL_Profile_Minimum"}
   * @param severity the severity
   * @return a builder with type {@link IssueType#INVALID}, no location, no arguments, no position, no source
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "code must not be blank"
   */
  public static Builder builder(String code, Severity severity) {
    return new Builder(code, severity);
  }

  /**
   * Returns a builder holding this issue's values, to derive another one.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(code, severity);
    b.type = type;
    b.location = location;
    b.message = message;
    b.arguments.putAll(arguments);
    b.line = line;
    b.column = column;
    b.source = source;
    return b;
  }

  /**
   * Returns this issue at a position in the input text.
   *
   * @param newLine 1-based line, or 0
   * @param newColumn 1-based column, or 0
   * @return a copy with the position set
   * @throws IllegalArgumentException when line or column is negative
   */
  public Issue at(int newLine, int newColumn) {
    return new Issue(code, severity, type, location, message, arguments, newLine, newColumn, source);
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
    String where = location.text();
    return severity + " " + code + (where.isEmpty() ? "" : " at " + where)
        + (hasPosition() ? " (" + line + ":" + column + ")" : "") + ": " + message;
  }

  /** Builds an {@link Issue}; every setter rejects null at once, naming the argument. */
  public static final class Builder {
    private final String code;
    private final Severity severity;
    private IssueType type = IssueType.INVALID;
    private Location location = Location.whole();
    private String message;
    private final Map<String, String> arguments = new LinkedHashMap<>();
    private int line;
    private int column;
    private String source = "";

    private Builder(String code, Severity severity) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      this.severity = Objects.requireNonNull(severity, "severity must not be null");
      if (code.isBlank()) {
        throw new IllegalArgumentException("code must not be blank");
      }
    }

    /**
     * Sets the FHIR issue type.
     *
     * @param value the type
     * @return this builder
     */
    public Builder type(IssueType value) {
      this.type = Objects.requireNonNull(value, "type must not be null");
      return this;
    }

    /**
     * Sets where the problem is.
     *
     * @param value the location
     * @return this builder
     */
    public Builder location(Location value) {
      this.location = Objects.requireNonNull(value, "location must not be null");
      return this;
    }

    /**
     * Sets the message.
     *
     * @param value the explanation, never personal data
     * @return this builder
     */
    public Builder message(String value) {
      Objects.requireNonNull(value, "message must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException("message must not be blank");
      }
      this.message = value;
      return this;
    }

    /**
     * Sets the 1-based position in the input text.
     *
     * @param newLine the line, or 0
     * @param newColumn the column, or 0
     * @return this builder
     */
    public Builder position(int newLine, int newColumn) {
      if (newLine < 0 || newColumn < 0) {
        throw new IllegalArgumentException("line and column must not be negative, got " + newLine + ":" + newColumn);
      }
      this.line = newLine;
      this.column = newColumn;
      return this;
    }

    /**
     * Sets what raised the issue.
     *
     * @param value the source, or {@code ""}
     * @return this builder
     */
    public Builder source(String value) {
      this.source = Objects.requireNonNull(value, "source must not be null");
      return this;
    }

    /**
     * Builds the issue.
     *
     * @return the issue
     * @throws IllegalStateException when no message was set
     */
    public Issue build() {
      if (message == null) {
        throw new IllegalStateException("message must be set");
      }
      return new Issue(code, severity, type, location, message, arguments, line, column, source);
    }
  }
}
