package org.carebridge.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every issue found in one validation, in the order the rules found them: an immutable value.
 *
 * <p>A result is valid when it holds no {@link Severity#ERROR}; warnings and information do not make a
 * record invalid.
 *
 * @param issues the issues, possibly empty
 */
public record ValidationResult(List<Issue> issues) {

  private static final ValidationResult VALID = new ValidationResult(List.of());

  /**
   * Creates a result, copying the issues.
   *
   * @param issues the issues
   * @throws NullPointerException when the list or an issue is null
   */
  public ValidationResult {
    Objects.requireNonNull(issues, "issues must not be null");
    issues = List.copyOf(issues);
  }

  /**
   * Returns the result with no issues.
   *
   * @return the empty result
   */
  public static ValidationResult valid() {
    return VALID;
  }

  /**
   * Creates a result from issues.
   *
   * @param issues the issues
   * @return the result
   * @throws NullPointerException when the collection or an issue is null
   */
  public static ValidationResult of(Collection<Issue> issues) {
    return new ValidationResult(List.copyOf(issues));
  }

  /**
   * Tells whether the record has no errors.
   *
   * @return true when no issue has severity {@link Severity#ERROR} or {@link Severity#FATAL}
   */
  public boolean isValid() {
    return issues.stream().noneMatch(Issue::isError);
  }

  /**
   * Returns the errors.
   *
   * @return the issues with severity {@link Severity#ERROR} or {@link Severity#FATAL}, in order
   */
  public List<Issue> errors() {
    return issues.stream().filter(Issue::isError).toList();
  }

  /**
   * Returns the warnings.
   *
   * @return the issues with severity {@link Severity#WARNING}, in order
   */
  public List<Issue> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * Returns the issues of one severity.
   *
   * @param severity the severity
   * @return the matching issues, in order
   * @throws NullPointerException when {@code severity} is null
   */
  public List<Issue> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity must not be null");
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /**
   * Returns the issues with one code.
   *
   * @param code the issue code, e.g. {@code "CB-BUDGET-003"}
   * @return the matching issues, in order
   * @throws NullPointerException when {@code code} is null
   */
  public List<Issue> withCode(String code) {
    Objects.requireNonNull(code, "code must not be null");
    return issues.stream().filter(i -> i.code().equals(code)).toList();
  }

  /**
   * Returns the codes of all issues, in order (a code appears once per issue).
   *
   * @return the codes
   */
  public List<String> codes() {
    return issues.stream().map(Issue::code).toList();
  }

  /**
   * Combines two results: this one's issues, then the other's.
   *
   * @param other the other result
   * @return the combined result
   * @throws NullPointerException when {@code other} is null
   */
  public ValidationResult and(ValidationResult other) {
    Objects.requireNonNull(other, "other must not be null");
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new ValidationResult(all);
  }
}
