package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Event of a discharge notification: the ADW events (SNOMED CT codes) and the CareBridge discharge to assess events.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/discharge-event}.
 */
public enum DischargeEvent implements Coded {
  /** Assessment Notice ({@code 975701000000106}). */
  ASSESSMENT_NOTICE("975701000000106", "Assessment Notice", Systems.SNOMED),
  /** Assessment Notice Accept ({@code 975711000000108}). */
  ASSESSMENT_NOTICE_ACCEPT("975711000000108", "Assessment Notice Accept", Systems.SNOMED),
  /** Assessment Notice Reject ({@code 975721000000102}). */
  ASSESSMENT_NOTICE_REJECT("975721000000102", "Assessment Notice Reject", Systems.SNOMED),
  /** Discharge Notice ({@code 975731000000100}). */
  DISCHARGE_NOTICE("975731000000100", "Discharge Notice", Systems.SNOMED),
  /** Discharge Notice Agreement ({@code 975821000000109}). */
  DISCHARGE_NOTICE_AGREEMENT("975821000000109", "Discharge Notice Agreement", Systems.SNOMED),
  /** Discharge Notice Disagreement ({@code 975831000000106}). */
  DISCHARGE_NOTICE_DISAGREEMENT("975831000000106", "Discharge Notice Disagreement", Systems.SNOMED),
  /** Withdraw All Notices ({@code 975841000000102}). */
  WITHDRAW_ALL("975841000000102", "Withdraw All Notices", Systems.SNOMED),
  /** Withdraw Assessment Notice Only ({@code 1078011000000107}). */
  WITHDRAW_ASSESSMENT_ONLY("1078011000000107", "Withdraw Assessment Notice Only", Systems.SNOMED),
  /** Withdraw Discharge Notice Only ({@code 975851000000104}). */
  WITHDRAW_DISCHARGE_ONLY("975851000000104", "Withdraw Discharge Notice Only", Systems.SNOMED),
  /** Withdraw Notice Accept ({@code 1025651000000109}). */
  WITHDRAW_ACCEPT("1025651000000109", "Withdraw Notice Accept", Systems.SNOMED),
  /** Withdraw Notice Reject ({@code 1025641000000106}). */
  WITHDRAW_REJECT("1025641000000106", "Withdraw Notice Reject", Systems.SNOMED),
  /** Discharge ready date set ({@code discharge-ready-date-set}). */
  DISCHARGE_READY_DATE_SET("discharge-ready-date-set", "Discharge ready date set", Systems.CAREBRIDGE),
  /** Discharge ready date changed ({@code discharge-ready-date-changed}). */
  DISCHARGE_READY_DATE_CHANGED("discharge-ready-date-changed", "Discharge ready date changed", Systems.CAREBRIDGE),
  /** Patient discharged ({@code patient-discharged}). */
  PATIENT_DISCHARGED("patient-discharged", "Patient discharged", Systems.CAREBRIDGE);

  /** SNOMED CT, the code system of the ADW events. */
  public static final String SNOMED = Systems.SNOMED;

  /** The CareBridge {@code discharge-event} code system. */
  public static final String CAREBRIDGE = Systems.CAREBRIDGE;

  private final String code;
  private final String display;
  private final String system;

  DischargeEvent(String code, String display, String system) {
    this.code = code;
    this.display = display;
    this.system = system;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<DischargeEvent> fromCode(String code) {
    return CodeLookup.find(values(), code);
  }

  /**
   * Finds the constant for a coding, matching both the system and the code.
   *
   * @param system the code system URL ({@link #SNOMED} or {@link #CAREBRIDGE}), may be null
   * @param code the code, may be null
   * @return the constant, or empty when no event has this system and code
   */
  public static Optional<DischargeEvent> fromCoding(String system, String code) {
    return fromCode(code).filter(e -> e.system.equals(system));
  }

  /**
   * Returns the code system: SNOMED CT for the ADW events, the CareBridge {@code discharge-event} code
   * system for the discharge to assess events.
   *
   * @return {@link #SNOMED} or {@link #CAREBRIDGE}
   */
  @Override
  public String system() {
    return system;
  }

  /** {@inheritDoc} */
  @Override
  public String code() {
    return code;
  }

  /** {@inheritDoc} */
  @Override
  public String display() {
    return display;
  }

  /**
   * Tells whether this event withdraws earlier notices (withdraw all, assessment only, discharge only);
   * a withdrawal states a {@link WithdrawalReason}.
   *
   * @return true for the three withdrawal events
   */
  public boolean isWithdrawal() {
    return this == WITHDRAW_ALL || this == WITHDRAW_ASSESSMENT_ONLY || this == WITHDRAW_DISCHARGE_ONLY;
  }

  /**
   * Tells whether this event answers an earlier notice (accept, reject, agreement, disagreement, and the
   * accept or reject of a withdrawal).
   *
   * @return true for the six response events
   */
  public boolean isResponse() {
    return this == ASSESSMENT_NOTICE_ACCEPT || this == ASSESSMENT_NOTICE_REJECT
        || this == DISCHARGE_NOTICE_AGREEMENT || this == DISCHARGE_NOTICE_DISAGREEMENT
        || this == WITHDRAW_ACCEPT || this == WITHDRAW_REJECT;
  }

  /**
   * Tells whether a notification with this event must name the earlier notice it responds to or withdraws.
   *
   * @return true for withdrawals and responses
   */
  public boolean requiresEarlierNotice() {
    return isWithdrawal() || isResponse();
  }


  private static final class Systems {
    static final String SNOMED = "http://snomed.info/sct";
    static final String CAREBRIDGE = CAREBRIDGE_CODE_SYSTEM_BASE + "discharge-event";
  }
}
