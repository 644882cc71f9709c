package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.junit.jupiter.api.Test;

/** The annotation and the extension inject the one shared kit and validator. */
@CareBridgeConformanceTest
class ConformanceExtensionTest {

  private final ConformanceKit constructorKit;

  ConformanceExtensionTest(ConformanceKit kit) {
    this.constructorKit = kit;
  }

  @Test
  void injectsTheSharedKitAndItsValidator(ConformanceKit kit, CareBridgeValidator validator) throws IOException {
    assertThat(kit).isSameAs(ConformanceKit.shared()).isSameAs(constructorKit);
    assertThat(validator).isSameAs(kit.validator());
    assertThat(validator.validate(FhirInput.of(ConformanceKitTest.patient())).isValid()).isTrue();
  }
}
