package org.carebridge.fhir.mapping;

/**
 * The stable issue codes the mappers report (see {@code docs/sdk/mapping.md}). Match on these codes, never on
 * messages. Messages never contain a person's name or a full NHS number.
 */
public final class MappingCodes {
  /** ERROR: an element the record needs is missing (e.g. a Bundle without its Patient, a plan without a period). */
  public static final String MISSING = "CB-MAP-001";
  /** ERROR: a code is not in the value set the element is bound to (or the coding has another system). */
  public static final String UNKNOWN_CODE = "CB-MAP-002";
  /** ERROR: the resource declares a profile (meta.profile) that is not the CareBridge profile for the record. */
  public static final String UNKNOWN_PROFILE = "CB-MAP-003";
  /** ERROR: the resource or Bundle entry is not of the resource type the record maps to. */
  public static final String WRONG_TYPE = "CB-MAP-004";
  /** ERROR: a reference cannot be resolved inside the Bundle (no entry with that fullUrl or type and id). */
  public static final String DANGLING_REFERENCE = "CB-MAP-005";
  /** ERROR: a value is present but not acceptable to sdk-core (bad NHS number, id, ODS code, amount...). */
  public static final String INVALID_VALUE = "CB-MAP-006";
  /** ERROR: the Bundle has the wrong Bundle.type (collection or message expected). */
  public static final String WRONG_BUNDLE_TYPE = "CB-MAP-007";
  /** WARNING: content was found that the record cannot hold and was left out (e.g. a second name). */
  public static final String NOT_CARRIED = "CB-MAP-008";

  /**
   * WARNING: a value the record needs was absent and the documented default was used (a service without a cost
   * is read as £0.00 weekly; an Account without a guarantor as held by the person).
   */
  public static final String DEFAULTED = "CB-MAP-009";

  private MappingCodes() {}
}
