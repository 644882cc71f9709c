package org.carebridge.core.validation;

/**
 * What kind of problem an {@link Issue} is: the FHIR {@code OperationOutcome.issue.code} it is reported with
 * (value set {@code http://hl7.org/fhir/ValueSet/issue-type}, every code of FHIR R4). Each {@link IssueCode} has
 * one; issues of the HL7 validator carry the type it gives.
 */
public enum IssueType {
  /** Content invalid against the specification or a profile. */
  INVALID("invalid"),
  /** A structural issue in the content, such as wrong namespace, unreadable text or malformed syntax. */
  STRUCTURE("structure"),
  /** A required element is missing. */
  REQUIRED("required"),
  /** An element value is invalid. */
  VALUE("value"),
  /** A content validation rule failed, e.g. a constraint on dates that must be in order. */
  INVARIANT("invariant"),
  /** An authentication, authorisation or safety problem: e.g. XML with a DOCTYPE. */
  SECURITY("security"),
  /** The processing failed. */
  PROCESSING("processing"),
  /** The content or operation is not supported. */
  NOT_SUPPORTED("not-supported"),
  /** Something referred to was not found. */
  NOT_FOUND("not-found"),
  /** The content is larger or deeper than allowed. */
  TOO_LONG("too-long"),
  /** A code is not valid in its code system or value set. */
  CODE_INVALID("code-invalid"),
  /** The content failed a business rule. */
  BUSINESS_RULE("business-rule"),
  /** Content conflicts with content already held. */
  CONFLICT("conflict"),
  /** Not all the content could be processed or carried. */
  INCOMPLETE("incomplete"),
  /** An internal error: the check itself failed. */
  EXCEPTION("exception"),
  /** Information only, not a problem. */
  INFORMATIONAL("informational"),
  /** An element or header value is invalid (the HL7 validator's use). */
  EXTENSION("extension"),
  /** A resource or element is duplicated. */
  DUPLICATE("duplicate"),
  /** More than one match was found where one was expected. */
  MULTIPLE_MATCHES("multiple-matches"),
  /** Not allowed: the content was refused by policy. */
  FORBIDDEN("forbidden"),
  /** Some content was suppressed. */
  SUPPRESSED("suppressed"),
  /** The operation is too costly (e.g. an expansion too large). */
  TOO_COSTLY("too-costly"),
  /** The check ran out of time. */
  TIMEOUT("timeout"),
  /** Transient processing problem. */
  TRANSIENT("transient"),
  /** The resource is deleted. */
  DELETED("deleted"),
  /** Expired content or session. */
  EXPIRED("expired"),
  /** Unknown user or authentication failed. */
  LOGIN("login"),
  /** Unknown, e.g. an unknown user or resource. */
  UNKNOWN("unknown"),
  /** A lock could not be obtained. */
  LOCK_ERROR("lock-error"),
  /** No persistent store is available. */
  NO_STORE("no-store"),
  /** The system is throttling requests. */
  THROTTLED("throttled");

  private final String fhirCode;

  IssueType(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /**
   * Returns the FHIR code.
   *
   * @return e.g. {@code "business-rule"}
   */
  public String fhirCode() {
    return fhirCode;
  }

  /**
   * Returns the type with a FHIR code.
   *
   * @param fhirCode the code, e.g. {@code "too-long"}
   * @return the type
   * @throws IllegalArgumentException when no type has that code
   */
  public static IssueType fromFhirCode(String fhirCode) {
    for (IssueType type : values()) {
      if (type.fhirCode.equals(fhirCode)) {
        return type;
      }
    }
    throw new IllegalArgumentException("fhirCode is not a FHIR R4 issue type: " + fhirCode);
  }
}
