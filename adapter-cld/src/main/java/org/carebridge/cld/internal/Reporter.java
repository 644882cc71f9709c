package org.carebridge.cld.internal;

import java.util.function.Consumer;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Severity;

/** Creates the adapter's issues (source "cld") and passes them on; remembers whether a FATAL was seen. Not API. */
final class Reporter {
  private final Consumer<Issue> out;
  private String prefix = "";
  private boolean fatal;
  private int errors;

  Reporter(Consumer<Issue> out) {
    this.out = out;
  }

  /** Sets the text put before every message, e.g. the file name when several files are converted. */
  void prefix(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Reports an issue of the catalogue at a cell.
   *
   * @param code the catalogue entry (its template takes the message)
   * @param column the column's header as written, or {@code ""} for the whole row or input
   * @param message the message
   * @param line the line the row starts on, or 0
   * @param field the 1-based field number, or 0
   */
  void report(IssueCode code, String column, String message, int line, int field) {
    pass(code.issue(Location.csv(Math.max(0, line), column), prefix + message).at(Math.max(0, line),
        line <= 0 ? 0 : Math.max(0, field)));
  }

  /** Passes on an issue raised elsewhere (e.g. the sdk-core business rules). */
  void pass(Issue issue) {
    if (issue.severity() == Severity.FATAL) {
      fatal = true;
    } else if (issue.isError()) {
      errors++;
    }
    out.accept(issue);
  }

  boolean sawFatal() {
    return fatal;
  }

  /** The number of ERROR issues reported so far. */
  int errorCount() {
    return errors;
  }
}
