// Discharge examples for the CareBridge story: the ward, the hospital stay, and three messages from
// University Hospitals of North Midlands (uhnm) to Staffordshire County Council (staffordshire-cc):
// an assessment notice, a discharge notice and the discharge itself. Patient, Organizations and
// Practitioners are the care-side author's instances (embedded in the messages by name).
// Owner: budget and discharge author.

Alias: $bd-discharge-destination-england = https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland

// ---------------------------------------------------------------------------------------------------------
// Ward
// ---------------------------------------------------------------------------------------------------------

Instance: ward-112
InstanceOf: CareBridgeHospitalLocation
Usage: #example
Title: "Ward 112, Royal Stoke University Hospital"
Description: "A ward at Royal Stoke University Hospital (ODS site RJE01), run by University Hospitals of North Midlands NHS Trust."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-location"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Ward 112 (older people's medicine), Royal Stoke University Hospital (ODS site RJE01), run by University Hospitals of North Midlands NHS Trust</p></div>"
* identifier[odsSiteCode].system = $ods-site
* identifier[odsSiteCode].value = "RJE01"
* status = #active
* name = "Ward 112"
* description = "Ward 112 (older people's medicine), Royal Stoke University Hospital"
* mode = #instance
* physicalType = $bd-location-physical-type#wa "Ward"
* telecom.system = #phone
* telecom.value = "01782 000112"
* telecom.use = #work
* address.line = "Newcastle Road"
* address.city = "Stoke-on-Trent"
* address.postalCode = "ST4 6QG"
* address.country = "GB"
* managingOrganization = Reference(Organization/uhnm) "University Hospitals of North Midlands NHS Trust"

// ---------------------------------------------------------------------------------------------------------
// The hospital stay
// ---------------------------------------------------------------------------------------------------------

// What every version of Margaret's stay says, whichever message carries it.
RuleSet: BDMargaretStayCommon
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-hospital-encounter"
* class = $v3-ActCode#IMP "inpatient encounter"
* subject = Reference(Patient/margaret-example) "Margaret Hollins"
* participant[leadClinician].type = $bd-participation-type#ATND "attender"
* participant[leadClinician].individual = Reference(Practitioner/consultant-okafor) "Dr Chinedu Okafor"
* participant[liaisonContact].type = $bd-participation-type#CALLBCK "callback contact"
* participant[liaisonContact].individual = Reference(Practitioner/liaison-nurse-hughes) "Rachel Hughes"
* period.start = "2026-10-02T14:20:00+01:00"
* reasonCode.text = "Fall at home: fractured left wrist, reduced mobility and confusion from a urinary tract infection"
* serviceProvider = Reference(Organization/uhnm) "University Hospitals of North Midlands NHS Trust"
* extension[noticeStatements].extension[referralReason].valueString = "Lives alone; needs help with personal care and meals on returning home, and reablement to regain confidence with walking"
* extension[noticeStatements].extension[patientConsulted].valueBoolean = true
* extension[noticeStatements].extension[carerConsultation].valueCoding = $cb-carer-consultation#no-known-carer "No known carer"
* extension[noticeStatements].extension[consent].valueCoding = $cb-consent-status#given "Consent given"
* extension[noticeStatements].extension[chcConsidered].valueBoolean = true
* extension[noticeStatements].extension[chcOutcome].valueCoding = $cb-chc-outcome#checklist-negative "Checklist negative: full assessment not required"
* extension[noticeStatements].extension[safeguardingConcerns].valueBoolean = false

Instance: margaret-admission
InstanceOf: CareBridgeHospitalEncounter
Usage: #example
Title: "Margaret Hollins's stay at Royal Stoke (as finally recorded)"
Description: "Admitted 2026-10-02 after a fall, clinically ready to leave hospital on 2026-10-13, discharged home on 2026-10-15 on pathway 1 with reablement."
* insert BDMargaretStayCommon
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret Hollins's stay on Ward 112, Royal Stoke University Hospital: admitted 2026-10-02 after a fall, ready to leave hospital on 2026-10-13, discharged home on 2026-10-15 on pathway 1 (home with new support).</p></div>"
* status = #finished
* period.end = "2026-10-15T11:30:00+01:00"
* extension[dischargePathway].valueCoding = $cb-pathway#1 "Pathway 1: home with new support"
* extension[proposedDischargeDate].valueDate = "2026-10-15"
* extension[dischargeReadyDate].valueDate = "2026-10-13"
* hospitalization.dischargeDisposition = $bd-discharge-destination-england#19 "Usual place of residence unless listed below, for example, a private dwelling whether owner occupied or owned by Local Authority, housing association or other landlord. This includes wardened accommodation but not residential accommodation where health care is provided. It also includes Patients with no fixed abode."
* location.location = Reference(Location/ward-112) "Ward 112"
* location.status = #completed
* location.period.start = "2026-10-02T14:20:00+01:00"
* location.period.end = "2026-10-15T11:30:00+01:00"

