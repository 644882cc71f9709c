package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the input guard answers with a FATAL issue that names the limit and its value, at the line and column
 * of the construct it names (the item, string, extension or start tag over the limit), inside the input.
 */
class PreflightLimitsTest {

  /** Depth 8, 2 items per array, 40 values in all, 2 copies of one extension, strings of 12 characters, 1 MB. */
  private static final Limits SMALL = new Limits(1_000_000, 8, 2, 40, 2, 12);
  private final Preflight preflight = new Preflight(SMALL);

  @Test
  void jsonArrayItems_atTheFirstItemOverTheLimit() {
    String json = "{\"resourceType\":\"Patient\",\n \"identifier\":[{},\n  {},\n   {}]}";
    Issue issue = refused(json, IssueCode.INPUT_TOO_MANY_ITEMS);
    assertThat(issue.message()).isEqualTo("The JSON array 'identifier' has more than the limit of 2 items");
    assertAt(issue, json, json.lastIndexOf('{'));
  }

  @Test
  void jsonValuesInAll_atTheFirstValueOverTheLimit() {
    StringBuilder json = new StringBuilder("{\"resourceType\":\"Basic\"");
    for (int i = 0; i < 50; i++) {
      json.append(",\n\"a").append(i).append("\":").append(i);
    }
    String text = json.append('}').toString();
    Issue issue = refused(text, IssueCode.INPUT_TOO_MANY_ELEMENTS);
    assertThat(issue.message()).contains("limit of 40 values");
    // the root object and resourceType are values 1 and 2: "a38" holds value 41
    assertAt(issue, text, text.indexOf("\"a38\":") + 6);
  }

