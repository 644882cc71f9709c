package org.carebridge.service.report;

import java.io.PrintWriter;
import org.carebridge.core.validation.Issue;

/**
 * The default format: one line per issue shown (errors first), written as soon as the input's turn comes, then a
 * summary of every issue:
 *
 * <pre>
 * examples/bad.json:12:7 Patient.identifier[0] ERROR Validation_VAL_Profile_Minimum: ...message...
 * 2 inputs: 1 valid, 1 invalid; 1 error, 0 warnings, 0 information
 * </pre>
 */
public final class TextReport implements Report {
  private final PrintWriter out;
  private final Run run;

  TextReport(PrintWriter out, Run run) {
    this.out = out;
    this.run = run;
  }

  @Override
  public void add(Outcome o) {
    for (Issue i : o.shown(run.shown())) {
      StringBuilder b = new StringBuilder(oneLine(o.input()));
      if (i.hasPosition()) {
        b.append(':').append(i.line()).append(':').append(i.column());
      } else if (o.ndjsonLine() > 0) {
        b.append(':').append(o.ndjsonLine());
      }
      b.append(' ').append(location(i)).append(' ').append(i.severity()).append(' ').append(i.code()).append(": ")
          .append(oneLine(i.message()));
      out.println(b);
    }
    out.flush();
  }

  /**
   * An issue's location on one line, as the text reports show it: {@code (input)} for the input as a whole.
   *
   * @param i the issue
   * @return the location text
   */
  public static String location(Issue i) {
    return i.location().text().isEmpty() ? "(input)" : oneLine(i.location().text());
  }

  @Override
  public void finish(Summary s) {
    out.println(s.line() + (run.warningsAsErrors() ? " (warnings count as errors)" : ""));
    out.flush();
  }

  /**
   * The text on one line, safe for a terminal: line breaks become spaces, other control characters (which a
   * message may echo from the input, e.g. terminal escape sequences) become U+FFFD.
   *
   * @param s the text
   * @return the line
   */
  public static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
    }
    return b.toString();
  }
}
