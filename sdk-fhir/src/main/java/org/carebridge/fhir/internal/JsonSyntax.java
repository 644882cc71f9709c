package org.carebridge.fhir.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Severity;

/**
 * A strict JSON syntax check (RFC 8259) with the input guard's {@link Limits}, on Jackson's streaming parser. It reports the
 * first problem with its line and column, in words of its own: Jackson's messages quote the offending input
 * ({@code Unrecognized token 'Margaret'}), which could put personal data into a report, so they are only
 * used to choose one of a fixed set of content-free messages.
 */
final class JsonSyntax {

  /** Jackson message fragment, in lower case, and what we say instead. First match wins. */
  private static final List<String[]> MESSAGES = List.of(
      new String[] {"comma to separate object", "expected ',' or '}' in an object"},
      new String[] {"comma to separate array", "expected ',' or ']' in an array"},
      new String[] {"double-quote to start field name", "expected a property name in double quotes"},
      new String[] {"colon to separate field name", "expected ':' after a property name"},
      new String[] {"close marker", "a closing bracket does not match the open object or array"},
      new String[] {"illegal unquoted character", "control character in a string"},
      new String[] {"unrecognized character escape", "invalid escape in a string"},
      new String[] {"illegal character", "invalid escape in a string"},
      new String[] {"unrecognized token", "expected a value"},
      new String[] {"expected a valid value", "expected a value"},
      new String[] {"leading zero", "invalid number"},
      new String[] {"numeric value", "invalid number"},
      new String[] {"unexpected character", "unexpected character"});

  private final JsonFactory factory;
  private final int maxDepth;
  private final Limits limits;

  JsonSyntax(int maxDepth) {
    this(Limits.depthOnly(maxDepth));
  }

