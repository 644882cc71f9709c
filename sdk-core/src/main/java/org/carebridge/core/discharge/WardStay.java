package org.carebridge.core.discharge;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * The person's stay on the ward of a discharge notification: whether they are on it now or have left it, and
 * when they were on it.
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
   * @throws IllegalArgumentException "a status or a time is required" or "until must not be before from"
   */
  public WardStay {
    Checks.optional(status, "status");
    Checks.optional(from, "from");
    Checks.optional(until, "until");
    if (status.isEmpty() && from.isEmpty() && until.isEmpty()) {
      throw new IllegalArgumentException("a status or a time is required");
    }
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      throw new IllegalArgumentException("until must not be before from");
    }
  }

  /**
   * A stay with a status only.
   *
   * @param status the status
   * @return the stay
   * @throws NullPointerException "status must not be null"
   */
  public static WardStay of(Status status) {
    return new WardStay(Optional.of(Checks.notNull(status, "status")), Optional.empty(), Optional.empty());
  }

  /**
   * This stay with an arrival time.
   *
   * @param from when the person arrived on the ward
   * @return a new stay
   * @throws NullPointerException "from must not be null"
   * @throws IllegalArgumentException "until must not be before from"
   */
  public WardStay withFrom(OffsetDateTime from) {
    return new WardStay(status, Optional.of(Checks.notNull(from, "from")), until);
  }

  /**
   * This stay with a departure time.
   *
   * @param until when the person left the ward
   * @return a new stay
   * @throws NullPointerException "until must not be null"
   * @throws IllegalArgumentException "until must not be before from"
   */
  public WardStay withUntil(OffsetDateTime until) {
    return new WardStay(status, from, Optional.of(Checks.notNull(until, "until")));
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
