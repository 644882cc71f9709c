package org.carebridge.fhir.mapping.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/** Internal: aborts one mapping with an issue; caught at the API boundary and never thrown out of it. */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  Problem(String code, String location, String message) {
    super(message, null, false, false);
    this.issue = new Issue(code, Severity.ERROR, location, message);
  }

  Issue issue() {
    return issue;
  }
}
