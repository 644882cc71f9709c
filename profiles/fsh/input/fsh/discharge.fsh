// Discharge notifications: the hospital stay (Encounter), the ward (Location), and the FHIR message
// (Bundle + MessageHeader) that carries Assessment, Discharge and Withdrawal (ADW) notices and the
// discharge to assess events between a hospital trust and a council. Owner: budget and discharge author.

Alias: $bd-hospital-encounter = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-encounter
Alias: $bd-hospital-location = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-location
Alias: $bd-message-header = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message-header
Alias: $bd-practitioner = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner
Alias: $bd-practitioner-role = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner-role
Alias: $bd-location-physical-type = http://terminology.hl7.org/CodeSystem/location-physical-type
Alias: $bd-participation-type = http://terminology.hl7.org/CodeSystem/v3-ParticipationType

// ---------------------------------------------------------------------------------------------------------
// Encounter extensions
// ---------------------------------------------------------------------------------------------------------

Extension: CareBridgeDischargePathwayExtension
Id: carebridge-discharge-pathway
Title: "Discharge pathway"
Description: "The discharge to assess pathway (0 to 3) planned or used for the person's discharge."
Context: Encounter
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-pathway"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Discharge to assess pathway 0-3"
* . ^definition = "The national discharge to assess pathway planned for the person (on a discharge notice) or used (once discharged): 0 home with no new support, 1 home with new support, 2 rehabilitation in a bedded setting, 3 new long-term care home placement."
* value[x] only Coding
* value[x] 1..1
* value[x] from CareBridgeDischargePathwayVS (required)
* value[x] ^short = "0 | 1 | 2 | 3"
* value[x] ^definition = "The pathway code from the discharge-pathway code system."

Extension: CareBridgeProposedDischargeDate
Id: carebridge-proposed-discharge-date
Title: "Proposed discharge date"
Description: "The date on which the hospital proposes to discharge the person (ADW 'proposed discharge date'; HL7 v2 PV2-9 expected discharge date)."
Context: Encounter
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-proposed-discharge-date"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Date the hospital proposes to discharge"
* . ^definition = "The date on which the hospital proposes to discharge the person, as stated on an assessment or discharge notice. It may change; the latest message carries the current proposal."
* value[x] only date
* value[x] 1..1
* value[x] ^short = "Proposed discharge date (full date)"
* value[x] ^definition = "The proposed discharge date, as a full date (YYYY-MM-DD)."

Extension: CareBridgeDischargeReadyDate
Id: carebridge-discharge-ready-date
Title: "Discharge ready date"
Description: "The date on which the person was (or is expected to be) clinically ready to leave hospital, recorded for every inpatient in England since April 2023."
Context: Encounter
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Date clinically ready to leave hospital"
* . ^definition = "The discharge ready date: the date on which the multidisciplinary team judged the person clinically ready to leave hospital. Days between this date and the actual discharge date are discharge delays."
* value[x] only date
* value[x] 1..1
* value[x] ^short = "Discharge ready date (full date)"
* value[x] ^definition = "The discharge ready date, as a full date (YYYY-MM-DD)."

Extension: CareBridgeDischargeNoticeStatements
Id: carebridge-discharge-notice-statements
Title: "Discharge notice statements"
Description: "The statements a hospital makes on an assessment, discharge or withdrawal notice: patient and carer consulted, consent and its legal basis, NHS Continuing Healthcare considered and its outcome, safeguarding concerns, the reason for referral and, on a withdrawal, the withdrawal reason."
Context: Encounter
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-notice-statements"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Statements made on an ADW notice"
* . ^definition = "The statements the hospital makes about the person on an assessment, discharge or withdrawal notice (Care Act 2014 Schedule 3 data items, still used by councils under discharge to assess)."
* obeys cb-encounter-2 and cb-encounter-3 and cb-encounter-4
* extension contains
    referralReason 0..1 MS and
    patientConsulted 0..1 MS and
    carerConsultation 0..1 MS and
    consent 0..1 MS and
    consentLegalBasis 0..1 MS and
    chcConsidered 0..1 MS and
    chcOutcome 0..1 MS and
    safeguardingConcerns 0..1 MS and
    safeguardingDetails 0..1 MS and
    withdrawalReason 0..1 MS
