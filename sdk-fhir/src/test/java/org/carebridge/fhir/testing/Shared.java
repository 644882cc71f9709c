package org.carebridge.fhir.testing;

import java.io.ByteArrayInputStream;
import org.carebridge.fhir.CareBridgeValidator;

/** Validators shared by the tests of one JVM (building one takes seconds). */
public final class Shared {

  private static CareBridgeValidator testPackageValidator;
  private static CareBridgeValidator careBridgeValidator;

  private Shared() {}

  /**
   * The default validator: FHIR core, the CareBridge package, its dependency UK Core (from ../shared when it is
   * there; otherwise without it, never from the machine's own package cache) and the business rules.
   */
  public static synchronized CareBridgeValidator careBridgeValidator() {
    if (careBridgeValidator == null) {
      CareBridgeValidator.Builder builder = CareBridgeValidator.builder().withoutPackageCache();
      if (UkCore.available()) {
        builder.addPackage(UkCore.tgz());
      }
      careBridgeValidator = builder.build();
    }
    return careBridgeValidator;
  }

  /** FHIR core plus the {@link TestPackage}, without the CareBridge package. */
  public static synchronized CareBridgeValidator testPackageValidator() {
    if (testPackageValidator == null) {
      testPackageValidator = CareBridgeValidator.builder()
          .withoutCareBridgePackage()
          .addPackage(new ByteArrayInputStream(TestPackage.tgz()))
          .build();
    }
    return testPackageValidator;
  }
}
