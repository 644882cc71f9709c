package org.carebridge.cld.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 51 columns of the CLD release 1 extract, in the published order, with the header text as published.
 * Headers in a file are matched ignoring case and runs of white space ({@link #key(String)}). Not API.
 */
public enum Column {
  REPORTING_PERIOD_START("Reporting Period Start Date", Use.REQUIRED),
  REPORTING_PERIOD_END("Reporting Period End Date", Use.REQUIRED),
  LA_CODE("LA Code", Use.IGNORED),
  LA_NAME("LA Name", Use.IGNORED),
  NHS_NUMBER("NHS Number", Use.REQUIRED),
  LA_PERSON_ID("LA Person Unique Identifier", Use.REQUIRED),
  FIRST_NAME("First Name", Use.MAPPED),
  LAST_NAME("Last Name", Use.REQUIRED),
  GP_PRACTICE_NAME("GP Practice Name", Use.IGNORED),
  GP_PRACTICE_CODE("GP Practice Code", Use.IGNORED),
  GENDER("Gender", Use.MAPPED),
  ETHNICITY("Ethnicity", Use.IGNORED),
  DATE_OF_BIRTH("Date of Birth", Use.MAPPED),
  DATE_OF_DEATH("Date of Death", Use.CHECKED),
  CLIENT_TYPE("Client Type", Use.IGNORED),
  PRIMARY_SUPPORT_REASON("Primary Support Reason", Use.CHECKED),
  POSTCODE("Postcode", Use.IGNORED),
  ACCOMMODATION_STATUS("Accommodation Status", Use.IGNORED),
  EMPLOYMENT_STATUS("Employment Status", Use.IGNORED),
  HAS_UNPAID_CARER("Has Unpaid Carer", Use.IGNORED),
  AUTISM("Autism Spectrum Disorder (ASD)", Use.IGNORED),
  VISUAL_IMPAIRMENT("Visual Impairment", Use.IGNORED),
  HEARING_IMPAIRMENT("Hearing Impairment", Use.IGNORED),
  DEMENTIA("Dementia", Use.IGNORED),
  CLIENT_FUNDING_STATUS("Client Funding Status", Use.MAPPED),
  EVENT_TYPE("Event Type", Use.REQUIRED),
  EVENT_REFERENCE("Event Reference", Use.REQUIRED),
  EVENT_START_DATE("Event Start Date", Use.REQUIRED),
  EVENT_END_DATE("Event End Date", Use.MAPPED),
  EVENT_DESCRIPTION("Event Description", Use.IGNORED),
  EVENT_OUTCOME("Event Outcome", Use.IGNORED),
  ROUTE_OF_ACCESS("Request: Route of Access", Use.IGNORED),
  ASSESSMENT_TYPE("Assessment Type", Use.IGNORED),
  ELIGIBLE_NEEDS_IDENTIFIED("Eligible Needs Identified", Use.IGNORED),
  METHOD_OF_ASSESSMENT("Method of Assessment", Use.IGNORED),
  TOTAL_HOURS_CARING("Total Hrs Caring per week", Use.IGNORED),
  ADULTS_CARED_FOR("No. of adults being cared for", Use.IGNORED),
  ADULT_1_LINKED_PERSON("Adult 1 Linked Person_ID", Use.IGNORED),
  ADULT_2_LINKED_PERSON("Adult 2 Linked Person_ID", Use.IGNORED),
  ADULT_3_LINKED_PERSON("Adult 3 Linked Person_ID", Use.IGNORED),
  SERVICE_TYPE("Service Type", Use.REQUIRED),
  SERVICE_COMPONENT("Service Component", Use.MAPPED),
  DELIVERY_MECHANISM("Delivery Mechanism", Use.REQUIRED),
  PROVIDER_NAME("Provider CQC Location Name", Use.MAPPED),
  PROVIDER_ID("Provider CQC Location ID", Use.MAPPED),
  REVIEW_REASON("Review Reason", Use.IGNORED),
  REVIEW_OUTCOMES("Review Outcomes Achieved", Use.IGNORED),
  METHOD_OF_REVIEW("Method of Review", Use.IGNORED),
  UNIT_COST("Unit Cost", Use.REQUIRED),
  COST_FREQUENCY("Cost Frequency (Unit Type)", Use.REQUIRED),
  PLANNED_UNITS("Planned units per week", Use.REQUIRED);

  /** How the adapter uses a column. */
  public enum Use {
    /** Needed to map any row: a file without it cannot be converted. */
    REQUIRED,
    /** Mapped to a CareBridge element when present. */
    MAPPED,
    /** Checked (dates, labels) but not carried into the output. */
    CHECKED,
    /** Read and passed over. */
    IGNORED
  }

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_KEY.put(key(c.header), c);
    }
  }

  private final String header;
  private final Use use;

  Column(String header, Use use) {
    this.header = header;
    this.use = use;
  }

  /**
   * Returns the header as the release 1 layout publishes it.
   *
   * @return the published header
   */
  public String header() {
    return header;
  }

  /**
   * Returns how the adapter uses the column.
   *
   * @return the use
   */
  public Use use() {
    return use;
  }

  /**
   * Returns the published headers in the published order.
   *
   * @return the 51 headers
   */
  public static java.util.List<String> headers() {
    return java.util.Arrays.stream(values()).map(Column::header).toList();
  }

  /**
   * Finds the column for a header as written in a file.
   *
   * @param written the header text
   * @return the column, or empty when it is not a release 1 header
   */
  public static Optional<Column> forHeader(String written) {
    return Optional.ofNullable(BY_KEY.get(key(written)));
  }

  /**
   * The matching key of a header or label: trimmed, white space runs collapsed to one space, lower case.
   *
   * @param text the text
   * @return the key
   */
  public static String key(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
