package org.carebridge.cld.internal;

import org.carebridge.core.validation.IssueCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.cld.internal.Labels.EventType;
import org.carebridge.cld.internal.Labels.FundingStatus;
import org.carebridge.core.Money;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Validator;

/**
 * Checks one data row and reads the values the adapter maps. Reports every problem of the row (not just the
 * first) and returns nothing when any of them is an error. Never echoes a field's text. Not API.
 */
final class RowParser {
  private static final Validator RULES = Validator.create();

  private final Header header;
  private final Reporter out;
  private final LocalDate configuredStart;
  private final LocalDate configuredEnd;
  private final String periodSetting;
  private List<String> fields;
  private int line;
  private int errorsBefore;

  RowParser(Header header, Reporter out, LocalDate configuredStart, LocalDate configuredEnd, String periodSetting) {
    this.header = header;
    this.out = out;
    this.configuredStart = configuredStart;
    this.configuredEnd = configuredEnd;
    this.periodSetting = periodSetting;
  }

  /** Checks a row; returns it parsed, or empty when it has an error (the errors have been reported). */
  Optional<ParsedRow> parse(CsvRows.Raw raw) {
    fields = raw.fields();
    line = raw.line();
    errorsBefore = out.errorCount();
    if (fields.size() != header.size()) {
      out.report(IssueCode.CLD_WRONG_FIELD_COUNT, "", "the row has " + fields.size() + " fields but the header has "
          + header.size() + "; the row is rejected", line, 0);
      return Optional.empty();
    }
    for (int i = 0; i < fields.size(); i++) {
      if (Values.hasControlCharacters(fields.get(i))) {
        out.report(IssueCode.CLD_CONTROL_CHARACTERS, header.whereNumber(i + 1),
            "the value holds control characters (binary data); the row is rejected", line, i + 1);
      }
    }
    if (failed()) {
      return Optional.empty();
    }
    LocalDate periodStart = requiredDate(Column.REPORTING_PERIOD_START);
    LocalDate periodEnd = requiredDate(Column.REPORTING_PERIOD_END);
    String laPersonId = required(Column.LA_PERSON_ID);
    NhsNumber nhs = nhsNumber();
    String firstName = optional(Column.FIRST_NAME);
    String lastName = required(Column.LAST_NAME);
    AdministrativeGender gender = optionalLabel(Column.GENDER, Labels.GENDER, "Gender");
    LocalDate birth = optionalDate(Column.DATE_OF_BIRTH);
    LocalDate death = optionalDate(Column.DATE_OF_DEATH);
    optionalLabel(Column.PRIMARY_SUPPORT_REASON, Labels.PRIMARY_SUPPORT_REASON, "Primary Support Reason");
    FundingStatus funding = optionalLabel(Column.CLIENT_FUNDING_STATUS, Labels.FUNDING_STATUS,
        "Client Funding Status");
    EventType eventType = requiredLabel(Column.EVENT_TYPE, Labels.EVENT_TYPE, "Event Type");
    String reference = required(Column.EVENT_REFERENCE);
    LocalDate eventStart = requiredDate(Column.EVENT_START_DATE);
    LocalDate eventEnd = optionalDate(Column.EVENT_END_DATE);
    ParsedRow.Service service = eventType == EventType.SERVICE ? service() : null;

    order(periodStart, periodEnd, Column.REPORTING_PERIOD_END, "the reporting period ends before it starts");
    order(eventStart, eventEnd, Column.EVENT_END_DATE, "the event ends before it starts");
    order(birth, death, Column.DATE_OF_DEATH, "the date of death is before the date of birth");
    order(birth, eventStart, Column.DATE_OF_BIRTH, "the date of birth is after the event start date");
    order(eventStart, periodEnd, Column.EVENT_START_DATE, "the event starts after the reporting period ends");
    if (configuredStart != null && periodStart != null && periodEnd != null
        && (periodStart.isBefore(configuredStart) || periodEnd.isAfter(configuredEnd))) {
      out.report(IssueCode.CLD_OUTSIDE_REPORTING_PERIOD, header.where(Column.REPORTING_PERIOD_START),
          "the row's reporting period " + periodStart + ".." + periodEnd + " is outside the reporting period "
              + configuredStart + ".." + configuredEnd + " set with " + periodSetting + "; the row is rejected",
          line, header.number(Column.REPORTING_PERIOD_START));
    }
    if (failed()) {
      return Optional.empty();
    }
    return Optional.of(new ParsedRow(line, periodStart, periodEnd, laPersonId, nhs, firstName, lastName, birth,
        gender, funding, eventType, reference, eventStart, eventEnd, service));
  }

