package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.internal.Builds;

/**
 * A need in a joint care plan (profile {@code carebridge-need}), classified by its CLD primary support
 * reason. Build one with {@link #builder()}.
 *
 * @param primarySupportReason the CLD primary support reason
 * @param description the need in words, when recorded
 * @param recordedOn the day the need was assessed and recorded, when stated
 * @param assessedBy the member of staff who assessed the need, when stated (never {@link Actor#THE_PERSON})
 */
@Builds
public record Need(
    PrimarySupportReason primarySupportReason,
    Optional<String> description,
    Optional<LocalDate> recordedOn,
    @Builds.Check("staff") Optional<Actor> assessedBy) {

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
    NeedBuilderBase.checkComponents(primarySupportReason, description, recordedOn, assessedBy);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link Need}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends NeedBuilderBase {
    private Builder() {}
  }
}
