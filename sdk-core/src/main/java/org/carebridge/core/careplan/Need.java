package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.internal.Checks;

/**
 * A need in a joint care plan (profile {@code carebridge-need}), classified by its CLD primary support
 * reason.
 *
 * @param primarySupportReason the CLD primary support reason
 * @param description the need in words, when recorded
 * @param recordedOn the day the need was assessed and recorded, when stated
 * @param assessedBy the member of staff who assessed the need, when stated (never {@link Party#thePerson()})
 */
public record Need(
    PrimarySupportReason primarySupportReason,
    Optional<String> description,
    Optional<LocalDate> recordedOn,
    Optional<Party> assessedBy) {

  /**
   * Creates a need.
   *
   * @param primarySupportReason the primary support reason
   * @param description the description or empty
   * @param recordedOn the day recorded or empty
   * @param assessedBy the assessor or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank" or "assessedBy must be a member of staff"
   */
  public Need {
    Checks.notNull(primarySupportReason, "primarySupportReason");
    Checks.optionalText(description, "description");
    Checks.optional(recordedOn, "recordedOn");
    Checks.optional(assessedBy, "assessedBy");
    if (assessedBy.isPresent() && assessedBy.get().isThePerson()) {
      throw new IllegalArgumentException("assessedBy must be a member of staff");
    }
  }

  /**
   * Creates a need with no record of when and by whom it was assessed.
   *
   * @param primarySupportReason the primary support reason
   * @param description the description or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Need(PrimarySupportReason primarySupportReason, Optional<String> description) {
    this(primarySupportReason, description, Optional.empty(), Optional.empty());
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

  /**
   * This need, assessed and recorded on a day by a member of staff.
   *
   * @param day the day recorded
   * @param assessor the member of staff who assessed it
   * @return a new need
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "assessedBy must be a member of staff"
   */
  public Need assessed(LocalDate day, Party assessor) {
    return new Need(primarySupportReason, description, Optional.of(Checks.notNull(day, "recordedOn")),
        Optional.of(Checks.notNull(assessor, "assessedBy")));
  }
}
