package org.carebridge.core;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.internal.Checks;

/**
 * A range of calendar days with a start and, optionally, an end. Both ends are inclusive, as in a FHIR
 * {@code Period} of dates: {@code 2026-10-15..2026-11-01} covers both the 15th and the 1st. A range without
 * an end is open: it goes on.
 *
 * @param start the first day
 * @param end the last day, or empty when the range is open
 */
public record DateRange(LocalDate start, Optional<LocalDate> end) {

  /**
   * Creates a range, checking that it does not end before it starts.
   *
   * @param start the first day
   * @param end the last day, or empty when the range is open
   * @throws NullPointerException "start must not be null" / "end must not be null"
   * @throws IllegalArgumentException "end must not be before start"
   */
  public DateRange {
    Checks.notNull(start, "start");
    Checks.optional(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start");
    }
  }

  /**
   * Creates a closed range.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the range
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "end must not be before start"
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, Optional.of(Checks.notNull(end, "end")));
  }

  /**
   * Creates an open range that starts on {@code start} and has no end.
   *
   * @param start the first day
   * @return the range
   * @throws NullPointerException "start must not be null"
   */
  public static DateRange startingOn(LocalDate start) {
    return new DateRange(start, Optional.empty());
  }

  /**
   * Tells whether the range has no end.
   *
   * @return true when open
   */
  public boolean isOpen() {
    return end.isEmpty();
  }

  /**
   * Tells whether a day falls within the range (ends inclusive).
   *
   * @param day the day
   * @return true when {@code start <= day <= end}
   * @throws NullPointerException "day must not be null"
   */
  public boolean contains(LocalDate day) {
    Checks.notNull(day, "day");
    return !day.isBefore(start) && end.map(e -> !day.isAfter(e)).orElse(true);
  }

  /**
   * Tells whether two ranges share at least one day.
   *
   * @param other the other range
   * @return true when some day lies in both ranges
   * @throws NullPointerException "other must not be null"
   */
  public boolean overlaps(DateRange other) {
    Checks.notNull(other, "other");
    return contains(other.start) || other.contains(start);
  }
}
