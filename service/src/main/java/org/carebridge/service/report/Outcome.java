package org.carebridge.service.report;

import org.carebridge.core.validation.Result;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.OperationOutcomes;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The result of validating one input: a file, one NDJSON line, or standard input.
 *
 * @param input the input as the user named it ({@code -} shown as {@code (stdin)})
 * @param ndjsonLine the 1-based line of an NDJSON input, 0 for a whole file
 * @param issues every issue, most severe first and within one severity in the order found (the order of every
 *     report, {@link Result#issues()})
 * @param unreadable true when the input could not be read at all (exit code 2)
 * @param warningsAsErrors whether warnings make this input invalid
 */
public record Outcome(String input, int ndjsonLine, List<Issue> issues, boolean unreadable, boolean warningsAsErrors) {

  /**
   * Copies the list, most severe first.
   *
   * @param input the input's name
   * @param ndjsonLine the NDJSON line, or 0
   * @param issues every issue
   * @param unreadable whether the input could not be read
   * @param warningsAsErrors whether warnings make it invalid
   */
  public Outcome {
    issues = Result.empty(issues).issues();
  }

  /**
   * The input's name, with {@code :line} for an NDJSON line.
   *
   * @return the label
   */
  public String label() {
    return ndjsonLine > 0 ? input + ":" + ndjsonLine : input;
  }

  /**
   * True when no issue makes the input invalid.
   *
   * @return whether valid
   */
  public boolean valid() {
    return !unreadable && issues.stream().noneMatch(this::failing);
  }

  /**
   * True for an issue that makes the input invalid: error or fatal, or a warning with warnings-as-errors.
   *
   * @param issue the issue
   * @return whether it fails the input
   */
  public boolean failing(Issue issue) {
    return issue.severity().isError() || (warningsAsErrors && issue.severity() == Severity.WARNING);
  }

  /**
   * The issues a report at this level shows, in report order.
   *
   * @param level the level
   * @return the issues
   */
  public List<Issue> shown(Report.Level level) {
    return issues.stream().filter(i -> level.shows(i.severity())).toList();
  }

  /**
   * How many issues have this severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return (int) issues.stream().filter(i -> i.severity() == severity).count();
  }

  /**
   * This outcome as a FHIR R4 OperationOutcome: the validator's own rendering ({@link OperationOutcomes}) of the
   * issues shown at this level, in report order, with a generated narrative naming the input and its result
   * (OperationOutcome has no element for either). The {@code operationoutcome} report and the service's
   * {@code $validate} answer both are this.
   *
   * @param shown the least severe issues shown
   * @return a new OperationOutcome
   */
  public OperationOutcome operationOutcome(Report.Level shown) {
    List<Issue> listed = shown(shown);
    OperationOutcome oo = OperationOutcomes.of(Result.empty(listed));
    if (listed.isEmpty() && !issues.isEmpty()) {
      // FHIR needs one issue; "No issues found" would not be true.
      oo.getIssueFirstRep().getDetails().setText("No issues of severity " + shown.name() + " or above; "
          + issues.size() + " less severe not shown");
    }
    Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Validation of <code>" + Html.escape(label())
        + "</code>: " + (valid() ? "valid" : unreadable ? "unreadable" : "invalid") + "</div>");
    oo.setText(n);
    return oo;
  }
}