  @Test
  void jsonExtensionCopies_atTheCopyOverTheLimit_otherUrlsAndListsCountedApart() {
    String ext = "{\"url\":\"http://example.org/x\",\"valueString\":\"a\"}";
    String other = "{\"url\":\"http://example.org/y\",\"valueString\":\"a\"}";
    String fine = "{\"resourceType\":\"Basic\",\"extension\":[" + ext + "," + other + "," + ext + "],"
        + "\"code\":{\"extension\":[" + ext + "," + ext + "]}}";
    assertThat(new Preflight(new Limits(1_000_000, 8, 100, 1000, 2, 100)).check(fine).ok()).isTrue();
    String json = "{\"resourceType\":\"Basic\",\"extension\":[\n" + ext + ",\n" + ext + ",\n" + ext + "]}";
    Issue issue = new Preflight(new Limits(1_000_000, 8, 100, 1000, 2, 100)).check(json).issues().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_MANY_REPEATS.code());
    assertThat(issue.message()).contains("limit of 2 times");
    assertAt(issue, json, json.lastIndexOf('{'));
  }

  @Test
  void jsonStringsAndNames_atTheString() {
    String json = "{\"resourceType\":\"Basic\",\n\"id\":\"abcdefghijklm\"}";
    Issue issue = refused(json, IssueCode.INPUT_STRING_TOO_LONG);
    assertThat(issue.message()).isEqualTo("A JSON string is longer than the limit of 12 characters");
    assertAt(issue, json, json.indexOf("\"abc"));
    String name = "{\"resourceType\":\"Basic\",\n\"abcdefghijklm\":1}";
    Issue named = refused(name, IssueCode.INPUT_STRING_TOO_LONG);
    assertThat(named.message()).contains("property name", "limit of 12");
    assertAt(named, name, name.indexOf("\"abc"));
  }

  @Test
  void jsonNumberLongerThanJacksonAllows_isMalformedNotTooDeep() {
    String json = "{\"resourceType\":\"Basic\",\"a\":" + "1".repeat(1500) + "}";
    Issue issue = new Preflight(new Limits(1_000_000, 8, 100, 1000, 2, 10_000)).check(json).issues().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
    assertThat(issue.message()).contains("invalid number");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isBetween(1, json.length());
  }

  @Test
  void xmlLimits_atTheStartTag() {
    String items = "<Patient xmlns=\"http://hl7.org/fhir\">\n <identifier/>\n <identifier/>\n  <identifier/>\n</Patient>";
    Issue many = refused(items, IssueCode.INPUT_TOO_MANY_ITEMS);
    assertThat(many.message()).contains("'identifier'", "limit of 2");
    assertAt(many, items, items.lastIndexOf("<identifier"));

    String ext = "<extension url=\"http://example.org/x\"><valueString value=\"a\"/></extension>";
    String repeats = "<Basic xmlns=\"http://hl7.org/fhir\">\n" + ext + "\n" + ext + "\n" + ext + "\n</Basic>";
    Issue copies = new Preflight(new Limits(1_000_000, 8, 100, 1000, 2, 100)).check(repeats).issues().get(0);
    assertThat(copies.code()).isEqualTo(IssueCode.INPUT_TOO_MANY_REPEATS.code());
    assertAt(copies, repeats, repeats.lastIndexOf("<extension"));

    String attribute = "<Basic xmlns=\"http://hl7.org/fhir\">\n  <id value=\"abcdefghijklm\"/></Basic>";
    Issue longValue = refused(attribute, IssueCode.INPUT_STRING_TOO_LONG);
    assertThat(longValue.message()).contains("attribute value", "limit of 12");
    assertAt(longValue, attribute, attribute.indexOf("<id"));

    String text = "<Basic xmlns=\"http://hl7.org/fhir\"><text><div xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        + "  <p>abcdefghijklm</p></div></text></Basic>";
    Issue longText = refused(text, IssueCode.INPUT_STRING_TOO_LONG);
    assertAt(longText, text, text.indexOf("<p>"));

    StringBuilder all = new StringBuilder("<Basic xmlns=\"http://hl7.org/fhir\">");
    for (int i = 0; i < 45; i++) {
      all.append("\n<a").append(i).append("/>");
    }
    String elements = all.append("</Basic>").toString();
    Issue tooMany = refused(elements, IssueCode.INPUT_TOO_MANY_ELEMENTS);
    assertThat(tooMany.message()).contains("limit of 40 elements");
    assertAt(tooMany, elements, elements.indexOf("<a39/>"));
  }

  @Test
  void depth_pointsAtTheOpeningOneLevelTooMany_sameEveryRun() {
    String json = "{\"a\":\n".repeat(20) + "1" + "}".repeat(20);
    String xml = "<Basic xmlns=\"http://hl7.org/fhir\">" + "\n<a>".repeat(20) + "</a>".repeat(20) + "</Basic>";
    for (int run = 0; run < 3; run++) {
      Issue deepJson = refused(json, IssueCode.INPUT_TOO_DEEP);
      assertAt(deepJson, json, nth(json, "{", 9));
      Issue deepXml = refused(xml, IssueCode.INPUT_TOO_DEEP);
      assertThat(deepXml.message()).contains("limit of 8 levels");
      assertAt(deepXml, xml, nth(xml, "<a>", 8));
    }
  }

  @Test
  void size_pointsAtTheFirstCharacterOverTheLimit_textAndStream() {
    Preflight tiny = new Preflight(new Limits(30, 8, 100, 1000, 2, 100));
    String json = "{\"resourceType\":\n\"Basic\",\"id\":\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"}";
    for (Preflight.Result r : List.of(tiny.check(json),
        tiny.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      Issue issue = r.issues().get(0);
      assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_LARGE.code());
      assertThat(issue.message()).contains("limit of 30 bytes");
      int byte30 = charHoldingByte(json, 30);
      assertAt(issue, json, byte30);
    }
  }

  @Test
  void encoding_pointsAtTheFirstByteThatIsNotUtf8() {
    byte[] good = "{\"resourceType\":\"Basic\",\n\"id\":\"a".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    bytes[good.length + 1] = '"';
    bytes[good.length + 2] = '}';
    Issue issue = preflight.check(new ByteArrayInputStream(bytes)).issues().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_UNREADABLE.code());
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isEqualTo("\"id\":\"a".length() + 1);
  }

  private Issue refused(String input, IssueCode code) {
    Preflight.Result result = preflight.check(input);
    assertThat(result.ok()).as("refused: %s", input).isFalse();
    Issue issue = result.issues().get(0);
    assertThat(issue.code()).isEqualTo(code.code());
    assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    return issue;
  }

  /** The issue is at the line and column of the character at {@code offset}, which is inside the input. */
  private static void assertAt(Issue issue, String input, int offset) {
    assertThat(offset).isBetween(0, input.length() - 1);
    int[] expected = Preflight.position(input, offset);
    assertThat(new int[] {issue.line(), issue.column()}).as("line, column of %s", issue.message()).containsExactly(expected);
    String line = input.lines().skip(issue.line() - 1).findFirst().orElseThrow();
    assertThat(issue.column()).isBetween(1, line.length());
  }

  private static int nth(String s, String what, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf(what, at + 1);
    }
    return at;
  }

  private static int charHoldingByte(String s, int byteOffset) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      bytes += s.substring(i, i + 1).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > byteOffset) {
        return i;
      }
    }
    return -1;
  }
}
