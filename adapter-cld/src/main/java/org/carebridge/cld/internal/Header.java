package org.carebridge.cld.internal;

import org.carebridge.core.validation.IssueCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where each release 1 column is in one file, and its header as written there. Not API. */
final class Header {
  private final List<String> written;
  private final int[] index = new int[Column.values().length];

  private Header(List<String> written) {
    this.written = List.copyOf(written);
    Arrays.fill(index, -1);
  }

  /**
   * Reads a header record, reporting unknown, duplicate and missing columns.
   *
   * @return the header, or empty when a FATAL issue was reported
   */
  static Optional<Header> read(CsvRows.Raw raw, Reporter out) {
    Header h = new Header(raw.fields());
    boolean fatal = false;
    for (int i = 0; i < raw.fields().size(); i++) {
      String text = raw.fields().get(i);
      if (Values.hasControlCharacters(text)) {
        out.report(IssueCode.CLD_NOT_TEXT, "", "the header holds control characters: the input is not a CLD text extract",
            raw.line(), i + 1);
        return Optional.empty();
      }
      Optional<Column> c = Column.forHeader(text);
      if (c.isEmpty()) {
        out.report(IssueCode.CLD_UNKNOWN_COLUMN, text.strip(), text.isBlank()
            ? "column " + (i + 1) + " has no header; the column is ignored"
            : "not a CLD release 1 column; the column is ignored", raw.line(), i + 1);
      } else if (h.index[c.get().ordinal()] >= 0) {
        out.report(IssueCode.CLD_DUPLICATE_COLUMN, text.strip(), "the column '" + c.get().header()
            + "' appears twice (columns " + (h.index[c.get().ordinal()] + 1) + " and " + (i + 1) + ")",
            raw.line(), i + 1);
        fatal = true;
      } else {
        h.index[c.get().ordinal()] = i;
      }
    }
    for (Column c : Column.values()) {
      if (h.index[c.ordinal()] < 0) {
        if (c.use() == Column.Use.REQUIRED) {
          out.report(IssueCode.CLD_MISSING_REQUIRED_COLUMN, c.header(), "the required column '" + c.header()
              + "' is missing from the header", raw.line(), 0);
          fatal = true;
        } else {
          out.report(IssueCode.CLD_MISSING_COLUMN, c.header(), "the CLD release 1 column '" + c.header()
              + "' is missing from the header" + (c.use() == Column.Use.IGNORED ? " (not used by the adapter)"
              : "; its value is taken as blank"), raw.line(), 0);
        }
      }
    }
    return fatal ? Optional.empty() : Optional.of(h);
  }

  int size() {
    return written.size();
  }

  /** The value of a column in a record, stripped of surrounding white space; "" when the column is absent. */
  String value(List<String> fields, Column c) {
    int i = index[c.ordinal()];
    return i < 0 ? "" : fields.get(i).strip();
  }

  /** The header as written in the file, or the published header when the column is absent. */
  String where(Column c) {
    int i = index[c.ordinal()];
    return i < 0 ? c.header() : written.get(i).strip();
  }

  /** The 1-based field number of a column, or 0 when absent. */
  int number(Column c) {
    return index[c.ordinal()] + 1;
  }

  /** The header as written of a field number. */
  String whereNumber(int fieldNumber) {
    return written.get(fieldNumber - 1).strip();
  }
}
