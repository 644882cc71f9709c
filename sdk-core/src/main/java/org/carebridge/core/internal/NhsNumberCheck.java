package org.carebridge.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NHS number syntax and Modulus 11 check, shared by {@code NhsNumber.parse} and the validator. Not API.
 */
public final class NhsNumberCheck {

  /** What is wrong with a candidate NHS number. */
  public enum Problem {
    /** Null input. */
    NULL,
    /** Empty or blank input. */
    BLANK,
    /** Not ten digits (optionally grouped 3 3 4 with single spaces). */
    FORMAT,
    /** The first nine digits give a check digit of 10: no valid NHS number starts with them. */
    CHECK_DIGIT_TEN,
    /** The tenth digit is not the Modulus 11 check digit of the first nine. */
    CHECK_DIGIT_MISMATCH
  }

  private static final Pattern PLAIN = Pattern.compile(groups(""));
  private static final Pattern GROUPED = Pattern.compile(groups(" "));
  /** In free text: the plain or grouped shape (single spaces or hyphens), not inside a longer run of digits. */
  private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9])" + groups("[ -]?") + "(?![0-9])");

  private NhsNumberCheck() {}

  /** The shape of an NHS number: three, three and four digits, with {@code separator} (a regex) between. */
  private static String groups(String separator) {
    return "[0-9]{3}" + separator + "[0-9]{3}" + separator + "[0-9]{4}";
  }

  /**
   * Replaces everything in a text that is shaped like an NHS number, valid or not.
   *
   * @param text the text
   * @param replacement the text put in place of each one, taken literally
   * @return the text without them
   */
  public static String replaceAll(String text, String replacement) {
    return IN_TEXT.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
  }

  /**
   * Returns the ten digits of a well-formed candidate, or null when the syntax is wrong.
   *
   * @param text the candidate (surrounding white space is ignored)
   * @return the ten digits, or null
   */
  public static String digits(String text) {
    String trimmed = text.strip();
    if (PLAIN.matcher(trimmed).matches()) {
      return trimmed;
    }
    if (GROUPED.matcher(trimmed).matches()) {
      return trimmed.replace(" ", "");
    }
    return null;
  }

  /**
   * Finds what is wrong with a candidate NHS number.
   *
   * @param text the candidate, may be null
   * @return the problem, or null when the text is a valid NHS number
   */
  public static Problem problem(String text) {
    if (text == null) {
      return Problem.NULL;
    }
    if (text.isBlank()) {
      return Problem.BLANK;
    }
    String digits = digits(text);
    if (digits == null) {
      return Problem.FORMAT;
    }
    int check = checkDigit(digits.substring(0, 9));
    if (check == 10) {
      return Problem.CHECK_DIGIT_TEN;
    }
    if (check != digits.charAt(9) - '0') {
      return Problem.CHECK_DIGIT_MISMATCH;
    }
    return null;
  }

  /**
   * Computes the Modulus 11 check digit of nine digits: weights 10 down to 2, check = 11 - (sum mod 11),
   * where 11 becomes 0 and 10 means no valid number.
   *
   * @param nineDigits exactly nine ASCII digits
   * @return 0 to 9, or 10 when no check digit exists
   */
  public static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    return check == 11 ? 0 : check;
  }
}