* extension[referralReason] ^short = "Why the person is referred to the council"
* extension[referralReason] ^definition = "The reason for referral, in words: what care and support the hospital thinks the person may need after discharge."
* extension[referralReason].value[x] only string
* extension[referralReason].value[x] 1..1
* extension[referralReason].value[x] ^short = "Reason for referral, in words"
* extension[referralReason].value[x] ^definition = "Reason for referral, in words."
* extension[patientConsulted] ^short = "The person was consulted"
* extension[patientConsulted] ^definition = "True when the person was consulted about the notice and their discharge."
* extension[patientConsulted].value[x] only boolean
* extension[patientConsulted].value[x] 1..1
* extension[patientConsulted].value[x] ^short = "true if the person was consulted"
* extension[patientConsulted].value[x] ^definition = "true if the person was consulted."
* extension[carerConsultation] ^short = "consulted | not-consulted | no-known-carer"
* extension[carerConsultation] ^definition = "Whether the person's carer was consulted, or that no carer is known."
* extension[carerConsultation].value[x] only Coding
* extension[carerConsultation].value[x] 1..1
* extension[carerConsultation].value[x] ^short = "Carer consultation code"
* extension[carerConsultation].value[x] ^definition = "Carer consultation code."
* extension[carerConsultation].value[x] from CareBridgeCarerConsultationVS (required)
* extension[consent] ^short = "given | refused | lacks-capacity"
* extension[consent] ^definition = "The person's consent to the notice and to an assessment."
* extension[consent].value[x] only Coding
* extension[consent].value[x] 1..1
* extension[consent].value[x] ^short = "Consent status code"
* extension[consent].value[x] ^definition = "Consent status code."
* extension[consent].value[x] from CareBridgeConsentStatusVS (required)
* extension[consentLegalBasis] ^short = "Legal basis when the person has not consented (cb-encounter-2)"
* extension[consentLegalBasis] ^definition = "When the person has not given consent themselves: the legal basis on which the notice proceeds (consent by a legal representative, or a best-interest decision). Only with a consent statement other than 'given'."
* extension[consentLegalBasis].value[x] only Coding
* extension[consentLegalBasis].value[x] 1..1
* extension[consentLegalBasis].value[x] ^short = "Consent legal basis code"
* extension[consentLegalBasis].value[x] ^definition = "Consent legal basis code."
* extension[consentLegalBasis].value[x] from CareBridgeConsentLegalBasisVS (required)
* extension[chcConsidered] ^short = "NHS Continuing Healthcare was considered"
* extension[chcConsidered] ^definition = "True when the person's eligibility for NHS Continuing Healthcare was considered before the notice."
* extension[chcConsidered].value[x] only boolean
* extension[chcConsidered].value[x] 1..1
* extension[chcConsidered].value[x] ^short = "true if NHS CHC was considered"
* extension[chcConsidered].value[x] ^definition = "true if NHS CHC was considered."
* extension[chcOutcome] ^short = "Result of the CHC consideration (cb-encounter-3)"
* extension[chcOutcome] ^definition = "The outcome of considering NHS Continuing Healthcare. Only when chcConsidered is true."
* extension[chcOutcome].value[x] only Coding
* extension[chcOutcome].value[x] 1..1
* extension[chcOutcome].value[x] ^short = "CHC outcome code"
* extension[chcOutcome].value[x] ^definition = "CHC outcome code."
* extension[chcOutcome].value[x] from CareBridgeChcOutcomeVS (required)
* extension[safeguardingConcerns] ^short = "There are safeguarding concerns"
* extension[safeguardingConcerns] ^definition = "True when the hospital has safeguarding concerns about the person."
* extension[safeguardingConcerns].value[x] only boolean
* extension[safeguardingConcerns].value[x] 1..1
* extension[safeguardingConcerns].value[x] ^short = "true if there are safeguarding concerns"
* extension[safeguardingConcerns].value[x] ^definition = "true if there are safeguarding concerns."
* extension[safeguardingDetails] ^short = "The safeguarding concerns, in words (cb-encounter-4)"
* extension[safeguardingDetails] ^definition = "A description of the safeguarding concerns. Only when safeguardingConcerns is true."
* extension[safeguardingDetails].value[x] only string
* extension[safeguardingDetails].value[x] 1..1
* extension[safeguardingDetails].value[x] ^short = "The safeguarding concerns, in words"
* extension[safeguardingDetails].value[x] ^definition = "The safeguarding concerns, in words."
* extension[withdrawalReason] ^short = "Why a notice is withdrawn (withdrawals only)"
* extension[withdrawalReason] ^definition = "The reason a notice is withdrawn, ADW codes 01-13. Required on a withdrawal message (cb-message-2)."
* extension[withdrawalReason].value[x] only Coding
* extension[withdrawalReason].value[x] 1..1
* extension[withdrawalReason].value[x] ^short = "ADW withdrawal reason code (01-13)"
* extension[withdrawalReason].value[x] ^definition = "ADW withdrawal reason code (01-13)."
* extension[withdrawalReason].value[x] from CareBridgeAdwWithdrawalReasonVS (required)

