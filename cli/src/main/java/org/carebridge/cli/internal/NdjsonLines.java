package org.carebridge.cli.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON one line at a time, with a length limit: a longer line is skipped without being held in
 * memory. Blank lines are skipped but counted. Not thread-safe.
 */
public final class NdjsonLines {

  /** One non-blank line; {@code text} is null when the line was longer than the limit. */
  public record Line(int number, String text) {}

  private final Reader in;
  private final long maxChars;
  private int number;
  private boolean done;

  /** The reader should be buffered; it is not closed. */
  public NdjsonLines(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next non-blank line, or null at the end. */
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
