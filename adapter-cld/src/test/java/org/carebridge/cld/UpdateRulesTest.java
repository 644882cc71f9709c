package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebridge.cld.internal.Column;
import org.carebridge.core.Money;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** Update, grouping and person rules on small extracts written in the test. */
class UpdateRulesTest {

  /** One direct payment service row of person SCC-1 (a valid NHS number), changed by the pairs given. */
  private static String row(Object... changes) {
    Map<Column, String> v = new EnumMap<>(Column.class);
    v.put(Column.REPORTING_PERIOD_START, "2026-10-01");
    v.put(Column.REPORTING_PERIOD_END, "2026-12-31");
    v.put(Column.NHS_NUMBER, "9434765919");
    v.put(Column.LA_PERSON_ID, "SCC-1");
    v.put(Column.LAST_NAME, "Test");
    v.put(Column.CLIENT_FUNDING_STATUS, "Fully Social Care Funded");
    v.put(Column.EVENT_TYPE, "Service");
    v.put(Column.EVENT_REFERENCE, "E1");
    v.put(Column.EVENT_START_DATE, "2026-10-05");
    v.put(Column.SERVICE_TYPE, "Long Term Support: Community");
    v.put(Column.SERVICE_COMPONENT, "Direct Payment");
    v.put(Column.DELIVERY_MECHANISM, "Direct Payment");
    v.put(Column.UNIT_COST, "20.00");
    v.put(Column.COST_FREQUENCY, "Hourly");
    v.put(Column.PLANNED_UNITS, "10");
    for (int i = 0; i < changes.length; i += 2) {
      v.put((Column) changes[i], (String) changes[i + 1]);
    }
    String[] fields = new String[Column.values().length];
    Arrays.fill(fields, "");
    v.forEach((c, s) -> fields[c.ordinal()] = s);
    return String.join(",", fields);
  }

  private static Result<CldConversion> convert(String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", Column.headers()));
    lines.addAll(List.of(rows));
    return STAFFORDSHIRE.convert(new StringReader(String.join("\n", lines) + "\n"));
  }

  private static long accounts(Result<CldConversion> c) {
    return c.orElseThrow().bundles().stream().mapToLong(b -> Samples.count(b, "Account")).sum();
  }

  @Test
  void laterRowThatIsNoLongerABudgetService_removesTheEarlierService() {
    Result<CldConversion> c = convert(row(), row(Column.EVENT_TYPE, "Review"));
    assertThat(c.orElseThrow().rowsRejected()).isZero();
    assertThat(c.orElseThrow().bundles()).hasSize(1);
    assertThat(accounts(c)).isZero();
  }

  @Test
  void laterSelfFunderMeteringRow_removesTheEarlierService() {
    Result<CldConversion> c = convert(row(), row(Column.DELIVERY_MECHANISM, "Self-Funder Metering Only"));
    assertThat(accounts(c)).isZero();
  }

  @Test
  void commissionedOnly_noBudget_butJoinsADirectPaymentBudget() {
    String commissioned = row(Column.EVENT_REFERENCE, "E2", Column.DELIVERY_MECHANISM, "CASSR Commissioned Support",
        Column.SERVICE_COMPONENT, "Home Care");
    assertThat(accounts(convert(commissioned))).isZero();
    PersonalBudget b = Samples.budget(convert(row(), commissioned).orElseThrow().bundles().get(0));
    assertThat(b.management()).isEqualTo(BudgetManagement.PART_DIRECT_PAYMENT);
    assertThat(b.amount()).isEqualTo(Money.parse("400.00"));
  }

  @Test
  void oneBudgetPerReportingPeriod() {
    Result<CldConversion> c = convert(row(),
        row(Column.EVENT_REFERENCE, "E2", Column.REPORTING_PERIOD_START, "2027-01-01",
            Column.REPORTING_PERIOD_END, "2027-03-31", Column.EVENT_START_DATE, "2027-01-04"));
    Bundle b = c.orElseThrow().bundles().get(0);
    assertThat(Samples.count(b, "Account")).isEqualTo(2);
    assertThat(b.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
        .contains("SCC-1-pb-2026-10-01", "SCC-1-pb-2027-01-01");
  }

  @Test
  void serviceEndedBeforeTheReportingPeriod_notInItsBudget() {
    Result<CldConversion> c = convert(row(Column.EVENT_START_DATE, "2026-01-05", Column.EVENT_END_DATE, "2026-06-30"));
    assertThat(c.orElseThrow().rowsRejected()).isZero();
    assertThat(accounts(c)).isZero();
  }

  @Test
  void blankLaterValuesDoNotEraseEarlierOnes_nonBlankReplace() {
    Result<CldConversion> c = convert(row(Column.FIRST_NAME, "Ann", Column.DATE_OF_BIRTH, "1940-02-29"),
        row(Column.EVENT_REFERENCE, "E2", Column.EVENT_TYPE, "Review", Column.NHS_NUMBER, "",
            Column.LAST_NAME, "Newname"));
    var patient = Samples.patient(c.orElseThrow().bundles().get(0));
    assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Ann");
    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Newname");
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1940-02-29");
    assertThat(patient.getIdentifier()).anySatisfy(i -> assertThat(i.getValue()).isEqualTo("9434765919"));
  }

  @Test
  void costTooLargeToAddUp_budgetRefusedNotAnException() {
    Result<CldConversion> c = convert(row(Column.UNIT_COST, "999999999999.99", Column.PLANNED_UNITS, "9999999.9999"));
    assertThat(c.issues()).extracting(Issue::code).contains(IssueCode.CLD_RECORD_REFUSED.code());
    assertThat(c.orElseThrow().bundles()).hasSize(1);
    assertThat(accounts(c)).isZero();
  }

  @Test
  void unitsForAWeeklyCost_keptAndReportedBySdkCore_zeroMeansNotStated() {
    Result<CldConversion> kept = convert(row(Column.COST_FREQUENCY, "Weekly", Column.UNIT_COST, "100.00"));
    assertThat(kept.issues()).extracting(Issue::code).contains("CB-SERVICE-005");
    Result<CldConversion> zero = convert(row(Column.COST_FREQUENCY, "Weekly", Column.PLANNED_UNITS, "0"));
    assertThat(zero.issues()).extracting(Issue::code).doesNotContain("CB-SERVICE-005");
    assertThat(Samples.budget(zero.orElseThrow().bundles().get(0)).services().get(0).plannedUnitsPerWeek()).isEmpty();
  }

  @Test
  void streamingListForm_sameAsInMemory() {
    List<java.nio.file.Path> files = List.of(Samples.path(Samples.Q3), Samples.path(Samples.RESUBMISSION));
    Result<CldConversion> inMemory = STAFFORDSHIRE.convert(files);
    List<Bundle> streamed = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    STAFFORDSHIRE.convert(files, new CldSink() {
      @Override
      public void accept(Bundle bundle) {
        streamed.add(bundle);
      }

      @Override
      public void issue(Issue issue) {
        issues.add(issue);
      }
    });
    // the sink gets the issues as found, the in-memory result errors first
    assertThat(Result.empty(issues).issues()).isEqualTo(inMemory.issues());
    assertThat(streamed).extracting(Samples::json)
        .containsExactlyElementsOf(inMemory.orElseThrow().bundles().stream().map(Samples::json).toList());
  }
}
