package org.carebridge.core;

import org.carebridge.core.internal.Checks;

/**
 * A business identifier: a system URI and a value, e.g. a council person id
 * ({@code https://carebridge.org.uk/fhir/Id/la-person-id/SCC01}, {@code "SCC-100234"}) or a professional
 * registration number. NHS numbers have their own type, {@link NhsNumber}.
 *
 * @param system the identifier system, an absolute URI
 * @param value the identifier value
 */
public record Identifier(String system, String value) {

  /**
   * Creates an identifier.
   *
   * @param system the identifier system, an absolute URI ({@code http:}, {@code https:} or {@code urn:})
   * @param value the identifier value
   * @throws NullPointerException "system must not be null" / "value must not be null"
   * @throws IllegalArgumentException when blank, or "system must be an absolute URI (http:, https: or urn:)"
   */
  public Identifier {
    Checks.notBlank(system, "system");
    Checks.notBlank(value, "value");
    if (!(system.startsWith("https://") || system.startsWith("http://") || system.startsWith("urn:"))
        || system.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("system must be an absolute URI (http:, https: or urn:)");
    }
  }

  /**
   * Creates an identifier.
   *
   * @param system the identifier system
   * @param value the identifier value
   * @return the identifier
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when blank or the system is not an absolute URI
   */
  public static Identifier of(String system, String value) {
    return new Identifier(system, value);
  }

  /**
   * Returns the identifier system and a masked value: identifiers may be personal data.
   *
   * @return e.g. {@code "Identifier[https://...|***]"}
   */
  @Override
  public String toString() {
    return "Identifier[" + system + "|***]";
  }
}
