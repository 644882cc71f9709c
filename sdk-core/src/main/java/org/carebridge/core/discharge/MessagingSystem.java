package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.internal.Checks;

/**
 * A system that sends or receives discharge messages, e.g. a trust's patient administration system or a council's
 * case management system.
 *
 * @param endpoint the address messages go to, e.g. {@code "https://messaging.uhnm.example.org/fhir"}
 * @param name a human-readable name, when stated, e.g. {@code "UHNM patient administration system"}
 */
public record MessagingSystem(String endpoint, Optional<String> name) {

  /**
   * Creates a messaging system.
   *
   * @param endpoint the address, without white space
   * @param name the name, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "endpoint must not be blank", "endpoint must not contain white space" or
   *     "name must not be blank"
   */
  public MessagingSystem {
    Checks.notBlank(endpoint, "endpoint");
    if (endpoint.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("endpoint must not contain white space");
    }
    Checks.optionalText(name, "name");
  }

  /**
   * A messaging system with an address only.
   *
   * @param endpoint the address
   * @return the system
   * @throws NullPointerException when the endpoint is null
   * @throws IllegalArgumentException when the endpoint is blank or contains white space
   */
  public static MessagingSystem of(String endpoint) {
    return new MessagingSystem(endpoint, Optional.empty());
  }

  /**
   * A messaging system with an address and a name.
   *
   * @param endpoint the address
   * @param name the name
   * @return the system
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the endpoint or the name is invalid
   */
  public static MessagingSystem of(String endpoint, String name) {
    return new MessagingSystem(endpoint, Optional.of(Checks.notNull(name, "name")));
  }
}
