package org.carebridge.kit.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The conformance kit's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type nor a Jackson type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.kit", org.carebridge.kit.ConformanceKit.class, "com.fasterxml.jackson..",
        "the kit stands on sdk-fhir alone: the recipes, the adapters and the command line are not part of it",
        List.of("org.carebridge.examples..", "org.carebridge.hl7v2..", "org.carebridge.cld..", "org.carebridge.cli.."),
        LeakyFixture.class, "org.carebridge.kit.internal.Issues", "com.fasterxml.jackson.databind.JsonNode"));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.List<org.carebridge.kit.internal.Issues> issues() {
      return java.util.List.of();
    }

    /**
     * Leaks.
     *
     * @return nothing
     */
    public com.fasterxml.jackson.databind.JsonNode manifest() {
      return null;
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
