package org.carebridge.cld;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What converting one or more CLD extracts produced: one collection Bundle per person and the row counts. The
 * converter returns it in a {@link org.carebridge.core.validation.Result} with every issue; the issues the
 * adapter raises itself ({@code CB-CLD-nnn}) are located at a CSV cell (the line the row starts on and the
 * column's header as written), with the 1-based field number as the column. A row with an ERROR is kept out of
 * the output (counted in {@link #rowsRejected()}), never altered; a FATAL issue stops the conversion and no
 * Bundle is produced. The list is unmodifiable; the Bundles themselves are HAPI objects and so mutable.
 *
 * @param bundles one collection Bundle per person (Patient, council Organization, personal budget Accounts),
 *     in the order the people first appear; empty when a FATAL issue stopped the conversion
 * @param rowsRead the data rows read (header and blank lines not counted)
 * @param rowsRejected the data rows kept out of the output because of an ERROR
 */
public record CldConversion(List<Bundle> bundles, int rowsRead, int rowsRejected) {

  /**
   * Checks the counts and copies the list.
   *
   * @param bundles the Bundles
   * @param rowsRead rows read
   * @param rowsRejected rows rejected
   * @throws NullPointerException when the list or an element is null
   * @throws IllegalArgumentException when a count is negative or more rows are rejected than read
   */
  public CldConversion {
    bundles = List.copyOf(Objects.requireNonNull(bundles, "bundles must not be null"));
    if (rowsRead < 0 || rowsRejected < 0 || rowsRejected > rowsRead) {
      throw new IllegalArgumentException(
          "rowsRead and rowsRejected must satisfy 0 <= rowsRejected <= rowsRead, got " + rowsRejected + " of "
              + rowsRead);
    }
  }
}
