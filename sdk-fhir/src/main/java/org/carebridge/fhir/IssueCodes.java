package org.carebridge.fhir;

/**
 * The stable issue codes this SDK raises itself (the others come from the HL7 validator and business rules).
 * They never change meaning; new ones get new numbers.
 */
public final class IssueCodes {
  /** The input is larger than the configured limit. */
  public static final String INPUT_TOO_LARGE = "CB-INPUT-001";
  /** The input nests deeper than the configured limit. */
  public static final String INPUT_TOO_DEEP = "CB-INPUT-002";
  /** The input is neither JSON nor XML. */
  public static final String INPUT_UNKNOWN_FORMAT = "CB-INPUT-003";
  /** The input is not well-formed JSON. */
  public static final String JSON_MALFORMED = "CB-INPUT-004";
  /** The input is not well-formed XML. */
  public static final String XML_MALFORMED = "CB-INPUT-005";
  /** The XML input has a DOCTYPE (DTDs and entities are refused: XXE, entity expansion). */
  public static final String XML_DOCTYPE_REFUSED = "CB-INPUT-006";
  /** The input is not a FHIR resource (no resourceType, unknown resource type). */
  public static final String NOT_A_RESOURCE = "CB-INPUT-007";
  /** The input could not be read (I/O error, not UTF-8). */
  public static final String INPUT_UNREADABLE = "CB-INPUT-008";
  /** The XML input repeats an element that FHIR allows once in its parent (a Reference with two references). */
  public static final String XML_REPEATED_ELEMENT = "CB-INPUT-009";
  /**
   * A finding of the HL7 validator that carries no message id of its own (mostly parser findings such as
   * an unknown property); the message says what it is.
   */
  public static final String FHIR_UNCODED = "CB-FHIR-001";
  /** The validator failed on this input; the message says what failed, never with a stack trace. */
  public static final String VALIDATOR_FAILURE = "CB-ENGINE-001";
  /**
   * A package that a loaded package declares as a dependency is neither given nor in the FHIR package
   * cache: what it defines is not checked (a notice, once per validator, see
   * {@code CareBridgeValidator.notices()}).
   */
  public static final String DEPENDENCY_MISSING = "CB-PACKAGE-001";
  /**
   * An external code system (SNOMED CT, LOINC...) that the packages' value sets list can be checked offline
   * only for membership in those value sets (a notice, once per validator).
   */
  public static final String TERMINOLOGY_OFFLINE = "CB-PACKAGE-003";
  /** A given package has another version than the one a loaded package declares (a notice). */
  public static final String DEPENDENCY_VERSION = "CB-PACKAGE-002";
  /** A business rule source failed; the other sources still ran. */
  public static final String RULE_SOURCE_FAILURE = "CB-RULES-001";

  private IssueCodes() {}
}