// ---------------------------------------------------------------------------------------------------------
// MessageHeader extension
// ---------------------------------------------------------------------------------------------------------

Extension: CareBridgeWithdrawnMessage
Id: carebridge-withdrawn-message
Title: "Withdrawn message"
Description: "On a withdrawal message: the MessageHeader.id of the earlier message (notice, accept or reject) being withdrawn."
Context: MessageHeader
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-withdrawn-message"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Id of the message being withdrawn"
* . ^definition = "The MessageHeader.id of the earlier message this withdrawal withdraws. Repeat it when a 'withdraw all notices' withdraws both the assessment and the discharge notice."
* value[x] only id
* value[x] 1..1
* value[x] ^short = "MessageHeader.id of the withdrawn message"
* value[x] ^definition = "The logical id of the MessageHeader of the message being withdrawn."

// ---------------------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------------------

Invariant: cb-encounter-1
Description: "Dates in order: admission (period.start) <= discharge ready date <= actual discharge (period.end), and admission <= actual discharge. Compared as calendar dates."
Expression: "(period.end.exists() implies period.start.toString().substring(0, 10) <= period.end.toString().substring(0, 10)) and (extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date').value.exists() implies (period.start.toString().substring(0, 10) <= extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date').value.toString() and (period.end.exists() implies extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date').value.toString() <= period.end.toString().substring(0, 10))))"
Severity: #error

Invariant: cb-encounter-2
Description: "A consent legal basis is stated only when the person has not given consent themselves (consent is refused or lacks-capacity)."
Expression: "extension('consentLegalBasis').exists() implies extension('consent').value.ofType(Coding).where(code = 'refused' or code = 'lacks-capacity').exists()"
Severity: #error

Invariant: cb-encounter-3
Description: "An NHS Continuing Healthcare outcome is stated only when NHS Continuing Healthcare was considered (chcConsidered = true)."
Expression: "extension('chcOutcome').exists() implies extension('chcConsidered').value.ofType(boolean) = true"
Severity: #error

Invariant: cb-encounter-4
Description: "Safeguarding details are given only when there are safeguarding concerns (safeguardingConcerns = true)."
Expression: "extension('safeguardingDetails').exists() implies extension('safeguardingConcerns').value.ofType(boolean) = true"
Severity: #error

Invariant: cb-encounter-5
Description: "An encounter with an actual discharge date (period.end) is finished, and a finished encounter has one."
Expression: "period.end.exists() = (status = 'finished')"
Severity: #error

Invariant: cb-message-1
Description: "A discharge notice (SNOMED CT 975731000000100) states the discharge pathway on the Encounter and names the receiving council (MessageHeader.destination.receiver)."
Expression: "entry.first().resource.event.ofType(Coding).where(system = 'http://snomed.info/sct' and code = '975731000000100').exists() implies (entry.first().resource.destination.receiver.exists() and entry.resource.ofType(Encounter).extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-pathway').exists())"
Severity: #error

Invariant: cb-message-2
Description: "A withdrawal of a notice (SNOMED CT 975841000000102 withdraw all, 1078011000000107 withdraw assessment notice only, 975851000000104 withdraw discharge notice only) states the withdrawal reason on the Encounter's notice statements."
Expression: "entry.first().resource.event.ofType(Coding).where(system = 'http://snomed.info/sct' and (code = '975841000000102' or code = '1078011000000107' or code = '975851000000104')).exists() implies entry.resource.ofType(Encounter).extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-notice-statements').extension('withdrawalReason').exists()"
Severity: #error

Invariant: cb-message-3
Description: "A response (SNOMED CT 975711000000108 assessment notice accept, 975721000000102 reject, 975821000000109 discharge notice agreement, 975831000000106 disagreement, 1025651000000109 withdraw notice accept, 1025641000000106 withdraw notice reject) identifies the message it answers (response.identifier)."
Expression: "event.ofType(Coding).where(system = 'http://snomed.info/sct' and (code = '975711000000108' or code = '975721000000102' or code = '975821000000109' or code = '975831000000106' or code = '1025651000000109' or code = '1025641000000106')).exists() implies response.identifier.exists()"
Severity: #error

