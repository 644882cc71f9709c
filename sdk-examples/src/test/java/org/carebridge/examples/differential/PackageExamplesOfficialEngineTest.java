package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.examples.differential.OfficialEngine.EngineIssue;
import org.carebridge.examples.differential.OfficialEngine.Setup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The IG Publisher's check of a package: given the CareBridge package plus only the packages its package.json
 * declares (resolved offline), the official HL7 engine finds no error in any example the package ships
 * ({@code package/examples/} of the .tgz, i.e. profiles/src/main/fhir/package/examples).
 */
class PackageExamplesOfficialEngineTest {

  @TestFactory
  Stream<DynamicTest> everyPackageExampleIsValidForTheOfficialEngine() {
    return OfficialEngine.dynamicTests(Setup.CAREBRIDGE_AND_DECLARED_DEPENDENCIES, PackageExamplesOfficialEngineTest::exampleTests);
  }

  private static List<DynamicTest> exampleTests() {
    Map<String, byte[]> examples = OfficialEngine.examples(OfficialEngine.careBridgePackage());
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the package ships examples", () -> assertThat(examples).hasSizeGreaterThan(20)));
    for (Map.Entry<String, byte[]> example : examples.entrySet()) {
      tests.add(DynamicTest.dynamicTest(example.getKey(), () -> {
        OfficialEngine engine = OfficialEngine.get(Setup.CAREBRIDGE_AND_DECLARED_DEPENDENCIES);
        List<EngineIssue> errors = engine.validate(new String(example.getValue(), StandardCharsets.UTF_8), List.of())
            .stream().filter(EngineIssue::isError).toList();
        assertThat(errors).as("%s: the official engine (packages %s) reports %d error(s):%n%s", example.getKey(),
            engine.loadedPackages(), errors.size(),
            errors.stream().map(EngineIssue::toString).collect(Collectors.joining("\n"))).isEmpty();
      }));
    }
    return tests;
  }
}