// The stay as the assessment notice (2026-10-05) describes it.
Instance: margaret-admission-at-assessment-notice
InstanceOf: CareBridgeHospitalEncounter
Usage: #inline
* id = "margaret-admission"
* insert BDMargaretStayCommon
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret Hollins's stay on Ward 112, Royal Stoke University Hospital, as the assessment notice describes it: admitted 2026-10-02 after a fall, still in hospital, discharge proposed for 2026-10-14.</p></div>"
* status = #in-progress
* extension[proposedDischargeDate].valueDate = "2026-10-14"
* location.location = Reference(Location/ward-112) "Ward 112"
* location.status = #active
* location.period.start = "2026-10-02T14:20:00+01:00"

// The stay as the discharge notice (2026-10-13) describes it.
Instance: margaret-admission-at-discharge-notice
InstanceOf: CareBridgeHospitalEncounter
Usage: #inline
* id = "margaret-admission"
* insert BDMargaretStayCommon
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret Hollins's stay on Ward 112, Royal Stoke University Hospital, as the discharge notice describes it: admitted 2026-10-02, ready to leave hospital on 2026-10-13, discharge home proposed for 2026-10-15 on pathway 1.</p></div>"
* status = #in-progress
* extension[dischargePathway].valueCoding = $cb-pathway#1 "Pathway 1: home with new support"
* extension[proposedDischargeDate].valueDate = "2026-10-15"
* extension[dischargeReadyDate].valueDate = "2026-10-13"
* location.location = Reference(Location/ward-112) "Ward 112"
* location.status = #active
* location.period.start = "2026-10-02T14:20:00+01:00"

// ---------------------------------------------------------------------------------------------------------
// Message headers (inline: they live inside the message Bundles)
// ---------------------------------------------------------------------------------------------------------

// Hospital trust -> council.
RuleSet: BDHospitalToCouncil
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message-header"
* destination.name = "Staffordshire County Council adult social care case management"
* destination.endpoint = "https://messaging.staffordshire-cc.example.org/fhir"
* destination.receiver = Reference(Organization/staffordshire-cc) "Staffordshire County Council"
* sender = Reference(Organization/uhnm) "University Hospitals of North Midlands NHS Trust"
* author = Reference(Practitioner/liaison-nurse-hughes) "Rachel Hughes"
* source.name = "UHNM patient administration system"
* source.endpoint = "https://messaging.uhnm.example.org/fhir"
* focus = Reference(Encounter/margaret-admission)

Instance: assessment-notice-header
InstanceOf: CareBridgeDischargeMessageHeader
Usage: #inline
* id = "5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e01"
* insert BDHospitalToCouncil
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Assessment notice from University Hospitals of North Midlands NHS Trust to Staffordshire County Council about a stay on Ward 112.</p></div>"
* eventCoding = $sct#975701000000106 "Assessment Notice"

Instance: discharge-notice-header
InstanceOf: CareBridgeDischargeMessageHeader
Usage: #inline
* id = "5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e02"
* insert BDHospitalToCouncil
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Discharge notice from University Hospitals of North Midlands NHS Trust to Staffordshire County Council about a stay on Ward 112.</p></div>"
* eventCoding = $sct#975731000000100 "Discharge Notice"

Instance: discharged-header
InstanceOf: CareBridgeDischargeMessageHeader
Usage: #inline
* id = "5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e03"
* insert BDHospitalToCouncil
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Patient discharged: University Hospitals of North Midlands NHS Trust tells Staffordshire County Council that the stay on Ward 112 has ended.</p></div>"
* eventCoding = $cb-discharge-event#patient-discharged "Patient discharged"

// ---------------------------------------------------------------------------------------------------------
// The messages
// ---------------------------------------------------------------------------------------------------------

// Everything after the header and the Encounter: the person, both organisations, the ward, the clinicians.
RuleSet: BDMessageParticipants
* entry[2].fullUrl = "https://fhir.example.org/uhnm/Patient/margaret-example"
* entry[2].resource = margaret-example
* entry[3].fullUrl = "https://fhir.example.org/uhnm/Organization/uhnm"
* entry[3].resource = uhnm
* entry[4].fullUrl = "https://fhir.example.org/uhnm/Organization/staffordshire-cc"
* entry[4].resource = staffordshire-cc
* entry[5].fullUrl = "https://fhir.example.org/uhnm/Location/ward-112"
* entry[5].resource = ward-112
* entry[6].fullUrl = "https://fhir.example.org/uhnm/Practitioner/consultant-okafor"
* entry[6].resource = consultant-okafor
* entry[7].fullUrl = "https://fhir.example.org/uhnm/Practitioner/liaison-nurse-hughes"
* entry[7].resource = liaison-nurse-hughes

Instance: assessment-notice-example
InstanceOf: CareBridgeDischargeMessage
Usage: #example
Title: "Assessment notice: UHNM to Staffordshire County Council"
Description: "Three days after admission the hospital tells the council that Margaret is likely to need care and support after discharge, proposing discharge on 2026-10-14."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message"
* identifier.system = "urn:ietf:rfc:3986"
* identifier.value = "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a11"
* type = #message
* timestamp = "2026-10-05T10:15:00+01:00"
* entry[0].fullUrl = "https://fhir.example.org/uhnm/MessageHeader/5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e01"
* entry[0].resource = assessment-notice-header
* entry[1].fullUrl = "https://fhir.example.org/uhnm/Encounter/margaret-admission"
* entry[1].resource = margaret-admission-at-assessment-notice
* insert BDMessageParticipants

