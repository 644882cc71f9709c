package org.carebridge.cli;

/**
 * The stable issue codes the command line raises itself. Every other code in its reports comes from the
 * validator ({@link org.carebridge.fhir.IssueCodes}, the HL7 validator's message ids, business rules) or the
 * adapters ({@code CB-HL7-*}, {@code CB-CLD-*}). Codes never change meaning; new ones get new numbers.
 */
public final class CliCodes {

  /** An input named on the command line could not be read (missing, a special file, no permission): exit code 2. */
  public static final String INPUT_UNREADABLE = "CB-CLI-001";

  private CliCodes() {}
}
