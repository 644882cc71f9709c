package org.carebridge.cli.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/** Making and moving issues: the one place that knows the {@link Issue} constructor. */
public final class Issues {

  /** Source of the issues the command line raises itself. */
  public static final String SOURCE = "carebridge-cli";

  private Issues() {}

  /** A new issue on the input as a whole, raised by the command line. */
  public static Issue input(Severity severity, String code, String message) {
    return new Issue(code, severity, "(input)", message, 0, 0, SOURCE);
  }

  /** The same issue at another line (the NDJSON line), keeping its column. */
  public static Issue atLine(Issue i, int line) {
    return new Issue(i.code(), i.severity(), i.location(), i.message(), line, i.hasPosition() ? i.column() : 0,
        i.source());
  }
}
