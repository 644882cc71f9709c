package org.carebridge.cld.internal;

import java.util.function.Consumer;
import org.carebridge.cld.CldIssueCodes;
import org.carebridge.core.validation.Issue;
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

  void fatal(String code, String location, String message, int line, int column) {
    fatal = true;
    add(code, Severity.FATAL, location, message, line, column);
  }

  void error(String code, String location, String message, int line, int column) {
    errors++;
    add(code, Severity.ERROR, location, message, line, column);
  }

  void warning(String code, String location, String message, int line, int column) {
    add(code, Severity.WARNING, location, message, line, column);
  }

  void information(String code, String location, String message, int line, int column) {
    add(code, Severity.INFORMATION, location, message, line, column);
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

  private void add(String code, Severity severity, String location, String message, int line, int column) {
    out.accept(new Issue(code, severity, location, prefix + message, Math.max(0, line), Math.max(0, column),
        CldIssueCodes.SOURCE));
  }
}