Invariant: cb-message-4
Description: "A withdrawal (SNOMED CT 975841000000102 withdraw all, 1078011000000107 withdraw assessment notice only, 975851000000104 withdraw discharge notice only) identifies the message(s) it withdraws (extension carebridge-withdrawn-message)."
Expression: "event.ofType(Coding).where(system = 'http://snomed.info/sct' and (code = '975841000000102' or code = '1078011000000107' or code = '975851000000104')).exists() implies extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-withdrawn-message').exists()"
Severity: #error

Invariant: cb-message-5
Description: "A 'discharge ready date set' or 'discharge ready date changed' event (CareBridge discharge-event) carries the discharge ready date on the Encounter."
Expression: "entry.first().resource.event.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/discharge-event' and (code = 'discharge-ready-date-set' or code = 'discharge-ready-date-changed')).exists() implies entry.resource.ofType(Encounter).extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-ready-date').exists()"
Severity: #error

Invariant: cb-message-6
Description: "A 'patient discharged' event (CareBridge discharge-event) carries the actual discharge date (Encounter.period.end)."
Expression: "entry.first().resource.event.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/discharge-event' and code = 'patient-discharged').exists() implies entry.resource.ofType(Encounter).period.end.exists()"
Severity: #error

// ---------------------------------------------------------------------------------------------------------
// Location (ward)
// ---------------------------------------------------------------------------------------------------------

Profile: CareBridgeHospitalLocation
Parent: UKCore-Location
Id: carebridge-hospital-location
Title: "CareBridge hospital location (ward)"
Description: "A hospital ward, identified by the ODS site code of the hospital site it is on and managed by the hospital trust. Derived from UK Core's UKCore-Location (fhir.r4.ukcore.stu2 2.0.2)."
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-location"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Hospital ward"
* . ^definition = "A ward on a hospital site where a person stays during an inpatient encounter."
* identifier 1..* MS
* identifier ^short = "Identifiers: the ODS site code of the hospital site, and any local ward code"
* identifier ^definition = "Identifiers of the ward. The ODS site code identifies the hospital site the ward is on; a trust may add its own ward code."
* identifier[odsSiteCode] 1..1 MS
* identifier[odsSiteCode] ^short = "ODS site code of the hospital site"
* identifier[odsSiteCode] ^definition = "The ODS site code of the hospital site the ward is on (for example RJE01, Royal Stoke University Hospital)."
* identifier[odsSiteCode].system 1..1
* identifier[odsSiteCode].system ^short = "https://fhir.nhs.uk/Id/ods-site-code"
* identifier[odsSiteCode].system ^definition = "The ODS site code system, as fixed by UK Core."
* identifier[odsSiteCode].value 1..1
* identifier[odsSiteCode].value ^short = "The ODS site code, e.g. RJE01"
* identifier[odsSiteCode].value ^definition = "The ODS site code of the hospital site."
* status MS
* status ^short = "active | suspended | inactive"
* status ^definition = "Whether the ward is in use."
* name 1..1 MS
* name ^short = "Ward name, as staff and families know it"
* name ^definition = "The name of the ward, for example 'Ward 112'."
* description ^short = "Ward description, including the hospital site name"
* description ^definition = "A description of the ward, including the hospital site name and specialty."
* physicalType 1..1 MS
* physicalType = $bd-location-physical-type#wa "Ward"
* physicalType ^short = "Always 'wa' (Ward)"
* physicalType ^definition = "The kind of location: always a ward."
* address MS
* address ^short = "Address of the hospital site"
* address ^definition = "The postal address of the hospital site the ward is on."
* telecom MS
* telecom ^short = "Ward telephone number"
* telecom ^definition = "How to contact the ward (for example the nurses' station)."
* managingOrganization 1..1 MS
* managingOrganization only Reference($bd-organisation)
* managingOrganization ^short = "The hospital trust"
* managingOrganization ^definition = "The NHS trust that runs the ward."
* partOf ^short = "The hospital site, if sent as its own Location"
* partOf ^definition = "The Location of the hospital site, when the sender represents the site as a Location too."

// ---------------------------------------------------------------------------------------------------------
// Encounter (hospital stay)
// ---------------------------------------------------------------------------------------------------------

