package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in package/examples/ validates, offline, against the CareBridge profile it claims, and every
 * resource in it has a narrative.
 */
class ExampleValidationTest {

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsProfile() {
    return PackageContents.get().examples().entrySet().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> validate(entry.getKey(), entry.getValue())));
  }

  private static void validate(String file, Resource example) {
    List<CanonicalType> profiles = example.getMeta().getProfile();
    assertThat(profiles).as("%s declares its CareBridge profile in meta.profile", file).isNotEmpty();
    for (CanonicalType profile : profiles) {
      assertThat(profile.getValue()).as("%s meta.profile", file)
          .startsWith(CareBridgePackage.CANONICAL + "/StructureDefinition/");
      ValidationResult result = Validators.validate(example, profile.getValue());
      List<SingleValidationMessage> errors = Validators.errors(result);
      assertThat(errors).as("%s against %s has %d error(s); all issues:%n%s", file, profile.getValue(),
          errors.size(), Validators.describe(result.getMessages())).isEmpty();
      // dom-6: every resource in an example, inside Bundles too, has a narrative.
      assertThat(result.getMessages()).as("%s: a resource without a narrative (dom-6); all issues:%n%s", file,
          Validators.describe(result.getMessages()))
          .noneMatch(m -> m.getMessage() != null && m.getMessage().contains("dom-6"));
    }
  }
}
