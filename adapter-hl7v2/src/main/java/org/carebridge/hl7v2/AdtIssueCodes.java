package org.carebridge.hl7v2;

/**
 * The issue codes of the HL7 v2 adapter ({@code CB-HL7-nnn}), stable across releases. Each is listed with its
 * meaning in {@code docs/adapters/hl7v2.md}. Issues raised by the CareBridge business rules on the converted
 * record keep their own codes ({@code CB-DISCHARGE-nnn}, {@code CB-NHS-nnn}, ...).
 */
public final class AdtIssueCodes {

  /** FATAL: the input is larger than the converter's size limit; nothing was read. */
  public static final String INPUT_TOO_LARGE = "CB-HL7-001";
  /** FATAL: the input could not be read (I/O error). */
  public static final String INPUT_UNREADABLE = "CB-HL7-002";
  /** ERROR: the input holds no MSH segment, so no HL7 v2 message at all. */
  public static final String NO_MESSAGE = "CB-HL7-003";
  /** WARNING: a line that is not an HL7 v2 segment (or text before the first MSH) was ignored. */
  public static final String NOT_A_SEGMENT = "CB-HL7-004";
  /** WARNING: an MLLP frame was opened but not closed (or closed without being opened). */
  public static final String MLLP_FRAMING = "CB-HL7-005";
  /** ERROR: the MSH segment is malformed (field separator, encoding characters). */
  public static final String MSH_MALFORMED = "CB-HL7-006";
  /** ERROR: the message is not an ADT message (MSH-9.1), e.g. {@code ORU^R01}. */
  public static final String NOT_ADT = "CB-HL7-007";
  /** WARNING: an ADT event this adapter does not convert (MSH-9.2), e.g. {@code A04}; the message is skipped. */
  public static final String EVENT_NOT_SUPPORTED = "CB-HL7-008";
  /** ERROR: the HL7 version (MSH-12) is missing or outside 2.3 to 2.5.1. */
  public static final String VERSION_NOT_SUPPORTED = "CB-HL7-009";
  /** ERROR: the HL7 v2 parser could not read the message. */
  public static final String UNPARSEABLE = "CB-HL7-010";
  /** ERROR: a segment the conversion needs (PID, PV1) is missing. */
  public static final String SEGMENT_MISSING = "CB-HL7-011";
  /**
   * ERROR (WARNING when the value is only left out, e.g. PV2-9): a date or date/time field is not a valid HL7 v2
   * timestamp (or lacks a day).
   */
  public static final String BAD_DATE = "CB-HL7-012";
  /** ERROR: PID-3 holds no identifier of type {@code NH} (NHS number). */
  public static final String NO_NHS_NUMBER = "CB-HL7-013";
  /** ERROR: the NHS number in PID-3 is not a valid NHS number (format or Modulus 11 check digit). */
  public static final String INVALID_NHS_NUMBER = "CB-HL7-014";
  /** ERROR: the patient's family name (PID-5.1) is missing. */
  public static final String NO_NAME = "CB-HL7-015";
  /** ERROR: no ODS code of the hospital trust in MSH-4, PV1-3.4 or PV1-39, and none configured. */
  public static final String NO_HOSPITAL = "CB-HL7-016";
  /** ERROR: the ward (PV1-3.1) or its ODS site code (PV1-3.4) is missing or invalid, and none configured. */
  public static final String NO_WARD = "CB-HL7-017";
  /** ERROR: the admission date/time (PV1-44) is missing. */
  public static final String NO_ADMISSION = "CB-HL7-018";
  /** ERROR: an A03 discharge has no discharge date/time (PV1-45). */
  public static final String NO_DISCHARGE = "CB-HL7-019";
  /** ERROR: the notification needs the receiving council, which a v2 feed does not carry; none configured. */
  public static final String NO_COUNCIL = "CB-HL7-020";
  /** WARNING: no receiving council configured: the message is unaddressed. */
  public static final String UNADDRESSED = "CB-HL7-021";
  /** WARNING: a patient-discharged notification without the discharge pathway (none configured). */
  public static final String NO_PATHWAY = "CB-HL7-022";
  /** INFORMATION: the message is read but, by design, produces no notification (the message says why). */
  public static final String NO_NOTIFICATION = "CB-HL7-023";
  /** WARNING: a coded value (PID-8, PID-32, PV1-36, PV1-37) is not one this adapter knows; it was left out. */
  public static final String UNKNOWN_CODE = "CB-HL7-024";
  /** WARNING: the address (PID-11) lacks a town or a postcode; it was left out. */
  public static final String INCOMPLETE_ADDRESS = "CB-HL7-025";
  /** ERROR: neither the message date/time (MSH-7) nor the recorded date/time (EVN-2) is present. */
  public static final String NO_MESSAGE_TIME = "CB-HL7-026";
  /** WARNING: the message control id (MSH-10) is missing. */
  public static final String NO_CONTROL_ID = "CB-HL7-027";
  /** ERROR: the caller's context resolver failed for this message. */
  public static final String CONTEXT_FAILED = "CB-HL7-028";
  /** ERROR: the record could not be built from the values read (the message says which value). */
  public static final String RECORD_REJECTED = "CB-HL7-029";
  /**
   * WARNING: the discharge ready date (the field set by {@code dischargeReadyDateField}) is after the actual
   * discharge (PV1-45); it was left out.
   */
  public static final String READY_AFTER_DISCHARGE = "CB-HL7-030";
  /**
   * WARNING: the attending doctor (PV1-7) has no identifier a Practitioner can carry: PV1-7.1 is empty, or it
   * is neither a consultant code ({@code C} and the 7-digit GMC number) nor a 7-digit number the assigning
   * authority (PV1-7.9) or identifier type (PV1-7.13) names as GMC, and no local staff identifier system is
   * configured ({@link AdtContext.Builder#clinicianIdentifierSystem(String)}); the lead clinician was left out.
   */
  public static final String CLINICIAN_NOT_IDENTIFIED = "CB-HL7-031";
  /** WARNING: the attending doctor (PV1-7) has no family name (PV1-7.2); the lead clinician was left out. */
  public static final String CLINICIAN_NOT_NAMED = "CB-HL7-032";

  /** The {@link org.carebridge.core.validation.Issue#source() source} of every issue this adapter raises. */
  public static final String SOURCE = "hl7v2";

  private AdtIssueCodes() {}
}
