package org.carebridge.kit;

import java.util.List;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * The verdict on one file: its path, whether it passed, and every issue found in it.
 *
 * @param path the file, relative to the folder checked, with {@code /} separators (the file name when a single
 *     file was checked)
 * @param passed true when no issue is an error (see {@link ConformanceKit.Builder#failOnWarnings(boolean)})
 * @param issues every issue, in the order found (copied; never null)
 */
public record FileResult(String path, boolean passed, List<Issue> issues) {

  /**
   * Checks and copies the components.
   *
   * @param path the file, relative to the folder checked
   * @param passed true when no issue is an error
   * @param issues every issue, in the order found
   * @throws NullPointerException when {@code path} or {@code issues} is null
   */
  public FileResult {
    Objects.requireNonNull(path, "path must not be null");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues must not be null"));
  }

  /**
   * The issues that are errors.
   *
   * @return the ERROR and FATAL issues
   */
  public List<Issue> errors() {
    return issues.stream().filter(Issue::isError).toList();
  }

  /**
   * The warnings.
   *
   * @return the WARNING issues
   */
  public List<Issue> warnings() {
    return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }
}
