package org.carebridge.service.report;

import org.carebridge.core.validation.Severity;

/** Running totals over the outcomes of one run; not thread-safe (updated on the output thread only). */
public final class Summary {

  /** No outcome counted yet. */
  public Summary() {}

  private int inputs;
  private int valid;
  private int invalid;
  private int unreadable;
  private int fatal;
  private int errors;
  private int warnings;
  private int information;

  /**
   * Counts one outcome.
   *
   * @param o the outcome
   */
  public void add(Outcome o) {
    inputs++;
    if (o.unreadable()) {
      unreadable++;
    } else if (o.valid()) {
      valid++;
    } else {
      invalid++;
    }
    fatal += o.count(Severity.FATAL);
    errors += o.count(Severity.ERROR);
    warnings += o.count(Severity.WARNING);
    information += o.count(Severity.INFORMATION);
  }

  /**
   * The inputs counted.
   *
   * @return the count
   */
  public int inputs() {
    return inputs;
  }

  /**
   * The valid inputs.
   *
   * @return the count
   */
  public int valid() {
    return valid;
  }

  /**
   * The invalid inputs.
   *
   * @return the count
   */
  public int invalid() {
    return invalid;
  }

  /**
   * The unreadable inputs.
   *
   * @return the count
   */
  public int unreadable() {
    return unreadable;
  }

  /**
   * Errors including fatal ones.
   *
   * @return the count
   */
  public int errors() {
    return errors + fatal;
  }

  /**
   * The warnings.
   *
   * @return the count
   */
  public int warnings() {
    return warnings;
  }

  /**
   * The information issues.
   *
   * @return the count
   */
  public int information() {
    return information;
  }

  /**
   * 0 every input valid, 1 at least one invalid, 2 at least one unreadable.
   *
   * @return the exit code
   */
  public int exitCode() {
    return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
  }

  /**
   * One line, for example {@code 5 inputs: 4 valid, 1 invalid; 2 errors, 3 warnings, 0 information}.
   *
   * @return the line
   */
  public String line() {
    StringBuilder b = new StringBuilder();
    b.append(inputs).append(inputs == 1 ? " input: " : " inputs: ").append(valid).append(" valid, ").append(invalid)
        .append(" invalid");
    if (unreadable > 0) {
      b.append(", ").append(unreadable).append(" unreadable");
    }
    b.append("; ").append(errors()).append(errors() == 1 ? " error, " : " errors, ").append(warnings)
        .append(warnings == 1 ? " warning, " : " warnings, ").append(information).append(" information");
    return b.toString();
  }
}
