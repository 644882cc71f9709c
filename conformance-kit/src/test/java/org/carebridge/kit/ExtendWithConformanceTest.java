package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.carebridge.fhir.CareBridgeValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @ExtendWith(CareBridgeConformance.class)} injects into lifecycle methods too. */
@ExtendWith(CareBridgeConformance.class)
class ExtendWithConformanceTest {

  private static CareBridgeValidator fromBeforeAll;

  @BeforeAll
  static void keep(CareBridgeValidator validator) {
    fromBeforeAll = validator;
  }

  @Test
  void injectsTheSameValidatorEverywhere(ConformanceKit kit) throws IOException {
    assertThat(fromBeforeAll).isSameAs(kit.validator()).isSameAs(ConformanceKit.shared().validator());
    CareBridgeAssertions.assertConforms(kit, ConformanceKitTest.patient());
  }
}
