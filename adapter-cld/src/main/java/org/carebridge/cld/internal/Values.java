package org.carebridge.cld.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of CLD field values: dates, amounts, units. Not API. */
final class Values {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern UK_SHAPE = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}");
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,2})?");
  private static final Pattern UNITS = Pattern.compile("-?[0-9]{1,7}(\\.[0-9]{1,4})?");

  private Values() {}

  /** True when the text holds a control character other than tab, carriage return and line feed. */
  static boolean hasControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F || c == '\uFFFD') {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses a date written as {@code 2026-07-01} or {@code 01/07/2026}.
   *
   * @return the date, or empty when it is not a date in either form or the day does not exist
   */
  static Optional<LocalDate> date(String text) {
    try {
      if (ISO_SHAPE.matcher(text).matches()) {
        return Optional.of(LocalDate.parse(text, ISO));
      }
      if (UK_SHAPE.matcher(text).matches()) {
        return Optional.of(LocalDate.parse(text, UK));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** True when the text has the shape of an amount of pounds (optional minus, at most two decimals). */
  static boolean isAmount(String text) {
    return AMOUNT.matcher(text).matches();
  }

  /** Parses a number of units (up to four decimals), or empty when it is not one. */
  static Optional<BigDecimal> units(String text) {
    return UNITS.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
  }
}
