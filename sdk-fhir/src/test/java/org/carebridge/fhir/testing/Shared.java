package org.carebridge.fhir.testing;

import java.io.ByteArrayInputStream;
import org.carebridge.fhir.CareBridgeValidator;

/** Validators shared by the tests of one JVM (building one takes seconds). */
public final class Shared {

  private static CareBridgeValidator testPackageValidator;
  private static CareBridgeValidator careBridgeValidator;

  private Shared() {}

  /** The default validator: FHIR core, the CareBridge package and the business rules. */
  public static synchronized CareBridgeValidator careBridgeValidator() {
    if (careBridgeValidator == null) {
      careBridgeValidator = CareBridgeValidator.builder().build();
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
