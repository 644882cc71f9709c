package org.carebridge.cli.internal;

/**
 * A problem the user can fix (bad option value, unreadable package, output folder that is a file): printed
 * as one line on standard error, exit code 2, never a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message is the whole line shown to the user, after {@code carebridge: }. */
  public UserError(String message) {
    super(message, null, false, false);
  }
}
