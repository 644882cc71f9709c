package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.internal.Checks;

/**
 * A need in a joint care plan (profile {@code carebridge-need}), classified by its CLD primary support
 * reason. Build one with {@link #builder()}.
 *
 * @param primarySupportReason the CLD primary support reason
 * @param description the need in words, when recorded
 * @param recordedOn the day the need was assessed and recorded, when stated
 * @param assessedBy the member of staff who assessed the need, when stated (never {@link Actor#THE_PERSON})
 */
public record Need(
    PrimarySupportReason primarySupportReason,
    Optional<String> description,
    Optional<LocalDate> recordedOn,
    Optional<Actor> assessedBy) {

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
    Checks.optionalStaff(assessedBy, "assessedBy");
  }

  /**
   * Starts building a need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this need's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.primarySupportReason = primarySupportReason;
    b.description = description.orElse(null);
    b.recordedOn = recordedOn.orElse(null);
    b.assessedBy = assessedBy.orElse(null);
    return b;
  }

  /** Builds a {@link Need}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private PrimarySupportReason primarySupportReason;
    private String description;
    private LocalDate recordedOn;
    private Actor assessedBy;

    private Builder() {}

    /**
     * Sets the CLD primary support reason.
     *
     * @param primarySupportReason e.g. {@link PrimarySupportReason#PHYSICAL_PERSONAL_CARE}
     * @return this builder
     * @throws NullPointerException "primarySupportReason must not be null"
     */
    public Builder primarySupportReason(PrimarySupportReason primarySupportReason) {
      this.primarySupportReason = Checks.notNull(primarySupportReason, "primarySupportReason");
      return this;
    }

    /**
     * Sets the need in words.
     *
     * @param description e.g. {@code "Help to wash and dress"}
     * @return this builder
     * @throws NullPointerException "description must not be null"
     * @throws IllegalArgumentException "description must not be blank"
     */
    public Builder description(String description) {
      this.description = Checks.notBlank(description, "description");
      return this;
    }

    /**
     * Sets the day the need was assessed and recorded.
     *
     * @param recordedOn the day
     * @return this builder
     * @throws NullPointerException "recordedOn must not be null"
     */
    public Builder recordedOn(LocalDate recordedOn) {
      this.recordedOn = Checks.notNull(recordedOn, "recordedOn");
      return this;
    }

    /**
     * Sets the member of staff who assessed the need.
     *
     * @param assessedBy a practitioner or a role
     * @return this builder
     * @throws NullPointerException "assessedBy must not be null"
     * @throws IllegalArgumentException "assessedBy must be a member of staff"
     */
    public Builder assessedBy(Actor assessedBy) {
      this.assessedBy = Checks.staff(assessedBy, "assessedBy");
      return this;
    }

    /**
     * Builds the need.
     *
     * @return the need
     * @throws IllegalStateException "primarySupportReason is required"
     */
    public Need build() {
      return new Need(Checks.required(primarySupportReason, "primarySupportReason"),
          Optional.ofNullable(description), Optional.ofNullable(recordedOn), Optional.ofNullable(assessedBy));
    }
  }
}
