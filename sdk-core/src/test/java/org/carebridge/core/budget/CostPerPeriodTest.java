package org.carebridge.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.carebridge.core.Money;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cost conversion rules of docs/sdk/core.md, "Costs per period". */
class CostPerPeriodTest {

  private static PlannedService service(String unitCost, CostFrequency frequency, String unitsPerWeek) {
    PlannedService.Builder b = PlannedService.builder()
        .description("service")
        .serviceType(ServiceType.LT_COMMUNITY)
        .unitCost(Money.parse(unitCost)).costFrequency(frequency)
        .fundingSource(FundingSource.COUNCIL);
    if (!unitsPerWeek.isEmpty()) {
      b.plannedUnitsPerWeek(new BigDecimal(unitsPerWeek));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1} x {2}/week = {4} {3}")
  @CsvSource({
      // unit cost, frequency, units per week, budget period, expected
      "24.50, HOURLY, 10.5, WEEKLY, 257.25",
      "24.50, HOURLY, 10.5, FOUR_WEEKLY, 1029.00",
      "24.50, HOURLY, 10.5, ANNUAL, 13377.00",
      "24.50, HOURLY, 10.5, MONTHLY, 1114.75",
      "50.00, DAILY, 7, WEEKLY, 350.00",
      "12.34, PER_SESSION, 3, WEEKLY, 37.02",
      "100.00, WEEKLY, '', WEEKLY, 100.00",
      "100.00, WEEKLY, '', FOUR_WEEKLY, 400.00",
      "100.00, WEEKLY, '', ANNUAL, 5200.00",
      // monthly = weekly x 52 / 12 = 433.333... -> 433.33
      "100.00, WEEKLY, '', MONTHLY, 433.33",
      "100.00, FORTNIGHTLY, '', WEEKLY, 50.00",
      "100.00, FOUR_WEEKLY, '', WEEKLY, 25.00",
      "100.00, FOUR_WEEKLY, '', MONTHLY, 108.33",
      // monthly -> weekly = 1200 / 52 = 23.0769... -> 23.08; monthly -> monthly is exact
      "100.00, MONTHLY, '', WEEKLY, 23.08",
      "100.00, MONTHLY, '', MONTHLY, 100.00",
      "100.00, MONTHLY, '', ANNUAL, 1200.00",
      "300.00, QUARTERLY, '', ANNUAL, 1200.00",
      "300.00, QUARTERLY, '', MONTHLY, 100.00",
      "300.00, QUARTERLY, '', WEEKLY, 23.08",
      // a year is 52 weeks: an annual 5200.00 is exactly 100.00 a week (365/7 weeks would give 99.73)
      "5200.00, ANNUAL, '', WEEKLY, 100.00",
      "5200.00, ANNUAL, '', FOUR_WEEKLY, 400.00",
      "5200.00, ANNUAL, '', MONTHLY, 433.33",
      "500.00, ONE_OFF, '', ONE_OFF, 500.00",
  })
  void costPer(String unitCost, CostFrequency frequency, String units, BudgetFrequency period, String expected) {
    assertThat(service(unitCost, frequency, units).costPer(period)).contains(Money.parse(expected));
  }

  @Test
  void roundsOnceHalfUpToWholePence() {
    // 0.01 fortnightly is half a penny a week: rounds up to 1p.
    assertThat(service("0.01", CostFrequency.FORTNIGHTLY, "").costPer(BudgetFrequency.WEEKLY))
        .contains(new Money(1));
    // 0.03 x 0.5 hours = 1.5p: rounds up to 2p.
    assertThat(service("0.03", CostFrequency.HOURLY, "0.5").costPer(BudgetFrequency.WEEKLY))
        .contains(new Money(2));
    // Rounded once at the end, not per step: 0.01 fortnightly x 52 weeks = 26p a year exactly
    // (rounding the weekly 0.5p first would give 52p).
    assertThat(service("0.01", CostFrequency.FORTNIGHTLY, "").costPer(BudgetFrequency.ANNUAL))
        .contains(new Money(26));
    // A negative half penny rounds away from zero.
    assertThat(service("-0.01", CostFrequency.FORTNIGHTLY, "").costPer(BudgetFrequency.WEEKLY))
        .contains(new Money(-1));
  }

  @Test
  void notConvertible() {
    assertThat(service("500.00", CostFrequency.ONE_OFF, "").costPer(BudgetFrequency.WEEKLY)).isEmpty();
    assertThat(service("100.00", CostFrequency.WEEKLY, "").costPer(BudgetFrequency.ONE_OFF)).isEmpty();
    assertThat(service("24.50", CostFrequency.HOURLY, "").costPer(BudgetFrequency.WEEKLY)).isEmpty();
    assertThatThrownBy(() -> service("1.00", CostFrequency.WEEKLY, "").costPer(null))
        .isInstanceOf(NullPointerException.class).hasMessage("period must not be null");
  }

  @Test
  void unitsPerWeekOnlyMultiplyPerUnitCosts() {
    // Units on a weekly cost are ignored (and reported by CB-SERVICE-005).
    assertThat(service("100.00", CostFrequency.WEEKLY, "3").costPer(BudgetFrequency.WEEKLY))
        .contains(Money.parse("100.00"));
  }
}