Profile: CareBridgeHospitalEncounter
Parent: UKCore-Encounter
Id: carebridge-hospital-encounter
Title: "CareBridge hospital encounter"
Description: "An inpatient hospital stay as a council needs to know it for discharge planning: admission date, ward, lead clinician and discharge liaison contact, proposed and ready-for-discharge dates, discharge pathway, actual discharge date and destination, and the statements of the assessment, discharge and withdrawal notices. Derived from UK Core's UKCore-Encounter (fhir.r4.ukcore.stu2 2.0.2)."
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-encounter"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Inpatient hospital stay"
* . ^definition = "An inpatient stay in an acute or community hospital, from admission to discharge."
* obeys cb-encounter-1 and cb-encounter-5
* extension contains
    CareBridgeDischargePathwayExtension named dischargePathway 0..1 MS and
    CareBridgeProposedDischargeDate named proposedDischargeDate 0..1 MS and
    CareBridgeDischargeReadyDate named dischargeReadyDate 0..1 MS and
    CareBridgeDischargeNoticeStatements named noticeStatements 0..1 MS
* extension[dischargePathway] ^short = "Discharge to assess pathway 0-3"
* extension[dischargePathway] ^definition = "The discharge pathway planned (on a discharge notice, where it is required by cb-message-1) or used."
* extension[proposedDischargeDate] ^short = "Date the hospital proposes to discharge"
* extension[proposedDischargeDate] ^definition = "The date the hospital proposes to discharge the person (ADW proposed discharge date)."
* extension[dischargeReadyDate] ^short = "Date clinically ready to leave hospital"
* extension[dischargeReadyDate] ^definition = "The discharge ready date; between admission and the actual discharge date (cb-encounter-1)."
* extension[noticeStatements] ^short = "Statements made on the ADW notice"
* extension[noticeStatements] ^definition = "The statements of the assessment, discharge or withdrawal notice: consultation, consent, NHS CHC, safeguarding, referral and withdrawal reasons."
* identifier MS
* identifier ^short = "The hospital's identifier for the stay (spell number)"
* identifier ^definition = "The hospital's identifiers for the stay, such as the hospital provider spell number."
* status MS
* status ^short = "planned | in-progress | finished | cancelled | ... (finished once discharged)"
* status ^definition = "The state of the stay: in-progress while the person is in hospital, finished once they are discharged (cb-encounter-5)."
* class MS
* class = $v3-ActCode#IMP "inpatient encounter"
* class ^short = "Always IMP (inpatient encounter)"
* class ^definition = "Always an inpatient encounter: v3 ActCode IMP."
* subject 1..1 MS
* subject only Reference($bd-person)
* subject ^short = "The person in hospital"
* subject ^definition = "The person who is in hospital."
* participant MS
* participant ^slicing.discriminator.type = #pattern
* participant ^slicing.discriminator.path = "type"
* participant ^slicing.rules = #open
* participant ^short = "Lead clinician and hospital discharge liaison contact"
* participant ^definition = "The clinicians the council needs: the lead clinician responsible for the person (type ATND) and the hospital's discharge liaison contact (type CALLBCK)."
* participant contains leadClinician 0..1 MS and liaisonContact 0..1 MS
* participant[leadClinician] ^short = "Lead clinician (consultant responsible)"
* participant[leadClinician] ^definition = "The clinician with overall responsibility for the person during the stay (ADW 'lead clinician')."
* participant[leadClinician].type 1..1
* participant[leadClinician].type ^short = "Participation type (fixed)"
* participant[leadClinician].type ^definition = "The participation type that identifies the lead clinician."
* participant[leadClinician].type = $bd-participation-type#ATND "attender"
* participant[leadClinician].individual 1..1 MS
* participant[leadClinician].individual ^short = "The clinician (Practitioner or PractitionerRole)"
* participant[leadClinician].individual ^definition = "Reference to the lead clinician, as a CareBridge Practitioner or PractitionerRole."
* participant[leadClinician].individual only Reference($bd-practitioner or $bd-practitioner-role)
* participant[liaisonContact] ^short = "Hospital discharge liaison contact"
* participant[liaisonContact] ^definition = "The person the council contacts about the discharge (ADW 'hospital liaison contact'); type CALLBCK, the contact for follow-up questions."
* participant[liaisonContact].type 1..1
* participant[liaisonContact].type ^short = "Participation type (fixed)"
* participant[liaisonContact].type ^definition = "The participation type that identifies the hospital discharge liaison contact."
* participant[liaisonContact].type = $bd-participation-type#CALLBCK "callback contact"
* participant[liaisonContact].individual 1..1 MS
* participant[liaisonContact].individual ^short = "The clinician (Practitioner or PractitionerRole)"
* participant[liaisonContact].individual ^definition = "Reference to the hospital discharge liaison contact, as a CareBridge Practitioner or PractitionerRole."
* participant[liaisonContact].individual only Reference($bd-practitioner or $bd-practitioner-role)
* period 1..1 MS
* period ^short = "Admission (start) to actual discharge (end)"
* period ^definition = "The stay: period.start is the admission date and time; period.end, present once the person has left, is the actual discharge date and time."
* period.start 1..1 MS
* period.start ^short = "Admission date and time"
* period.start ^definition = "When the person was admitted."
* period.end MS
* period.end ^short = "Actual discharge date and time"
* period.end ^definition = "When the person left hospital; present exactly when status is finished (cb-encounter-5)."
* reasonCode MS
* reasonCode ^short = "Reason for admission"
* reasonCode ^definition = "Why the person was admitted (ADW 'reason for admission'), preferably SNOMED CT."
* hospitalization MS
* hospitalization ^short = "Admission and discharge details"
* hospitalization ^definition = "Details of the admission and the discharge."
* hospitalization.admitSource ^short = "Where the person was admitted from"
* hospitalization.admitSource ^definition = "Where the person was admitted from (UK Core prefers its SourceOfAdmission codes)."
* hospitalization.dischargeDisposition MS
* hospitalization.dischargeDisposition ^short = "Discharge destination (UK Core DischargeDestination codes)"
* hospitalization.dischargeDisposition ^definition = "Where the person went on discharge. Use the NHS Data Dictionary discharge destination codes of UK Core (https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland, for example 19 usual place of residence), as UK Core's preferred binding asks."
* hospitalization.destination 0..0
* hospitalization.destination ^short = "Not used: the kind of destination is dischargeDisposition"
* hospitalization.destination ^definition = "Not used in CareBridge messages. Every Location a discharge message carries is a hospital ward (entry slice location), so a destination such as a care home cannot travel as a Location; the kind of destination is stated in dischargeDisposition, and for pathway 3 the council arranges the placement itself."
* location 1..* MS
* location ^short = "The ward(s) of the stay"
* location ^definition = "The wards the person stayed on; the current (or last) ward has status active (or completed once discharged)."
* location.location MS
* location.location only Reference($bd-hospital-location)
* location.location ^short = "The ward"
* location.location ^definition = "Reference to the ward (carebridge-hospital-location)."
* location.status ^short = "active while on the ward, completed once left"
* location.status ^definition = "Whether the person is on this ward now (active) or has left it (completed)."
* location.period ^short = "When the person was on the ward"
* location.period ^definition = "The time the person spent on this ward."
* location.status MS
* location.period MS
* serviceProvider 1..1 MS
* serviceProvider only Reference($bd-organisation)
* serviceProvider ^short = "The hospital trust"
* serviceProvider ^definition = "The NHS trust responsible for the stay, which sends the notices."

