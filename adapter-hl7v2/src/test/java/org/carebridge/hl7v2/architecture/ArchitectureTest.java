package org.carebridge.hl7v2.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The HL7 v2 adapter's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type nor a HAPI HL7v2 type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.hl7v2", org.carebridge.hl7v2.AdtConverter.class, "ca.uhn.hl7v2..",
        "the adapters are independent of each other, and the command line and the kit sit above them",
        List.of("org.carebridge.cld..", "org.carebridge.cli..", "org.carebridge.kit..", "org.carebridge.examples.."),
        LeakyFixture.class, "org.carebridge.hl7v2.internal.Hl7Time", "ca.uhn.hl7v2.model.Message"));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.Optional<org.carebridge.hl7v2.internal.Hl7Time> time() {
      return java.util.Optional.empty();
    }

    /**
     * Leaks.
     *
     * @param message not used
     */
    public void convert(ca.uhn.hl7v2.model.Message message) {
      // nothing
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
