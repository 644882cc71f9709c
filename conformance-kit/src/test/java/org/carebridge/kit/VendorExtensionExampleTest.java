package org.carebridge.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The extension example of docs/getting-started/vendors.md, run as it is shown. */
// snippet:extension
@CareBridgeConformanceTest   // or @ExtendWith(CareBridgeConformance.class)
class VendorExtensionExampleTest {

  @Test
  void everyExportedFileConforms(ConformanceKit kit) {   // the JVM's shared kit, built once
    ConformanceReport report = kit.check(Path.of("src/main/resources/org/carebridge/kit/corpus/positive/recipes"));
    assertTrue(report.isPassed(), report::toText);
  }
}
// end-snippet
