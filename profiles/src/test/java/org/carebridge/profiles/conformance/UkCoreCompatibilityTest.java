package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * UK Core compatibility: every CareBridge example whose resource type has a UK Core profile also validates,
 * with zero errors, against {@code https://fhir.hl7.org.uk/StructureDefinition/UKCore-<Type>} when UK Core R4
 * (from {@code ../shared/ukcore}, never copied into this repository) is loaded next to the CareBridge package.
 */
class UkCoreCompatibilityTest {

  static final String UK_CORE_BASE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";

  @TestFactory
  Stream<DynamicTest> examplesAlsoConformToUkCore() {
    if (!Validators.ukCoreAvailable()) {
      // One visible skipped test (an aborted factory would not show up in the surefire report).
      return Stream.of(DynamicTest.dynamicTest("UK Core definitions present", () -> Assumptions.assumeTrue(false,
          "UK Core definitions not found at " + Validators.UK_CORE_DIR + ": UK Core compatibility not checked")));
    }
    return PackageContents.get().examples().entrySet().stream()
        .filter(e -> Validators.ukCoreHasProfile(UK_CORE_BASE + e.getValue().fhirType()))
        .map(e -> DynamicTest.dynamicTest(e.getKey() + " vs UKCore-" + e.getValue().fhirType(),
            () -> validate(e.getKey(), e.getValue())));
  }

  private static void validate(String file, Resource example) {
    Resource copy = example.copy();
    // Only UK Core is asked for here: the CareBridge profile is checked by ExampleValidationTest.
    copy.getMeta().getProfile().clear();
    String profile = UK_CORE_BASE + example.fhirType();
    ValidationResult result = Validators.validateWithUkCore(copy, profile);
    // Nothing is filtered: offline, codes from SNOMED CT / LOINC (no terminology server) come back as warnings
    // ("CodeSystem is unknown and can't be validated"), never as errors, so every error here is real.
    List<SingleValidationMessage> errors = Validators.errors(result);
    assertThat(errors).as("%s against %s has %d error(s); all issues:%n%s", file, profile, errors.size(),
        Validators.describe(result.getMessages())).isEmpty();
  }
}
