package org.carebridge.cli.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The command line's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.cli", org.carebridge.cli.Main.class, null,
        "the command line uses the SDK and the adapters; the kit and the recipes are for vendors' own code",
        List.of("org.carebridge.kit..", "org.carebridge.examples.."),
        LeakyFixture.class, "org.carebridge.cli.internal.UserError", null));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.Optional<org.carebridge.cli.internal.UserError> error() {
      return java.util.Optional.empty();
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
