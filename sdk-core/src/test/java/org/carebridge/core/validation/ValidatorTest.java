package org.carebridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebridge.core.Story;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  @Test
  void validateNhsNumber_reportsInsteadOfThrowing() {
    assertThat(validator.validateNhsNumber("943 476 5919", "nhsNumber").issues()).isEmpty();
    assertThat(validator.validateNhsNumber("9434765918", "nhsNumber").issues())
        .containsExactly(new Issue("CB-NHS-002", Severity.ERROR, IssueType.VALUE, Location.record("nhsNumber"),
            "NHS number check digit does not match (Modulus 11)", Map.of(), 0, 0, "carebridge-rules"));
    assertThat(validator.validateNhsNumber("1234567890", "person.nhsNumber").codes()).containsExactly("CB-NHS-003");
    assertThat(validator.validateNhsNumber("94347659", "x").codes()).containsExactly("CB-NHS-001");
    assertThat(validator.validateNhsNumber("94347659AB", "x").codes()).containsExactly("CB-NHS-001");
    assertThat(validator.validateNhsNumber(null, "x").codes()).containsExactly("CB-NHS-001");
    assertThat(validator.validateNhsNumber(" ", "x").codes()).containsExactly("CB-NHS-001");
    assertThat(validator.validateNhsNumber("9434765918", "x").issues().get(0).message()).doesNotContain("5918");
  }

  @Test
  void nullArguments() {
    assertThatThrownBy(() -> Validator.withClock(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("clock must not be null");
    assertThatThrownBy(() -> validator.validate((org.carebridge.core.budget.PersonalBudget) null))
        .isInstanceOf(NullPointerException.class).hasMessage("budget must not be null");
    assertThatThrownBy(() -> validator.validate(Story.dischargeNotice().build(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("earlier must not be null");
  }

  @Test
  void create_usesTheSystemClock() {
    // Independent of the actual date: the year 9999 is in the future, the year 2000 is not.
    Validator system = Validator.create();
    assertThat(system.validate(Story.carePlan().reviewDate(java.time.LocalDate.of(9999, 12, 31))
        .agreedByPersonOn(java.time.LocalDate.of(9999, 1, 1)).build()).codes()).contains("CB-PLAN-002");
    assertThat(system.validate(Story.carePlan().period(org.carebridge.core.DateRange.startingOn(
        java.time.LocalDate.of(1999, 1, 1))).agreedByPersonOn(java.time.LocalDate.of(2000, 1, 1)).build())
        .withCode("CB-PLAN-002")).isEmpty();
  }
}
