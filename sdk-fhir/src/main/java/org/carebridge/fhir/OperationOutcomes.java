package org.carebridge.fhir;

import java.util.Collection;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Renders issues as a FHIR R4 {@link OperationOutcome}, the answer a FHIR system sends back about a message. The
 * command line's {@code --format operationoutcome} and the validation service use it, beside their text, JSON,
 * JUnit and HTML renderers.
 *
 * <p>One {@code issue} per {@link Issue}, in the result's order (most severe first): {@code severity};
 * {@code code} the issue's {@link Issue#type() FHIR issue type}; {@code details} with the issue code (system
 * {@link #ISSUE_CODE_SYSTEM}) and the message as text; {@code diagnostics} the source; {@code expression} the
 * location's text when there is one; line and column as the standard extensions. Without issues, one
 * {@code information} issue "No issues found", as FHIR requires at least one.
 */
public final class OperationOutcomes {

  /** System of the {@code issue.details} coding: CareBridge's issue codes and the HL7 validator's message ids. */
  public static final String ISSUE_CODE_SYSTEM = "https://carebridge.org.uk/fhir/sdk/issue-code";

  /** Standard FHIR extension carrying the line of an issue. */
  public static final String LINE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";

  /** Standard FHIR extension carrying the column of an issue. */
  public static final String COLUMN_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

  private OperationOutcomes() {}

  /**
   * Renders a result's issues.
   *
   * @param result the result
   * @return a new OperationOutcome
   * @throws NullPointerException "result must not be null"
   */
  public static OperationOutcome of(Result<?> result) {
    return of(Objects.requireNonNull(result, "result must not be null").issues());
  }

  /**
   * Renders issues, in the order given.
   *
   * @param issues the issues
   * @return a new OperationOutcome
   * @throws NullPointerException when the collection or an issue is null
   */
  public static OperationOutcome of(Collection<Issue> issues) {
    Objects.requireNonNull(issues, "issues must not be null");
    OperationOutcome outcome = new OperationOutcome();
    for (Issue issue : issues) {
      OperationOutcome.OperationOutcomeIssueComponent c = outcome.addIssue();
      c.setSeverity(switch (issue.severity()) {
        case FATAL -> IssueSeverity.FATAL;
        case ERROR -> IssueSeverity.ERROR;
        case WARNING -> IssueSeverity.WARNING;
        case INFORMATION -> IssueSeverity.INFORMATION;
      });
      c.setCode(IssueType.fromCode(issue.type().fhirCode()));
      c.setDetails(new CodeableConcept().setText(issue.message()));
      c.getDetails().addCoding().setSystem(ISSUE_CODE_SYSTEM).setCode(issue.code());
      if (!issue.source().isEmpty()) {
        c.setDiagnostics(issue.source());
      }
      if (!issue.location().text().isEmpty()) {
        c.addExpression(issue.location().text());
      }
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
}
