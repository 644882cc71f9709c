package org.carebridge.service.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The service's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no implementation
 * ({@code ..internal..}) type nor a Jetty or servlet type; it uses other CareBridge modules only through their API; it
 * depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by matching
 * nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.service", org.carebridge.service.ValidationService.class, "org.eclipse.jetty..",
        "the service uses the SDK and the adapters; the command line sits above it, the kit and the recipes are for"
            + " vendors' own code",
        List.of("org.carebridge.cli..", "org.carebridge.kit..", "org.carebridge.examples.."),
        LeakyFixture.class, "org.carebridge.service.internal.Settings", "org.eclipse.jetty.server.Server"));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.Optional<org.carebridge.service.internal.Settings> settings() {
      return java.util.Optional.empty();
    }

    /**
     * Leaks.
     *
     * @return nothing
     */
    public org.eclipse.jetty.server.Server server() {
      return null;
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
