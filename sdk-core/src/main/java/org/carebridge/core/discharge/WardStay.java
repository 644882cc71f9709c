package org.carebridge.core.discharge;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * The person's stay on the ward of a discharge notification: whether they are on it now or have left it, and
 * when they were on it. Build one with {@link #builder()}; a stay that ends before it starts is reported by the
 * validator (CB-DISCHARGE-021).
 *
 * @param status whether the person is on the ward (active) or has left it (completed), when stated
 * @param from when the person arrived on the ward, when stated
 * @param until when the person left the ward, when stated
 */
public record WardStay(Optional<Status> status, Optional<OffsetDateTime> from, Optional<OffsetDateTime> until) {

  /**
   * Creates a ward stay.
   *
   * @param status the status, or empty
   * @param from the arrival, or empty
   * @param until the departure, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "a status or a time is required"
   */
  public WardStay {
    Checks.optional(status, "status");
    Checks.optional(from, "from");
    Checks.optional(until, "until");
    if (status.isEmpty() && from.isEmpty() && until.isEmpty()) {
      throw new IllegalArgumentException("a status or a time is required");
    }
  }

  /**
   * Starts building a ward stay.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this stay's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status.orElse(null);
    b.from = from.orElse(null);
    b.until = until.orElse(null);
    return b;
  }

  /** Builds a {@link WardStay}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private Status status;
    private OffsetDateTime from;
    private OffsetDateTime until;

    private Builder() {}

    /**
     * Sets whether the person is on the ward or has left it.
     *
     * @param status e.g. {@link Status#ACTIVE}
     * @return this builder
     * @throws NullPointerException "status must not be null"
     */
    public Builder status(Status status) {
      this.status = Checks.notNull(status, "status");
      return this;
    }

    /**
     * Sets when the person arrived on the ward.
     *
     * @param from the arrival
     * @return this builder
     * @throws NullPointerException "from must not be null"
     */
    public Builder from(OffsetDateTime from) {
      this.from = Checks.notNull(from, "from");
      return this;
    }

    /**
     * Sets when the person left the ward.
     *
     * @param until the departure
     * @return this builder
     * @throws NullPointerException "until must not be null"
     */
    public Builder until(OffsetDateTime until) {
      this.until = Checks.notNull(until, "until");
      return this;
    }

    /**
     * Builds the ward stay.
     *
     * @return the ward stay
     * @throws IllegalArgumentException "a status or a time is required"
     */
    public WardStay build() {
      return new WardStay(Optional.ofNullable(status), Optional.ofNullable(from), Optional.ofNullable(until));
    }
  }

  /** Whether the person is on the ward (FHIR {@code EncounterLocationStatus}). */
  public enum Status implements Coded {
    /** The stay on the ward is planned ({@code planned}). */
    PLANNED("planned", "Planned"),
    /** The person is on the ward now ({@code active}). */
    ACTIVE("active", "Active"),
    /** The ward is reserved for the person ({@code reserved}). */
    RESERVED("reserved", "Reserved"),
    /** The person has left the ward ({@code completed}). */
    COMPLETED("completed", "Completed");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/encounter-location-status";

    private final String code;
    private final String display;

    Status(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<Status> fromCode(String code) {
      return CodeLookup.find(values(), code);
    }

    @Override
    public String system() {
      return SYSTEM;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String display() {
      return display;
    }
  }
}