// ---------------------------------------------------------------------------------------------------------
// MessageHeader
// ---------------------------------------------------------------------------------------------------------

Profile: CareBridgeDischargeMessageHeader
Parent: MessageHeader
Id: carebridge-discharge-message-header
Title: "CareBridge discharge message header"
Description: "The header of a discharge message: which event it is (an ADW SNOMED CT event or a CareBridge discharge to assess event), who sends it to whom, the hospital stay it is about, and, for responses and withdrawals, which earlier message it answers or withdraws. Compatible with UK Core MessageHeader."
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message-header"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Discharge message header"
* . ^definition = "The header of a CareBridge discharge message; the first entry of the message Bundle."
* obeys cb-message-3 and cb-message-4
* extension contains CareBridgeWithdrawnMessage named withdrawnMessage 0..* MS
* extension[withdrawnMessage] ^short = "Id of the message being withdrawn (withdrawals, cb-message-4)"
* extension[withdrawnMessage] ^definition = "On a withdrawal, the MessageHeader.id of each earlier message withdrawn."
* event[x] only Coding
* event[x] MS
* event[x] from CareBridgeDischargeMessageEvent (required)
* event[x] ^short = "The event: ADW notice, response or withdrawal, or a discharge to assess event"
* event[x] ^definition = "What the message is: one of the eleven ADW SNOMED CT events or one of the three CareBridge discharge events."
* eventCoding.system 1..1
* eventCoding.system ^short = "SNOMED CT or the CareBridge discharge-event system"
* eventCoding.system ^definition = "http://snomed.info/sct for ADW events, https://carebridge.org.uk/fhir/CodeSystem/discharge-event for the CareBridge events."
* eventCoding.code 1..1
* eventCoding.code ^short = "The event code"
* eventCoding.code ^definition = "The event code from the discharge-message-event value set."
* destination 1..* MS
* destination ^short = "Where the message goes"
* destination ^definition = "The receiving system and organisation."
* destination.name ^short = "Name of the receiving system"
* destination.name ^definition = "A human-readable name of the receiving system."
* destination.endpoint MS
* destination.endpoint ^short = "Address of the receiving system"
* destination.endpoint ^definition = "The URL (or other address) of the receiving system."
* destination.receiver MS
* destination.receiver only Reference($bd-organisation)
* destination.receiver ^short = "The receiving organisation (the council for a notice, the trust for a response)"
* destination.receiver ^definition = "The organisation the message is for: the council for notices and discharge events, the hospital trust for a council's responses. Required on a discharge notice (cb-message-1)."
* sender 1..1 MS
* sender only Reference($bd-organisation)
* sender ^short = "The sending organisation (the trust for a notice, the council for a response)"
* sender ^definition = "The organisation accountable for the message: the hospital trust for notices, withdrawals of notices and discharge events, the council for responses and their withdrawals."
* enterer ^short = "Who entered the information, if needed"
* enterer ^definition = "The person who entered the information, when different from the author."
* author MS
* author ^short = "The person responsible for the content (e.g. the discharge liaison nurse)"
* author ^definition = "The practitioner responsible for the content of the message."
* source MS
* source ^short = "The sending system"
* source ^definition = "The system that sent the message."
* source.name MS
* source.name ^short = "Name of the sending system"
* source.name ^definition = "A human-readable name of the sending system."
* source.endpoint MS
* source.endpoint ^short = "Address of the sending system"
* source.endpoint ^definition = "The URL (or other address) of the sending system, to which replies go."
* response MS
* response ^short = "The notice this message answers (responses only, cb-message-3)"
* response ^definition = "On an accept, reject, agreement or disagreement: the notice answered. response.identifier is that notice's MessageHeader.id; response.code is 'ok' for a business response (accept and reject alike: the reject is said by the event code)."
* response.identifier MS
* response.identifier ^short = "MessageHeader.id of the notice answered"
* response.identifier ^definition = "The MessageHeader.id of the notice this message answers."
* response.code MS
* response.code ^short = "ok (the message was processed; the event code says accept or reject)"
* response.code ^definition = "ok for business responses; transient-error or fatal-error only for technical failures."
* focus 1..1 MS
* focus only Reference($bd-hospital-encounter)
* focus ^short = "The hospital stay the message is about"
* focus ^definition = "The Encounter (hospital stay) the message is about; it is carried in the Bundle (the validator checks that a message focus resolves to an entry of the Bundle)."
* reason ^short = "Not used: the event code says why"
* reason ^definition = "Not used: the event code says why the message was sent."

