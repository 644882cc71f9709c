package org.carebridge.fhir.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;

/**
 * The immutable result of reading a record out of FHIR: the record, when it could be built, and the issues found
 * on the way (codes in {@link MappingCodes}). A value is present exactly when no issue is an error.
 *
 * @param value the record, empty when an error was found
 * @param issues the issues, most severe first and otherwise in the order found
 *     ({@link ValidationReport#mostSevereFirst}; never null; may be empty)
 * @param <T> the record type
 */
public record MappingResult<T>(Optional<T> value, List<Issue> issues) {

  /**
   * Creates a result, copying the issues most severe first.
   *
   * @param value the record or empty
   * @param issues the issues
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when a value is given together with an error, or no value and no error
   */
  public MappingResult {
    Objects.requireNonNull(value, "value must not be null");
    issues = ValidationReport.mostSevereFirst(Objects.requireNonNull(issues, "issues must not be null"));
    boolean error = issues.stream().anyMatch(Issue::isError);
    if (value.isPresent() == error) {
      throw new IllegalArgumentException("a result has a value exactly when it has no error");
    }
  }

  /**
   * A successful result.
   *
   * @param value the record
   * @param warnings non-error issues (may be empty)
   * @param <T> the record type
   * @return the result
   */
  public static <T> MappingResult<T> of(T value, List<Issue> warnings) {
    return new MappingResult<>(Optional.of(Objects.requireNonNull(value, "value must not be null")), warnings);
  }

  /**
   * A failed result.
   *
   * @param issues the issues, at least one of them an error
   * @param <T> the record type
   * @return the result
   */
  public static <T> MappingResult<T> failure(List<Issue> issues) {
    return new MappingResult<>(Optional.empty(), issues);
  }

  /**
   * Tells whether the record could be read.
   *
   * @return true when a value is present
   */
  public boolean isSuccess() {
    return value.isPresent();
  }

  /**
   * The errors only.
   *
   * @return the issues with severity ERROR
   */
  public List<Issue> errors() {
    return issues.stream().filter(Issue::isError).toList();
  }

  /**
   * The record, or an exception listing the issue codes (never names or NHS numbers).
   *
   * @return the record
   * @throws IllegalStateException when the mapping failed
   */
  public T orElseThrow() {
    return value.orElseThrow(() -> new IllegalStateException("mapping failed: "
        + errors().stream().map(i -> i.code() + " at " + i.location()).toList()));
  }
}
