package org.carebridge.examples.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The recipes's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.examples", org.carebridge.examples.recipes.BuildCarePlan.class, null,
        "a recipe shows the SDK (sdk-core and sdk-fhir) alone; the kit is for its tests only",
        List.of("org.carebridge.kit..", "org.carebridge.hl7v2..", "org.carebridge.cld..", "org.carebridge.cli.."),
        LeakyFixture.class, "org.carebridge.fhir.internal.Redactor", null));
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

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
