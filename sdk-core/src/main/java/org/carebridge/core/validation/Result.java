package org.carebridge.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking or reading something gave: every {@link Issue} found, the verdict, and the value when there is
 * one. The one result type of CareBridge: the business rules ({@link Validator}), the FHIR validator and
 * mappers, the adapters and the conformance kit all return it. Immutable.
 *
 * <ul>
 *   <li>The <b>verdict</b>: {@link #isValid()} is true when no issue is an error ({@link Severity#ERROR} or
 *       {@link Severity#FATAL}); warnings and information do not make the input invalid.
 *   <li>The <b>value</b>: what the job produced. For one record read or checked, present only when the verdict
 *       is valid ({@link #of}); for a batch (an extract, a feed) what could be converted, the rest reported as
 *       issues ({@link #partial}); none for a check of text ({@code Result<Void>}).
 *   <li>The <b>issues</b>, most severe first (errors, then warnings, then information), otherwise in the order
 *       found; {@link #atLeast(Severity)} filters them.
 * </ul>
 *
 * @param <T> the type of the value
 */
public final class Result<T> {

  /** Errors (fatal or not), then warnings, then information; the sort is stable. */
  private static final Comparator<Issue> MOST_SEVERE_FIRST = Comparator.comparingInt(i -> switch (i.severity()) {
    case FATAL, ERROR -> 0;
    case WARNING -> 1;
    case INFORMATION -> 2;
  });

  private final T value;
  private final List<Issue> issues;
  private final boolean partial;

  private Result(T value, Collection<Issue> issues, boolean keepWithErrors) {
    Objects.requireNonNull(issues, "issues must not be null");
    this.issues = issues.stream().map(i -> Objects.requireNonNull(i, "an issue must not be null"))
        .sorted(MOST_SEVERE_FIRST).toList();
    this.partial = keepWithErrors;
    this.value = keepWithErrors || this.issues.stream().noneMatch(Issue::isError) ? value : null;
  }

  /**
   * Returns the result of a job that produced a value: the value is kept only when no issue is an error.
   *
   * @param value the value
   * @param issues the issues found (may be empty)
   * @param <T> the type of the value
   * @return the result
   * @throws NullPointerException when an argument or an issue is null
   */
  public static <T> Result<T> of(T value, Collection<Issue> issues) {
    return new Result<>(Objects.requireNonNull(value, "value must not be null"), issues, false);
  }

  /**
   * Returns the result of a batch job that produced a value even though parts of its input had errors: the
   * value holds what could be converted, the issues say what was left out and why.
   *
   * @param value what was produced
   * @param issues the issues found (may include errors)
   * @param <T> the type of the value
   * @return the result, with the value
   * @throws NullPointerException when an argument or an issue is null
   */
  public static <T> Result<T> partial(T value, Collection<Issue> issues) {
    return new Result<>(Objects.requireNonNull(value, "value must not be null"), issues, true);
  }

  /**
   * Returns the result of a job that produced no value, e.g. one whose errors stopped it.
   *
   * @param issues the issues found
   * @param <T> the type of the value the job would have produced
   * @return the result, with no value
   * @throws NullPointerException when the collection or an issue is null
   */
  public static <T> Result<T> empty(Collection<Issue> issues) {
    return new Result<>(null, issues, false);
  }

  /**
   * Returns this result's issues and others, with the value kept as {@link #of} or {@link #partial} would.
   *
   * @param more the other issues
   * @return the combined result
   * @throws NullPointerException when the collection or an issue is null
   */
  public Result<T> with(Collection<Issue> more) {
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(Objects.requireNonNull(more, "more must not be null"));
    return new Result<>(value, all, partial);
  }

  /**
   * Returns the value: the record read or checked, when there is no error.
   *
   * @return the value; empty when the job produced none, or (but for {@link #partial}) an issue is an error
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value, or throws listing the errors' codes and locations (never names or NHS numbers).
   *
   * @return the value
   * @throws IllegalStateException when there is no value
   */
  public T orElseThrow() {
    if (value == null) {
      throw new IllegalStateException("no value: " + errors().stream()
          .map(i -> i.code() + (i.location().text().isEmpty() ? "" : " at " + i.location().text())).toList());
    }
    return value;
  }

  /**
   * Tells the verdict.
   *
   * @return true when no issue is {@link Severity#ERROR} or {@link Severity#FATAL}
   */
  public boolean isValid() {
    return issues.stream().noneMatch(Issue::isError);
  }

  /**
   * Returns every issue, most severe first and otherwise in the order found.
   *
   * @return the issues (unmodifiable, possibly empty)
   */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * Returns the issues at least as severe as a severity: {@code atLeast(WARNING)} gives errors and warnings.
   *
   * @param severity the least severity kept
   * @return the issues, in order
   * @throws NullPointerException "severity must not be null"
   */
  public List<Issue> atLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity must not be null");
    return issues.stream().filter(i -> i.severity().compareTo(severity) <= 0).toList();
  }

  /**
   * Returns the errors.
   *
   * @return the issues with severity {@link Severity#FATAL} or {@link Severity#ERROR}, in order
   */
  public List<Issue> errors() {
    return atLeast(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return the issues with severity {@link Severity#WARNING}, in order
   */
  public List<Issue> warnings() {
    return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }

  /**
   * Returns the issues with one code.
   *
   * @param code the issue code, e.g. {@code "CB-BUDGET-003"}
   * @return the matching issues, in order
   * @throws NullPointerException "code must not be null"
   */
  public List<Issue> withCode(String code) {
    Objects.requireNonNull(code, "code must not be null");
    return issues.stream().filter(i -> i.code().equals(code)).toList();
  }

  /**
   * Returns the issues of one catalogue entry.
   *
   * @param code the catalogue entry
   * @return the matching issues, in order
   * @throws NullPointerException "code must not be null"
   */
  public List<Issue> withCode(IssueCode code) {
    return withCode(Objects.requireNonNull(code, "code must not be null").code());
  }

  /**
   * Returns the codes of all issues, in order (a code appears once per issue).
   *
   * @return the codes
   */
  public List<String> codes() {
    return issues.stream().map(Issue::code).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Result<?> that && Objects.equals(value, that.value) && issues.equals(that.issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, issues);
  }

  @Override
  public String toString() {
    return (isValid() ? "valid" : "invalid") + (value == null ? "" : " " + value.getClass().getSimpleName())
        + " " + issues;
  }
}
