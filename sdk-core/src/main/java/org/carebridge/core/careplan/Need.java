package org.carebridge.core.careplan;

import java.util.Optional;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.internal.Checks;

/**
 * A need in a joint care plan (profile {@code carebridge-need}), classified by its CLD primary support
 * reason.
 *
 * @param primarySupportReason the CLD primary support reason
 * @param description the need in words, when recorded
 */
public record Need(PrimarySupportReason primarySupportReason, Optional<String> description) {

  /**
   * Creates a need.
   *
   * @param primarySupportReason the primary support reason
   * @param description the description or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Need {
    Checks.notNull(primarySupportReason, "primarySupportReason");
    Checks.optionalText(description, "description");
  }

  /**
   * Creates a need with a description.
   *
   * @param primarySupportReason the primary support reason
   * @param description the need in words
   * @return the need
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public static Need of(PrimarySupportReason primarySupportReason, String description) {
    return new Need(primarySupportReason, Optional.of(Checks.notBlank(description, "description")));
  }

  /**
   * Creates a need without a description.
   *
   * @param primarySupportReason the primary support reason
   * @return the need
   * @throws NullPointerException when the argument is null
   */
  public static Need of(PrimarySupportReason primarySupportReason) {
    return new Need(primarySupportReason, Optional.empty());
  }
}