  private ParsedRow.Service service() {
    ServiceType type = requiredLabel(Column.SERVICE_TYPE, Labels.SERVICE_TYPE, "Service Type");
    BudgetManagement mechanism = requiredLabel(Column.DELIVERY_MECHANISM, Labels.DELIVERY_MECHANISM,
        "Delivery Mechanism");
    Money cost = unitCost();
    CostFrequency frequency = requiredLabel(Column.COST_FREQUENCY, Labels.COST_FREQUENCY,
        "Cost Frequency (Unit Type)");
    BigDecimal units = units(frequency);
    return new ParsedRow.Service(type, optional(Column.SERVICE_COMPONENT), mechanism,
        optional(Column.PROVIDER_NAME), optional(Column.PROVIDER_ID), cost, frequency, units);
  }

  private Money unitCost() {
    String text = required(Column.UNIT_COST);
    if (text == null) {
      return null;
    }
    if (!Values.isAmount(text)) {
      error(IssueCode.CLD_INVALID_NUMBER, Column.UNIT_COST,
          "the unit cost is not an amount of pounds with at most two decimal places (no currency sign, no "
              + "thousands separator)");
      return null;
    }
    Money cost = Money.parse(text);
    if (cost.isNegative()) {
      error(IssueCode.CLD_INVALID_NUMBER, Column.UNIT_COST, "the unit cost is negative");
      return null;
    }
    return cost;
  }

  private BigDecimal units(CostFrequency frequency) {
    String text = optional(Column.PLANNED_UNITS);
    boolean perUnit = frequency != null && frequency.isPerUnit();
    if (text == null) {
      if (perUnit) {
        error(IssueCode.CLD_MISSING_VALUE, Column.PLANNED_UNITS,
            "planned units per week are required for an hourly, daily or per-session cost");
      }
      return null;
    }
    Optional<BigDecimal> units = Values.units(text);
    if (units.isEmpty() || units.get().signum() < 0) {
      error(IssueCode.CLD_INVALID_NUMBER, Column.PLANNED_UNITS,
          "planned units per week must be a number of zero or more with at most four decimal places");
      return null;
    }
    if (units.get().signum() == 0) {
      if (perUnit) {
        error(IssueCode.CLD_INVALID_NUMBER, Column.PLANNED_UNITS,
            "planned units per week must be more than zero for an hourly, daily or per-session cost");
      }
      return null;
    }
    return units.get();
  }

  private NhsNumber nhsNumber() {
    String text = optional(Column.NHS_NUMBER);
    if (text == null) {
      return null;
    }
    if (NhsNumber.isValid(text)) {
      return NhsNumber.parse(text);
    }
    Issue why = RULES.validateNhsNumber(text, "nhsNumber").issues().get(0);
    error(IssueCode.CLD_INVALID_NHS_NUMBER, Column.NHS_NUMBER, "the NHS number is not valid: " + why.message() + " ("
        + why.code() + ")");
    return null;
  }

  private <T> T requiredLabel(Column c, Labels<T> labels, String what) {
    String text = required(c);
    return text == null ? null : label(c, labels, what, text);
  }

  private <T> T optionalLabel(Column c, Labels<T> labels, String what) {
    String text = optional(c);
    return text == null ? null : label(c, labels, what, text);
  }

  private <T> T label(Column c, Labels<T> labels, String what, String text) {
    Optional<T> value = labels.find(text);
    if (value.isEmpty()) {
      error(IssueCode.CLD_UNKNOWN_LABEL, c, "the value is not a CLD release 1 " + what + " label"
          + labels.nearest(text).map(l -> " (did you mean '" + l + "'?)").orElse(""));
      return null;
    }
    return value.get();
  }

  private LocalDate requiredDate(Column c) {
    String text = required(c);
    return text == null ? null : date(c, text);
  }

  private LocalDate optionalDate(Column c) {
    String text = optional(c);
    return text == null ? null : date(c, text);
  }

  private LocalDate date(Column c, String text) {
    Optional<LocalDate> d = Values.date(text);
    if (d.isEmpty()) {
      error(IssueCode.CLD_INVALID_DATE, c, "the value is not a date that exists, written YYYY-MM-DD or DD/MM/YYYY");
      return null;
    }
    return d.get();
  }

  private void order(LocalDate first, LocalDate second, Column at, String message) {
    if (first != null && second != null && second.isBefore(first)) {
      error(IssueCode.CLD_IMPOSSIBLE_DATES, at, message + "");
    }
  }

  private String required(Column c) {
    String text = header.value(fields, c);
    if (text.isEmpty()) {
      error(IssueCode.CLD_MISSING_VALUE, c, "a value is required here");
      return null;
    }
    return text;
  }

  private String optional(Column c) {
    String text = header.value(fields, c);
    return text.isEmpty() ? null : text;
  }

  private void error(IssueCode code, Column c, String message) {
    out.report(code, header.where(c), message + "; the row is rejected", line, header.number(c));
  }

  private boolean failed() {
    return out.errorCount() > errorsBefore;
  }
}
