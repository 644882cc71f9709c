package org.carebridge.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose builder is generated at compile time: sdk-core's build compiles {@code
 * org.carebridge.build.BuilderProcessor} (src/build/java) first and runs it on the main sources. For a record
 * {@code R} it writes the package-private {@code RBuilderBase}: one field per component, one checked setter per
 * component (for a list, {@code addX} for one element and {@code x} for all of them), {@code build()} and the
 * {@code fill} that {@code toBuilder()} uses. The record declares the public nested {@code Builder extends
 * RBuilderBase}, {@code builder()} and {@code toBuilder()}; a builder's defaults are set in its constructor.
 *
 * <p>What a setter checks follows from the component's type: a {@code String} must not be blank, anything else
 * must not be null, a list's elements likewise; {@link Check} adds a named check of {@link Checks}. A component
 * that is neither an {@code Optional}, a list nor a primitive is required at {@code build()}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Builds {

  /**
   * The check of {@link Checks} that a setter applies to a component's value (or each element of a list) in
   * place of the type's default.
   */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Check {
    /**
     * The name of the check: {@code "id"}, {@code "staff"} or {@code "positive"}.
     *
     * @return the name of a method of {@link Checks}
     */
    String value();
  }

  /**
   * The element name of a list component where taking off its plural "s" does not give it (for {@code
   * addX}).
   */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Singular {
    /**
     * The element name.
     *
     * @return e.g. {@code "timeOfDay"} for {@code timesOfDay}
     */
    String value();
  }
}
