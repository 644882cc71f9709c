package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.testing.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the long hostile-input fuzzing run of 7 December 2026 found (docs/sdk/validation.md#fuzzing-hostile-input),
 * each built here in code: XML on which the HL7 validator stopped with an exception ({@code CB-ENGINE-001}, whole
 * input, no position) is now refused before it with a located error; so is the same content as JSON where the
 * validator fails on that too (a profile or fullUrl without a value), and where it does not, it stays its finding.
 */
class FuzzFindingsRegressionTest {

  private static final String NS = " xmlns=\"http://hl7.org/fhir\"";

  /** {@code java.lang.Error: Attempt to read a single element when there is more than one present (div)}. */
  private static final String TWO_DIVS = "<Practitioner" + NS + "><text><status value=\"generated\"/>\n"
      + "<div xmlns=\"http://wed\"/>\n<div xmlns=\"http://wed\"/></text></Practitioner>";
  /** {@code NullPointerException} in {@code VersionUtilities.parseVersionUrl}: a profile without a value. */
  private static final String PROFILE_WITHOUT_VALUE = "<Patient" + NS + "><meta>\n<profile valu=\"https://carebridge.org.uk"
      + "/fhir/StructureDefinition/carebridge-person\"/></meta></Patient>";
  /** {@code NullPointerException} in {@code InstanceValidator.idStatusForEntry}: a fullUrl without a value. */
  private static final String FULL_URL_WITHOUT_VALUE = "<Bundle" + NS + "><type value=\"collection\"/><entry>\n"
      + "<fullUrl><extension url=\"http://example.org/x\"><valueString value=\"a\"/></extension></fullUrl><resource>"
      + "<Basic><code><text value=\"x\"/></code></Basic></resource></entry></Bundle>";
  /** {@code FHIRException: Unable to find type Str for element valueStr with path Extension.value[x]}. */
  private static final String UNKNOWN_CHOICE_TYPE = "<Patient" + NS + "><extension url=\"http://example.org/x\">\n"
      + "<valueStr value=\"a\"/></extension></Patient>";

  static Stream<Arguments> xml() {
    return Stream.of(
        Arguments.of(TWO_DIVS, IssueCode.XML_REPEATED_ELEMENT, "<div xmlns=\"http://wed\"/></text>",
            "'div' appears more than once in 'Narrative'"),
        Arguments.of(PROFILE_WITHOUT_VALUE, IssueCode.UNREADABLE_ELEMENT, "<profile", "'profile' in 'Meta' has no value"),
        Arguments.of(FULL_URL_WITHOUT_VALUE, IssueCode.UNREADABLE_ELEMENT, "<fullUrl>",
            "'fullUrl' in 'Bundle.entry' has no value"),
        Arguments.of(UNKNOWN_CHOICE_TYPE, IssueCode.UNREADABLE_ELEMENT, "<valueStr",
            "'valueStr' in 'Extension' is not one of the types of 'value[x]'"));
  }

  @ParameterizedTest
  @MethodSource("xml")
  void xml_isALocatedErrorBeforeTheEngine(String xml, IssueCode code, String at, String message) {
    assertLocated(Shared.careBridgeValidator().validate(xml), xml, code, at, message);
  }

  static Stream<Arguments> json() {
    return Stream.of(
        Arguments.of("{\"resourceType\":\"Patient\",\"meta\":{\n\"_profile\":[{\"id\":\"a\"}]}}", "\"_profile\"",
            "'_profile' in 'meta'"),
        Arguments.of("{\"resourceType\":\"Patient\",\"meta\":{\"profile\":[null],\n\"_profile\":[{\"id\":\"a\"}]}}",
            "\"_profile\"", "'_profile' in 'meta'"),
        Arguments.of("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\n\"_fullUrl\":{\"extension\":"
            + "[{\"url\":\"http://example.org/x\",\"valueString\":\"a\"}]},\"resource\":{\"resourceType\":\"Basic\","
            + "\"code\":{\"text\":\"x\"}}}]}", "\"_fullUrl\"", "'_fullUrl' in 'entry'"));
  }

  @ParameterizedTest
  @MethodSource("json")
  void json_valuelessProfileOrFullUrl_isALocatedErrorBeforeTheEngine(String json, String at, String message) {
    assertLocated(Shared.careBridgeValidator().validate(json), json, IssueCode.UNREADABLE_ELEMENT, at, message);
    String valued = "{\"resourceType\":\"Patient\",\"meta\":{\"profile\":[\"https://carebridge.org.uk/fhir/"
        + "StructureDefinition/carebridge-person\"],\"_profile\":[{\"id\":\"a\"}]}}";
    assertThat(Shared.careBridgeValidator().validate(valued).issues()).extracting(Issue::code)
        .doesNotContain(IssueCode.UNREADABLE_ELEMENT.code(), IssueCode.VALIDATOR_FAILURE.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"resourceType\":\"Practitioner\",\"text\":{\"status\":\"generated\",\"div\":[\"<div/>\",\"<div/>\"]}}",
      "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"http://example.org/x\",\"valueStr\":\"a\"}]}",
  })
  void sameContentAsJson_whereTheValidatorCopes_isAFindingNotAFailure(String json) {
    Result<Void> report = Shared.careBridgeValidator().validate(json);
    assertThat(report.errors()).isNotEmpty()
        .extracting(Issue::code).doesNotContain(IssueCode.VALIDATOR_FAILURE.code());
  }

  private static void assertLocated(Result<Void> report, String input, IssueCode code, String at, String message) {
    int offset = input.lastIndexOf(at.strip());
    int line = (int) input.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    int column = offset - input.lastIndexOf('\n', offset - 1);
    assertThat(report.errors()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(code.code());
      assertThat(i.message()).contains(message);
      assertThat(i.line()).isEqualTo(line);
      assertThat(i.column()).isEqualTo(column);
    });
  }
}
