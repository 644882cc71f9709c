package org.carebridge.kit;

import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.kit.internal.Issues;

/**
 * An issue a negative corpus example must produce.
 *
 * @param code the issue code: the HL7 validator's message id (an invariant's is {@code <profile url>#<key>}) or a
 *     {@code CB-*} code
 * @param severity the severity
 * @param location the FHIRPath location, or {@value #WHOLE_INPUT} for an issue about the input as a whole
 *     ({@code Location.whole()}); compared without the validator's {@code /*...*}{@code /} comments and white space
 */
public record ExpectedIssue(String code, Severity severity, String location) {

  /** How the manifest writes the location of an issue about the input as a whole. */
  public static final String WHOLE_INPUT = "(input)";

  /**
   * Checks the components.
   *
   * @param code the issue code
   * @param severity the severity
   * @param location the FHIRPath location
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the code or location is blank
   */
  public ExpectedIssue {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(location, "location must not be null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    if (location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
  }

  /**
   * Tells whether an actual issue is this one: same code, same severity, same location (normalised).
   *
   * @param issue an issue the validator reported
   * @return true when it matches
   */
  public boolean matches(Issue issue) {
    return sameCodeAndLocation(issue) && issue.severity() == severity;
  }

  /**
   * Tells whether an actual issue has this code and location, whatever its severity.
   *
   * @param issue an issue the validator reported
   * @return true when code and normalised location are equal
   */
  public boolean sameCodeAndLocation(Issue issue) {
    return issue.code().equals(code)
        && Issues.normaliseLocation(issue.location().text().isEmpty() ? WHOLE_INPUT : issue.location().text())
            .equals(Issues.normaliseLocation(location));
  }

  /** {@code ERROR code at location}. */
  @Override
  public String toString() {
    return severity + " " + code + " at " + location;
  }
}
