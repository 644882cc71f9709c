package org.carebridge.fhir.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.IssueCodes;
import org.carebridge.core.validation.Severity;

/**
 * A strict, allocation-free JSON syntax check (RFC 8259) with a nesting limit. It reports the first problem
 * with its line and column and never echoes content from the input.
 */
final class JsonScanner {

  private final String s;
  private final int maxDepth;
  private int i;

  JsonScanner(String s, int maxDepth) {
    this.s = s;
    this.maxDepth = maxDepth;
  }

  /** The first syntax problem, or null when the text is one well-formed JSON value. */
  Issue scan() {
    try {
      ws();
      value(0);
      ws();
      if (i < s.length()) {
        throw error("unexpected content after the end of the JSON value");
      }
      return null;
    } catch (Failure f) {
      return f.issue;
    }
  }

  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Issue issue;

    Failure(Issue issue) {
      super(null, null, false, false);
      this.issue = issue;
    }
  }

  private Failure error(String what) {
    return error(IssueCodes.JSON_MALFORMED, "The input is not well-formed JSON: " + what);
  }

  private Failure error(String code, String message) {
    int[] p = position(s, Math.min(i, s.length()));
    return new Failure(new Issue(code, Severity.FATAL, Preflight.WHOLE_INPUT, message, p[0], p[1], Preflight.SOURCE));
  }

  /** 1-based line and column of a character offset. */
  static int[] position(String s, int offset) {
    int line = 1;
    int col = 1;
    for (int k = 0; k < offset; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        line++;
        col = 1;
      } else if (c != '\r') {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else {
        return;
      }
    }
  }

  private void value(int depth) {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          throw error("expected a value");
        }
      }
    }
  }

  private void checkDepth(int depth) {
    if (depth > maxDepth) {
      throw error(IssueCodes.INPUT_TOO_DEEP, "The JSON nests deeper than the limit of " + maxDepth + " levels");
    }
  }

  private void object(int depth) {
    checkDepth(depth);
    i++;
    ws();
    if (peek() == '}') {
      i++;
      return;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("expected a property name in double quotes");
      }
      string();
      ws();
      if (peek() != ':') {
        throw error("expected ':' after a property name");
      }
      i++;
      ws();
      value(depth);
      ws();
      char c = peek();
      if (c == ',') {
        i++;
      } else if (c == '}') {
        i++;
        return;
      } else {
        throw error("expected ',' or '}' in an object");
      }
    }
  }

  private void array(int depth) {
    checkDepth(depth);
    i++;
    ws();
    if (peek() == ']') {
      i++;
      return;
    }
    while (true) {
      ws();
      value(depth);
      ws();
      char c = peek();
      if (c == ',') {
        i++;
      } else if (c == ']') {
        i++;
        return;
      } else {
        throw error("expected ',' or ']' in an array");
      }
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    return s.charAt(i);
  }

  private void string() {
    i++;
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        return;
      }
      if (c == '\\') {
        i++;
        char e = peek();
        if (e == 'u') {
          for (int k = 1; k <= 4; k++) {
            if (i + k >= s.length() || Character.digit(s.charAt(i + k), 16) < 0) {
              throw error("invalid \\u escape in a string");
            }
          }
          i += 5;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          i++;
        } else {
          throw error("invalid escape in a string");
        }
      } else if (c < 0x20) {
        throw error("control character in a string");
      } else {
        i++;
      }
    }
  }

  private void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw error("expected a value");
    }
    i += word.length();
  }

  private void number() {
    if (s.charAt(i) == '-') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '0') {
      i++;
    } else {
      digits();
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      digits();
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      digits();
    }
  }

  private void digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      throw error("invalid number");
    }
  }
}
