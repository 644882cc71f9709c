package org.carebridge.core.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The catalogue of every issue CareBridge itself reports, in every module: each code is defined here once, with
 * its severity, FHIR issue type, the source that raises it, and its message template with the names of its
 * arguments. {@code docs/sdk/issue-codes.md} documents each; a repository-wide test holds the two together.
 *
 * <p>Issues are made from the catalogue with {@link #issue(Location, Object...)}: the message is the template
 * ({@link String#format} syntax) with the arguments put in, and the issue keeps the arguments by name
 * ({@link Issue#arguments()}). Templates and arguments never take a person's name, NHS number, birth date or
 * address. The HL7 validator's own findings (its message ids) are not in the catalogue; {@link #FHIR_UNCODED}
 * stands for those that have no id and keeps the validator's severity.
 */
public enum IssueCode {
  // Business rules of sdk-core (Validator), source "carebridge-rules".
  /** {@code CB-NHS-001}. */
  NHS_NUMBER_FORMAT("CB-NHS-001", Severity.ERROR, IssueType.VALUE, Sources.RULES,
      "NHS number must be 10 digits, optionally grouped 3 3 4 with single spaces"),
  /** {@code CB-NHS-002}. */
  NHS_NUMBER_CHECK_DIGIT("CB-NHS-002", Severity.ERROR, IssueType.VALUE, Sources.RULES,
      "NHS number check digit does not match (Modulus 11)"),
  /** {@code CB-NHS-003}. */
  NHS_NUMBER_CHECK_DIGIT_TEN("CB-NHS-003", Severity.ERROR, IssueType.VALUE, Sources.RULES,
      "NHS number is not valid: its first nine digits give a Modulus 11 check digit of 10"),
  /** {@code CB-NHS-004}. */
  NHS_NUMBER_MISSING("CB-NHS-004", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the person has no NHS number: records cannot be matched across health and social care"),
  /** {@code CB-PLAN-001}. */
  PLAN_REVIEW_NOT_AFTER_START("CB-PLAN-001", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "review date %s must be after the plan start %s", "reviewDate", "start"),
  /** {@code CB-PLAN-002}. */
  PLAN_AGREEMENT_IN_FUTURE("CB-PLAN-002", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the person's agreement date %s is in the future (today is %s)", "agreedOn", "today"),
  /** {@code CB-PLAN-003}. */
  PLAN_NOT_AGREED("CB-PLAN-003", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the plan has not been agreed with the person"),
  /** {@code CB-PLAN-004}. */
  PLAN_NO_NEEDS("CB-PLAN-004", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the plan records no needs"),
  /** {@code CB-PLAN-005}. */
  PLAN_NO_GOALS("CB-PLAN-005", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the plan records no goals"),
  /** {@code CB-PLAN-006}. */
  PLAN_NO_CONTINGENCY("CB-PLAN-006", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the plan has no contingency plan"),
  /** {@code CB-PLAN-007}. */
  PLAN_REVIEW_OVERDUE("CB-PLAN-007", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "review date %s has passed (today is %s)", "reviewDate", "today"),
  /** {@code CB-PLAN-008}. */
  PLAN_NO_SHARING_CONSENT("CB-PLAN-008", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the plan records no information-sharing consent"),
  /** {@code CB-PLAN-009}. */
  PLAN_BUDGET_LINK_MISMATCH("CB-PLAN-009", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "%s", "mismatch"),
  /** {@code CB-PLAN-010}. */
  PLAN_BUDGET_OTHER_PERSON("CB-PLAN-010", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the personal budget is for a different person than the plan"),
  /** {@code CB-PLAN-011}. */
  PLAN_AGREED_AFTER_REVIEW("CB-PLAN-011", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the person's agreement date %s is after the review date %s", "agreedOn", "reviewDate"),
  /** {@code CB-PLAN-012}. */
  PLAN_GOAL_NEED_NOT_IN_PLAN("CB-PLAN-012", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the goal relates to a need that is not one of the plan's needs"),
  /** {@code CB-CONSENT-001}. */
  CONSENT_LEGAL_BASIS_MISSING("CB-CONSENT-001", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the person lacks capacity to consent: a legal basis (legal representative or best-interest decision) is required"),
  /** {@code CB-CONSENT-002}. */
  CONSENT_REFUSED("CB-CONSENT-002", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "the person refused consent to share information: the plan must not be shared beyond the organisation that holds it"),
  /** {@code CB-CONSENT-003}. */
  CONSENT_LEGAL_BASIS_UNEXPECTED("CB-CONSENT-003", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "a legal basis is stated only when the person has not given consent themselves"),
  /** {@code CB-CONSENT-004}. */
  CONSENT_RECORDED_AT_OTHER_DAY("CB-CONSENT-004", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the consent was recorded at %s, which is not on the day it was recorded, %s", "recordedAt", "recordedOn"),
  /** {@code CB-SERVICE-001}. */
  SERVICE_COST_NEGATIVE("CB-SERVICE-001", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "unit cost %s must not be negative", "unitCost"),
  /** {@code CB-SERVICE-002}. */
  SERVICE_UNITS_MISSING("CB-SERVICE-002", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "cost frequency '%s' needs planned units per week", "costFrequency"),
  /** {@code CB-SERVICE-003}. */
  SERVICE_DELIVERY_MECHANISM("CB-SERVICE-003", Severity.ERROR, IssueType.CODE_INVALID, Sources.RULES,
      "delivery mechanism '%s' is not a CLD delivery mechanism (direct-payment, cassr-managed, cassr-commissioned, self-funder-metering)", "deliveryMechanism"),
  /** {@code CB-SERVICE-004}. */
  SERVICE_FUNDING_SOURCE("CB-SERVICE-004", Severity.ERROR, IssueType.CODE_INVALID, Sources.RULES,
      "funding source '%s' is not allowed for a service (value set service-funding-source)", "fundingSource"),
  /** {@code CB-SERVICE-005}. */
  SERVICE_UNITS_UNUSED("CB-SERVICE-005", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "planned units per week are ignored for cost frequency '%s'", "costFrequency"),
  /** {@code CB-BUDGET-001}. */
  BUDGET_AMOUNT_NEGATIVE("CB-BUDGET-001", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "amount %s must not be negative", "amount"),
  /** {@code CB-BUDGET-002}. */
  BUDGET_CONTRIBUTIONS_SUM("CB-BUDGET-002", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "funding contributions add up to %s but the budget amount is %s", "contributions", "amount"),
  /** {@code CB-BUDGET-003}. */
  BUDGET_SERVICES_EXCEED("CB-BUDGET-003", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "services paid from the budget cost %s %s but the budget is %s %s", "servicesCost", "servicesPeriod", "amount", "budgetPeriod"),
  /** {@code CB-BUDGET-004}. */
  BUDGET_FUNDING_SOURCE("CB-BUDGET-004", Severity.ERROR, IssueType.CODE_INVALID, Sources.RULES,
      "funding source '%s' is not allowed for a budget contribution (value set budget-funding-source)", "fundingSource"),
  /** {@code CB-BUDGET-005}. */
  BUDGET_ONE_OFF_COST_EXCLUDED("CB-BUDGET-005", Severity.INFORMATION, IssueType.INFORMATIONAL, Sources.RULES,
      "one-off cost %s is not included in the %s comparison with the budget", "unitCost", "budgetPeriod"),
  /** {@code CB-BUDGET-006}. */
  BUDGET_RECURRING_COST_IN_ONE_OFF("CB-BUDGET-006", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "cost frequency '%s' cannot be compared with a one-off budget", "costFrequency"),
  /** {@code CB-BUDGET-007}. */
  BUDGET_NO_CONTRIBUTIONS("CB-BUDGET-007", Severity.WARNING, IssueType.REQUIRED, Sources.RULES,
      "the budget records no funding contributions"),
  /** {@code CB-BUDGET-008}. */
  BUDGET_MANAGEMENT_TYPE("CB-BUDGET-008", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "management option '%s' does not fit a budget of type '%s'", "management", "budgetType"),
  /** {@code CB-BUDGET-009}. */
  BUDGET_DIRECT_PAYMENT_SERVICE("CB-BUDGET-009", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "a service paid by direct payment needs a budget managed wholly or partly as a direct payment (the budget's management is '%s')", "management"),
  /** {@code CB-KEYWORKER-001}. */
  KEY_WORKER_NONE("CB-KEYWORKER-001", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the care team has no key worker assignment"),
  /** {@code CB-KEYWORKER-002}. */
  KEY_WORKER_OVERLAP("CB-KEYWORKER-002", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "two key workers are active on the same days (%s): assignments %d and %d overlap", "from", "first", "second"),
  /** {@code CB-KEYWORKER-003}. */
  KEY_WORKER_GAP("CB-KEYWORKER-003", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "no key worker from %s to %s, but the plan requires continuity", "from", "to"),
  /** {@code CB-KEYWORKER-004}. */
  KEY_WORKER_NONE_TODAY("CB-KEYWORKER-004", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "no key worker is active today (%s): the last assignment ended on %s", "today", "lastEnd"),
  /** {@code CB-DISCHARGE-001}. */
  DISCHARGE_READY_BEFORE_ADMISSION("CB-DISCHARGE-001", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "discharge ready date %s is before the admission date %s", "readyDate", "admissionDate"),
  /** {@code CB-DISCHARGE-002}. */
  DISCHARGE_DATE_OUT_OF_ORDER("CB-DISCHARGE-002", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "discharge date %s is before the %s %s", "dischargeDate", "other", "otherDate"),
  /** {@code CB-DISCHARGE-003}. */
  DISCHARGE_NO_PATHWAY("CB-DISCHARGE-003", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must state the discharge pathway", "event"),
  /** {@code CB-DISCHARGE-004}. */
  DISCHARGE_NO_COUNCIL("CB-DISCHARGE-004", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must state the receiving council", "event"),
  /** {@code CB-DISCHARGE-005}. */
  DISCHARGE_WITHDRAWAL_NO_REASON("CB-DISCHARGE-005", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "a withdrawal must state its reason"),
  /** {@code CB-DISCHARGE-006}. */
  DISCHARGE_REASON_NOT_WITHDRAWAL("CB-DISCHARGE-006", Severity.WARNING, IssueType.BUSINESS_RULE, Sources.RULES,
      "a withdrawal reason is ignored on event '%s'", "event"),
  /** {@code CB-DISCHARGE-007}. */
  DISCHARGE_NO_EARLIER_NOTICE("CB-DISCHARGE-007", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must name the earlier notice it responds to or withdraws", "event"),
  /** {@code CB-DISCHARGE-008}. */
  DISCHARGE_EARLIER_NOTICE_UNKNOWN("CB-DISCHARGE-008", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the earlier notice '%s' is not among the notices given", "earlierId"),
  /** {@code CB-DISCHARGE-009}. */
  DISCHARGE_EARLIER_NOTICE_OTHER_PERSON("CB-DISCHARGE-009", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the earlier notice '%s' is about a different person", "earlierId"),
  /** {@code CB-DISCHARGE-010}. */
  DISCHARGE_EARLIER_NOTICE_NOT_EARLIER("CB-DISCHARGE-010", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the earlier notice '%s' was not issued before this one", "earlierId"),
  /** {@code CB-DISCHARGE-011}. */
  DISCHARGE_EARLIER_NOTICE_WRONG_KIND("CB-DISCHARGE-011", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "'%s' cannot respond to '%s'", "event", "earlierEvent"),
  /** {@code CB-DISCHARGE-012}. */
  DISCHARGE_NO_DISCHARGE_DATE("CB-DISCHARGE-012", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must state the discharge date", "event"),
  /** {@code CB-DISCHARGE-013}. */
  DISCHARGE_NO_READY_DATE("CB-DISCHARGE-013", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must state the discharge ready date", "event"),
  /** {@code CB-DISCHARGE-014}. */
  DISCHARGE_PROPOSED_BEFORE_ADMISSION("CB-DISCHARGE-014", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "proposed discharge date %s is before the admission date %s", "proposedDate", "admissionDate"),
  /** {@code CB-DISCHARGE-015}. */
  DISCHARGE_ISSUED_IN_FUTURE("CB-DISCHARGE-015", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the notification is issued in the future (%s, now is %s)", "issued", "now"),
  /** {@code CB-DISCHARGE-016}. */
  DISCHARGE_NO_ADMISSION_DATE("CB-DISCHARGE-016", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "the %s must state the admission date", "event"),
  /** {@code CB-DISCHARGE-017}. */
  DISCHARGE_SAFEGUARDING_DETAILS_WITHOUT_CONCERNS("CB-DISCHARGE-017", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "safeguarding details are given only when there are safeguarding concerns (safeguardingConcerns is %s)", "safeguardingConcerns"),
  /** {@code CB-DISCHARGE-018}. */
  DISCHARGE_TIME_NOT_ON_DATE("CB-DISCHARGE-018", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the %s time %s is not on the %s date %s", "what", "time", "sameWhat", "date"),
  /** {@code CB-DISCHARGE-019}. */
  DISCHARGE_TIME_BEFORE_ADMISSION("CB-DISCHARGE-019", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the discharge time %s is before the admission time %s", "dischargedAt", "admittedAt"),
  /** {@code CB-DISCHARGE-020}. */
  DISCHARGE_WARD_STAY_WITHOUT_WARD("CB-DISCHARGE-020", Severity.ERROR, IssueType.REQUIRED, Sources.RULES,
      "a stay on the ward is stated but no ward"),
  /** {@code CB-DISCHARGE-021}. */
  DISCHARGE_WARD_STAY_OUT_OF_ORDER("CB-DISCHARGE-021", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.RULES,
      "the stay on the ward ends at %s, before it starts at %s", "end", "start"),
  /** {@code CB-DISCHARGE-022}. */
  DISCHARGE_ONE_ID_TWO_RECORDS("CB-DISCHARGE-022", Severity.ERROR, IssueType.DUPLICATE, Sources.RULES,
      "two different %s records have the id '%s': a message carries one record per id", "recordType", "id"),

  // The FHIR validator (sdk-fhir CareBridgeValidator): its input guard, engine and packages.
  /** {@code CB-ENGINE-001}: The validator failed on this input; the message says what failed, never with a stack trace. */
  VALIDATOR_FAILURE("CB-ENGINE-001", Severity.FATAL, IssueType.EXCEPTION, Sources.FHIR_VALIDATOR,
      "%s", "detail"),
  /** {@code CB-FHIR-001}: A finding of the HL7 validator that carries no message id of its own (mostly parser findings such as an unknown property); the message says what it is. */
  FHIR_UNCODED("CB-FHIR-001", Severity.ERROR, IssueType.INVALID, Sources.FHIR_VALIDATOR,
      "%s", "detail"),
  /** {@code CB-INPUT-001}: The input is larger than the configured limit. */
  INPUT_TOO_LARGE("CB-INPUT-001", Severity.FATAL, IssueType.TOO_LONG, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-002}: The input nests deeper than the configured limit. */
  INPUT_TOO_DEEP("CB-INPUT-002", Severity.FATAL, IssueType.TOO_LONG, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-003}: The input is neither JSON nor XML. */
  INPUT_UNKNOWN_FORMAT("CB-INPUT-003", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-004}: The input is not well-formed JSON. */
  JSON_MALFORMED("CB-INPUT-004", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-005}: The input is not well-formed XML. */
  XML_MALFORMED("CB-INPUT-005", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-006}: The XML input has a DOCTYPE (DTDs and entities are refused: XXE, entity expansion). */
  XML_DOCTYPE_REFUSED("CB-INPUT-006", Severity.FATAL, IssueType.SECURITY, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-007}: The input is a JSON array, not a resource (other non-resources are the HL7 validator's findings). */
  NOT_A_RESOURCE("CB-INPUT-007", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-008}: The input could not be read (I/O error, not UTF-8). */
  INPUT_UNREADABLE("CB-INPUT-008", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-009}: The XML input repeats an element that FHIR allows once in its parent (a Reference with two references). */
  XML_REPEATED_ELEMENT("CB-INPUT-009", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-010}: A JSON array, or a run of one XML element in its parent, has more items than the configured limit. */
  INPUT_TOO_MANY_ITEMS("CB-INPUT-010", Severity.FATAL, IssueType.TOO_COSTLY, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-011}: The input has more elements (JSON values, XML elements) in all than the configured limit. */
  INPUT_TOO_MANY_ELEMENTS("CB-INPUT-011", Severity.FATAL, IssueType.TOO_COSTLY, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-012}: One element carries more copies of one extension (the same url) than the configured limit. */
  INPUT_TOO_MANY_REPEATS("CB-INPUT-012", Severity.FATAL, IssueType.TOO_COSTLY, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-013}: A string (JSON string or property name, XML attribute value or text) is longer than the configured limit. */
  INPUT_STRING_TOO_LONG("CB-INPUT-013", Severity.FATAL, IssueType.TOO_LONG, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-INPUT-014}: The input has an element the HL7 validator cannot read (an XML choice element with a type it does not have; a meta.profile or entry.fullUrl without a value, in XML or JSON). */
  UNREADABLE_ELEMENT("CB-INPUT-014", Severity.FATAL, IssueType.STRUCTURE, Sources.INPUT,
      "%s", "detail"),
  /** {@code CB-ENGINE-002}: The validation of this input took longer than the configured deadline and was stopped. */
  VALIDATION_DEADLINE("CB-ENGINE-002", Severity.FATAL, IssueType.TIMEOUT, Sources.FHIR_VALIDATOR,
      "%s", "detail"),
  /** {@code CB-ENGINE-003}: The input has more issues than the configured limit: the most severe are kept, this says how many were dropped. */
  ISSUES_DROPPED("CB-ENGINE-003", Severity.INFORMATION, IssueType.TOO_COSTLY, Sources.FHIR_VALIDATOR,
      "%d issues were dropped: the report keeps the %d most severe (the limit is %d issues per input)",
      "dropped", "kept", "limit"),
  /** {@code CB-PACKAGE-001}: A package that a loaded package declares as a dependency is neither given nor in the FHIR package cache: what it defines is not checked (a notice, once per validator, see {@code CareBridgeValidator.notices()}). */
  DEPENDENCY_MISSING("CB-PACKAGE-001", Severity.WARNING, IssueType.NOT_SUPPORTED, Sources.PACKAGES,
      "Package %1$s, which %2$s depends on, is not loaded: its profiles, extensions, code systems and "
          + "value sets (%3$s definitions the loaded packages use) are not checked, and messages about them are "
          + "left out. Install it into the FHIR package cache (%4$s/%1$s/package/, e.g. with 'fhir install %5$s "
          + "%6$s' or as SUSHI and the HL7 validator do), or give the package file: 'carebridge validate "
          + "--package %5$s-%6$s.tgz', or CareBridgeValidator.builder().addPackage(path).", "package", "declaredBy", "definitions", "packageCache", "name", "version"),
  /** {@code CB-PACKAGE-002}: A given package has another version than the one a loaded package declares (a notice). */
  DEPENDENCY_VERSION("CB-PACKAGE-002", Severity.WARNING, IssueType.NOT_SUPPORTED, Sources.PACKAGES,
      "Package version differs from the declared one: %s; it is used as given.", "mismatch"),
  /** {@code CB-PACKAGE-003}: An external code system (SNOMED CT, LOINC...) that the packages' value sets list can be checked offline only for membership in those value sets (a notice, once per validator). */
  TERMINOLOGY_OFFLINE("CB-PACKAGE-003", Severity.INFORMATION, IssueType.NOT_SUPPORTED, Sources.PACKAGES,
      "Code system %s is not in any loaded package and there is no terminology server (nothing is looked "
          + "up online): its codes are checked for membership in the loaded value sets that list them; their "
          + "displays, and codes in bindings to value sets that do not list them, are not checked.", "system"),
  /** {@code CB-RULES-001}: A business rule source failed; the other sources still ran. */
  RULE_SOURCE_FAILURE("CB-RULES-001", Severity.FATAL, IssueType.EXCEPTION, Sources.RULES,
      "%s", "detail"),

  // The mappers between records and FHIR (sdk-fhir CareBridgeMapper).
  /** {@code CB-MAP-001}: an element the record needs is missing (e.g. a Bundle without its Patient, a plan without a period). */
  MAP_MISSING("CB-MAP-001", Severity.ERROR, IssueType.REQUIRED, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-002}: a code is not in the value set the element is bound to (or the coding has another system). */
  MAP_UNKNOWN_CODE("CB-MAP-002", Severity.ERROR, IssueType.CODE_INVALID, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-003}: the resource declares a profile (meta.profile) that is not the CareBridge profile for the record. */
  MAP_UNKNOWN_PROFILE("CB-MAP-003", Severity.ERROR, IssueType.NOT_SUPPORTED, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-004}: the resource or Bundle entry is not of the resource type the record maps to. */
  MAP_WRONG_TYPE("CB-MAP-004", Severity.ERROR, IssueType.STRUCTURE, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-005}: a reference cannot be resolved inside the Bundle (no entry with that fullUrl or type and id). */
  MAP_DANGLING_REFERENCE("CB-MAP-005", Severity.ERROR, IssueType.NOT_FOUND, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-006}: a value is present but not acceptable to sdk-core (bad NHS number, id, ODS code, amount...). */
  MAP_INVALID_VALUE("CB-MAP-006", Severity.ERROR, IssueType.VALUE, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-007}: the Bundle has the wrong Bundle.type (collection or message expected). */
  MAP_WRONG_BUNDLE_TYPE("CB-MAP-007", Severity.ERROR, IssueType.STRUCTURE, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-008}: content was found that the record cannot hold and was left out (e.g. a second name). */
  MAP_NOT_CARRIED("CB-MAP-008", Severity.WARNING, IssueType.INCOMPLETE, Sources.MAPPER,
      "%s", "detail"),
  /** {@code CB-MAP-009}: a value the record needs was absent and the documented default was used (a service without a cost is read as £0.00 weekly; an Account without a guarantor as held by the person). */
  MAP_DEFAULTED("CB-MAP-009", Severity.WARNING, IssueType.INCOMPLETE, Sources.MAPPER,
      "%s", "detail"),

  // The HL7 v2 ADT adapter (adapter-hl7v2), located at a segment field.
  /** {@code CB-HL7-001}: the input is larger than the converter's size limit; nothing was read. */
  HL7_INPUT_TOO_LARGE("CB-HL7-001", Severity.FATAL, IssueType.TOO_LONG, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-002}: the input could not be read (I/O error). */
  HL7_INPUT_UNREADABLE("CB-HL7-002", Severity.FATAL, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-003}: the input holds no MSH segment, so no HL7 v2 message at all. */
  HL7_NO_MESSAGE("CB-HL7-003", Severity.ERROR, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-004}: a line that is not an HL7 v2 segment (or text before the first MSH) was ignored. */
  HL7_NOT_A_SEGMENT("CB-HL7-004", Severity.WARNING, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-005}: an MLLP frame was opened but not closed (or closed without being opened). */
  HL7_MLLP_FRAMING("CB-HL7-005", Severity.WARNING, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-006}: the MSH segment is malformed (field separator, encoding characters). */
  HL7_MSH_MALFORMED("CB-HL7-006", Severity.ERROR, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-007}: the message is not an ADT message (MSH-9.1), e.g. {@code ORU^R01}. */
  HL7_NOT_ADT("CB-HL7-007", Severity.ERROR, IssueType.NOT_SUPPORTED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-008}: an ADT event this adapter does not convert (MSH-9.2), e.g. {@code A04}; the message is skipped. */
  HL7_EVENT_NOT_SUPPORTED("CB-HL7-008", Severity.WARNING, IssueType.NOT_SUPPORTED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-009}: the HL7 version (MSH-12) is missing or outside 2.3 to 2.5.1. */
  HL7_VERSION_NOT_SUPPORTED("CB-HL7-009", Severity.ERROR, IssueType.NOT_SUPPORTED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-010}: the HL7 v2 parser could not read the message. */
  HL7_UNPARSEABLE("CB-HL7-010", Severity.ERROR, IssueType.STRUCTURE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-011}: a segment the conversion needs (PID, PV1) is missing. */
  HL7_SEGMENT_MISSING("CB-HL7-011", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-012}: a date or date/time field the notification needs is not a valid HL7 v2 timestamp (or lacks a day). */
  HL7_BAD_DATE("CB-HL7-012", Severity.ERROR, IssueType.VALUE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-013}: PID-3 holds no identifier of type {@code NH} (NHS number). */
  HL7_NO_NHS_NUMBER("CB-HL7-013", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-014}: the NHS number in PID-3 is not a valid NHS number (format or Modulus 11 check digit). */
  HL7_INVALID_NHS_NUMBER("CB-HL7-014", Severity.ERROR, IssueType.VALUE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-015}: the patient's family name (PID-5.1) is missing. */
  HL7_NO_NAME("CB-HL7-015", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-016}: no ODS code of the hospital trust in MSH-4, PV1-3.4 or PV1-39, and none configured. */
  HL7_NO_HOSPITAL("CB-HL7-016", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-017}: the ward (PV1-3.1) or its ODS site code (PV1-3.4) is missing or invalid, and none configured. */
  HL7_NO_WARD("CB-HL7-017", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-018}: the admission date/time (PV1-44) is missing. */
  HL7_NO_ADMISSION("CB-HL7-018", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-019}: an A03 discharge has no discharge date/time (PV1-45). */
  HL7_NO_DISCHARGE("CB-HL7-019", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-020}: the notification needs the receiving council, which a v2 feed does not carry; none configured. */
  HL7_NO_COUNCIL("CB-HL7-020", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-021}: no receiving council configured: the message is unaddressed. */
  HL7_UNADDRESSED("CB-HL7-021", Severity.WARNING, IssueType.INFORMATIONAL, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-022}: a patient-discharged notification without the discharge pathway (none configured). */
  HL7_NO_PATHWAY("CB-HL7-022", Severity.WARNING, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-023}: the message is read but, by design, produces no notification (the message says why). */
  HL7_NO_NOTIFICATION("CB-HL7-023", Severity.INFORMATION, IssueType.INFORMATIONAL, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-024}: a coded value (PID-8, PID-32, PV1-36, PV1-37) is not one this adapter knows; it was left out. */
  HL7_UNKNOWN_CODE("CB-HL7-024", Severity.WARNING, IssueType.CODE_INVALID, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-025}: the address (PID-11) lacks a town or a postcode; it was left out. */
  HL7_INCOMPLETE_ADDRESS("CB-HL7-025", Severity.WARNING, IssueType.INCOMPLETE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-026}: neither the message date/time (MSH-7) nor the recorded date/time (EVN-2) is present. */
  HL7_NO_MESSAGE_TIME("CB-HL7-026", Severity.ERROR, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-027}: the message control id (MSH-10) is missing. */
  HL7_NO_CONTROL_ID("CB-HL7-027", Severity.WARNING, IssueType.REQUIRED, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-028}: the caller's context resolver failed for this message. */
  HL7_CONTEXT_FAILED("CB-HL7-028", Severity.ERROR, IssueType.EXCEPTION, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-030}: the discharge ready date (the field set by {@code dischargeReadyDateField}) is after the actual discharge (PV1-45); it was left out. */
  HL7_READY_AFTER_DISCHARGE("CB-HL7-030", Severity.WARNING, IssueType.INCOMPLETE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-031}: the attending doctor (PV1-7) has no identifier a Practitioner can carry: PV1-7.1 is empty, or it is neither a consultant code ({@code C} and the 7-digit GMC number) nor a 7-digit number the assigning authority (PV1-7.9) or identifier type (PV1-7.13) names as GMC, and no local staff identifier system is configured ({@code AdtContext.Builder.clinicianIdentifierSystem}); the lead clinician was left out. */
  HL7_CLINICIAN_NOT_IDENTIFIED("CB-HL7-031", Severity.WARNING, IssueType.INCOMPLETE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-032}: the attending doctor (PV1-7) has no family name (PV1-7.2); the lead clinician was left out. */
  HL7_CLINICIAN_NOT_NAMED("CB-HL7-032", Severity.WARNING, IssueType.INCOMPLETE, Sources.HL7V2,
      "%s", "detail"),
  /** {@code CB-HL7-033}: a date or date/time field that is only carried (PV1-45 on a non-discharge, PV2-9, PID-7, MSH-7, the ready date where it decides nothing) is not a valid HL7 v2 timestamp; it was left out. */
  HL7_DATE_LEFT_OUT("CB-HL7-033", Severity.WARNING, IssueType.INCOMPLETE, Sources.HL7V2,
      "%s", "detail"),

  // The CLD extract adapter (adapter-cld), located at a CSV cell.
  /** {@code CB-CLD-001}: the input is empty (no header line). */
  CLD_EMPTY_INPUT("CB-CLD-001", Severity.FATAL, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-002}: the input is not text in the expected character encoding (binary data, control characters). */
  CLD_NOT_TEXT("CB-CLD-002", Severity.FATAL, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-003}: the CSV cannot be read past this line (a quoted value never closed, text after a closing quote). */
  CLD_MALFORMED_CSV("CB-CLD-003", Severity.FATAL, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-004}: a column the adapter needs is missing from the header. */
  CLD_MISSING_REQUIRED_COLUMN("CB-CLD-004", Severity.FATAL, IssueType.REQUIRED, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-005}: a release 1 column the adapter does not need is missing from the header. */
  CLD_MISSING_COLUMN("CB-CLD-005", Severity.WARNING, IssueType.REQUIRED, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-006}: a header is not a release 1 column (or is blank); the column is ignored. */
  CLD_UNKNOWN_COLUMN("CB-CLD-006", Severity.WARNING, IssueType.INCOMPLETE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-007}: two headers name the same column (ignoring case and white space). */
  CLD_DUPLICATE_COLUMN("CB-CLD-007", Severity.FATAL, IssueType.VALUE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-008}: the input has a header but no data rows. */
  CLD_NO_DATA_ROWS("CB-CLD-008", Severity.WARNING, IssueType.REQUIRED, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-009}: a row has more or fewer fields than the header; the row is rejected. */
  CLD_WRONG_FIELD_COUNT("CB-CLD-009", Severity.ERROR, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-010}: a field holds control characters (binary data); the row is rejected. */
  CLD_CONTROL_CHARACTERS("CB-CLD-010", Severity.ERROR, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-011}: a value the row needs is blank; the row is rejected. */
  CLD_MISSING_VALUE("CB-CLD-011", Severity.ERROR, IssueType.REQUIRED, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-012}: the NHS number is not valid (format or Modulus 11 check digit); the row is rejected. */
  CLD_INVALID_NHS_NUMBER("CB-CLD-012", Severity.ERROR, IssueType.VALUE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-013}: a value is not one of the CLD release 1 labels of its column; the row is rejected. */
  CLD_UNKNOWN_LABEL("CB-CLD-013", Severity.ERROR, IssueType.CODE_INVALID, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-014}: a date is not a date (format, or a day that does not exist such as 31/02); the row is rejected. */
  CLD_INVALID_DATE("CB-CLD-014", Severity.ERROR, IssueType.VALUE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-015}: dates are impossible together (an end before its start, death before birth ...); the row is rejected. */
  CLD_IMPOSSIBLE_DATES("CB-CLD-015", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-016}: a cost or a number of units is not a valid number; the row is rejected. */
  CLD_INVALID_NUMBER("CB-CLD-016", Severity.ERROR, IssueType.VALUE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-017}: the Event Reference is already held for another person; the row is rejected. */
  CLD_EVENT_REFERENCE_CONFLICT("CB-CLD-017", Severity.ERROR, IssueType.CONFLICT, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-018}: the person (LA Person Unique Identifier) already has another NHS number; the row is rejected. */
  CLD_NHS_NUMBER_CONFLICT("CB-CLD-018", Severity.ERROR, IssueType.CONFLICT, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-019}: the row's reporting period is outside the one the converter was built with; the row is rejected. */
  CLD_OUTSIDE_REPORTING_PERIOD("CB-CLD-019", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-020}: the person's Client Funding Status does not say who pays which share of the budget. */
  CLD_FUNDING_SPLIT_UNKNOWN("CB-CLD-020", Severity.INFORMATION, IssueType.INFORMATIONAL, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-021}: sdk-core refused to build the person or budget from the rows; it is left out of the output. */
  CLD_RECORD_REFUSED("CB-CLD-021", Severity.ERROR, IssueType.BUSINESS_RULE, Sources.CLD,
      "%s", "detail"),
  /** {@code CB-CLD-022}: the input cannot be read at all (file missing, read error). */
  CLD_UNREADABLE_INPUT("CB-CLD-022", Severity.FATAL, IssueType.STRUCTURE, Sources.CLD,
      "%s", "detail"),

  // The command line (cli).
  /** {@code CB-CLI-001}: An input named on the command line could not be read (missing, a special file, no permission): exit code 2. */
  CLI_INPUT_UNREADABLE("CB-CLI-001", Severity.FATAL, IssueType.STRUCTURE, Sources.CLI,
      "%s", "detail"),

  // The service (service module): what it answers when it refuses an HTTP request, and why.
  /** {@code CB-HTTP-001}: The request body is larger than the service's limit (HTTP 413); the rest was not read. */
  HTTP_BODY_TOO_LARGE("CB-HTTP-001", Severity.FATAL, IssueType.TOO_LONG, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-002}: The request's Content-Type is not one the operation takes (HTTP 415). */
  HTTP_UNSUPPORTED_MEDIA_TYPE("CB-HTTP-002", Severity.FATAL, IssueType.NOT_SUPPORTED, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-003}: Every worker is busy and the queue is full, or the service is starting or stopping (HTTP 503 with Retry-After). */
  HTTP_BUSY("CB-HTTP-003", Severity.FATAL, IssueType.TRANSIENT, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-004}: The request took longer than the service's time limit and was abandoned (HTTP 503), or its body stopped arriving for longer than the idle timeout (HTTP 408). */
  HTTP_TIME_LIMIT("CB-HTTP-004", Severity.FATAL, IssueType.TIMEOUT, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-005}: The service needs a bearer token and the request has none, or another (HTTP 401). */
  HTTP_UNAUTHORIZED("CB-HTTP-005", Severity.FATAL, IssueType.LOGIN, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-006}: The request is not one the operation takes: a wrong parameter, a Parameters without a resource, a resource of another type than the path's (HTTP 400). */
  HTTP_BAD_REQUEST("CB-HTTP-006", Severity.FATAL, IssueType.INVALID, Sources.SERVICE,
      "%s", "detail"),
  /** {@code CB-HTTP-007}: No such path, or a method the path does not take (HTTP 404 or 405). */
  HTTP_NOT_FOUND("CB-HTTP-007", Severity.FATAL, IssueType.NOT_SUPPORTED, Sources.SERVICE,
      "%s", "detail"),

  // The conformance kit.
  /** {@code CB-KIT-001}: The folder given to {@code ConformanceKit.check} holds no {@code .json} or {@code .xml} file. */
  KIT_NO_FILES("CB-KIT-001", Severity.ERROR, IssueType.REQUIRED, Sources.KIT,
      "%s", "detail");

  private final String code;
  private final Severity severity;
  private final IssueType type;
  private final String source;
  private final String template;
  private final List<String> arguments;

  IssueCode(String code, Severity severity, IssueType type, String source, String template, String... arguments) {
    this.code = code;
    this.severity = severity;
    this.type = type;
    this.source = source;
    this.template = template;
    this.arguments = List.of(arguments);
  }

  /**
   * Returns the stable code.
   *
   * @return e.g. {@code "CB-BUDGET-003"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of this code's issues.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the FHIR issue type of this code's issues.
   *
   * @return the type
   */
  public IssueType type() {
    return type;
  }

  /**
   * Returns what raises this code's issues.
   *
   * @return e.g. {@code "carebridge-rules"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the message template, {@link String#format} syntax, one placeholder per argument.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * Returns the names of the template's arguments, in order.
   *
   * @return the names, possibly empty
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * Makes an issue of this code.
   *
   * @param location where the problem is
   * @param values the template's arguments, in the order of {@link #arguments()}; never personal data
   * @return the issue, with no position in the input
   * @throws NullPointerException when the location or a value is null
   * @throws IllegalArgumentException when the number of values differs from the number of arguments
   */
  public Issue issue(Location location, Object... values) {
    Objects.requireNonNull(location, "location must not be null");
    if (values.length != arguments.size()) {
      throw new IllegalArgumentException(code + " takes " + arguments.size() + " arguments " + arguments
          + ", got " + values.length);
    }
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      named.put(arguments.get(i), String.valueOf(Objects.requireNonNull(values[i], arguments.get(i) + " must not be null")));
    }
    return new Issue(code, severity, type, location, String.format(Locale.ROOT, template, values), named, 0, 0,
        source);
  }

  /**
   * Returns the catalogue entry with a code.
   *
   * @param code the code, e.g. {@code "CB-NHS-002"}
   * @return the entry
   * @throws IllegalArgumentException when the catalogue has no such code
   */
  public static IssueCode of(String code) {
    for (IssueCode entry : values()) {
      if (entry.code.equals(code)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("not a CareBridge issue code: " + code);
  }

  /** The {@link Issue#source()} values of the catalogue's entries: what raises them. */
  public static final class Sources {
    /** {@link Issue#source()} of the business rules. */
    public static final String RULES = "carebridge-rules";
    /** {@link Issue#source()} of the validator's input guard. */
    public static final String INPUT = "carebridge-input";
    /** {@link Issue#source()} of the HL7 validator's findings. */
    public static final String FHIR_VALIDATOR = "fhir-validator";
    /** {@link Issue#source()} of the notices about packages and terminology. */
    public static final String PACKAGES = "carebridge-packages";
    /** {@link Issue#source()} of the mappers. */
    public static final String MAPPER = "carebridge-mapper";
    /** {@link Issue#source()} of the HL7 v2 adapter. */
    public static final String HL7V2 = "hl7v2";
    /** {@link Issue#source()} of the CLD adapter. */
    public static final String CLD = "cld";
    /** {@link Issue#source()} of the command line. */
    public static final String CLI = "carebridge-cli";
    /** {@link Issue#source()} of the service (HTTP). */
    public static final String SERVICE = "carebridge-service";
    /** {@link Issue#source()} of the conformance kit. */
    public static final String KIT = "carebridge-kit";

    private Sources() {}
  }
}
