package org.carebridge.hl7v2.internal;

import java.util.Optional;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/**
 * Makes the issues of one message, placed at the line and column of the v2 field they are about. Not API.
 *
 * @param raw the message as cut from the input
 * @param encoding its separators, or null while MSH-1 and MSH-2 are not known (columns are then 0)
 */
record Locator(RawMessage raw, RawSegment.Encoding encoding) {

  /**
   * An issue at a field, a component of it, a segment or (location {@code ""}) the message.
   *
   * @param location {@code SEG-n}, {@code SEG-n.c}, {@code SEG} or {@code ""}
   * @param repetition the 0-based repetition of the field
   * @param component the 1-based component, when the location names none; 0 for the field itself
   */
  Issue issue(IssueCode code, String location, int repetition, int component, String message) {
    return place(code.issue(Location.whole(), message), location, repetition, component);
  }

  /**
   * The same issue placed at a field, a component of it, a segment or (location {@code ""}) the message.
   *
   * @param issue the issue
   * @param location {@code SEG-n}, {@code SEG-n.c}, {@code SEG} or {@code ""}
   * @param repetition the 0-based repetition of the field
   * @param component the 1-based component, when the location names none; 0 for the field itself
   * @return the placed issue, with the line and column of the field in the input
   */
  Issue place(Issue issue, String location, int repetition, int component) {
    int line = raw.msh().line();
    int column = 0;
    if (location.length() >= 5 && location.charAt(3) == '-') {
      Optional<RawSegment> seg = raw.first(location.substring(0, 3));
      if (seg.isPresent()) {
        line = seg.get().line();
        column = column(seg.get(), location.substring(4), repetition, component);
      }
    } else if (location.length() == 3) {
      Optional<RawSegment> seg = raw.first(location);
      if (seg.isPresent()) {
        line = seg.get().line();
        column = seg.get().column();
      }
    }
    return issue.toBuilder().location(location.isEmpty() ? Location.whole() : Location.hl7(location))
        .position(line, column).build();
  }

  private int column(RawSegment seg, String fieldAndComponent, int repetition, int component) {
    int dot = fieldAndComponent.indexOf('.');
    try {
      int field = Integer.parseInt(dot < 0 ? fieldAndComponent : fieldAndComponent.substring(0, dot));
      int comp = dot < 0 ? component : Integer.parseInt(fieldAndComponent.substring(dot + 1));
      return encoding == null ? 0 : seg.columnOf(field, repetition, comp, encoding);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
