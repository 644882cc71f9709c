package org.carebridge.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.validation.Issue;

/**
 * One example of the conformance corpus, as its manifest describes it.
 *
 * @param id stable id, unique in the manifest
 * @param file path of the example under the corpus folder ({@code positive/...} or {@code negative/...})
 * @param description what the example is
 * @param scenario the story it belongs to (e.g. {@code founding story})
 * @param expected whether it must validate
 * @param profile the profile to validate against when the example does not claim it itself; empty to use
 *     {@code meta.profile}
 * @param issues for a negative example, the issues it must produce (empty for a positive one)
 */
public record CorpusEntry(String id, String file, String description, String scenario, Expectation expected,
    Optional<String> profile, List<ExpectedIssue> issues) {

  /** Whether an example must validate. */
  public enum Expectation {
    /** A positive example: no ERROR or FATAL issue. */
    VALID,
    /** A negative example: exactly the listed errors (see {@link CorpusEntry#mismatches(List)}). */
    INVALID
  }

  /**
   * Checks the components.
   *
   * @param id stable id, unique in the manifest
   * @param file path of the example under the corpus folder
   * @param description what the example is
   * @param scenario the story it belongs to
   * @param expected whether it must validate
   * @param profile the profile to validate against, or empty for {@code meta.profile}
   * @param issues for a negative example, the issues it must produce
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when a positive example lists issues, or a negative one lists no error
   */
  public CorpusEntry {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(scenario, "scenario must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues must not be null"));
    if (expected == Expectation.VALID && !issues.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + ": a valid example lists no issues");
    }
    if (expected == Expectation.INVALID && issues.stream().noneMatch(i -> i.severity().isError())) {
      throw new IllegalArgumentException("entry " + id + ": an invalid example lists at least one error");
    }
  }

  /**
   * The example's bytes, read from the class path.
   *
   * @return the file content
   * @throws UncheckedIOException when it cannot be read
   */
  public byte[] content() {
    String resource = ConformanceCorpus.RESOURCE_FOLDER + file;
    try (InputStream in = CorpusEntry.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("corpus file not on the class path: " + resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus file " + resource, e);
    }
  }

  /**
   * Compares what a validator reported with what this entry expects. The rule:
   *
   * <ul>
   *   <li>a positive example ({@link Expectation#VALID}) has no ERROR or FATAL issue; each one is a mismatch;</li>
   *   <li>a negative example ({@link Expectation#INVALID}) has every listed issue (same code, same severity, same
   *       location once FHIRPath comments are removed), and every ERROR or FATAL issue it has is listed (same code
   *       and location). Warnings and information issues that are not listed are allowed.</li>
   * </ul>
   *
   * @param actual the issues reported
   * @return one line per mismatch; empty when the example behaves as described
   */
  public List<String> mismatches(List<Issue> actual) {
    Objects.requireNonNull(actual, "actual must not be null");
    List<String> problems = new ArrayList<>();
    for (ExpectedIssue expectedIssue : issues) {
      if (actual.stream().noneMatch(expectedIssue::matches)) {
        problems.add("missing: " + expectedIssue);
      }
    }
    for (Issue issue : actual) {
      if (issue.isError() && issues.stream().noneMatch(e -> e.sameCodeAndLocation(issue))) {
        problems.add("unexpected: " + issue);
      }
    }
    return problems;
  }
}
