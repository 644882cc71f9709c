package org.carebridge.hl7v2.internal;

/**
 * One segment as written in the input: its text (without MLLP characters or line ends), the 1-based line it
 * is on and the 1-based column of its first character. Not API.
 *
 * @param text the segment text
 * @param line the 1-based line
 * @param column the 1-based column of the first character
 */
public record RawSegment(String text, int line, int column) {

  /**
   * Returns the segment name: its first three characters.
   *
   * @return e.g. {@code "PID"}
   */
  public String name() {
    return text.length() >= 3 ? text.substring(0, 3) : text;
  }

  /**
   * Returns the 1-based column in the input where a field (repetition, component) starts, or 0 when the
   * segment does not reach it.
   *
   * @param field the field number (MSH-1 is the field separator)
   * @param repetition the 0-based repetition
   * @param component the 1-based component, or 0 for the field itself
   * @param enc the message's encoding characters: field, component, repetition separators
   * @return the column, or 0
   */
  public int columnOf(int field, int repetition, int component, Encoding enc) {
    int i;
    boolean msh = "MSH".equals(name());
    if (msh && field == 1) {
      return text.length() > 3 ? column + 3 : 0;
    }
    int separators = msh ? field - 1 : field;
    i = 0;
    int seen = 0;
    while (seen < separators) {
      int next = text.indexOf(enc.field(), i);
      if (next < 0) {
        return 0;
      }
      i = next + 1;
      seen++;
    }
    for (int r = 0; r < repetition; r++) {
      int next = indexBefore(enc.repetition(), i, enc.field());
      if (next < 0) {
        return 0;
      }
      i = next + 1;
    }
    for (int c = 1; c < component; c++) {
      int next = indexBefore(enc.component(), i, enc.field(), enc.repetition());
      if (next < 0) {
        return 0;
      }
      i = next + 1;
    }
    return column + i;
  }

  private int indexBefore(char wanted, int from, char... stops) {
    for (int k = from; k < text.length(); k++) {
      char ch = text.charAt(k);
      if (ch == wanted) {
        return k;
      }
      for (char s : stops) {
        if (ch == s) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * The separators of a message, from MSH-1 and MSH-2.
   *
   * @param field the field separator
   * @param component the component separator
   * @param repetition the repetition separator
   */
  public record Encoding(char field, char component, char repetition) {}
}
