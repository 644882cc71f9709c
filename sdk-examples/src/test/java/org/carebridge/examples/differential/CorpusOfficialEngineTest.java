package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.core.validation.Severity;
import org.carebridge.examples.differential.OfficialEngine.EngineIssue;
import org.carebridge.examples.differential.OfficialEngine.Setup;
import org.carebridge.kit.ConformanceCorpus;
import org.carebridge.kit.CorpusEntry;
import org.carebridge.kit.ExpectedIssue;
import org.carebridge.kit.internal.Issues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official HL7 engine, given the CareBridge package and only the packages it declares, agrees with every
 * FHIR-level case of the conformance corpus at the manifest's locations: a positive case draws no error, and every
 * FHIR-level error a negative case lists (its code is not one of CareBridge's {@code CB-} codes, which come from
 * the business rules and the input checks) is matched by an engine error at that element or inside it. The
 * message ids may differ (the engine's terminology layer names some findings its own way); the place may not.
 */
class CorpusOfficialEngineTest {

  @TestFactory
  Stream<DynamicTest> theOfficialEngineAgreesWithTheManifest() {
    return OfficialEngine.dynamicTests(Setup.CAREBRIDGE_AND_DECLARED_DEPENDENCIES, CorpusOfficialEngineTest::caseTests);
  }

  private static List<DynamicTest> caseTests() {
    List<CorpusEntry> cases = ConformanceCorpus.load().entries().stream()
        .filter(e -> e.issues().stream().noneMatch(i -> i.code().startsWith("CB-INPUT-"))).toList();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the corpus has its FHIR-level cases",
        () -> assertThat(cases).hasSizeGreaterThanOrEqualTo(98)));
    for (CorpusEntry entry : cases) {
      tests.add(DynamicTest.dynamicTest(entry.id(), () -> {
        OfficialEngine engine = OfficialEngine.get(Setup.CAREBRIDGE_AND_DECLARED_DEPENDENCIES);
        List<EngineIssue> errors = engine.validate(new String(entry.content(), StandardCharsets.UTF_8),
            entry.profile().map(List::of).orElse(List.of())).stream().filter(EngineIssue::isError).toList();
        String report = errors.stream().map(EngineIssue::toString).collect(Collectors.joining("\n"));
        if (entry.expected() == CorpusEntry.Expectation.VALID) {
          assertThat(errors).as("%s: the engine reports errors on a positive case:%n%s", entry.file(), report).isEmpty();
          return;
        }
        for (ExpectedIssue expected : entry.issues()) {
          if (expected.code().startsWith("CB-") || expected.severity() != Severity.ERROR) {
            continue;
          }
          String where = Issues.normaliseLocation(expected.location());
          assertThat(errors).as("%s: no engine error at %s (the manifest's %s); the engine's errors:%n%s",
              entry.file(), where, expected.code(), report)
              .anyMatch(e -> within(Issues.normaliseLocation(e.location()), where));
        }
      }));
    }
    return tests;
  }

  /** The location is the element or one inside it. */
  private static boolean within(String location, String element) {
    return location.equals(element) || location.startsWith(element + ".") || location.startsWith(element + "[");
  }
}
