package org.carebridge.hl7v2.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HL7 v2 timestamp ({@code YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]}) read strictly. A time without an
 * offset is read in Europe/London, where the feeds come from. Not API.
 *
 * @param date the calendar day (in the sender's local time)
 * @param dateTime the instant with its offset, when the timestamp has at least hours and minutes
 */
public record Hl7Time(LocalDate date, Optional<OffsetDateTime> dateTime) {

  /** England: the zone of timestamps that state no offset. */
  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private static final Pattern TS = Pattern.compile(
      "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

  /**
   * Reads a timestamp that must name a day.
   *
   * @param text the field value (the first component of a TS)
   * @return the time, or empty when the text is not a valid timestamp with at least a day
   */
  public static Optional<Hl7Time> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TS.matcher(text.trim());
    if (!m.matches() || m.group(3) == null) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        if (m.group(8) != null) {
          ZoneOffset.of(m.group(8));
        }
        return Optional.of(new Hl7Time(date, Optional.empty()));
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local = date.atTime(hour, minute, second);
      OffsetDateTime odt = m.group(8) == null
          ? local.atZone(ENGLAND).toOffsetDateTime()
          : local.atOffset(ZoneOffset.of(m.group(8)));
      return Optional.of(new Hl7Time(date, Optional.of(odt)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the instant: the date/time, or the start of the day in England.
   *
   * @return the instant
   */
  public java.time.Instant instant() {
    return dateTime.map(OffsetDateTime::toInstant).orElseGet(() -> date.atStartOfDay(ENGLAND).toInstant());
  }
}
