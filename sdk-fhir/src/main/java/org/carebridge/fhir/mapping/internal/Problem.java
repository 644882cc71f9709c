package org.carebridge.fhir.mapping.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/** Internal: aborts one mapping with an issue; caught at the API boundary and never thrown out of it. */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  Problem(IssueCode code, String location, String message) {
    super(message, null, false, false);
    this.issue = code.issue(Location.fhirPath(location), message);
  }

  Issue issue() {
    return issue;
  }
}
