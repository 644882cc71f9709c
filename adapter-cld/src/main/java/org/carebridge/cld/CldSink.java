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
   * Told once, before the first Bundle, how many people were read: at most one Bundle each will follow (a person
   * whose record cannot be built is reported and left out). Not called when a FATAL issue stopped the conversion.
   * Does nothing unless overridden; useful to show progress.
   *
   * @param count the number of people
   */
  default void people(int count) {}

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
