package org.carebridge.core.discharge;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
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
@Builds
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
    WardStayBuilderBase.checkComponents(status, from, until);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link WardStay}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends WardStayBuilderBase {
    private Builder() {}
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
