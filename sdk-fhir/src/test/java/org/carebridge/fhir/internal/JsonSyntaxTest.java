package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.IssueCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON syntax check: Jackson finds the problem, our words describe it, nothing of the input leaks. */
class JsonSyntaxTest {

  private final JsonSyntax syntax = new JsonSyntax(16);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\":1 \"b\":2}                  | expected ',' or '}' in an object | 1 | 8",
      "{\"a\":[1 2]}                      | expected ',' or ']' in an array  | 1 | 9",
      "{a:1}                              | expected a property name in double quotes | 1 | 2",
      "{\"a\" 1}                          | expected ':' after a property name | 1 | 6",
      "{\"a\":Margaret}                   | expected a value | 1 | 14",
      "{\"a\":\"x\\qy\"}                  | invalid escape in a string | 1 | 9",
      "{\"a\":01}                         | invalid number | 1 | 7",
      "{\"a\":\"unterminated              | unterminated string | 1 | 19",
      "{\"a\":1                           | unexpected end of input | 1 | 7",
      "{\"a\":1} {\"b\":2}                | unexpected content after the end of the JSON value | 1 | 9",
      "{\"a\":[1}                         | a closing bracket does not match the open object or array | 1 | 8",
  })
  void eachProblemHasAFixedMessageAndAPosition(String json, String what, int line, int column) {
    Issue issue = syntax.check(json);
    assertThat(issue).isNotNull();
    assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
    assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    assertThat(issue.message()).isEqualTo("The input is not well-formed JSON: " + what);
    assertThat(issue.line()).isEqualTo(line);
    assertThat(issue.column()).isEqualTo(column);
  }

  @Test
  void wellFormedJsonPasses() {
    for (String ok : List.of("{}", "{\"a\":[1,2.5e3,-0,true,false,null,\"\\u00e9\\n\"]}", " \n{\"a\":{}}\n ")) {
      assertThat(syntax.check(ok)).as(ok).isNull();
    }
  }

  @Test
  void controlCharactersInStringsAreRefused() {
    assertThat(syntax.check("{\"a\":\"x\ty\"}").message()).endsWith("control character in a string");
  }

  @Test
  void nestingBeyondTheLimitIsItsOwnCode() {
    String deep = "{\"a\":".repeat(20) + "1" + "}".repeat(20);
    Issue issue = syntax.check(deep);
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_DEEP.code());
    assertThat(issue.message()).isEqualTo("The JSON nests deeper than the limit of 16 levels");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isPositive();
    assertThat(syntax.check("{\"a\":".repeat(15) + "1" + "}".repeat(15))).isNull();
  }

  @Property(tries = 500)
  void noPartOfTheInputEverReachesTheMessage(@ForAll @StringLength(min = 6, max = 40) String word) {
    String secret = "Q" + word.replaceAll("[^A-Za-z0-9]", "x") + "Z";
    for (String json : List.of("{\"a\":" + secret + "}", "{" + secret + ":1}", "{\"a\":1 " + secret + "}",
        "{\"a\":[" + secret + "]}", "{\"a\":\"" + secret)) {
      Issue issue = syntax.check(json);
      assertThat(issue).as(json).isNotNull();
      assertThat(issue.message()).as(json).doesNotContain(secret);
    }
  }
}
