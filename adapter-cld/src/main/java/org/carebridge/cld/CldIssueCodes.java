package org.carebridge.cld;

/**
 * The stable issue codes of the CLD adapter, each with its severity. Every issue the adapter raises itself has
 * source {@value #SOURCE}, the CSV column header as written in the file as its location (or {@code ""} for a
 * whole row or file), the 1-based line in the file and the 1-based field (column) number. The table of codes is
 * in {@code docs/adapters/cld.md}. Match on the codes, never on the messages. Messages never contain a person's
 * name, a full NHS number or the text of a field.
 *
 * <p>A row with an ERROR is kept out of the output (counted in {@link CldConversion#rowsRejected()}), never
 * altered. A FATAL issue stops the conversion: no Bundle is produced.
 */
public final class CldIssueCodes {

  /** The {@code source} of every issue the adapter raises itself. */
  public static final String SOURCE = "cld";

  /** FATAL: the input is empty (no header line). */
  public static final String EMPTY_INPUT = "CB-CLD-001";
  /** FATAL: the input is not text in the expected character encoding (binary data, control characters). */
  public static final String NOT_TEXT = "CB-CLD-002";
  /** FATAL: the CSV cannot be read past this line (a quoted value never closed, text after a closing quote). */
  public static final String MALFORMED_CSV = "CB-CLD-003";
  /** FATAL: a column the adapter needs is missing from the header. */
  public static final String MISSING_REQUIRED_COLUMN = "CB-CLD-004";
  /** WARNING: a release 1 column the adapter does not need is missing from the header. */
  public static final String MISSING_COLUMN = "CB-CLD-005";
  /** WARNING: a header is not a release 1 column (or is blank); the column is ignored. */
  public static final String UNKNOWN_COLUMN = "CB-CLD-006";
  /** FATAL: two headers name the same column (ignoring case and white space). */
  public static final String DUPLICATE_COLUMN = "CB-CLD-007";
  /** WARNING: the input has a header but no data rows. */
  public static final String NO_DATA_ROWS = "CB-CLD-008";
  /** ERROR: a row has more or fewer fields than the header; the row is rejected. */
  public static final String WRONG_FIELD_COUNT = "CB-CLD-009";
  /** ERROR: a field holds control characters (binary data); the row is rejected. */
  public static final String CONTROL_CHARACTERS = "CB-CLD-010";
  /** ERROR: a value the row needs is blank; the row is rejected. */
  public static final String MISSING_VALUE = "CB-CLD-011";
  /** ERROR: the NHS number is not valid (format or Modulus 11 check digit); the row is rejected. */
  public static final String INVALID_NHS_NUMBER = "CB-CLD-012";
  /** ERROR: a value is not one of the CLD release 1 labels of its column; the row is rejected. */
  public static final String UNKNOWN_LABEL = "CB-CLD-013";
  /** ERROR: a date is not a date (format, or a day that does not exist such as 31/02); the row is rejected. */
  public static final String INVALID_DATE = "CB-CLD-014";
  /** ERROR: dates are impossible together (an end before its start, death before birth ...); the row is rejected. */
  public static final String IMPOSSIBLE_DATES = "CB-CLD-015";
  /** ERROR: a cost or a number of units is not a valid number; the row is rejected. */
  public static final String INVALID_NUMBER = "CB-CLD-016";
  /** ERROR: the Event Reference is already held for another person; the row is rejected. */
  public static final String EVENT_REFERENCE_CONFLICT = "CB-CLD-017";
  /** ERROR: the person (LA Person Unique Identifier) already has another NHS number; the row is rejected. */
  public static final String NHS_NUMBER_CONFLICT = "CB-CLD-018";
  /** ERROR: the row's reporting period is outside the one the converter was built with; the row is rejected. */
  public static final String OUTSIDE_REPORTING_PERIOD = "CB-CLD-019";
  /** INFORMATION: the person's Client Funding Status does not say who pays which share of the budget. */
  public static final String FUNDING_SPLIT_UNKNOWN = "CB-CLD-020";
  /** ERROR: sdk-core refused to build the person or budget from the rows; it is left out of the output. */
  public static final String RECORD_REFUSED = "CB-CLD-021";
  /** FATAL: the input cannot be read at all (file missing, read error). */
  public static final String UNREADABLE_INPUT = "CB-CLD-022";

  private CldIssueCodes() {}
}
