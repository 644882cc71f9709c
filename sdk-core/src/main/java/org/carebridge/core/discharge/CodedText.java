package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.internal.Checks;

/**
 * A coded or free-text statement from a code system the standard does not list itself, e.g. a reason for
 * admission (SNOMED CT or words), a source of admission or a discharge destination (NHS Data Dictionary codes of
 * UK Core). It has a code (with its system and display), a text, or both.
 *
 * @param system the code system, when coded, e.g. {@code "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland"}
 * @param code the code, when coded, e.g. {@code "19"}
 * @param display the code's display, when stated
 * @param text the statement in words, when stated
 */
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
    Checks.optionalText(system, "system");
    Checks.optionalText(code, "code");
    Checks.optionalText(display, "display");
    Checks.optionalText(text, "text");
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
   * A statement in words only.
   *
   * @param text the text
   * @return the coded text
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException when the text is blank
   */
  public static CodedText ofText(String text) {
    return new CodedText(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Checks.notNull(text, "text")));
  }

  /**
   * A code with its system and display.
   *
   * @param system the code system
   * @param code the code
   * @param display the display
   * @return the coded text
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank
   */
  public static CodedText of(String system, String code, String display) {
    return new CodedText(Optional.of(Checks.notNull(system, "system")), Optional.of(Checks.notNull(code, "code")),
        Optional.of(Checks.notNull(display, "display")), Optional.empty());
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