// ---------------------------------------------------------------------------------------------------------
// Bundle (the message)
// ---------------------------------------------------------------------------------------------------------

Profile: CareBridgeDischargeMessage
Parent: Bundle
Id: carebridge-discharge-message
Title: "CareBridge discharge message"
Description: "A FHIR message carrying a discharge notification between a hospital trust and a council: the MessageHeader first, then the hospital stay (Encounter), the person (Patient), the organisations, the ward, and the clinicians named. Compatible with UK Core Bundle."
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Discharge message"
* . ^definition = "A message Bundle for one discharge event: header first, then every resource the header and the Encounter refer to."
* obeys cb-message-1 and cb-message-2 and cb-message-5 and cb-message-6
* identifier 1..1 MS
* identifier ^short = "Unique id of this message instance"
* identifier ^definition = "A persistent identifier for this Bundle, unique per message sent (a UUID)."
* identifier.system 1..1
* identifier.system ^short = "Identifier system, e.g. urn:ietf:rfc:3986"
* identifier.system ^definition = "The namespace of the message identifier."
* identifier.value 1..1
* identifier.value ^short = "Identifier value, e.g. urn:uuid:..."
* identifier.value ^definition = "The unique value of the message identifier."
* type = #message
* type MS
* type ^short = "Always 'message'"
* type ^definition = "The Bundle is a FHIR message."
* timestamp 1..1 MS
* timestamp ^short = "When the message was assembled"
* timestamp ^definition = "The date and time the message was assembled for sending."
* total ..0
* total ^short = "Not used"
* total ^definition = "Not used in a message."
* link ..0
* link ^short = "Not used"
* link ^definition = "Not used in a message."
* signature ^short = "Not used"
* signature ^definition = "Not used: transport security authenticates the sender."
* entry 3..* MS
* entry ^short = "The header, the Encounter, the Patient and the other resources referred to"
* entry ^definition = "Every resource of the message; the first is the MessageHeader (bdl-12)."
* entry ^slicing.discriminator.type = #type
* entry ^slicing.discriminator.path = "resource"
* entry ^slicing.rules = #open
* entry ^slicing.ordered = false
* entry.fullUrl 1..1 MS
* entry.fullUrl ^short = "Absolute URL of the resource (RESTful URL or urn:uuid)"
* entry.fullUrl ^definition = "The absolute URL of the entry; relative references in the message resolve against it."
* entry.resource ^short = "The resource"
* entry.resource ^definition = "The resource carried by this entry."
* entry.resource 1..1 MS
* entry.search ..0
* entry.search ^short = "Not used"
* entry.search ^definition = "Not used in a message."
* entry.request ..0
* entry.request ^short = "Not used"
* entry.request ^definition = "Not used in a message."
* entry.response ..0
* entry.response ^short = "Not used"
* entry.response ^definition = "Not used in a message."
* entry contains
    messageHeader 1..1 MS and
    encounter 1..1 MS and
    patient 1..1 MS and
    organisation 1..* MS and
    location 0..* MS and
    practitioner 0..* MS and
    practitionerRole 0..* MS
