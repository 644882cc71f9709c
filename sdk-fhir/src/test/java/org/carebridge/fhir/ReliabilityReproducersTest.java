package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.testing.Reproducers;
import org.carebridge.fhir.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The inputs fuzzing found escaping {@code validate()} or misplacing a position (the reproducers described in
 * {@code ../shared/reliability}), each built here in code: every one gets a report, never a Throwable, and where
 * the input is at fault the error points inside it.
 */
class ReliabilityReproducersTest {

  private final CareBridgeValidator validator = Shared.testPackageValidator();

  /** The HL7 library threw a plain java.lang.Error for a Reference with two reference children. */
  @Test
  void referenceWithTwoReferences_isALocatedError() {
    String xml = Reproducers.referenceWithTwoReferences();
    Result<Void> report = report(xml);
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.XML_REPEATED_ELEMENT.code());
      assertThat(i.message()).contains("'reference'", "once");
      assertInside(i, xml);
      assertThat(i.column()).isGreaterThan(xml.indexOf("<reference value=\"Organization/b\""));
    });
    // repeating elements, choice types, extensions, contained resources and narrative stay untouched
    String fine = "<Patient xmlns=\"http://hl7.org/fhir\"><text><status value=\"generated\"/><div"
        + " xmlns=\"http://www.w3.org/1999/xhtml\"><p>a</p><p>b</p></div></text><contained><Organization><id value=\"o\"/>"
        + "<name value=\"A\"/></Organization></contained><extension url=\"http://example.org/a\"><valueString value=\"x\"/>"
        + "</extension><extension url=\"http://example.org/b\"><valueString value=\"y\"/></extension>"
        + "<identifier><value value=\"1\"/></identifier><identifier><value value=\"2\"/></identifier>"
        + "<name><given value=\"A\"/><given value=\"B\"/></name><deceasedBoolean value=\"false\"/>"
        + "<managingOrganization><reference value=\"#o\"/></managingOrganization></Patient>";
    assertThat(report(fine).issues()).extracting(Issue::code).doesNotContain(IssueCode.XML_REPEATED_ELEMENT.code());
    String twoChoices = fine.replace("<deceasedBoolean value=\"false\"/>",
        "<deceasedBoolean value=\"false\"/><deceasedDateTime value=\"2020-01-01\"/>");
    assertThat(report(twoChoices).errors()).extracting(Issue::code).containsExactly(IssueCode.XML_REPEATED_ELEMENT.code());
  }

  /** The JDK's XML scanner threw MissingResourceException for U+FFFE inside a DOCTYPE's internal subset. */
  @Test
  void invalidCharacterInADoctype_isLocatedMalformedXml() {
    String xml = Reproducers.invalidCharacterInADoctype();
    Result<Void> report = report(xml);
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.code()).isIn(IssueCode.XML_MALFORMED.code(), IssueCode.XML_DOCTYPE_REFUSED.code());
      assertInside(i, xml);
    });
  }

  /** A narrative nested 3,000 levels deep exhausted the heap (or the stack in a cold JVM). */
  @Test
  void deeplyNestedNarrative_isRefusedBeforeTheEngine() {
    String json = Reproducers.nestedNarrative(3000);
    Result<Void> report = report(json);
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.INPUT_TOO_DEEP.code());
      assertThat(i.message()).contains("narrative", "limit of " + CareBridgeValidator.DEFAULT_MAX_DEPTH);
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.column()).isEqualTo(json.indexOf("\"<div") + 1);
    });
    String shallow = Reproducers.nestedNarrative(10);
    assertThat(report(shallow).issues()).noneMatch(i -> i.code().equals(IssueCode.INPUT_TOO_DEEP.code()));
  }

  /** The column of a too-deep error changed from run to run and could point past the end of the input. */
  @Test
  void tooDeepJson_pointsAtTheSameBracketEveryTime() {
    String json = Reproducers.tooDeepJson(10_000);
    List<String> positions = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      Issue issue = report(json).errors().get(0);
      assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_DEEP.code());
      assertInside(issue, json);
      positions.add(issue.line() + ":" + issue.column());
    }
    // the '{' that opens level 65 (the default limit is 64): 5 characters per level
    assertThat(positions).containsOnly("1:" + (5 * CareBridgeValidator.DEFAULT_MAX_DEPTH + 1));
  }

  private Result<Void> report(String input) {
    @SuppressWarnings("unchecked")
    Result<Void>[] out = new Result[1];
    assertThatCode(() -> out[0] = validator.validate(input)).doesNotThrowAnyException();
    return out[0];
  }

  private static void assertInside(Issue issue, String input) {
    assertThat(issue.line()).as("line").isBetween(1, (int) input.lines().count());
    String line = input.lines().skip(issue.line() - 1).findFirst().orElseThrow();
    assertThat(issue.column()).as("column").isBetween(1, line.length());
  }
}
