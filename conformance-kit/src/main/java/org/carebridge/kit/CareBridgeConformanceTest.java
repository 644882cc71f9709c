package org.carebridge.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) whose parameters of type {@link ConformanceKit} or
 * {@link org.carebridge.fhir.CareBridgeValidator} are injected by {@link CareBridgeConformance}: the same as
 * {@code @ExtendWith(CareBridgeConformance.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CareBridgeConformance.class)
public @interface CareBridgeConformanceTest {}
