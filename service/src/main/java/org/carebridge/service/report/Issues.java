package org.carebridge.service.report;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/** Making and moving the command line's issues. */
public final class Issues {

  private Issues() {}

  /**
   * A new issue of the catalogue on the input as a whole, raised by the command line.
   *
   * @param code the catalogue entry (its template takes the message)
   * @param message the message
   * @return the issue
   */
  public static Issue input(IssueCode code, String message) {
    return code.issue(Location.whole(), message);
  }

  /**
   * The same issue at another line (the NDJSON line), keeping its column.
   *
   * @param i the issue
   * @param line the line
   * @return the moved issue
   */
  public static Issue atLine(Issue i, int line) {
    return i.at(line, i.hasPosition() ? i.column() : 0);
  }
}
