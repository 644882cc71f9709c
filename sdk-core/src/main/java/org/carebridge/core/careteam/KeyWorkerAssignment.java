package org.carebridge.core.careteam;

import java.time.LocalDate;
import org.carebridge.core.DateRange;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.internal.Checks;

/**
 * One period during which a practitioner role is the person's key worker (a {@code keyWorker}
 * participant of the care team). The period's ends are inclusive days; an open period goes on.
 *
 * @param keyWorker the practitioner role acting as key worker
 * @param period the days the assignment covers
 */
public record KeyWorkerAssignment(PractitionerRole keyWorker, DateRange period) {

  /**
   * Creates an assignment.
   *
   * @param keyWorker the key worker
   * @param period the period
   * @throws NullPointerException "keyWorker must not be null" / "period must not be null"
   */
  public KeyWorkerAssignment {
    Checks.notNull(keyWorker, "keyWorker");
    Checks.notNull(period, "period");
  }

  /**
   * Creates an assignment.
   *
   * @param keyWorker the key worker
   * @param period the period
   * @return the assignment
   * @throws NullPointerException when an argument is null
   */
  public static KeyWorkerAssignment of(PractitionerRole keyWorker, DateRange period) {
    return new KeyWorkerAssignment(keyWorker, period);
  }

  /**
   * Tells whether the assignment covers a day.
   *
   * @param day the day
   * @return true when the day is within the period
   * @throws NullPointerException "day must not be null"
   */
  public boolean isActiveOn(LocalDate day) {
    return period.contains(day);
  }
}
