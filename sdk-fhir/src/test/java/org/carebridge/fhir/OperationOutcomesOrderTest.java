package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Result;
import java.util.Arrays;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Severity;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Every report lists errors first, then warnings, then information, each in the order found. */
class OperationOutcomesOrderTest {

  private static Issue issue(String code, Severity severity) {
    return Issue.builder(code, severity).location(Location.fhirPath("Patient")).message("message " + code)
        .source("test").build();
  }

  private static final Issue INFO = issue("I1", Severity.INFORMATION);
  private static final Issue WARNING_1 = issue("W1", Severity.WARNING);
  private static final Issue ERROR = issue("E1", Severity.ERROR);
  private static final Issue WARNING_2 = issue("W2", Severity.WARNING);
  private static final Issue FATAL = issue("F1", Severity.FATAL);
  private static final Issue INFO_2 = issue("I2", Severity.INFORMATION);

  @Test
  void issues_errorsFirst_thenWarnings_thenInformation_stableWithinEach() {
    Result<Void> report = Result.empty(List.of(INFO, WARNING_1, ERROR, WARNING_2, FATAL, INFO_2));
    // Fatal and non-fatal errors are one group, in the order found.
    assertThat(report.issues()).containsExactly(ERROR, FATAL, WARNING_1, WARNING_2, INFO, INFO_2);
    assertThat(OperationOutcomes.of(report).getIssue()).extracting(i -> i.getDetails().getCodingFirstRep().getCode())
        .containsExactly("E1", "F1", "W1", "W2", "I1", "I2");
    assertThat(OperationOutcomes.of(report).getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
  }

  @Test
  void results_putTheMostSevereFirst_andCopy() {
    List<Issue> found = Arrays.asList(WARNING_2, INFO, FATAL, WARNING_1);
    List<Issue> ordered = Result.of("value", found).issues();
    assertThat(ordered).containsExactly(FATAL, WARNING_2, WARNING_1, INFO);
    assertThat(found).containsExactly(WARNING_2, INFO, FATAL, WARNING_1);
    assertThatThrownBy(() -> ordered.add(INFO)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Result.empty(null)).isInstanceOf(NullPointerException.class);
  }
}
