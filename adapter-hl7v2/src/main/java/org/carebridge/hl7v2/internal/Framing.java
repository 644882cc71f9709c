package org.carebridge.hl7v2.internal;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/**
 * Cuts an input into messages: removes MLLP framing (0x0B ... 0x1C 0x0D), splits lines on CR, LF or CRLF,
 * starts a message at each MSH segment and reports lines that are not segments. Not API.
 */
public final class Framing {

  private static final char START_BLOCK = 0x0B;
  private static final char END_BLOCK = 0x1C;
  /** At most this many stray lines are reported one by one per message. */
  static final int MAX_STRAY_WARNINGS = 20;

  private Framing() {}

  /**
   * The messages of an input and the issues about the input as a whole.
   *
   * @param messages the messages, in order
   * @param issues the input-level issues
   */
  public record Result(List<RawMessage> messages, List<Issue> issues) {}

  /**
   * Cuts the text into messages.
   *
   * @param text the whole input
   * @return the messages and input-level issues
   */
  public static Result split(String text) {
    List<Issue> inputIssues = new ArrayList<>();
    List<RawMessage> messages = new ArrayList<>();
    List<RawSegment> current = null;
    List<Issue> currentIssues = null;
    int ignoredBefore = 0;
    int strays = 0;
    int firstIgnoredLine = 0;
    boolean inFrame = false;
    int frameLine = 0;
    int line = 1;
    int i = 0;
    int n = text.length();
    // Skip a byte order mark.
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      i = 1;
    }
    while (i <= n) {
      int end = i;
      while (end < n && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
        end++;
      }
      String raw = text.substring(i, end);
      int column = 1;
      // MLLP characters: a start block opens a frame, an end block closes it.
      int s = 0;
      int e = raw.length();
      while (s < e && (raw.charAt(s) == START_BLOCK || raw.charAt(s) == END_BLOCK)) {
        if (raw.charAt(s) == START_BLOCK) {
          if (inFrame) {
            inputIssues.add(issue(IssueCode.HL7_MLLP_FRAMING,
                "an MLLP frame opened on line " + frameLine + " was not closed (0x1C) before the next one",
                line, s + 1));
          }
          inFrame = true;
          frameLine = line;
        } else {
          inFrame = closeFrame(inFrame, inputIssues, line, s + 1);
        }
        s++;
      }
      while (e > s && (raw.charAt(e - 1) == END_BLOCK || raw.charAt(e - 1) == START_BLOCK)) {
        e--;
      }
      for (int k = e; k < raw.length(); k++) {
        if (raw.charAt(k) == END_BLOCK) {
          inFrame = closeFrame(inFrame, inputIssues, line, k + 1);
        } else {
          inFrame = true;
          frameLine = line;
        }
      }
      column = s + 1;
      String seg = raw.substring(s, e);
      if (!seg.isBlank()) {
        if (seg.startsWith("MSH") && seg.length() > 3) {
          if (current != null) {
            messages.add(new RawMessage(current, currentIssues));
          }
          current = new ArrayList<>();
          currentIssues = new ArrayList<>();
          strays = 0;
          current.add(new RawSegment(seg, line, column));
        } else if (current == null) {
          if (ignoredBefore == 0) {
            firstIgnoredLine = line;
          }
          ignoredBefore++;
        } else if (isSegment(seg, current.get(0).text().charAt(3))) {
          current.add(new RawSegment(seg, line, column));
        } else {
          strays++;
          if (strays <= MAX_STRAY_WARNINGS) {
            currentIssues.add(issue(IssueCode.HL7_NOT_A_SEGMENT,
                "line " + line + " is not an HL7 v2 segment (a segment starts with a three-character name and "
                    + "the field separator); it was ignored", line, column));
          } else if (strays == MAX_STRAY_WARNINGS + 1) {
            currentIssues.add(issue(IssueCode.HL7_NOT_A_SEGMENT,
                "more lines of this message are not HL7 v2 segments; they were ignored and are not listed",
                line, column));
          }
        }
      }
      if (end >= n) {
        break;
      }
      // CRLF is one line end.
      i = end + 1;
      if (text.charAt(end) == '\r' && i < n && text.charAt(i) == '\n') {
        i++;
      }
      line++;
    }
    if (current != null) {
      messages.add(new RawMessage(current, currentIssues));
    }
    if (inFrame) {
      inputIssues.add(issue(IssueCode.HL7_MLLP_FRAMING,
          "the MLLP frame opened on line " + frameLine + " is not closed (0x1C 0x0D): the input may be truncated",
          frameLine, 1));
    }
    if (messages.isEmpty()) {
      inputIssues.add(issue(IssueCode.HL7_NO_MESSAGE,
          "no MSH segment found: the input is not an HL7 v2 message", ignoredBefore > 0 ? firstIgnoredLine : 0, 0));
    } else if (ignoredBefore > 0) {
      inputIssues.add(issue(IssueCode.HL7_NOT_A_SEGMENT,
          ignoredBefore + " line(s) before the first MSH segment were ignored", firstIgnoredLine, 1));
    }
    return new Result(messages, inputIssues);
  }

  private static boolean closeFrame(boolean inFrame, List<Issue> issues, int line, int column) {
    if (!inFrame) {
      issues.add(issue(IssueCode.HL7_MLLP_FRAMING,
          "an MLLP end block (0x1C) without a start block (0x0B)", line, column));
    }
    return false;
  }

  static boolean isSegment(String seg, char fieldSeparator) {
    if (seg.length() < 3) {
      return false;
    }
    char a = seg.charAt(0);
    if (a < 'A' || a > 'Z') {
      return false;
    }
    for (int k = 1; k < 3; k++) {
      char c = seg.charAt(k);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return seg.length() == 3 || seg.charAt(3) == fieldSeparator;
  }

  static Issue issue(IssueCode code, String message, int line, int column) {
    return code.issue(Location.whole(), message).at(line, column);
  }
}