* entry[messageHeader] ^short = "The message header (first entry)"
* entry[messageHeader] ^definition = "The MessageHeader (carebridge-discharge-message-header); the first entry."
* entry[messageHeader].resource ^short = "The MessageHeader"
* entry[messageHeader].resource ^definition = "The MessageHeader (carebridge-discharge-message-header); the first entry."
* entry[messageHeader].resource only $bd-message-header
* entry[encounter] ^short = "The hospital stay"
* entry[encounter] ^definition = "The hospital stay (carebridge-hospital-encounter), the focus of the header."
* entry[encounter].resource ^short = "The hospital stay"
* entry[encounter].resource ^definition = "The hospital stay (carebridge-hospital-encounter), the focus of the header."
* entry[encounter].resource only $bd-hospital-encounter
* entry[patient] ^short = "The person"
* entry[patient] ^definition = "The person (carebridge-person)."
* entry[patient].resource ^short = "The person"
* entry[patient].resource ^definition = "The person (carebridge-person)."
* entry[patient].resource only $bd-person
* entry[organisation] ^short = "The sending and receiving organisations"
* entry[organisation] ^definition = "The sending and receiving organisations, and any other organisation referred to (carebridge-organisation)."
* entry[organisation].resource ^short = "The sending and receiving organisations, and any other organisation referred to"
* entry[organisation].resource ^definition = "The sending and receiving organisations, and any other organisation referred to (carebridge-organisation)."
* entry[organisation].resource only $bd-organisation
* entry[location] ^short = "The ward(s)"
* entry[location] ^definition = "The ward(s) of the stay (carebridge-hospital-location)."
* entry[location].resource ^short = "The ward(s) of the stay"
* entry[location].resource ^definition = "The ward(s) of the stay (carebridge-hospital-location)."
* entry[location].resource only $bd-hospital-location
* entry[practitioner] ^short = "Lead clinician and liaison contact"
* entry[practitioner] ^definition = "The lead clinician and the liaison contact (carebridge-practitioner)."
* entry[practitioner].resource ^short = "The lead clinician and the liaison contact"
* entry[practitioner].resource ^definition = "The lead clinician and the liaison contact (carebridge-practitioner)."
* entry[practitioner].resource only $bd-practitioner
* entry[practitionerRole] ^short = "Lead clinician and liaison contact roles"
* entry[practitionerRole] ^definition = "Their roles, when the Encounter refers to PractitionerRoles (carebridge-practitioner-role)."
* entry[practitionerRole].resource ^short = "Their roles, when the Encounter refers to PractitionerRoles"
* entry[practitionerRole].resource ^definition = "Their roles, when the Encounter refers to PractitionerRoles (carebridge-practitioner-role)."
* entry[practitionerRole].resource only $bd-practitioner-role
