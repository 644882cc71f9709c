package org.carebridge.fhir;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads newline-delimited JSON one line at a time, with a length limit: a longer line is skipped without being
 * held in memory. Blank lines are skipped but counted; a carriage return before the line feed is dropped. What
 * {@link CareBridgeValidator#validateNdjson(Reader)} reads its input with, for callers that validate a large
 * NDJSON input line by line (e.g. in parallel) instead of as one list. Not thread-safe.
 */
public final class NdjsonLines {

  /**
   * One non-blank line.
   *
   * @param number the 1-based line number in the input
   * @param text the line without its line end, or null when it was longer than the limit
   */
  public record Line(int number, String text) {}

  private final Reader in;
  private final long maxChars;
  private int number;
  private boolean done;

  /**
   * Reads lines from a reader, which should be buffered; it is not closed.
   *
   * @param in the input
   * @param maxChars the longest line kept, in characters
   */
  public NdjsonLines(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * Reads the next non-blank line.
   *
   * @return the line, or null at the end of the input
   * @throws IOException when the reader fails
   */
  public Line next() throws IOException {
    StringBuilder b = new StringBuilder();
    while (!done) {
      b.setLength(0);
      boolean tooLong = false;
      boolean any = false;
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        any = true;
        if (!tooLong) {
          if (b.length() >= maxChars) {
            tooLong = true;
            b.setLength(0);
          } else {
            b.append((char) c);
          }
        }
      }
      if (c == -1) {
        done = true;
        if (!any) {
          return null;
        }
      }
      number++;
      if (tooLong) {
        return new Line(number, null);
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == '\r') {
        b.setLength(b.length() - 1);
      }
      if (!b.toString().isBlank()) {
        return new Line(number, b.toString());
      }
    }
    return null;
  }
}
