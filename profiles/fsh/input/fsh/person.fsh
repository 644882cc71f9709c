// carebridge-person: the person supported (Patient). Compatible with UKCore-Patient by construction:
// same NHS number system and slice cardinality, the UK Core verification status extension URL and codes.

Invariant: cb-nhs-1
Description: "An NHS number is 10 digits and its 10th digit is the Modulus 11 check digit of the first nine (weights 10 to 2; check = (11 - (sum mod 11)) mod 11; a result of 10 means the number is invalid)."
Severity: #error
Expression: "value.matches('^[0-9]{10}$') and ((11 - ((value.substring(0,1).toInteger() * 10 + value.substring(1,1).toInteger() * 9 + value.substring(2,1).toInteger() * 8 + value.substring(3,1).toInteger() * 7 + value.substring(4,1).toInteger() * 6 + value.substring(5,1).toInteger() * 5 + value.substring(6,1).toInteger() * 4 + value.substring(7,1).toInteger() * 3 + value.substring(8,1).toInteger() * 2) mod 11)) mod 11) = value.substring(9,1).toInteger()"

Invariant: cb-person-1
Description: "A CareBridge per-organisation identifier system (council person id or hospital local patient id) ends with the issuing organisation's ODS code (capital letters and digits), and the identifier has a value."
Severity: #error
Expression: "identifier.where(system.startsWith('https://carebridge.org.uk/fhir/Id/la-person-id/') or system.startsWith('https://carebridge.org.uk/fhir/Id/local-patient-id/')).all(system.matches('^https://carebridge[.]org[.]uk/fhir/Id/(la-person-id|local-patient-id)/[A-Z0-9]+$') and value.exists())"

Invariant: cb-nhs-2
Description: "The NHS number verification status is one of UK Core's England codes 01 to 08 (https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland)."
Severity: #error
Expression: "value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland' and code.matches('^0[1-8]$')).exists()"

Extension: CareBridgeNHSNumberVerificationStatus
Id: carebridge-nhs-number-verification-status
Title: "CareBridge profile of UK Core's NHS number verification status extension"
Description: "A CareBridge constraint on UK Core's extension Extension-UKCore-NHSNumberVerificationStatus: instances carry UK Core's extension URL (fixed in Extension.url) and a code from the England verification status code system (01 to 08). This definition has a CareBridge URL of its own; it exists because UK Core's definition is not shipped with CareBridge, and it says nothing UK Core's definition does not (same context, same value type, the same codes)."
Context: Identifier
* ^status = #draft
* ^experimental = false
* obeys cb-nhs-2
* url ^fixedUri = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* value[x] from NHSNumberVerificationStatus (extensible)
* value[x] ^short = "01 present and verified ... 08 trace postponed"
* value[x] ^definition = "The verification status code from https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland. The binding is extensible only because that code system is not shipped with CareBridge, so an offline validator cannot check a required binding to it; invariant cb-nhs-2 makes the England codes 01 to 08 mandatory, as UK Core's required binding does."

Profile: CareBridgePerson
Parent: Patient
Id: carebridge-person
Title: "CareBridge Person supported"
Description: "The person supported by health and social care: who a joint care plan, a key worker, a personal budget or a discharge notification is about. Identified by their NHS number (Modulus 11 checked) and, where the council knows them, by the council's own person identifier. Data valid against this profile is also valid against UK Core's UKCore-Patient."
* ^status = #draft
* ^experimental = false
* obeys cb-person-1
* identifier 1..* MS
* identifier ^short = "The person's identifiers: NHS number, council person id, hospital number"
* identifier ^definition = "Identifiers for the person. Sliced by system (open). The NHS number is the identifier shared by health and social care. A council's own person identifier uses the system https://carebridge.org.uk/fhir/Id/la-person-id/<council ODS code> and a hospital's local patient number https://carebridge.org.uk/fhir/Id/local-patient-id/<trust ODS code>; because these systems vary by organisation they cannot be a fixed slice, so they stay in the open part of the slicing and invariant cb-person-1 checks their form."
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier ^slicing.description = "Sliced by identifier system. Council person ids (la-person-id/<ODS>) and hospital numbers (local-patient-id/<ODS>) are in the open part; see invariant cb-person-1."
* identifier contains nhsNumber 0..1 MS
* identifier[nhsNumber] ^short = "The person's NHS number"
* identifier[nhsNumber] ^definition = "The NHS number: 10 digits with a Modulus 11 check digit (invariant cb-nhs-1), no spaces. Senders that know it must send it."
* identifier[nhsNumber] obeys cb-nhs-1
* identifier[nhsNumber].system 1..1 MS
* identifier[nhsNumber].system = $nhs-number (exactly)
* identifier[nhsNumber].system ^short = "https://fhir.nhs.uk/Id/nhs-number"
* identifier[nhsNumber].system ^definition = "The NHS number identifier system, as UK Core fixes it."
* identifier[nhsNumber].value 1..1 MS
* identifier[nhsNumber].value ^short = "The 10-digit NHS number, no spaces"
* identifier[nhsNumber].value ^definition = "The NHS number as 10 digits without spaces or separators, e.g. 9434765919."
* identifier[nhsNumber].extension contains CareBridgeNHSNumberVerificationStatus named nhsNumberVerificationStatus 0..1 MS
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] ^short = "NHS number verification status (UK Core extension)"
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] ^definition = "The verification (tracing) status of the NHS number, carried in UK Core's extension Extension-UKCore-NHSNumberVerificationStatus (same URL, same value type) with a code from the England code system (01 to 08). CareBridge constrains it with its own extension definition carebridge-nhs-number-verification-status, whose Extension.url is fixed to UK Core's URL, so that no copy of UK Core's definition is needed."
* name 1..* MS
* name ^short = "The person's name"
* name ^definition = "The person's name; at least one name with a family name is expected. Put the name the person uses first."
* gender MS
* gender ^short = "Administrative gender"
* gender ^definition = "The person's administrative gender."
* birthDate MS
* birthDate ^short = "Date of birth"
* birthDate ^definition = "The person's date of birth."
* address MS
* address ^short = "Home address"
* address ^definition = "Where the person lives; the postcode matters to councils (which council is responsible) and appears in CLD returns."
