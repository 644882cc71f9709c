package org.carebridge.cld;

import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Receives the output of a streaming conversion ({@link CldConverter#convert(java.io.Reader, CldSink)}) as it
 * is produced, so that nothing has to be held for the whole file. Issues arrive while the rows are read, in
 * file order; Bundles arrive at the end of the input, one person at a time. A sink is called from the
 * converting thread only.
 */
public interface CldSink {

  /**
   * Receives the collection Bundle of one person (Patient, council Organization, personal budget Accounts).
   *
   * @param bundle the Bundle; the sink may keep or change it
   */
  void accept(Bundle bundle);

  /**
   * Receives one issue.
   *
   * @param issue the issue
   */
  void issue(Issue issue);
}
