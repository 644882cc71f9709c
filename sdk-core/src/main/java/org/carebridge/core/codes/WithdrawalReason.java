package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Reason for withdrawing an assessment or discharge notice (ADW reasons 01 to 13).
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/adw-withdrawal-reason}.
 */
public enum WithdrawalReason implements Coded {
  /** Safe to discharge without assessment ({@code 01}). */
  SAFE_TO_DISCHARGE_WITHOUT_ASSESSMENT("01", "Safe to discharge without assessment"),
  /** Eligible for NHS Continuing Healthcare ({@code 02}). */
  ELIGIBLE_FOR_NHS_CHC("02", "Eligible for NHS Continuing Healthcare"),
  /** Care package inadequate ({@code 03}). */
  CARE_PACKAGE_INADEQUATE("03", "Care package inadequate"),
  /** Treatment cancelled ({@code 04}). */
  TREATMENT_CANCELLED("04", "Treatment cancelled"),
  /** Assessment refused ({@code 05}). */
  ASSESSMENT_REFUSED("05", "Assessment refused"),
  /** Resident in another local authority ({@code 06}). */
  RESIDENT_IN_ANOTHER_LOCAL_AUTHORITY("06", "Resident in another local authority"),
  /** Deteriorated ({@code 07}). */
  DETERIORATED("07", "Deteriorated"),
  /** Died ({@code 08}). */
  DIED("08", "Died"),
  /** Transferred to intermediate care ({@code 09}). */
  TRANSFERRED_TO_INTERMEDIATE_CARE("09", "Transferred to intermediate care"),
  /** Self-discharged ({@code 10}). */
  SELF_DISCHARGED("10", "Self-discharged"),
  /** Own arrangements ({@code 11}). */
  OWN_ARRANGEMENTS("11", "Own arrangements"),
  /** Sent in error ({@code 12}). */
  SENT_IN_ERROR("12", "Sent in error"),
  /** Other ({@code 13}). */
  OTHER("13", "Other");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "adw-withdrawal-reason";

  private final String code;
  private final String display;

  WithdrawalReason(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<WithdrawalReason> fromCode(String code) {
    return CodeLookup.find(values(), code);
  }

  /** {@inheritDoc} */
  @Override
  public String system() {
    return SYSTEM;
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


}
