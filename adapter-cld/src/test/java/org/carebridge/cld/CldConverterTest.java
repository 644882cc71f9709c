package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;
import static org.carebridge.cld.Samples.budget;
import static org.carebridge.cld.Samples.bundleOf;
import static org.carebridge.cld.Samples.count;
import static org.carebridge.cld.Samples.path;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class CldConverterTest {

  private static final Result<CldConversion> Q3 = STAFFORDSHIRE.convert(path(Samples.Q3));

  @Test
  void q3Sample_everyRowAccepted_onePersonOneBundle() {
    assertThat(Q3.orElseThrow().rowsRead()).isEqualTo(15);
    assertThat(Q3.orElseThrow().rowsRejected()).isZero();
    assertThat(Q3.isValid()).isTrue();
    assertThat(Q3.orElseThrow().bundles()).hasSize(6);
    assertThat(Q3.orElseThrow().bundles()).allSatisfy(b -> {
      assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
      assertThat(count(b, "Patient")).isEqualTo(1);
      assertThat(count(b, "Organization")).isEqualTo(1);
      assertThat(b.getEntry()).allSatisfy(e ->
          assertThat(e.getFullUrl()).startsWith("https://fhir.staffordshire.example/scc/"));
    });
  }

  @Test
  void storyPerson_patientAndCouncil() {
    Bundle b = bundleOf(Q3, "SCC-100234");
    Patient p = Samples.patient(b);
    assertThat(p.getIdPart()).isEqualTo("SCC-100234");
    assertThat(p.getIdentifier()).anySatisfy(i -> {
      assertThat(i.getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
      assertThat(i.getValue()).isEqualTo("9434765919");
    });
    assertThat(p.getNameFirstRep().getFamily()).isEqualTo("Hollins");
    assertThat(p.getBirthDateElement().getValueAsString()).isEqualTo("1942-03-14");
    Organization council = (Organization) b.getEntry().get(1).getResource();
    assertThat(council.getIdPart()).isEqualTo("staffordshire-cc");
    assertThat(council.getIdentifierFirstRep().getValue()).isEqualTo("SCC01");
    assertThat(council.getName()).isEqualTo("Staffordshire County Council");
  }

  @Test
  void storyPerson_partDirectPaymentBudget_weeklyCostFromUnitCostAndUnits() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-100234"));
    assertThat(budget.id()).isEqualTo("SCC-100234-pb-2026-10-01");
    assertThat(budget.management()).isEqualTo(BudgetManagement.PART_DIRECT_PAYMENT);
    assertThat(budget.budgetType()).isEqualTo(BudgetType.PERSONAL_BUDGET);
    assertThat(budget.stage()).isEqualTo(BudgetStage.AGREED);
    assertThat(budget.period()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    // home care 7 h x 25.00 + personal assistant 12.5 h x 19.00 + reablement 0.00 a week
    assertThat(budget.amount()).isEqualTo(Money.parse("412.50"));
    assertThat(budget.frequency()).isEqualTo(BudgetFrequency.WEEKLY);
    assertThat(budget.services()).extracting(PlannedService::serviceType).containsExactly(
        ServiceType.ST_MAX, ServiceType.LT_COMMUNITY, ServiceType.LT_COMMUNITY);
    PlannedService pa = budget.services().get(2);
    assertThat(pa.deliveryMechanism()).contains(BudgetManagement.DIRECT_PAYMENT);
    assertThat(pa.fundingSource()).isEqualTo(FundingSource.DIRECT_PAYMENT);
    assertThat(pa.costFrequency()).isEqualTo(CostFrequency.HOURLY);
    assertThat(pa.plannedUnitsPerWeek()).contains(new BigDecimal("12.5"));
    assertThat(pa.provider()).isEmpty();
    PlannedService homeCare = budget.services().get(1);
    assertThat(homeCare.description()).isEqualTo("Home Care - Caring Hands Stafford (CQC location 1-2345678901)");
    assertThat(homeCare.deliveryMechanism()).contains(BudgetManagement.CASSR_COMMISSIONED);
    assertThat(homeCare.fundingSource()).isEqualTo(FundingSource.COUNCIL);
  }

  @Test
  void serviceEventDates_becomeTheServicePeriod_inTheDomainAndInFhir() {
    Bundle b = bundleOf(Q3, "SCC-100234");
    PersonalBudget budget = budget(b);
    assertThat(budget.services()).extracting(PlannedService::period).containsExactly(
        Optional.of(DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 25))),
        Optional.of(DateRange.startingOn(LocalDate.of(2026, 11, 26))),
        Optional.of(DateRange.startingOn(LocalDate.of(2026, 11, 26))));
    org.hl7.fhir.r4.model.Account account = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Account.class::isInstance).map(org.hl7.fhir.r4.model.Account.class::cast)
        .findFirst().orElseThrow();
    org.hl7.fhir.r4.model.Period stMax = (org.hl7.fhir.r4.model.Period) account.getExtension().stream()
        .filter(e -> e.getUrl().endsWith("/carebridge-budget-service")).findFirst().orElseThrow()
        .getExtensionByUrl("period").getValue();
    assertThat(stMax.getStartElement().getValueAsString()).isEqualTo("2026-10-15");
    assertThat(stMax.getEndElement().getValueAsString()).isEqualTo("2026-11-25");
  }

  @Test
  void directPaymentWithClientContribution_shareNotInCld_reportedNotInvented() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-100234"));
    assertThat(budget.contributions()).isEmpty();
    List<Issue> info = Q3.issues().stream().filter(i -> i.code().equals(IssueCode.CLD_FUNDING_SPLIT_UNKNOWN.code()))
        .filter(i -> i.message().contains("SCC-100234-pb")).toList();
    assertThat(info).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(i.location().text()).isEqualTo("Client Funding Status");
      assertThat(i.line()).isEqualTo(6);
      assertThat(i.column()).isEqualTo(25);
      assertThat(i.source()).isEqualTo("cld");
    });
  }

  @Test
  void fullCostClientDirectPayment_personPaysTheWholeBudget() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-101502"));
    assertThat(budget.management()).isEqualTo(BudgetManagement.DIRECT_PAYMENT);
    assertThat(budget.contributions()).containsExactly(
        FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, Money.parse("225.00")));
    assertThat(budget.clientContribution()).isEqualTo(Money.parse("225.00"));
  }

  @Test
  void managedPersonalBudget_councilPaysTheWholeAmount() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-100587"));
    assertThat(budget.management()).isEqualTo(BudgetManagement.CASSR_MANAGED);
    // day care 3 sessions x 45.00 + meals 28.00 weekly
    assertThat(budget.amount()).isEqualTo(Money.parse("163.00"));
    assertThat(budget.contributions()).containsExactly(
        FundingContribution.of(FundingSource.COUNCIL, Money.parse("163.00")));
  }

  @Test
  void annualCarerDirectPayment_weeklyCostRoundedOnceToPence() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-100912"));
    // 300.00 a year / 52 = 5.769... -> 5.77
    assertThat(budget.amount()).isEqualTo(Money.parse("5.77"));
    assertThat(budget.services()).singleElement()
        .satisfies(s -> assertThat(s.serviceType()).isEqualTo(ServiceType.CARER_DIRECT));
  }

  @Test
  void commissionedSupportOnly_noPersonalBudget() {
    Bundle b = bundleOf(Q3, "SCC-101145");
    assertThat(count(b, "Account")).isZero();
    assertThat(count(b, "Patient")).isEqualTo(1);
  }

  @Test
  void personWithoutNhsNumber_keptWithCouncilPersonId() {
    Patient p = Samples.patient(bundleOf(Q3, "SCC-101377"));
    assertThat(p.getIdentifier()).singleElement()
        .satisfies(i -> assertThat(i.getSystem()).isEqualTo(Samples.LA_ID_SYSTEM));
  }

  @Test
  void sameEventReferenceLaterInTheFile_replacesTheEarlierRow() {
    PersonalBudget budget = budget(bundleOf(Q3, "SCC-101502"));
    assertThat(budget.services()).singleElement().satisfies(s -> {
      assertThat(s.unitCost()).isEqualTo(Money.parse("22.50"));
      assertThat(s.costPer(BudgetFrequency.WEEKLY)).contains(Money.parse("225.00"));
    });
  }

  @Test
  void laterSubmission_updatesEventsWithTheSameReference() {
    Result<CldConversion> both = STAFFORDSHIRE.convert(List.of(path(Samples.Q3), path(Samples.RESUBMISSION)));
    assertThat(both.orElseThrow().rowsRead()).isEqualTo(17);
    assertThat(both.isValid()).isTrue();
    assertThat(both.orElseThrow().bundles()).hasSize(6);
    PersonalBudget budget = budget(bundleOf(both, "SCC-100234"));
    // personal assistant now 14 h x 19.00 = 266.00; home care 175.00; reablement 0.00
    assertThat(budget.amount()).isEqualTo(Money.parse("441.00"));
    assertThat(budget.services()).hasSize(3);
    assertThat(budget.services().get(2).plannedUnitsPerWeek()).contains(new BigDecimal("14"));
  }

  @Test
  void laterSubmission_inTheOtherOrder_theQ3RowsWin() {
    Result<CldConversion> reversed = STAFFORDSHIRE.convert(List.of(path(Samples.RESUBMISSION), path(Samples.Q3)));
    assertThat(budget(bundleOf(reversed, "SCC-100234")).amount()).isEqualTo(Money.parse("412.50"));
  }

  @Test
  void reorderedUpperCaseHeaders_bomAndQuotedFields_readAlike() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path(Samples.REORDERED));
    assertThat(c.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.isError()).isFalse());
    assertThat(c.issues()).extracting(Issue::code).doesNotContain(IssueCode.CLD_UNKNOWN_COLUMN.code(),
        IssueCode.CLD_MISSING_COLUMN.code());
    assertThat(c.orElseThrow().rowsRead()).isEqualTo(2);
    PersonalBudget budget = budget(bundleOf(c, "SCC-100234"));
    assertThat(budget.management()).isEqualTo(BudgetManagement.PART_DIRECT_PAYMENT);
    assertThat(budget.amount()).isEqualTo(Money.parse("412.50"));
    assertThat(budget.services().get(0).description())
        .isEqualTo("Home Care - Caring Hands (Stafford), Ltd (CQC location 1-2345678901)");
  }

  @Test
  void byteOrderMark_alsoDroppedFromAReader() throws Exception {
    try (java.io.Reader in =
        Files.newBufferedReader(path(Samples.REORDERED), java.nio.charset.StandardCharsets.UTF_8)) {
      Result<CldConversion> c = STAFFORDSHIRE.convert(in);
      assertThat(c.issues()).noneMatch(i -> i.code().equals(IssueCode.CLD_UNKNOWN_COLUMN.code()));
      assertThat(c.orElseThrow().rowsRead()).isEqualTo(2);
      assertThat(c.orElseThrow().rowsRejected()).isZero();
    }
  }

  @Test
  void reorderedSample_linesCountPhysicalLinesOfQuotedLineBreaks() {
    CldConverter narrow = CldConverter.builder().councilOdsCode("SCC01").councilName("Staffordshire County Council")
        .reportingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)).build();
    Result<CldConversion> c = narrow.convert(path(Samples.REORDERED));
    assertThat(c.orElseThrow().rowsRejected()).isEqualTo(2);
    assertThat(c.orElseThrow().bundles()).isEmpty();
    List<Issue> outside = c.issues().stream()
        .filter(i -> i.code().equals(IssueCode.CLD_OUTSIDE_REPORTING_PERIOD.code())).toList();
    // the first data row holds a quoted line break, so the second starts on line 4
    assertThat(outside).extracting(Issue::line).containsExactly(2, 4);
    assertThat(outside).extracting(i -> i.location().text()).containsOnly("REPORTING PERIOD START DATE");
  }

  /**
   * Advice names each setting as the caller sets it: builder methods by default (Java callers), the caller's own
   * names otherwise (e.g. the command line's options).
   */
  @Test
  void advice_namesBuilderMethodsByDefault_andTheCallersNamesWhenGiven() throws Exception {
    CldConverter.Builder b = CldConverter.builder().councilOdsCode("SCC01").councilName("Staffordshire County Council")
        .reportingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    byte[] latin1 = Files.readString(path(Samples.Q3)).replace("Hollins", "H\u00f6llins")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.nio.file.Path windows = Files.write(Files.createTempDirectory("cld").resolve("latin1.csv"), latin1);

    Issue period = first(b.build().convert(path(Samples.REORDERED)), IssueCode.CLD_OUTSIDE_REPORTING_PERIOD.code());
    assertThat(period.message()).contains("outside the reporting period 2027-01-01..2027-03-31 set with "
        + "CldConverter.builder().reportingPeriod(...); the row is rejected");
    Issue encoding = first(b.build().convert(windows), IssueCode.CLD_NOT_TEXT.code());
    assertThat(encoding.message()).endsWith("name it with CldConverter.builder().charset(...)");

    CldConverter cli = b.settingNames(s -> s == CldSetting.CHARSET ? "--charset" : "--period").build();
    assertThat(first(cli.convert(path(Samples.REORDERED)), IssueCode.CLD_OUTSIDE_REPORTING_PERIOD.code()).message())
        .contains("set with --period;").doesNotContain("builder()");
    assertThat(first(cli.convert(windows), IssueCode.CLD_NOT_TEXT.code()).message()).endsWith("name it with --charset")
        .doesNotContain("builder()");
    // Naming the character set reads the extract.
    assertThat(CldConverter.builder().councilOdsCode("SCC01").councilName("Staffordshire County Council")
        .charset(java.nio.charset.StandardCharsets.ISO_8859_1).build().convert(windows).orElseThrow().bundles()).isNotEmpty();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CldConverter.builder().settingNames(s -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("settingNames gives no name for REPORTING_PERIOD");
  }

  /** The in-memory result lists errors first, then warnings, then information, each in the order found. */
  @Test
  void issues_mostSevereFirst() {
    for (String file : List.of("malformed/bad-values.csv", Samples.Q3)) {
      Result<CldConversion> c = STAFFORDSHIRE.convert(path(file));
      assertThat(c.issues()).extracting(i -> i.isError() ? Severity.ERROR : i.severity())
          .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }
    // Q3: an information (line 6) is found before a warning of the business rules (at the end of the input)
    List<Issue> streamed = new ArrayList<>();
    STAFFORDSHIRE.convert(path(Samples.Q3), new CldSink() {
      @Override
      public void accept(Bundle bundle) {}

      @Override
      public void issue(Issue issue) {
        streamed.add(issue);
      }
    });
    // The same issues as the sink gets them (in the order found), most severe first, stable within a severity.
    assertThat(streamed).extracting(Issue::severity).containsSubsequence(Severity.INFORMATION, Severity.WARNING);
    assertThat(Q3.issues()).containsExactlyElementsOf(Result.empty(streamed).issues());
    assertThat(Q3.issues()).extracting(Issue::severity).containsSubsequence(Severity.WARNING, Severity.INFORMATION)
        .doesNotContainSubsequence(Severity.INFORMATION, Severity.WARNING);
  }

  private static Issue first(Result<CldConversion> c, String code) {
    return c.issues().stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + c.issues()));
  }

  @Test
  void readerAndStreamingForms_giveTheSameBundles() throws Exception {
    String text = Files.readString(path(Samples.Q3));
    Result<CldConversion> fromReader = STAFFORDSHIRE.convert(new StringReader(text));
    List<Bundle> streamed = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    STAFFORDSHIRE.convert(new StringReader(text), new CldSink() {
      @Override
      public void accept(Bundle bundle) {
        streamed.add(bundle);
      }

      @Override
      public void issue(Issue issue) {
        issues.add(issue);
      }
    });
    // The sink gets the issues as found; the in-memory results list them errors first (the order of every Result).
    assertThat(Result.empty(issues).issues()).isEqualTo(Q3.issues())
        .isEqualTo(fromReader.issues());
    assertThat(streamed).extracting(Samples::json).containsExactlyElementsOf(
        Q3.orElseThrow().bundles().stream().map(Samples::json).toList());
    assertThat(fromReader.orElseThrow().rowsRead()).isEqualTo(15);
  }

  @Test
  void outputRoundTripsThroughTheMapper() {
    for (Bundle b : Q3.orElseThrow().bundles()) {
      Patient p = Samples.patient(b);
      assertThat(CareBridgeMapper.fromFhir(p).value().isPresent()).isTrue();
      if (count(b, "Account") == 1) {
        assertThat(CareBridgeMapper.readPersonalBudget(b).issues()).noneMatch(Issue::isError);
      }
    }
  }

  @Test
  void sdkCoreRuleIssues_arePassedOnWithTheBudgetAsLocation() {
    // Margaret's budget has no funding contributions: CB-BUDGET-007 (warning) from the sdk-core rules
    assertThat(Q3.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("CB-BUDGET-007");
      assertThat(i.location().text()).isEqualTo("PersonalBudget[SCC-100234-pb-2026-10-01].contributions");
      assertThat(i.source()).isEqualTo("carebridge-rules");
    });
  }

  @Test
  void builder_rejectsBadArgumentsAtOnce() {
    CldConverter.Builder b = CldConverter.builder();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.councilOdsCode("scc01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odsCode");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.councilName(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("councilName must not be blank");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.fhirBase("https://x.example/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fhirBase");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> b.reportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("end must not be before start");
    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class).hasMessage("councilOdsCode is required");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CldConverter.builder().councilOdsCode("SCC01").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("councilName is required");
    assertThat(Optional.of(CldConverter.builder().councilOdsCode("SCC01").councilName("S").build())).isPresent();
  }
}
