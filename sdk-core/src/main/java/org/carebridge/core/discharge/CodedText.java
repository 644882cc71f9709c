package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.internal.Builds;

/**
 * A coded or free-text statement from a code system the standard does not list itself, e.g. a reason for
 * admission (SNOMED CT or words), a source of admission or a discharge destination (NHS Data Dictionary codes of
 * UK Core). It has a code (with its system and display), a text, or both. Build one with {@link #builder()}.
 *
 * @param system the code system, when coded, e.g. {@code "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland"}
 * @param code the code, when coded, e.g. {@code "19"}
 * @param display the code's display, when stated
 * @param text the statement in words, when stated
 */
@Builds
public record CodedText(Optional<String> system, Optional<String> code, Optional<String> display,
    Optional<String> text) {

  /**
   * Creates a coded text.
   *
   * @param system the code system, or empty
   * @param code the code, or empty
   * @param display the display, or empty
   * @param text the text, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when a present value is blank, "a code or a text is required", "system
   *     requires a code" or "display requires a code"
   */
  public CodedText {
    CodedTextBuilderBase.checkComponents(system, code, display, text);
    if (code.isEmpty() && text.isEmpty()) {
      throw new IllegalArgumentException("a code or a text is required");
    }
    if (code.isEmpty() && system.isPresent()) {
      throw new IllegalArgumentException("system requires a code");
    }
    if (code.isEmpty() && display.isPresent()) {
      throw new IllegalArgumentException("display requires a code");
    }
  }

  /**
   * Starts building a coded text.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this coded text's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link CodedText}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends CodedTextBuilderBase {
    private Builder() {}
  }

  /**
   * Returns a description without the code or the words: a reason for admission is health data about a person.
   *
   * @return {@code "CodedText[***]"}
   */
  @Override
  public String toString() {
    return "CodedText[***]";
  }
}
