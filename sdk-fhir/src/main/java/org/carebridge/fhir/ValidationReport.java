package org.carebridge.fhir;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The immutable result of validating one input: every {@link Issue}, most severe first.
 *
 * <p>Every CareBridge report lists issues in the same order, {@link #mostSevereFirst(Collection)}: errors
 * ({@link Severity#FATAL} and {@link Severity#ERROR}) first, then warnings, then information; within each of these
 * the issues keep the order in which they were found. The command line's reports and the adapters' results use the
 * same method.
 *
 * @param issues the issues (copied, and put most severe first; never null)
 */
public record ValidationReport(List<Issue> issues) {

  /** System of the {@code issue.details} coding in {@link #toOperationOutcome()}: the issue codes. */
  public static final String ISSUE_CODE_SYSTEM = "https://carebridge.org.uk/fhir/sdk/issue-code";

  /** Standard FHIR extension carrying the line of an issue. */
  public static final String LINE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";

  /** Standard FHIR extension carrying the column of an issue. */
  public static final String COLUMN_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

  /** The order of every report: errors (fatal or not), then warnings, then information; stable. */
  private static final Comparator<Issue> MOST_SEVERE_FIRST = Comparator.comparingInt(i -> switch (i.severity()) {
    case FATAL, ERROR -> 0;
    case WARNING -> 1;
    case INFORMATION -> 2;
  });

  /** Copies the list, most severe first (see {@link #mostSevereFirst(Collection)}). */
  public ValidationReport {
    issues = mostSevereFirst(Objects.requireNonNull(issues, "issues"));
  }

  /**
   * The issues in report order: errors ({@link Severity#FATAL} and {@link Severity#ERROR}), then
   * {@link Severity#WARNING}, then {@link Severity#INFORMATION}; within each of these in the order given (the sort
   * is stable). Every CareBridge report and result that lists issues uses this order.
   *
   * @param issues the issues
   * @return a new unmodifiable list
   * @throws NullPointerException when the collection or an issue is null
   */
  public static List<Issue> mostSevereFirst(Collection<Issue> issues) {
    Objects.requireNonNull(issues, "issues must not be null");
    return issues.stream().sorted(MOST_SEVERE_FIRST).toList();
  }

  /** True when no issue is {@link Severity#ERROR} or {@link Severity#FATAL}. */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity().isError());
  }

  /** The issues that are {@link Severity#ERROR} or {@link Severity#FATAL}. */
  public List<Issue> errors() {
    return issues.stream().filter(i -> i.severity().isError()).toList();
  }

  /** The issues of exactly this severity. */
  public List<Issue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /**
   * A new HAPI R4 {@link OperationOutcome} with one {@code issue} per {@link Issue}: severity; {@code code}
   * {@code invalid} (or {@code structure}, {@code security}, {@code too-long} for input problems);
   * {@code details} with the issue code (system {@link #ISSUE_CODE_SYSTEM}) and the message;
   * {@code diagnostics} the source; {@code expression} the location; line and column as the standard
   * extensions. A report without issues gives one {@code information} issue "No issues found", as FHIR
   * requires at least one.
   */
  public OperationOutcome toOperationOutcome() {
    OperationOutcome outcome = new OperationOutcome();
    for (Issue issue : issues) {
      OperationOutcome.OperationOutcomeIssueComponent c = outcome.addIssue();
      c.setSeverity(switch (issue.severity()) {
        case FATAL -> IssueSeverity.FATAL;
        case ERROR -> IssueSeverity.ERROR;
        case WARNING -> IssueSeverity.WARNING;
        case INFORMATION -> IssueSeverity.INFORMATION;
      });
      c.setCode(issueType(issue.code()));
      c.setDetails(new CodeableConcept().setText(issue.message()));
      c.getDetails().addCoding().setSystem(ISSUE_CODE_SYSTEM).setCode(issue.code());
      c.setDiagnostics(issue.source());
      c.addExpression(issue.location());
      if (issue.hasPosition()) {
        c.addExtension(LINE_EXTENSION, new IntegerType(issue.line()));
        c.addExtension(COLUMN_EXTENSION, new IntegerType(issue.column()));
      }
    }
    if (issues.isEmpty()) {
      outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
          .setDetails(new CodeableConcept().setText("No issues found"));
    }
    return outcome;
  }

  private static IssueType issueType(String code) {
    return switch (code) {
      case IssueCodes.INPUT_TOO_LARGE, IssueCodes.INPUT_TOO_DEEP -> IssueType.TOOLONG;
      case IssueCodes.XML_DOCTYPE_REFUSED -> IssueType.SECURITY;
      case IssueCodes.JSON_MALFORMED, IssueCodes.XML_MALFORMED, IssueCodes.INPUT_UNKNOWN_FORMAT,
          IssueCodes.INPUT_UNREADABLE -> IssueType.STRUCTURE;
      case IssueCodes.VALIDATOR_FAILURE, IssueCodes.RULE_SOURCE_FAILURE -> IssueType.EXCEPTION;
      default -> IssueType.INVALID;
    };
  }
}
