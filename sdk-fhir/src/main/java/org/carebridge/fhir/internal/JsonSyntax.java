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
import java.util.List;
import java.util.Locale;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.IssueCodes;

/**
 * A strict JSON syntax check (RFC 8259) with a nesting limit, on Jackson's streaming parser. It reports the
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

  JsonSyntax(int maxDepth) {
    this.maxDepth = maxDepth;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** The first syntax problem, or null when the text is exactly one well-formed JSON value. */
  Issue check(String text) {
    JsonParser parser;
    try {
      parser = factory.createParser(text);
    } catch (IOException e) {
      return issue(IssueCodes.JSON_MALFORMED, "unreadable input", null);
    }
    try (parser) {
      if (parser.nextToken() == null) {
        return issue(IssueCodes.JSON_MALFORMED, "unexpected end of input", parser.currentLocation());
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return issue(IssueCodes.JSON_MALFORMED, "unexpected content after the end of the JSON value",
            parser.currentTokenLocation());
      }
      return null;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      return new Issue(IssueCodes.INPUT_TOO_DEEP, Severity.FATAL, Preflight.WHOLE_INPUT,
          "The JSON nests deeper than the limit of " + maxDepth + " levels", line(at), column(at),
          Preflight.SOURCE);
    } catch (JsonEOFException e) {
      String what = e.getTokenBeingDecoded() == JsonToken.VALUE_STRING
          || e.getTokenBeingDecoded() == JsonToken.FIELD_NAME ? "unterminated string" : "unexpected end of input";
      return issue(IssueCodes.JSON_MALFORMED, what, e.getLocation());
    } catch (JsonProcessingException e) {
      return issue(IssueCodes.JSON_MALFORMED, describe(e.getOriginalMessage()), e.getLocation());
    } catch (IOException e) {
      // reading a String does no I/O; kept for the checked signature
      return issue(IssueCodes.JSON_MALFORMED, "unreadable input", null);
    }
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

  private static Issue issue(String code, String what, JsonLocation at) {
    return new Issue(code, Severity.FATAL, Preflight.WHOLE_INPUT, "The input is not well-formed JSON: " + what,
        line(at), column(at), Preflight.SOURCE);
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null || at.getLineNr() <= 0 ? 0 : Math.max(0, at.getColumnNr());
  }
}
