package org.carebridge.core.codes;

/**
 * A concept from a code system: every CareBridge code list enum implements this interface, so that a
 * mapper can write {@code system()}, {@code code()} and {@code display()} into a FHIR Coding.
 */
public interface Coded {

  /** Base of the CareBridge code system URLs: {@code https://carebridge.org.uk/fhir/CodeSystem/}. */
  String CAREBRIDGE_CODE_SYSTEM_BASE = "https://carebridge.org.uk/fhir/CodeSystem/";

  /**
   * Returns the code system URL.
   *
   * @return the canonical URL of the code system, never null
   */
  String system();

  /**
   * Returns the code, exactly as the contract spells it (e.g. {@code "st-max"}).
   *
   * @return the code, never null
   */
  String code();

  /**
   * Returns the display text of the code, exactly as the contract spells it.
   *
   * @return the display, never null
   */
  String display();
}
