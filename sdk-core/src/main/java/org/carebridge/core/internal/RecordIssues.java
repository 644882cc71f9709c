package org.carebridge.core.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/** Makes the business rules' issues, located at a path into the record checked. Not API. */
public final class RecordIssues {
  private RecordIssues() {}

  /**
   * Makes an issue of a catalogue code at a record path.
   *
   * @param code the catalogue entry
   * @param path the path into the record, {@code ""} for the record as a whole
   * @param values the template's arguments
   * @return the issue
   */
  public static Issue at(IssueCode code, String path, Object... values) {
    return code.issue(Location.record(path), values);
  }
}
