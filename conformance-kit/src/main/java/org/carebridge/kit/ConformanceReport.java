package org.carebridge.kit;

import java.util.List;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * The result of {@link ConformanceKit#check(java.nio.file.Path)}: one {@link FileResult} per file, in path order.
 *
 * @param root the folder or file checked, as given
 * @param files the results (copied; never null)
 */
public record ConformanceReport(String root, List<FileResult> files) {

  /**
   * Checks and copies the components.
   *
   * @param root the folder or file checked, as given
   * @param files the results
   * @throws NullPointerException when an argument is null
   */
  public ConformanceReport {
    Objects.requireNonNull(root, "root must not be null");
    files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
  }

  /**
   * The number of files checked.
   *
   * @return the count
   */
  public int total() {
    return files.size();
  }

  /**
   * The number of files that passed.
   *
   * @return the count
   */
  public int passedCount() {
    return (int) files.stream().filter(FileResult::passed).count();
  }

  /**
   * The number of files that failed.
   *
   * @return the count
   */
  public int failedCount() {
    return total() - passedCount();
  }

  /**
   * The files that failed.
   *
   * @return their results, in path order
   */
  public List<FileResult> failures() {
    return files.stream().filter(f -> !f.passed()).toList();
  }

  /**
   * The verdict on the whole folder: at least one file, and every file passed. An empty folder does not pass
   * (its report has one failed entry, {@code CB-KIT-001}).
   *
   * @return true when the vendor's output conforms
   */
  public boolean isPassed() {
    return !files.isEmpty() && failures().isEmpty();
  }

  /**
   * A plain-text report: a summary line, then one line per file ({@code PASS} or {@code FAIL}) followed by its
   * issues, indented, one per line ({@code ERROR code at location (line:column): message}). Information issues
   * are left out. Never contains a person's name or a full NHS number.
   *
   * @return the report, lines separated by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("CareBridge conformance: ").append(root).append(": ").append(total()).append(total() == 1 ? " file, " : " files, ")
        .append(passedCount()).append(" passed, ").append(failedCount()).append(" failed")
        .append(isPassed() ? " - PASS" : " - FAIL").append('\n');
    for (FileResult file : files) {
      out.append(file.passed() ? "PASS  " : "FAIL  ").append(file.path());
      int errors = file.result().errors().size();
      int warnings = file.result().warnings().size();
      if (errors + warnings > 0) {
        out.append(" (").append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
            .append(warnings == 1 ? " warning)" : " warnings)");
      }
      out.append('\n');
      for (Issue issue : file.result().issues()) {
        if (issue.severity() != Severity.INFORMATION) {
          out.append("      ").append(issue).append('\n');
        }
      }
    }
    return out.toString();
  }
}
