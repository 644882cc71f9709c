package org.carebridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.Story;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  @Test
  void validateNhsNumber_reportsInsteadOfThrowing() {
    assertThat(validator.validateNhsNumber("943 476 5919", "nhsNumber").issues()).isEmpty();
    assertThat(validator.validateNhsNumber("9434765918", "nhsNumber").issues())
        .containsExactly(new Issue("CB-NHS-002", Severity.ERROR, "nhsNumber",
            "NHS number check digit does not match (Modulus 11)", 0, 0, "carebridge-rules"));
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

  @Test
  void validationResult_isImmutableAndDerivesItsViews() {
    List<Issue> issues = new ArrayList<>();
    issues.add(new Issue("CB-X-001", Severity.ERROR, "a", "m"));
    issues.add(new Issue("CB-X-002", Severity.WARNING, "", "m"));
    issues.add(new Issue("CB-X-003", Severity.INFORMATION, "b", "m"));
    ValidationResult r = ValidationResult.of(issues);
    issues.clear();
    assertThat(r.issues()).hasSize(3);
    assertThatThrownBy(() -> r.issues().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.isValid()).isFalse();
    assertThat(r.errors()).extracting(Issue::code).containsExactly("CB-X-001");
    assertThat(r.warnings()).extracting(Issue::code).containsExactly("CB-X-002");
    assertThat(r.withSeverity(Severity.INFORMATION)).extracting(Issue::code).containsExactly("CB-X-003");
    assertThat(r.codes()).containsExactly("CB-X-001", "CB-X-002", "CB-X-003");
    ValidationResult warningsOnly = ValidationResult.of(r.warnings());
    assertThat(warningsOnly.isValid()).isTrue();
    assertThat(r.and(warningsOnly).codes()).containsExactly("CB-X-001", "CB-X-002", "CB-X-003", "CB-X-002");
    assertThat(ValidationResult.valid().isValid()).isTrue();
    assertThat(ValidationResult.of(r.errors())).isEqualTo(new ValidationResult(r.errors()));
  }

  @Test
  void issue_valueAndToString() {
    Issue issue = new Issue("CB-BUDGET-002", Severity.ERROR, "contributions", "does not add up");
    assertThat(issue).isEqualTo(new Issue("CB-BUDGET-002", Severity.ERROR, "contributions", "does not add up"));
    assertThat(issue.toString()).isEqualTo("ERROR CB-BUDGET-002 at contributions: does not add up");
    assertThat(new Issue("C", Severity.WARNING, "", "m").toString()).isEqualTo("WARNING C: m");
    assertThatThrownBy(() -> new Issue(" ", Severity.ERROR, "", "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank");
    assertThatThrownBy(() -> new Issue("C", null, "", "m")).isInstanceOf(NullPointerException.class)
        .hasMessage("severity must not be null");
  }

  @Test
  void issue_positionSourceAndFatal() {
    Issue issue = new Issue("CB-X-001", Severity.ERROR, "PID-3.1", "bad").at(3, 7).withSource("hl7v2");
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.source()).isEqualTo("hl7v2");
    assertThat(issue.hasPosition()).isTrue();
    assertThat(issue.toString()).isEqualTo("ERROR CB-X-001 at PID-3.1 (3:7): bad");
    assertThat(issue.withLocation("entry[2].PID-3.1").location()).isEqualTo("entry[2].PID-3.1");
    assertThat(new Issue("C", Severity.ERROR, "", "m").hasPosition()).isFalse();
    assertThatThrownBy(() -> issue.at(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column must not be negative, got -1:0");

    Issue fatal = new Issue("CB-IN-001", Severity.FATAL, "", "unreadable");
    assertThat(fatal.isError()).isTrue();
    ValidationResult result = ValidationResult.of(List.of(fatal, new Issue("C", Severity.WARNING, "", "m")));
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).containsExactly(fatal);
  }
}
