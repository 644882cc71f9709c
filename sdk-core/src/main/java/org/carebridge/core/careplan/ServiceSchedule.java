package org.carebridge.core.careplan;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
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
@Builds
public record ServiceSchedule(
    @Builds.Check("atLeastOne") int frequency,
    @Builds.Check("positive") BigDecimal period,
    TimeUnit periodUnit,
    @Builds.Check("positive") Optional<BigDecimal> visitLength,
    Optional<TimeUnit> visitLengthUnit,
    @Builds.Singular("timeOfDay") @Builds.Check("wholeSeconds") List<LocalTime> timesOfDay) {

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
    ServiceScheduleBuilderBase.checkComponents(frequency, period, periodUnit, visitLength, visitLengthUnit, timesOfDay);
    period = period.stripTrailingZeros();
    visitLength = visitLength.map(BigDecimal::stripTrailingZeros);
    if (visitLength.isPresent() != visitLengthUnit.isPresent()) {
      throw new IllegalArgumentException("visitLength and visitLengthUnit must be given together");
    }
    timesOfDay = List.copyOf(timesOfDay);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link ServiceSchedule}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends ServiceScheduleBuilderBase {
    private Builder() {}
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
