package org.carebridge.cld;

import java.io.Reader;
import org.carebridge.cld.internal.Column;

/**
 * A Reader that writes a CLD extract of any number of rows as it is read, never holding more than one row: the
 * test input for bounded memory. Rows cycle over {@code people} people and {@code events} Event References, so
 * later rows keep updating earlier events (as stacked quarterly submissions do); every row is a direct payment
 * service, hourly, with 1 to 20 planned hours.
 */
final class GeneratedExtract extends Reader {
  private final long rows;
  private final int people;
  private final int events;
  private long next = -1;
  private long chars;
  private String current = "";
  private int pos;

  GeneratedExtract(long rows, int people, int events) {
    this.rows = rows;
    this.people = people;
    this.events = events;
  }

  /** Characters handed out so far. */
  long chars() {
    return chars;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    if (pos == current.length()) {
      if (next >= rows) {
        return -1;
      }
      current = next < 0 ? String.join(",", Column.headers()) + "\r\n" : row(next);
      pos = 0;
      next++;
    }
    int n = Math.min(len, current.length() - pos);
    current.getChars(pos, pos + n, buf, off);
    pos += n;
    chars += n;
    return n;
  }

  private String row(long n) {
    int event = (int) (n % events);
    int person = event % people;
    String[] f = new String[51];
    java.util.Arrays.fill(f, "");
    f[Column.REPORTING_PERIOD_START.ordinal()] = "01/10/2026";
    f[Column.REPORTING_PERIOD_END.ordinal()] = "31/12/2026";
    f[Column.LA_CODE.ordinal()] = "E10000028";
    f[Column.LA_NAME.ordinal()] = "Staffordshire";
    f[Column.LA_PERSON_ID.ordinal()] = "GEN-" + person;
    f[Column.FIRST_NAME.ordinal()] = "Test";
    f[Column.LAST_NAME.ordinal()] = "Person" + person;
    f[Column.GENDER.ordinal()] = person % 2 == 0 ? "Female" : "Male";
    f[Column.DATE_OF_BIRTH.ordinal()] = "01/01/1950";
    f[Column.CLIENT_TYPE.ordinal()] = "Service User";
    f[Column.PRIMARY_SUPPORT_REASON.ordinal()] = "Physical Support: Personal care support";
    f[Column.CLIENT_FUNDING_STATUS.ordinal()] = "Fully Social Care Funded";
    f[Column.EVENT_TYPE.ordinal()] = "Service";
    f[Column.EVENT_REFERENCE.ordinal()] = "EV-" + event;
    f[Column.EVENT_START_DATE.ordinal()] = "01/10/2026";
    f[Column.EVENT_DESCRIPTION.ordinal()] = "\"Generated row " + n + ", an update of event " + event + "\"";
    f[Column.SERVICE_TYPE.ordinal()] = "Long Term Support: Community";
    f[Column.SERVICE_COMPONENT.ordinal()] = "Direct Payment";
    f[Column.DELIVERY_MECHANISM.ordinal()] = "Direct Payment";
    f[Column.UNIT_COST.ordinal()] = "18.50";
    f[Column.COST_FREQUENCY.ordinal()] = "Hourly";
    f[Column.PLANNED_UNITS.ordinal()] = Long.toString(1 + n % 20);
    return String.join(",", f) + "\r\n";
  }

  @Override
  public void close() {}
}
