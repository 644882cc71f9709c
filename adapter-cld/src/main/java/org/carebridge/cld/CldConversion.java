package org.carebridge.cld;

import java.util.List;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The result of converting one or more CLD extracts: one collection Bundle per person, every issue (most severe
 * first, and within one severity in the order found), and row counts. The lists are unmodifiable; the Bundles themselves are HAPI objects and so mutable.
 *
 * @param bundles one collection Bundle per person (Patient, council Organization, personal budget Accounts),
 *     in the order the people first appear; empty when a FATAL issue stopped the conversion
 * @param issues every issue, most severe first and within one severity in the order found
 *     ({@link ValidationReport#mostSevereFirst}); a {@link CldSink} gets them as they are found instead
 * @param rowsRead the data rows read (header and blank lines not counted)
 * @param rowsRejected the data rows kept out of the output because of an ERROR
 */
public record CldConversion(List<Bundle> bundles, List<Issue> issues, int rowsRead, int rowsRejected) {

  /**
   * Creates a result, copying the lists (the issues most severe first).
   *
   * @param bundles the Bundles
   * @param issues the issues
   * @param rowsRead rows read
   * @param rowsRejected rows rejected
   * @throws NullPointerException when a list or an element is null
   * @throws IllegalArgumentException when a count is negative or more rows are rejected than read
   */
  public CldConversion {
    bundles = List.copyOf(Objects.requireNonNull(bundles, "bundles must not be null"));
    issues = ValidationReport.mostSevereFirst(Objects.requireNonNull(issues, "issues must not be null"));
    if (rowsRead < 0 || rowsRejected < 0 || rowsRejected > rowsRead) {
      throw new IllegalArgumentException(
          "rowsRead and rowsRejected must satisfy 0 <= rowsRejected <= rowsRead, got " + rowsRejected + " of "
              + rowsRead);
    }
  }

  /**
   * Tells whether any issue is an ERROR or FATAL (a rejected row, a refused record, an unreadable file).
   *
   * @return true when some issue is an error
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }
}
