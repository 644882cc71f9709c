package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.internal.Builds;

/**
 * A system that sends or receives discharge messages, e.g. a trust's patient administration system or a council's
 * case management system. Build one with {@link #builder()}.
 *
 * @param endpoint the address messages go to, e.g. {@code "https://messaging.uhnm.example.org/fhir"}
 * @param name a human-readable name, when stated, e.g. {@code "UHNM patient administration system"}
 */
@Builds
public record MessagingSystem(@Builds.Check("noWhiteSpace") String endpoint, Optional<String> name) {

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
    MessagingSystemBuilderBase.checkComponents(endpoint, name);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link MessagingSystem}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends MessagingSystemBuilderBase {
    private Builder() {}
  }

}
