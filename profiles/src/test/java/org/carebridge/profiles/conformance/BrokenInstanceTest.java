package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Negative cases: {@code src/test/resources/broken/<invariant-key>--<what is wrong>.json}. Each instance breaks
 * one CareBridge invariant and must fail validation with an error for exactly that key (and for no other
 * CareBridge invariant); every {@code cb-} invariant the package defines must have at least one such instance.
 *
 * <p>How HAPI FHIR 8.8.1 reports a failed invariant: see {@link #reportsInvariant}.
 */
class BrokenInstanceTest {

  static final Path BROKEN_DIR = Path.of("src", "test", "resources", "broken");

  @TestFactory
  Stream<DynamicTest> everyBrokenInstanceFailsWithItsInvariant() throws IOException {
    Map<String, String> invariants = PackageContents.get().careBridgeInvariants();
    return brokenFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String key = keyOf(file);
      assertThat(invariants).as("%s is named after an invariant the package defines", file.getFileName())
          .containsKey(key);
      Resource resource = (Resource) Validators.CTX.newJsonParser()
          .parseResource(Files.readString(file, StandardCharsets.UTF_8));
      List<CanonicalType> profiles = resource.getMeta().getProfile();
      assertThat(profiles).as("%s sets meta.profile", file.getFileName()).isNotEmpty();

      ValidationResult result = Validators.validate(resource, profiles.get(0).getValue());
      List<SingleValidationMessage> errors = Validators.errors(result);
      assertThat(errors).as("%s must fail with an error for %s (%s); all issues:%n%s", file.getFileName(), key,
          invariants.get(key), Validators.describe(result.getMessages()))
          .anyMatch(m -> reportsInvariant(m, key));
      // ... and with no other CareBridge invariant: each file shows one rule at work (an invariant that fires
      // where it should not, e.g. through an empty operand of implies, shows up here).
      assertThat(errors).as("%s must fail with %s only among the CareBridge invariants; all issues:%n%s",
          file.getFileName(), key, Validators.describe(result.getMessages()))
          .noneMatch(m -> invariants.keySet().stream().anyMatch(k -> !k.equals(key) && reportsInvariant(m, k)));
    }));
  }

  @Test
  void everyCareBridgeInvariantHasABrokenInstance() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path file : brokenFiles()) {
      covered.add(keyOf(file));
    }
    Set<String> missing = new TreeSet<>(PackageContents.get().careBridgeInvariants().keySet());
    missing.removeAll(covered);
    assertThat(missing).as("invariants without a broken instance in %s (name them <key>--<description>.json)",
        BROKEN_DIR).isEmpty();
  }

  /**
   * HAPI FHIR 8.8.1 (HL7 core 6.7.9) reports a failed invariant with the message id
   * {@code <StructureDefinition url>#<key>} (e.g. {@code https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1})
   * and the message {@code Constraint failed: <key>: '<human text>' (defined in <url>)}. The id is matched
   * exactly after the {@code #}, so {@code cb-nhs-1} never matches {@code cb-nhs-10}.
   */
  static boolean reportsInvariant(SingleValidationMessage message, String key) {
    String id = message.getMessageId();
    return id != null && id.endsWith("#" + key) && id.startsWith(CareBridgePackage.CANONICAL + "/StructureDefinition/");
  }

  static String keyOf(Path file) {
    String name = file.getFileName().toString();
    int separator = name.indexOf("--");
    assertThat(separator).as("%s is named <invariant-key>--<description>.json", name).isPositive();
    return name.substring(0, separator);
  }

  static List<Path> brokenFiles() throws IOException {
    if (!Files.isDirectory(BROKEN_DIR)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(BROKEN_DIR)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
