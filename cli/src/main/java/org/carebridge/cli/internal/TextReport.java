package org.carebridge.cli.internal;

import java.io.PrintWriter;
import org.carebridge.core.validation.Issue;

/**
 * The default format: one line per issue, written as soon as the input's turn comes, then a summary:
 *
 * <pre>
 * examples/bad.json:12:7 Patient.identifier[0] ERROR Validation_VAL_Profile_Minimum: ...message...
 * 2 inputs: 1 valid, 1 invalid; 1 error, 0 warnings, 0 information
 * </pre>
 */
final class TextReport implements Report {
  private final PrintWriter out;
  private final Run run;

  TextReport(PrintWriter out, Run run) {
    this.out = out;
    this.run = run;
  }

  @Override
  public void add(Outcome o) {
    for (Issue i : o.issues()) {
      StringBuilder b = new StringBuilder(o.input());
      if (i.hasPosition()) {
        b.append(':').append(i.line()).append(':').append(i.column());
      } else if (o.ndjsonLine() > 0) {
        b.append(':').append(o.ndjsonLine());
      }
      b.append(' ').append(i.location()).append(' ').append(i.severity()).append(' ').append(i.code()).append(": ")
          .append(oneLine(i.message()));
      out.println(b);
    }
    out.flush();
  }

  @Override
  public void finish(Summary s) {
    out.println(s.line() + (run.warningsAsErrors() ? " (warnings count as errors)" : ""));
    out.flush();
  }

  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
