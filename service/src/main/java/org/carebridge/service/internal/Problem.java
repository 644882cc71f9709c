package org.carebridge.service.internal;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/**
 * A request the service refuses: the HTTP status and the one issue its OperationOutcome carries. Thrown inside the
 * dispatcher only, never out of it; it carries no stack trace.
 */
final class Problem extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Issue issue;
  private final int retryAfter;

  Problem(int status, IssueCode code, String message) {
    this(status, code, message, 0);
  }

  Problem(int status, IssueCode code, String message, int retryAfter) {
    super(message, null, false, false);
    this.status = status;
    this.issue = code.issue(Location.whole(), message);
    this.retryAfter = retryAfter;
  }

  int status() {
    return status;
  }

  Issue issue() {
    return issue;
  }

  /** @return seconds for a Retry-After header, or 0 for none */
  int retryAfter() {
    return retryAfter;
  }
}
