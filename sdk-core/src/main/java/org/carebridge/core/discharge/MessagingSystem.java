package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.internal.Checks;

/**
 * A system that sends or receives discharge messages, e.g. a trust's patient administration system or a council's
 * case management system. Build one with {@link #builder()}.
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
   * Starts building a messaging system.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this system's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.endpoint = endpoint;
    b.name = name.orElse(null);
    return b;
  }

  /** Builds a {@link MessagingSystem}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String endpoint;
    private String name;

    private Builder() {}

    /**
     * Sets the address messages go to.
     *
     * @param endpoint e.g. {@code "https://messaging.uhnm.example.org/fhir"}, without white space
     * @return this builder
     * @throws NullPointerException "endpoint must not be null"
     * @throws IllegalArgumentException "endpoint must not be blank" or "endpoint must not contain white space"
     */
    public Builder endpoint(String endpoint) {
      if (Checks.notBlank(endpoint, "endpoint").chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("endpoint must not contain white space");
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets a human-readable name.
     *
     * @param name e.g. {@code "UHNM patient administration system"}
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder name(String name) {
      this.name = Checks.notBlank(name, "name");
      return this;
    }

    /**
     * Builds the messaging system.
     *
     * @return the messaging system
     * @throws IllegalStateException "endpoint is required"
     */
    public MessagingSystem build() {
      return new MessagingSystem(Checks.required(endpoint, "endpoint"), Optional.ofNullable(name));
    }
  }

}