Instance: discharge-notice-example
InstanceOf: CareBridgeDischargeMessage
Usage: #example
Title: "Discharge notice: UHNM to Staffordshire County Council"
Description: "Margaret is clinically ready to leave hospital on 2026-10-13; the hospital proposes discharge home on 2026-10-15 on pathway 1 (home with new support)."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message"
* identifier.system = "urn:ietf:rfc:3986"
* identifier.value = "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a12"
* type = #message
* timestamp = "2026-10-13T15:40:00+01:00"
* entry[0].fullUrl = "https://fhir.example.org/uhnm/MessageHeader/5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e02"
* entry[0].resource = discharge-notice-header
* entry[1].fullUrl = "https://fhir.example.org/uhnm/Encounter/margaret-admission"
* entry[1].resource = margaret-admission-at-discharge-notice
* insert BDMessageParticipants

Instance: discharged-example
InstanceOf: CareBridgeDischargeMessage
Usage: #example
Title: "Patient discharged: UHNM to Staffordshire County Council"
Description: "Margaret left hospital on 2026-10-15 at 11:30 for her home (discharge destination 19, usual place of residence) on pathway 1."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message"
* identifier.system = "urn:ietf:rfc:3986"
* identifier.value = "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a13"
* type = #message
* timestamp = "2026-10-15T12:05:00+01:00"
* entry[0].fullUrl = "https://fhir.example.org/uhnm/MessageHeader/5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e03"
* entry[0].resource = discharged-header
* entry[1].fullUrl = "https://fhir.example.org/uhnm/Encounter/margaret-admission"
* entry[1].resource = margaret-admission
* insert BDMessageParticipants

// ---------------------------------------------------------------------------------------------------------
// A council response (not in the contract's list of ids; shows response.identifier)
// ---------------------------------------------------------------------------------------------------------

Instance: assessment-accept-header
InstanceOf: CareBridgeDischargeMessageHeader
Usage: #inline
* id = "8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e04"
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message-header"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Staffordshire County Council accepts the assessment notice of 2026-10-05 from University Hospitals of North Midlands NHS Trust.</p></div>"
* eventCoding = $sct#975711000000108 "Assessment Notice Accept"
* destination.name = "UHNM patient administration system"
* destination.endpoint = "https://messaging.uhnm.example.org/fhir"
* destination.receiver = Reference(Organization/uhnm) "University Hospitals of North Midlands NHS Trust"
* sender = Reference(Organization/staffordshire-cc) "Staffordshire County Council"
* source.name = "Staffordshire County Council adult social care case management"
* source.endpoint = "https://messaging.staffordshire-cc.example.org/fhir"
* response.identifier = "5a1c7e2e-3f4b-4d6a-9c1e-0b7d2a4f6e01"
* response.code = #ok
* focus = Reference(Encounter/margaret-admission)

Instance: assessment-accept-example
InstanceOf: CareBridgeDischargeMessage
Usage: #example
Title: "Assessment notice accept: Staffordshire County Council to UHNM"
Description: "The council accepts the assessment notice of 2026-10-05 (response.identifier is that notice's MessageHeader.id) and will assess Margaret before discharge."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message"
* identifier.system = "urn:ietf:rfc:3986"
* identifier.value = "urn:uuid:0f6a7c3e-8d21-4b59-a1e4-6c2d9b8f0a14"
* type = #message
* timestamp = "2026-10-05T14:02:00+01:00"
* entry[0].fullUrl = "https://fhir.example.org/staffordshire-cc/MessageHeader/8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e04"
* entry[0].resource = assessment-accept-header
* entry[1].fullUrl = "https://fhir.example.org/staffordshire-cc/Encounter/margaret-admission"
* entry[1].resource = margaret-admission-at-assessment-notice
* entry[2].fullUrl = "https://fhir.example.org/staffordshire-cc/Patient/margaret-example"
* entry[2].resource = margaret-example
* entry[3].fullUrl = "https://fhir.example.org/staffordshire-cc/Organization/uhnm"
* entry[3].resource = uhnm
* entry[4].fullUrl = "https://fhir.example.org/staffordshire-cc/Organization/staffordshire-cc"
* entry[4].resource = staffordshire-cc
* entry[5].fullUrl = "https://fhir.example.org/staffordshire-cc/Location/ward-112"
* entry[5].resource = ward-112
* entry[6].fullUrl = "https://fhir.example.org/staffordshire-cc/Practitioner/consultant-okafor"
* entry[6].resource = consultant-okafor
* entry[7].fullUrl = "https://fhir.example.org/staffordshire-cc/Practitioner/liaison-nurse-hughes"
* entry[7].resource = liaison-nurse-hughes
