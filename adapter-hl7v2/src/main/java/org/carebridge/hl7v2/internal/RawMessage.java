package org.carebridge.hl7v2.internal;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.validation.Issue;

/**
 * One message cut from the input: its segments in order (the first is MSH) and the issues found while
 * cutting it (lines that are not segments). Not API.
 *
 * @param segments the segments
 * @param issues the framing issues of this message
 */
public record RawMessage(List<RawSegment> segments, List<Issue> issues) {

  /**
   * Copies the lists.
   *
   * @param segments the segments
   * @param issues the framing issues of this message
   */
  public RawMessage {
    segments = List.copyOf(segments);
    issues = List.copyOf(issues);
  }

  /**
   * Returns the first segment with a name.
   *
   * @param name e.g. {@code "PID"}
   * @return the segment, or empty
   */
  public Optional<RawSegment> first(String name) {
    return segments.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Returns the MSH segment.
   *
   * @return the first segment
   */
  public RawSegment msh() {
    return segments.get(0);
  }

  /**
   * Returns the segments joined with carriage returns, as HL7 v2 separates them.
   *
   * @return the message text
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (RawSegment s : segments) {
      sb.append(s.text()).append('\r');
    }
    return sb.toString();
  }
}
