package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.internal.ReportLimits;
import org.carebridge.fhir.testing.Shared;
import org.carebridge.fhir.testing.TestPackage;
import org.junit.jupiter.api.Test;

/** The builder's limits and deadline: bad values refused at once, each limit answering with its own issue. */
class LimitsAndDeadlineTest {

  @Test
  void builder_refusesBadLimitsAtOnce_namingThem() {
    CareBridgeValidator.Builder b = CareBridgeValidator.builder();
    assertThatThrownBy(() -> b.maxArrayItems(0)).hasMessage("maxArrayItems must be positive, got 0");
    assertThatThrownBy(() -> b.maxElements(-5)).hasMessage("maxElements must be positive, got -5");
    assertThatThrownBy(() -> b.maxRepeats(0)).hasMessage("maxRepeats must be positive, got 0");
    assertThatThrownBy(() -> b.maxStringLength(0)).hasMessage("maxStringLength must be positive, got 0");
    assertThatThrownBy(() -> b.maxIssues(0)).hasMessage("maxIssues must be positive, got 0");
    assertThatThrownBy(() -> b.maxMessageLength(99)).hasMessage("maxMessageLength must be at least 100, got 99");
    assertThatThrownBy(() -> b.deadline(Duration.ZERO)).hasMessage("deadline must be positive, got PT0S");
    assertThatThrownBy(() -> b.deadline(Duration.ofSeconds(-1))).hasMessageStartingWith("deadline must be positive");
    assertThatThrownBy(() -> b.deadline(null)).isInstanceOf(NullPointerException.class).hasMessage("deadline");
  }

  @Test
  void theDefaultValidator_appliesTheDefaultLimits() {
    String ext = "{\"url\":\"http://example.org/x\",\"valueString\":\"a\"}";
    StringBuilder json = new StringBuilder("{\"resourceType\":\"Basic\",\"code\":{\"text\":\"x\"},\"extension\":[");
    for (int i = 0; i <= CareBridgeValidator.DEFAULT_MAX_REPEATS; i++) {
      json.append(i == 0 ? "" : ",").append(ext);
    }
    String text = json.append("]}").toString();
    Issue issue = Shared.testPackageValidator().validate(text).issues().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_MANY_REPEATS.code());
    assertThat(issue.message()).contains("limit of " + CareBridgeValidator.DEFAULT_MAX_REPEATS + " times");
    assertThat(issue.column()).isEqualTo(text.lastIndexOf('{') + 1);
  }

  @Test
  void deadline_stopsTheEngine_withALocatedFatal_andTheValidatorGoesOn() {
    CareBridgeValidator late = CareBridgeValidator.builder().withoutCareBridgePackage()
        .addPackage(new ByteArrayInputStream(TestPackage.tgz())).deadline(Duration.ofNanos(1)).build();
    String json = "\n  {\"resourceType\":\"Basic\",\"code\":{\"text\":\"x\"}}";
    for (int run = 0; run < 2; run++) {
      Result<Void> report = late.validate(json);
      assertThat(report.issues()).singleElement().satisfies(i -> {
        assertThat(i.code()).isEqualTo(IssueCode.VALIDATION_DEADLINE.code());
        assertThat(i.severity()).isEqualTo(Severity.FATAL);
        assertThat(i.message()).startsWith("The validation took longer than the deadline of 0 ms and was stopped at Basic");
        assertThat(i.location().text()).startsWith("Basic");
        assertThat(i.line()).isEqualTo(2);
        assertThat(i.column()).isEqualTo(3);
      });
    }
    // the input guard answers first, whatever the deadline
    assertThat(late.validate("{\"resourceType\":").issues().get(0).code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
    // and a validator without a deadline gives its findings for the same input
    assertThat(Shared.testPackageValidator().validate(json).issues())
        .noneMatch(i -> i.code().equals(IssueCode.VALIDATION_DEADLINE.code()));
  }

  @Test
  void reportLimits_keepTheMostSevere_sayHowManyWereDropped_andCutLongMessages() {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      issues.add(Issue.builder("some-warning", Severity.WARNING).location(Location.fhirPath("Basic.a" + i))
          .message("w" + i).build());
    }
    issues.add(2, IssueCode.FHIR_UNCODED.issue(Location.fhirPath("Basic.e"), "e"));
    issues.add(IssueCode.FHIR_UNCODED.issue(Location.fhirPath("Basic.long"), "x".repeat(500)));
    List<Issue> bounded = ReportLimits.bound(issues, 3, 120);
    assertThat(bounded).extracting(Issue::message).startsWith("w0", "e").hasSize(4);
    assertThat(bounded.get(2).message()).hasSize(120).endsWith("... (cut at the limit of 120 characters)");
    assertThat(bounded.get(3).code()).isEqualTo(IssueCode.ISSUES_DROPPED.code());
    assertThat(bounded.get(3).message())
        .isEqualTo("5 issues were dropped: the report keeps the 3 most severe (the limit is 3 issues per input)");
    assertThat(ReportLimits.bound(issues, 100, 1000)).isEqualTo(issues);
  }
}
