package org.carebridge.core.careplan;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * How often a planned service is delivered and for how long each time, e.g. once a day for an hour at 08:00, or
 * five times a week for two and a half hours.
 *
 * @param frequency how many times in each period, at least 1
 * @param period the length of the period, greater than zero (normalised: trailing zeros stripped)
 * @param periodUnit the unit of the period
 * @param visitLength how long each visit lasts, when stated (greater than zero, normalised)
 * @param visitLengthUnit the unit of the visit length; present exactly when the visit length is
 * @param timesOfDay the times of day of the visits, when fixed (whole seconds)
 */
public record ServiceSchedule(
    int frequency,
    BigDecimal period,
    TimeUnit periodUnit,
    Optional<BigDecimal> visitLength,
    Optional<TimeUnit> visitLengthUnit,
    List<LocalTime> timesOfDay) {

  /**
   * Creates a schedule, copying the times of day.
   *
   * @param frequency the times per period
   * @param period the period length
   * @param periodUnit the period unit
   * @param visitLength the visit length or empty
   * @param visitLengthUnit the visit length unit or empty
   * @param timesOfDay the times of day
   * @throws NullPointerException when an argument or a time is null
   * @throws IllegalArgumentException when the frequency is below 1, the period or visit length is not positive,
   *     the visit length and its unit are not given together, or a time of day has a fraction of a second
   */
  public ServiceSchedule {
    if (frequency < 1) {
      throw new IllegalArgumentException("frequency must be at least 1");
    }
    period = Checks.positive(period, "period").stripTrailingZeros();
    Checks.notNull(periodUnit, "periodUnit");
    Checks.optional(visitLength, "visitLength").ifPresent(v -> Checks.positive(v, "visitLength"));
    visitLength = visitLength.map(BigDecimal::stripTrailingZeros);
    Checks.optional(visitLengthUnit, "visitLengthUnit");
    if (visitLength.isPresent() != visitLengthUnit.isPresent()) {
      throw new IllegalArgumentException("visitLength and visitLengthUnit must be given together");
    }
    timesOfDay = Checks.list(timesOfDay, "timesOfDay");
    for (LocalTime t : timesOfDay) {
      if (t.getNano() != 0) {
        throw new IllegalArgumentException("timesOfDay must be whole seconds");
      }
    }
  }

  /**
   * A schedule of {@code frequency} times per {@code period} {@code periodUnit}, with no visit length or times.
   *
   * @param frequency the times per period, at least 1
   * @param period the period length, greater than zero
   * @param periodUnit the period unit
   * @return the schedule
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the frequency is below 1 or the period is not positive
   */
  public static ServiceSchedule of(int frequency, BigDecimal period, TimeUnit periodUnit) {
    return new ServiceSchedule(frequency, period, periodUnit, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * This schedule with a visit length.
   *
   * @param length how long each visit lasts, greater than zero
   * @param unit its unit
   * @return a new schedule
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the length is not positive
   */
  public ServiceSchedule withVisitLength(BigDecimal length, TimeUnit unit) {
    return new ServiceSchedule(frequency, period, periodUnit, Optional.of(Checks.notNull(length, "visitLength")),
        Optional.of(Checks.notNull(unit, "visitLengthUnit")), timesOfDay);
  }

  /**
   * This schedule with fixed times of day.
   *
   * @param times the times of day, whole seconds
   * @return a new schedule
   * @throws NullPointerException when the collection or a time is null
   * @throws IllegalArgumentException when a time has a fraction of a second
   */
  public ServiceSchedule withTimesOfDay(Collection<LocalTime> times) {
    return new ServiceSchedule(frequency, period, periodUnit, visitLength, visitLengthUnit,
        Checks.list(times, "timesOfDay"));
  }

  /** A unit of time (UCUM, as FHIR's {@code units-of-time} value set uses them). */
  public enum TimeUnit implements Coded {
    /** Second ({@code s}). */
    SECOND("s", "second"),
    /** Minute ({@code min}). */
    MINUTE("min", "minute"),
    /** Hour ({@code h}). */
    HOUR("h", "hour"),
    /** Day ({@code d}). */
    DAY("d", "day"),
    /** Week ({@code wk}). */
    WEEK("wk", "week"),
    /** Month ({@code mo}). */
    MONTH("mo", "month"),
    /** Year ({@code a}). */
    YEAR("a", "year");

    /** The code system URL (UCUM). */
    public static final String SYSTEM = "http://unitsofmeasure.org";

    private final String code;
    private final String display;

    TimeUnit(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the UCUM code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not a unit of time
     */
    public static Optional<TimeUnit> fromCode(String code) {
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
