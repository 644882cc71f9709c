package org.carebridge.fhir.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * sdk-fhir's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type nor a Jackson type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.fhir", org.carebridge.fhir.CareBridgeValidator.class, "com.fasterxml.jackson..",
        "sdk-fhir sits under the kit, the recipes, the adapters and the command line, which depend on it",
        List.of("org.carebridge.kit..", "org.carebridge.examples..", "org.carebridge.hl7v2..", "org.carebridge.cld..", "org.carebridge.cli.."),
        LeakyFixture.class, "org.carebridge.fhir.internal.Redactor", "com.fasterxml.jackson.core.JsonParser"));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.Optional<org.carebridge.fhir.internal.Redactor> redactor() {
      return java.util.Optional.empty();
    }

    /**
     * Leaks.
     *
     * @param parser not used
     */
    public void parse(com.fasterxml.jackson.core.JsonParser parser) {
      // nothing
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
