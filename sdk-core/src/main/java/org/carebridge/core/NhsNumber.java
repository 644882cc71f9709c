package org.carebridge.core;

import org.carebridge.core.internal.NhsNumberCheck;

/**
 * A valid NHS number: ten digits whose last digit is the Modulus 11 check digit of the first nine.
 *
 * <p>Instances exist only for valid numbers. {@link #toString()} never reveals the full number: it shows the
 * {@linkplain #masked() masked form}, so an NHS number that reaches a log line stays unreadable. Use
 * {@link #value()} or {@link #formatted()} where the full number is needed.
 */
public final class NhsNumber {

  /** Identifier system of the NHS number. */
  public static final String SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses an NHS number written as ten digits ({@code "9434765919"}) or grouped 3 3 4 with single spaces
   * ({@code "943 476 5919"}). White space around the number is ignored; nothing else is accepted.
   *
   * @param text the number
   * @return the NHS number
   * @throws NullPointerException "nhsNumber must not be null"
   * @throws IllegalArgumentException when blank, not ten digits, or the Modulus 11 check fails; the message
   *     names the field and never repeats the number
   */
  public static NhsNumber parse(String text) {
    NhsNumberCheck.Problem problem = NhsNumberCheck.problem(text);
    if (problem == null) {
      return new NhsNumber(NhsNumberCheck.digits(text));
    }
    switch (problem) {
      case NULL:
        throw new NullPointerException("nhsNumber must not be null");
      case BLANK:
        throw new IllegalArgumentException("nhsNumber must not be blank");
      case FORMAT:
        throw new IllegalArgumentException(
            "nhsNumber must be 10 digits, optionally grouped 3 3 4 with single spaces");
      case CHECK_DIGIT_TEN:
        throw new IllegalArgumentException(
            "nhsNumber is not valid: its first nine digits give a Modulus 11 check digit of 10");
      default:
        throw new IllegalArgumentException("nhsNumber check digit does not match (Modulus 11)");
    }
  }

  /**
   * Tells whether {@code text} is a valid NHS number in a form that {@link #parse(String)} accepts.
   *
   * @param text the candidate, may be null
   * @return true when {@code parse(text)} would succeed
   */
  public static boolean isValid(String text) {
    return NhsNumberCheck.problem(text) == null;
  }

  /**
   * Replaces everything in a free text that is shaped like an NHS number, valid or not: ten digits, or grouped
   * 3 3 4 with single spaces or hyphens, not inside a longer run of digits. For text that may quote input,
   * such as an exception's message, before it reaches a log or a report.
   *
   * @param text the text
   * @param replacement the text put in place of each number, taken literally, e.g. {@code "(number withheld)"}
   * @return the text without NHS numbers
   */
  public static String withheldIn(String text, String replacement) {
    return NhsNumberCheck.replaceAll(text, replacement);
  }

  /**
   * Returns the ten digits without spaces, e.g. {@code "9434765919"}.
   *
   * @return the full number; personal data, do not log it
   */
  public String value() {
    return digits;
  }

  /**
   * Returns the number grouped 3 3 4 for display, e.g. {@code "943 476 5919"}.
   *
   * @return the full number, formatted; personal data, do not log it
   */
  public String formatted() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  /**
   * Returns the form safe for logs: only the last four digits, e.g. {@code "*** *** 5919"}.
   *
   * @return the masked number
   */
  public String masked() {
    return "*** *** " + digits.substring(6);
  }

  /**
   * Compares by the ten digits.
   *
   * @param other the object to compare with
   * @return true when {@code other} is an NHS number with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof NhsNumber && ((NhsNumber) other).digits.equals(digits);
  }

  /**
   * Returns a hash of the digits.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns {@code "NhsNumber[*** *** 5919]"}: the masked form, never the full number.
   *
   * @return the masked description
   */
  @Override
  public String toString() {
    return "NhsNumber[" + masked() + "]";
  }
}
