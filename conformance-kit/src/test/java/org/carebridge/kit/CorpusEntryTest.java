package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Location;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.kit.CorpusEntry.Expectation;
import org.junit.jupiter.api.Test;

/** The rule that compares a validator's issues with a manifest entry, and the manifest's own checks. */
class CorpusEntryTest {

  private static final String NHS = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1";
  private static final Issue NHS_ERROR = Issue.builder(NHS, Severity.ERROR).location(Location.fhirPath("Bundle.entry[0].resource/*Patient/x*/.identifier[0]")).message("Constraint failed: cb-nhs-1").build();
  private static final Issue WARNING = Issue.builder("Terminology_TX_NoValid_2_CC", Severity.WARNING).location(Location.fhirPath("Consent.category[1]")).message("None of the codings").build();

  private static CorpusEntry negative(ExpectedIssue... issues) {
    return new CorpusEntry("n", "negative/n.json", "d", "s", Expectation.INVALID, Optional.empty(), List.of(issues));
  }

  private static CorpusEntry positive() {
    return new CorpusEntry("p", "positive/p.json", "d", "s", Expectation.VALID, Optional.empty(), List.of());
  }

  @Test
  void aPositiveMatchesWhenThereIsNoErrorWhateverTheWarnings() {
    assertThat(positive().mismatches(List.of(WARNING))).isEmpty();
    assertThat(positive().mismatches(List.of(WARNING, NHS_ERROR))).containsExactly("unexpected: " + NHS_ERROR);
  }

  @Test
  void aNegativeMatchesItsIssuesWithLocationsComparedWithoutComments() {
    CorpusEntry entry = negative(new ExpectedIssue(NHS, Severity.ERROR, "Bundle.entry[0].resource.identifier[0]"));
    assertThat(entry.mismatches(List.of(NHS_ERROR, WARNING))).isEmpty();
    // the same error twice (e.g. from the profile and from the base definition) is still one listed issue
    assertThat(entry.mismatches(List.of(NHS_ERROR, NHS_ERROR))).isEmpty();
  }

  @Test
  void aListedIssueThatDoesNotHappenIsMissing() {
    ExpectedIssue expected = new ExpectedIssue(NHS, Severity.ERROR, "Patient.identifier[0]");
    assertThat(negative(expected).mismatches(List.of(WARNING))).containsExactly("missing: " + expected);
  }

  @Test
  void anErrorAtAnotherLocationIsBothMissingAndUnexpected() {
    ExpectedIssue expected = new ExpectedIssue(NHS, Severity.ERROR, "Bundle.entry[1].resource.identifier[0]");
    assertThat(negative(expected).mismatches(List.of(NHS_ERROR)))
        .containsExactly("missing: " + expected, "unexpected: " + NHS_ERROR);
  }

  @Test
  void anErrorWithAnotherSeverityIsMissing() {
    ExpectedIssue fatal = new ExpectedIssue(NHS, Severity.FATAL, "Bundle.entry[0].resource.identifier[0]");
    assertThat(negative(fatal).mismatches(List.of(NHS_ERROR))).containsExactly("missing: " + fatal);
  }

  @Test
  void anUnlistedErrorFailsButAnUnlistedWarningDoesNot() {
    CorpusEntry entry = negative(new ExpectedIssue(NHS, Severity.ERROR, "Bundle.entry[0].resource.identifier[0]"));
    Issue other = Issue.builder("Validation_VAL_Profile_Minimum", Severity.ERROR).location(Location.fhirPath("Patient")).message("minimum required").build();
    assertThat(entry.mismatches(List.of(NHS_ERROR, WARNING, other))).containsExactly("unexpected: " + other);
  }

  @Test
  void listedWarningsMustHappenToo() {
    ExpectedIssue warning = new ExpectedIssue(WARNING.code(), Severity.WARNING, WARNING.location().text());
    ExpectedIssue error = new ExpectedIssue(NHS, Severity.ERROR, "Bundle.entry[0].resource.identifier[0]");
    assertThat(negative(error, warning).mismatches(List.of(NHS_ERROR))).containsExactly("missing: " + warning);
    assertThat(negative(error, warning).mismatches(List.of(NHS_ERROR, WARNING))).isEmpty();
  }

  @Test
  void entriesAreCheckedWhenMade() {
    ExpectedIssue error = new ExpectedIssue(NHS, Severity.ERROR, "Patient");
    assertThatThrownBy(() -> new CorpusEntry("p", "f", "d", "s", Expectation.VALID, Optional.empty(), List.of(error)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entry p: a valid example lists no issues");
    ExpectedIssue warning = new ExpectedIssue("W", Severity.WARNING, "Patient");
    assertThatThrownBy(() -> negative(warning))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entry n: an invalid example lists at least one error");
    assertThatThrownBy(() -> new ExpectedIssue(" ", Severity.ERROR, "Patient"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("code must not be blank");
  }

  private static String parseProblem(String manifest) throws Exception {
    try {
      ConformanceCorpus.parse(new ObjectMapper().readTree(manifest));
      return "parsed";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Test
  void malformedManifestsAreRefusedWithTheReason() throws Exception {
    String entry = "{\"id\":\"a\",\"file\":\"positive/a.json\",\"description\":\"d\",\"scenario\":\"s\",\"expected\":\"valid\"}";
    assertThat(parseProblem("{\"formatVersion\":1,\"entries\":[" + entry + "]}")).isEqualTo("parsed");
    assertThat(parseProblem("{\"formatVersion\":2,\"entries\":[]}")).isEqualTo("manifest: formatVersion must be 1");
    assertThat(parseProblem("{\"formatVersion\":1,\"entries\":[" + entry + "," + entry + "]}"))
        .isEqualTo("manifest: duplicate id a");
    assertThat(parseProblem("{\"formatVersion\":1,\"entries\":[" + entry.replace("\"expected\"", "\"colour\":1,\"expected\"") + "]}"))
        .isEqualTo("manifest: unknown field 'colour' in entry");
    assertThat(parseProblem("{\"formatVersion\":1,\"entries\":[" + entry.replace("\"valid\"", "\"maybe\"") + "]}"))
        .isEqualTo("manifest: entry a: expected must be 'valid' or 'invalid'");
    assertThat(parseProblem("{\"formatVersion\":1,\"entries\":[" + entry.replace("\"valid\"", "\"invalid\"") + "]}"))
        .isEqualTo("manifest: entry a: an invalid example lists at least one error");
  }

  @Test
  void theShippedManifestLoadsAndItsFilesAreOnTheClassPath() {
    ConformanceCorpus corpus = ConformanceCorpus.load();
    assertThat(corpus.entries()).hasSizeGreaterThan(90);
    assertThat(corpus.entry("neg-input-doctype")).get().satisfies(e -> {
      assertThat(e.file()).isEqualTo("negative/input/doctype.xml");
      assertThat(new String(e.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("<!DOCTYPE");
      assertThat(e.issues()).extracting(ExpectedIssue::code).containsExactly("CB-INPUT-006");
    });
    assertThat(corpus.entry("no-such-entry")).isEmpty();
  }
}
