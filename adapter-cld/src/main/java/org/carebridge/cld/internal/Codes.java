package org.carebridge.cld.internal;

import org.carebridge.cld.CldIssueCodes;

/** Short aliases of {@link CldIssueCodes} for the internal classes. Not API. */
final class Codes {
  static final String EMPTY_INPUT = CldIssueCodes.EMPTY_INPUT;
  static final String NOT_TEXT = CldIssueCodes.NOT_TEXT;
  static final String MALFORMED_CSV = CldIssueCodes.MALFORMED_CSV;
  static final String MISSING_REQUIRED_COLUMN = CldIssueCodes.MISSING_REQUIRED_COLUMN;
  static final String MISSING_COLUMN = CldIssueCodes.MISSING_COLUMN;
  static final String UNKNOWN_COLUMN = CldIssueCodes.UNKNOWN_COLUMN;
  static final String DUPLICATE_COLUMN = CldIssueCodes.DUPLICATE_COLUMN;
  static final String NO_DATA_ROWS = CldIssueCodes.NO_DATA_ROWS;
  static final String WRONG_FIELD_COUNT = CldIssueCodes.WRONG_FIELD_COUNT;
  static final String CONTROL_CHARACTERS = CldIssueCodes.CONTROL_CHARACTERS;
  static final String MISSING_VALUE = CldIssueCodes.MISSING_VALUE;
  static final String INVALID_NHS_NUMBER = CldIssueCodes.INVALID_NHS_NUMBER;
  static final String UNKNOWN_LABEL = CldIssueCodes.UNKNOWN_LABEL;
  static final String INVALID_DATE = CldIssueCodes.INVALID_DATE;
  static final String IMPOSSIBLE_DATES = CldIssueCodes.IMPOSSIBLE_DATES;
  static final String INVALID_NUMBER = CldIssueCodes.INVALID_NUMBER;
  static final String EVENT_REFERENCE_CONFLICT = CldIssueCodes.EVENT_REFERENCE_CONFLICT;
  static final String NHS_NUMBER_CONFLICT = CldIssueCodes.NHS_NUMBER_CONFLICT;
  static final String OUTSIDE_REPORTING_PERIOD = CldIssueCodes.OUTSIDE_REPORTING_PERIOD;
  static final String FUNDING_SPLIT_UNKNOWN = CldIssueCodes.FUNDING_SPLIT_UNKNOWN;
  static final String RECORD_REFUSED = CldIssueCodes.RECORD_REFUSED;
  static final String UNREADABLE_INPUT = CldIssueCodes.UNREADABLE_INPUT;

  private Codes() {}
}
