package org.carebridge.core.careplan;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * How often a planned service is delivered and for how long each time, e.g. once a day for an hour at 08:00, or
 * five times a week for two and a half hours. Build one with {@link #builder()}.
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
   * Starts building a schedule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this schedule's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.frequency = frequency;
    b.period = period;
    b.periodUnit = periodUnit;
    b.visitLength = visitLength.orElse(null);
    b.visitLengthUnit = visitLengthUnit.orElse(null);
    b.timesOfDay.addAll(timesOfDay);
    return b;
  }

  /** Builds a {@link ServiceSchedule}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private Integer frequency;
    private BigDecimal period;
    private TimeUnit periodUnit;
    private BigDecimal visitLength;
    private TimeUnit visitLengthUnit;
    private final List<LocalTime> timesOfDay = new ArrayList<>();

    private Builder() {}

    /**
     * Sets how many times in each period.
     *
     * @param frequency at least 1
     * @return this builder
     * @throws IllegalArgumentException "frequency must be at least 1"
     */
    public Builder frequency(int frequency) {
      if (frequency < 1) {
        throw new IllegalArgumentException("frequency must be at least 1");
      }
      this.frequency = frequency;
      return this;
    }

    /**
     * Sets the period and its unit, e.g. {@code period(BigDecimal.ONE, TimeUnit.DAY)} for "a day".
     *
     * @param period the length of the period, greater than zero
     * @param periodUnit the unit of the period
     * @return this builder
     * @throws NullPointerException "period must not be null" / "periodUnit must not be null"
     * @throws IllegalArgumentException "period must be greater than zero"
     */
    public Builder period(BigDecimal period, TimeUnit periodUnit) {
      this.period = Checks.positive(period, "period");
      this.periodUnit = Checks.notNull(periodUnit, "periodUnit");
      return this;
    }

    /**
     * Sets how long each visit lasts, and the unit of that length.
     *
     * @param visitLength the length, greater than zero
     * @param visitLengthUnit its unit
     * @return this builder
     * @throws NullPointerException "visitLength must not be null" / "visitLengthUnit must not be null"
     * @throws IllegalArgumentException "visitLength must be greater than zero"
     */
    public Builder visitLength(BigDecimal visitLength, TimeUnit visitLengthUnit) {
      this.visitLength = Checks.positive(visitLength, "visitLength");
      this.visitLengthUnit = Checks.notNull(visitLengthUnit, "visitLengthUnit");
      return this;
    }

    /**
     * Adds a time of day of the visits.
     *
     * @param timeOfDay e.g. {@code LocalTime.of(8, 0)}; whole seconds
     * @return this builder
     * @throws NullPointerException "timeOfDay must not be null"
     * @throws IllegalArgumentException "timesOfDay must be whole seconds"
     */
    public Builder addTimeOfDay(LocalTime timeOfDay) {
      if (Checks.notNull(timeOfDay, "timeOfDay").getNano() != 0) {
        throw new IllegalArgumentException("timesOfDay must be whole seconds");
      }
      timesOfDay.add(timeOfDay);
      return this;
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule
     * @throws IllegalStateException "frequency is required" or "period is required"
     */
    public ServiceSchedule build() {
      return new ServiceSchedule(Checks.required(frequency, "frequency"), Checks.required(period, "period"),
          periodUnit, Optional.ofNullable(visitLength), Optional.ofNullable(visitLengthUnit), timesOfDay);
    }
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
