// carebridge-person: the person supported (Patient), derived from UK Core STU2's UKCore-Patient: it keeps UK Core's
// identifier slicing, NHS number slice and verification status extension, and adds CareBridge's constraints.

Invariant: cb-nhs-1
Description: "An NHS number is 10 digits and its 10th digit is the Modulus 11 check digit of the first nine (weights 10 to 2; check = (11 - (sum mod 11)) mod 11; a result of 10 means the number is invalid)."
Severity: #error
Expression: "value.matches('^[0-9]{10}$') and ((11 - ((value.substring(0,1).toInteger() * 10 + value.substring(1,1).toInteger() * 9 + value.substring(2,1).toInteger() * 8 + value.substring(3,1).toInteger() * 7 + value.substring(4,1).toInteger() * 6 + value.substring(5,1).toInteger() * 5 + value.substring(6,1).toInteger() * 4 + value.substring(7,1).toInteger() * 3 + value.substring(8,1).toInteger() * 2) mod 11)) mod 11) = value.substring(9,1).toInteger()"

Invariant: cb-person-1
Description: "A CareBridge per-organisation identifier system (council person id or hospital local patient id) ends with the issuing organisation's ODS code (capital letters and digits), and the identifier has a value."
Severity: #error
Expression: "identifier.where(system.startsWith('https://carebridge.org.uk/fhir/Id/la-person-id/') or system.startsWith('https://carebridge.org.uk/fhir/Id/local-patient-id/')).all(system.matches('^https://carebridge[.]org[.]uk/fhir/Id/(la-person-id|local-patient-id)/[A-Z0-9]+$') and value.exists())"

Invariant: cb-nhs-2
Description: "An NHS number verification status, when given, is one of UK Core's England codes 01 to 08 (https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland). UK Core's extension binds the same codes; this invariant keeps the check when UK Core's definitions are not loaded."
Severity: #error
Expression: "extension.where(url = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus').all(value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland' and code.matches('^0[1-8]$')).exists())"

Profile: CareBridgePerson
Parent: UKCore-Patient
Id: carebridge-person
Title: "CareBridge Person supported"
Description: "The person supported by health and social care: who a joint care plan, a key worker, a personal budget or a discharge notification is about. Identified by their NHS number (Modulus 11 checked) and, where the council knows them, by the council's own person identifier. Derived from UK Core's UKCore-Patient (fhir.r4.ukcore.stu2 2.0.2)."
* ^status = #draft
* ^experimental = false
* obeys cb-person-1
* identifier 1..* MS
* identifier ^short = "The person's identifiers: NHS number, council person id, hospital number"
* identifier ^definition = "Identifiers for the person. Sliced by system (open). The NHS number is the identifier shared by health and social care. A council's own person identifier uses the system https://carebridge.org.uk/fhir/Id/la-person-id/<council ODS code> and a hospital's local patient number https://carebridge.org.uk/fhir/Id/local-patient-id/<trust ODS code>; because these systems vary by organisation they cannot be a fixed slice, so they stay in the open part of the slicing and invariant cb-person-1 checks their form."
* identifier ^slicing.description = "Sliced by identifier system (UK Core's slicing). Council person ids (la-person-id/<ODS>) and hospital numbers (local-patient-id/<ODS>) are in the open part; see invariant cb-person-1."
* identifier[nhsNumber] MS
* identifier[nhsNumber] ^short = "The person's NHS number"
* identifier[nhsNumber] ^definition = "The NHS number: 10 digits with a Modulus 11 check digit (invariant cb-nhs-1), no spaces. Senders that know it must send it."
* identifier[nhsNumber] obeys cb-nhs-1 and cb-nhs-2
* identifier[nhsNumber].system 1..1 MS
* identifier[nhsNumber].system ^short = "https://fhir.nhs.uk/Id/nhs-number"
* identifier[nhsNumber].system ^definition = "The NHS number identifier system, as UK Core fixes it."
* identifier[nhsNumber].value 1..1 MS
* identifier[nhsNumber].value ^short = "The 10-digit NHS number, no spaces"
* identifier[nhsNumber].value ^definition = "The NHS number as 10 digits without spaces or separators, e.g. 9434765919."
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] MS
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] ^short = "NHS number verification status (UK Core extension)"
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] ^definition = "The verification (tracing) status of the NHS number, in UK Core's extension Extension-UKCore-NHSNumberVerificationStatus with a code from the England code system (01 to 08, invariant cb-nhs-2)."
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
