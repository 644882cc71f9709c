package org.carebridge.cld.architecture;

import java.util.List;
import org.carebridge.core.architecture.ModuleBoundaryTest;

/**
 * The CLD adapter's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type nor a Jackson type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest extends ModuleBoundaryTest {

  ArchitectureTest() {
    super(new Module("org.carebridge.cld", org.carebridge.cld.CldConverter.class, "com.fasterxml.jackson..",
        "the adapters are independent of each other, and the command line and the kit sit above them",
        List.of("org.carebridge.hl7v2..", "org.carebridge.cli..", "org.carebridge.kit..", "org.carebridge.examples.."),
        LeakyFixture.class, "org.carebridge.cld.internal.Column", "com.fasterxml.jackson.dataformat.csv.CsvSchema"));
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.List<org.carebridge.cld.internal.Column> columns() {
      return java.util.List.of();
    }

    /**
     * Leaks.
     *
     * @return nothing
     */
    public com.fasterxml.jackson.dataformat.csv.CsvSchema schema() {
      return null;
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }
}
