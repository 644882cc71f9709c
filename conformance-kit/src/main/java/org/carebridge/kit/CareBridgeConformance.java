package org.carebridge.kit;

import org.carebridge.fhir.CareBridgeValidator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the shared {@link ConformanceKit} (and its {@link CareBridgeValidator}) into test
 * constructors, test methods and lifecycle methods, so that a whole test suite builds the validator once.
 *
 * <pre>{@code
 * @ExtendWith(CareBridgeConformance.class)      // or @CareBridgeConformanceTest
 * class MyExportTest {
 *   @Test
 *   void exportConforms(ConformanceKit kit) {
 *     assertTrue(kit.check(Path.of("target/export")).isPassed());
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit is an optional dependency of this module: add {@code org.junit.jupiter:junit-jupiter} to your own test
 * dependencies.
 */
public final class CareBridgeConformance implements ParameterResolver {

  /** Created by JUnit. */
  public CareBridgeConformance() {}

  /**
   * Supports parameters of type {@link ConformanceKit} and {@link CareBridgeValidator}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test
   * @return true for those two types
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == ConformanceKit.class || type == CareBridgeValidator.class;
  }

  /**
   * The shared kit, or its validator.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test
   * @return {@link ConformanceKit#shared()} or its validator
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    ConformanceKit kit = ConformanceKit.shared();
    return parameterContext.getParameter().getType() == CareBridgeValidator.class ? kit.validator() : kit;
  }
}