  JsonSyntax(Limits limits) {
    this.limits = limits;
    this.maxDepth = limits.maxDepth();
    // Jackson's own string and name limits are raised above ours, so that ours answer with a located issue
    int jacksonStrings = limits.maxStringLength() == Integer.MAX_VALUE ? Integer.MAX_VALUE : limits.maxStringLength() + 1;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth)
            .maxStringLength(Math.max(jacksonStrings, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
            .maxNameLength(Math.max(jacksonStrings, StreamReadConstraints.DEFAULT_MAX_NAME_LEN)).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** The first syntax problem, or null when the text is exactly one well-formed JSON value. */
  Issue check(String text) {
    JsonParser parser;
    try {
      parser = factory.createParser(text);
    } catch (IOException e) {
      return issue(IssueCode.JSON_MALFORMED, "unreadable input", null);
    }
    try (parser) {
      if (parser.nextToken() == null) {
        return issue(IssueCode.JSON_MALFORMED, "unexpected end of input", parser.currentLocation());
      }
      Issue limit = walk(parser);
      if (limit != null) {
        return limit;
      }
      if (parser.nextToken() != null) {
        return issue(IssueCode.JSON_MALFORMED, "unexpected content after the end of the JSON value",
            parser.currentTokenLocation());
      }
      return null;
    } catch (StreamConstraintsException e) {
      if (tooDeepAt(text, maxDepth) < 0) {
        // Jackson's fixed limit on the length of a number (1,000 characters): a malformed number, at the number
        return issue(IssueCode.JSON_MALFORMED, "invalid number (longer than "
            + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " characters)",
            e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation());
      }
      // the parser's own position depends on how far it had buffered; the bracket that opens one level too many
      // is found in the text itself, so the position is the same on every run and always inside the input
      int offset = tooDeepAt(text, maxDepth);
      int[] at = offset < 0 ? new int[] {0, 0} : Preflight.position(text, offset);
      return Issues.input(IssueCode.INPUT_TOO_DEEP,
          "The JSON nests deeper than the limit of " + maxDepth + " levels", at[0], at[1]);
    } catch (JsonEOFException e) {
      String what = e.getTokenBeingDecoded() == JsonToken.VALUE_STRING
          || e.getTokenBeingDecoded() == JsonToken.FIELD_NAME ? "unterminated string" : "unexpected end of input";
      return issue(IssueCode.JSON_MALFORMED, what, e.getLocation());
    } catch (JsonProcessingException e) {
      return issue(IssueCode.JSON_MALFORMED, describe(e.getOriginalMessage()), e.getLocation());
    } catch (IOException e) {
      // reading a String does no I/O; kept for the checked signature
      return issue(IssueCode.JSON_MALFORMED, "unreadable input", null);
    }
  }

  /** One open object or array while walking the input. */
  private static final class Frame {
    final boolean array;
    final String name;
    final JsonLocation start;
    /** For an extension or modifierExtension array: how often each url appears in it. */
    final Map<String, Integer> urls;
    /** For an object directly inside such an array: the array's url counts. */
    final Map<String, Integer> urlsOfList;
    int items;
    /** In a meta or entry object: where its {@code _profile} or {@code _fullUrl} is, and whether the value is too. */
    JsonLocation underscore;
    boolean valued;
    boolean nullValue;

    Frame(boolean array, String name, JsonLocation start, Map<String, Integer> urlsOfList) {
      this.array = array;
      this.name = name;
      this.start = start;
      this.urls = array && ("extension".equals(name) || "modifierExtension".equals(name)) ? new HashMap<>() : null;
      this.urlsOfList = urlsOfList;
    }
  }

  /**
   * Reads past the current value, as {@code skipChildren}, and checks the limits on the way: items per array, values
   * in all, copies of one extension in one element, string length, and each narrative ({@code div}): its XHTML
   * elements may nest no deeper than the JSON may (the HL7 validator raises an issue at every level of a deeply
   * nested narrative, each quoting the rest of the XHTML, which exhausts the heap within a few thousand levels).
   * Null when the value is within every limit.
   */
  private Issue walk(JsonParser parser) throws IOException {
    Deque<Frame> open = new ArrayDeque<>();
    long values = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      if (token == null) {
        return issue(IssueCode.JSON_MALFORMED, "unexpected end of input", parser.currentLocation());
      }
      Frame parent = open.peek();
      if (token == JsonToken.FIELD_NAME) {
        if (parser.getTextLength() > limits.maxStringLength()) {
          return tooLong("property name", parser.currentTokenLocation());
        }
        if (parent != null && (("meta".equals(parent.name) && "_profile".equals(parser.currentName()))
            || ("entry".equals(parent.name) && "_fullUrl".equals(parser.currentName())))) {
          parent.underscore = parser.currentTokenLocation();
        }
      } else if (token.isStructEnd()) {
        Frame closed = open.pop();
        if (closed.underscore != null && (!closed.valued || closed.nullValue)) {
          String what = "meta".equals(closed.name) ? "profile" : "fullUrl";
          return located(IssueCode.UNREADABLE_ELEMENT, "'_" + what + "' in '" + closed.name + "' has no '" + what
              + "' value beside it (the HL7 validator cannot read it)", closed.underscore);
        }
        if (open.isEmpty()) {
          return null;
        }
      } else {
        valueFor(parent, open, token, parser.currentName());
        if (++values > limits.maxElements()) {
          return located(IssueCode.INPUT_TOO_MANY_ELEMENTS, "The JSON has more than the limit of "
              + limits.maxElements() + " values (objects, arrays, strings, numbers and literals) in all",
              parser.currentTokenLocation());
        }
        if (parent != null && parent.array && ++parent.items > limits.maxArrayItems()) {
          return located(IssueCode.INPUT_TOO_MANY_ITEMS, "The JSON array '" + parent.name + "' has more than the limit of "
              + limits.maxArrayItems() + " items", parser.currentTokenLocation());
        }
        if (token == JsonToken.VALUE_STRING) {
          Issue issue = checkString(parser, parent);
          if (issue != null) {
            return issue;
          }
        } else if (token.isStructStart()) {
          String name = parent != null && parent.array ? parent.name : parser.currentName();
          open.push(new Frame(token == JsonToken.START_ARRAY, name, parser.currentTokenLocation(),
              parent != null && token == JsonToken.START_OBJECT ? parent.urls : null));
        } else if (parent == null) {
          return null; // a scalar at the top
        }
      }
      token = parser.nextToken();
    }
  }

  /** Notes a {@code meta.profile} or {@code entry.fullUrl} value, and a null among the profiles. */
  private static void valueFor(Frame parent, Deque<Frame> open, JsonToken token, String name) {
    if (parent == null) {
      return;
    }
    if ("meta".equals(parent.name) && "profile".equals(name) && token == JsonToken.START_ARRAY
        || "entry".equals(parent.name) && "fullUrl".equals(name) && token == JsonToken.VALUE_STRING) {
      parent.valued = true;
    } else if (parent.array && "profile".equals(parent.name) && token == JsonToken.VALUE_NULL && open.size() > 1) {
      Frame meta = open.stream().skip(1).findFirst().orElse(null);
      if (meta != null && "meta".equals(meta.name)) {
        meta.nullValue = true;
      }
    }
  }

  private Issue checkString(JsonParser parser, Frame parent) throws IOException {
    if (parser.getTextLength() > limits.maxStringLength()) {
      return tooLong("string", parser.currentTokenLocation());
    }
    String name = parser.currentName();
    if ("div".equals(name) && xhtmlDeeperThan(parser.getText(), maxDepth)) {
      return located(IssueCode.INPUT_TOO_DEEP,
          "The narrative (div) nests its XHTML elements deeper than the limit of " + maxDepth + " levels",
          parser.currentTokenLocation());
    }
    if (parent != null && parent.urlsOfList != null && "url".equals(name)
        && parent.urlsOfList.merge(parser.getText(), 1, Integer::sum) > limits.maxRepeats()) {
      return located(IssueCode.INPUT_TOO_MANY_REPEATS, "The JSON repeats one extension (the same url) more than the"
          + " limit of " + limits.maxRepeats() + " times in one element's list", parent.start);
    }
    return null;
  }

  private Issue tooLong(String what, JsonLocation at) {
    return located(IssueCode.INPUT_STRING_TOO_LONG, "A JSON " + what + " is longer than the limit of "
        + limits.maxStringLength() + " characters", at);
  }

  private static Issue located(IssueCode code, String message, JsonLocation at) {
    return Issues.input(code, message, line(at), column(at));
  }

  /** Whether the XHTML's elements nest deeper than {@code max} (start tags not closed at once count a level). */
  static boolean xhtmlDeeperThan(String xhtml, int max) {
    int depth = 0;
    for (int i = xhtml.indexOf('<'); i >= 0 && i + 1 < xhtml.length(); i = xhtml.indexOf('<', i + 1)) {
      char next = xhtml.charAt(i + 1);
      if (next == '/') {
        depth--;
      } else if (Character.isLetter(next)) {
        int end = xhtml.indexOf('>', i);
        if (end < 0) {
          return false; // not well-formed: the validator reports that
        }
        if (xhtml.charAt(end - 1) != '/' && ++depth > max) {
          return true;
        }
        i = end;
      }
    }
    return false;
  }

  /**
   * The offset of the '{' or '[' that opens level {@code maxDepth + 1} (strings skipped), or -1 when there is none.
   */
  static int tooDeepAt(String text, int maxDepth) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > maxDepth) {
          return i;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return -1;
  }

  /** One of the fixed messages for a Jackson message; never any part of the input. */
  static String describe(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage.toLowerCase(Locale.ROOT);
    for (String[] rule : MESSAGES) {
      if (m.contains(rule[0])) {
        return rule[1];
      }
    }
    return "syntax error";
  }

  private static Issue issue(IssueCode code, String what, JsonLocation at) {
    return Issues.input(code, "The input is not well-formed JSON: " + what, line(at), column(at));
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null || at.getLineNr() <= 0 ? 0 : Math.max(0, at.getColumnNr());
  }
}
