package org.carebridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueAndResultTest {

  private static Issue issue(String code, Severity severity) {
    return Issue.builder(code, severity).message("m").build();
  }

  @Test
  void catalogue_makesIssuesWithTemplateArgumentsAndSource() {
    Issue issue = IssueCode.PLAN_REVIEW_NOT_AFTER_START.issue(Location.record("reviewDate"),
        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 4));
    assertThat(issue.code()).isEqualTo("CB-PLAN-001");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.type()).isEqualTo(IssueType.BUSINESS_RULE);
    assertThat(issue.message()).isEqualTo("review date 2026-01-02 must be after the plan start 2026-03-04");
    assertThat(issue.arguments()).containsExactly(Map.entry("reviewDate", "2026-01-02"), Map.entry("start", "2026-03-04"));
    assertThat(issue.source()).isEqualTo("carebridge-rules");
    assertThat(issue.location()).isEqualTo(new Location.RecordPath("reviewDate"));
    assertThatThrownBy(() -> IssueCode.PLAN_REVIEW_NOT_AFTER_START.issue(Location.whole(), "only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CB-PLAN-001 takes 2 arguments [reviewDate, start], got 1");
    assertThatThrownBy(() -> IssueCode.of("CB-NOPE-001")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void issue_valueToStringAndBuilder() {
    Issue issue = Issue.builder("CB-BUDGET-002", Severity.ERROR).location(Location.record("contributions"))
        .message("does not add up").build();
    assertThat(issue).isEqualTo(new Issue("CB-BUDGET-002", Severity.ERROR, IssueType.INVALID,
        Location.record("contributions"), "does not add up", Map.of(), 0, 0, ""));
    assertThat(issue.toString()).isEqualTo("ERROR CB-BUDGET-002 at contributions: does not add up");
    assertThat(issue("C", Severity.WARNING).toString()).isEqualTo("WARNING C: m");
    assertThat(issue.toBuilder().source("x").build().source()).isEqualTo("x");
    assertThatThrownBy(() -> Issue.builder(" ", Severity.ERROR)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank");
    assertThatThrownBy(() -> Issue.builder("C", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("severity must not be null");
    assertThatThrownBy(() -> Issue.builder("C", Severity.ERROR).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("message must be set");
    assertThatThrownBy(() -> Issue.builder("C", Severity.ERROR).location(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("location must not be null");
  }

  @Test
  void issue_positionAndFatal() {
    Issue issue = Issue.builder("CB-X-001", Severity.ERROR).location(Location.hl7("PID-3.1")).message("bad")
        .build().at(3, 7);
    assertThat(issue.line()).isEqualTo(3);
    assertThat(issue.column()).isEqualTo(7);
    assertThat(issue.hasPosition()).isTrue();
    assertThat(issue.toString()).isEqualTo("ERROR CB-X-001 at PID-3.1 (3:7): bad");
    assertThat(issue("C", Severity.ERROR).hasPosition()).isFalse();
    assertThatThrownBy(() -> issue.at(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column must not be negative, got -1:0");
    assertThat(issue("F", Severity.FATAL).isError()).isTrue();
  }

  @Test
  void locations_areTypedAndKeepTheirText() {
    assertThat(Location.hl7("PID-3.1")).isEqualTo(new Location.Hl7Field("PID", 3, 1));
    assertThat(Location.hl7("PV1-45").text()).isEqualTo("PV1-45");
    assertThat(Location.hl7("ZDR").text()).isEqualTo("ZDR");
    assertThatThrownBy(() -> Location.hl7("pid-3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Location.Hl7Field("PID", 0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Location.csv(12, "Event_Start_Date").text()).isEqualTo("Event_Start_Date");
    assertThat(Location.csv(12, "").text()).isEmpty();
    assertThat(((Location.CsvCell) Location.csv(12, "")).row()).isEqualTo(12);
    assertThatThrownBy(() -> Location.csv(-1, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Location.fhirPath("Bundle.entry[1].resource").text()).isEqualTo("Bundle.entry[1].resource");
    assertThat(Location.fhirPath("")).isSameAs(Location.whole());
    assertThat(Location.record("")).isSameAs(Location.whole());
    assertThat(Location.whole().text()).isEmpty();
  }

  @Test
  void result_isImmutableMostSevereFirstAndKeepsTheValueOnlyWithoutErrors() {
    List<Issue> issues = new ArrayList<>();
    issues.add(issue("CB-X-003", Severity.INFORMATION));
    issues.add(issue("CB-X-002", Severity.WARNING));
    issues.add(issue("CB-X-001", Severity.ERROR));
    issues.add(issue("CB-X-000", Severity.FATAL));
    Result<String> r = Result.of("value", issues);
    issues.clear();
    assertThat(r.codes()).containsExactly("CB-X-001", "CB-X-000", "CB-X-002", "CB-X-003");
    assertThatThrownBy(() -> r.issues().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.isValid()).isFalse();
    assertThat(r.value()).isEmpty();
    assertThatThrownBy(r::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessage("no value: [CB-X-001, CB-X-000]");
    assertThat(r.errors()).extracting(Issue::code).containsExactly("CB-X-001", "CB-X-000");
    assertThat(r.warnings()).extracting(Issue::code).containsExactly("CB-X-002");
    assertThat(r.atLeast(Severity.WARNING)).extracting(Issue::code).containsExactly("CB-X-001", "CB-X-000", "CB-X-002");
    assertThat(r.atLeast(Severity.FATAL)).extracting(Issue::code).containsExactly("CB-X-000");
    assertThat(r.withCode("CB-X-002")).hasSize(1);

    Result<String> warned = Result.of("value", List.of(issue("CB-X-002", Severity.WARNING)));
    assertThat(warned.isValid()).isTrue();
    assertThat(warned.orElseThrow()).isEqualTo("value");
    assertThat(warned.with(List.of(issue("CB-X-001", Severity.ERROR))).value()).isEmpty();
    assertThat(Result.<Void>empty(List.of()).isValid()).isTrue();
    assertThat(Result.<Void>empty(List.of()).value()).isEmpty();
    assertThat(Result.of("v", List.of())).isEqualTo(Result.of("v", List.of()));
    Result<String> batch = Result.partial("what converted", List.of(issue("CB-X-001", Severity.ERROR)));
    assertThat(batch.isValid()).isFalse();
    assertThat(batch.orElseThrow()).isEqualTo("what converted");
    assertThat(batch.with(List.of(issue("CB-X-004", Severity.FATAL))).value()).contains("what converted");
    assertThatThrownBy(() -> Result.of(null, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }
}
