package org.carebridge.hl7v2;

import java.util.List;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;

/**
 * The outcome of converting one input (a file, a string, a stream) of ADT messages.
 *
 * @param results one result per message found, in input order
 * @param issues every issue: those about the input as a whole (size, framing, lines that are not segments) and
 *     those of each result; most severe first, and within one severity in input order
 *     ({@link ValidationReport#mostSevereFirst})
 */
public record AdtConversion(List<AdtResult> results, List<Issue> issues) {

  /**
   * Creates a conversion, copying the lists (the issues most severe first).
   *
   * @param results the results
   * @param issues all issues
   * @throws NullPointerException when a list or an element is null
   */
  public AdtConversion {
    results = List.copyOf(Objects.requireNonNull(results, "results must not be null"));
    issues = ValidationReport.mostSevereFirst(Objects.requireNonNull(issues, "issues must not be null"));
  }

  /**
   * Tells whether any issue is an error or fatal.
   *
   * @return true when an issue {@link Issue#isError() is an error}
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }
}
