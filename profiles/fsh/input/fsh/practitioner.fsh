// carebridge-practitioner and carebridge-practitioner-role: staff of councils and trusts.
// Derived from UK Core STU2's UKCore-Practitioner and UKCore-PractitionerRole.

Invariant: cb-practitioner-1
Description: "A GMC reference number is 7 digits."
Severity: #error
Expression: "value.matches('^[0-9]{7}$')"

Invariant: cb-practitioner-2
Description: "An NMC PIN is 2 digits, a capital letter, 4 digits and a capital letter (e.g. 12A3456E)."
Severity: #error
Expression: "value.matches('^[0-9]{2}[A-Z][0-9]{4}[A-Z]$')"

Invariant: cb-practitioner-3
Description: "A Social Work England registration number is SW followed by digits (e.g. SW104321)."
Severity: #error
Expression: "value.matches('^SW[0-9]+$')"

Profile: CareBridgePractitioner
Parent: UKCore-Practitioner
Id: carebridge-practitioner
Title: "CareBridge Practitioner"
Description: "A member of staff in health or social care (nurse, social worker, doctor, therapist, co-ordinator). Identified by their professional registration number(s) and, where they have one, their NHS Spine (SDS) user id. Derived from UK Core's UKCore-Practitioner (fhir.r4.ukcore.stu2 2.0.2)."
* ^status = #draft
* ^experimental = false
* identifier 1..* MS
* identifier ^short = "Professional registration numbers and SDS user id"
* identifier ^definition = "At least one identifier: a professional registration number (GMC, NMC, HCPC, Social Work England) for registered staff, or the SDS user id (or another local staff identifier) for staff with no register, such as health and social care co-ordinators. Sliced by system (open)."
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier ^slicing.description = "Sliced by identifier system: one slice per register."
* identifier contains gmcNumber 0..1 MS and nmcNumber 0..1 MS and hcpcNumber 0..1 MS and sweNumber 0..1 MS and sdsUserId 0..1 MS
* identifier[gmcNumber] ^short = "GMC reference number (doctors)"
* identifier[gmcNumber] ^definition = "General Medical Council reference number: 7 digits (invariant cb-practitioner-1)."
* identifier[gmcNumber] obeys cb-practitioner-1
* identifier[gmcNumber].system 1..1
* identifier[gmcNumber].system = $gmc (exactly)
* identifier[gmcNumber].value 1..1 MS
* identifier[gmcNumber].system ^short = "https://fhir.hl7.org.uk/Id/gmc-number"
* identifier[gmcNumber].system ^definition = "The identifier system for the GMC reference number."
* identifier[gmcNumber].value ^short = "The GMC reference number"
* identifier[gmcNumber].value ^definition = "The GMC reference number, as the register issues it, without spaces."
* identifier[nmcNumber] ^short = "NMC PIN (nurses and midwives)"
* identifier[nmcNumber] ^definition = "Nursing and Midwifery Council personal identification number, e.g. 12A3456E (invariant cb-practitioner-2)."
* identifier[nmcNumber] obeys cb-practitioner-2
* identifier[nmcNumber].system 1..1
* identifier[nmcNumber].system = $nmc (exactly)
* identifier[nmcNumber].value 1..1 MS
* identifier[nmcNumber].system ^short = "https://fhir.hl7.org.uk/Id/nmc-number"
* identifier[nmcNumber].system ^definition = "The identifier system for the NMC PIN."
* identifier[nmcNumber].value ^short = "The NMC PIN"
* identifier[nmcNumber].value ^definition = "The NMC PIN, as the register issues it, without spaces."
* identifier[hcpcNumber] ^short = "HCPC registration number (therapists)"
* identifier[hcpcNumber] ^definition = "Health and Care Professions Council registration number, e.g. OT12345 or PH12345, for occupational therapists and physiotherapists."
* identifier[hcpcNumber].system 1..1
* identifier[hcpcNumber].system = $hcpc (exactly)
* identifier[hcpcNumber].value 1..1 MS
* identifier[hcpcNumber].system ^short = "https://fhir.hl7.org.uk/Id/hcpc-number"
* identifier[hcpcNumber].system ^definition = "The identifier system for the HCPC registration number."
* identifier[hcpcNumber].value ^short = "The HCPC registration number"
* identifier[hcpcNumber].value ^definition = "The HCPC registration number, as the register issues it, without spaces."
* identifier[sweNumber] ^short = "Social Work England registration number"
* identifier[sweNumber] ^definition = "Social Work England registration number, e.g. SW104321 (invariant cb-practitioner-3). Social Work England publishes no FHIR identifier system, so CareBridge defines https://carebridge.org.uk/fhir/Id/swe-registration-number."
* identifier[sweNumber] obeys cb-practitioner-3
* identifier[sweNumber].system 1..1
* identifier[sweNumber].system = $swe (exactly)
* identifier[sweNumber].value 1..1 MS
* identifier[sweNumber].system ^short = "https://carebridge.org.uk/fhir/Id/swe-registration-number"
* identifier[sweNumber].system ^definition = "The identifier system for the Social Work England registration number."
* identifier[sweNumber].value ^short = "The Social Work England registration number"
* identifier[sweNumber].value ^definition = "The Social Work England registration number, as the register issues it, without spaces."
* identifier[sdsUserId] ^short = "SDS user id (NHS Spine directory)"
* identifier[sdsUserId] ^definition = "The person's user id in the NHS Spine Directory Service, for staff with an NHS smartcard."
* identifier[sdsUserId].system 1..1
* identifier[sdsUserId].system = $sds-user (exactly)
* identifier[sdsUserId].value 1..1 MS
* identifier[sdsUserId].system ^short = "https://fhir.nhs.uk/Id/sds-user-id"
* identifier[sdsUserId].system ^definition = "The identifier system for the SDS user id."
* identifier[sdsUserId].value ^short = "The SDS user id"
* identifier[sdsUserId].value ^definition = "The SDS user id, as the register issues it, without spaces."
* name 1..* MS
* name ^short = "The practitioner's name"
* name ^definition = "The practitioner's name as it should appear to the person and to colleagues."
* telecom MS
* telecom ^short = "Work contact details"
* telecom ^definition = "Work telephone or e-mail, so that a key worker can be contacted."

Profile: CareBridgePractitionerRole
Parent: UKCore-PractitionerRole
Id: carebridge-practitioner-role
Title: "CareBridge Practitioner role"
Description: "A practitioner working for one organisation in one profession: e.g. a district nurse employed by the community trust, or a social worker employed by the council. Key workers are referenced through their role. Derived from UK Core's UKCore-PractitionerRole (fhir.r4.ukcore.stu2 2.0.2)."
* ^status = #draft
* ^experimental = false
* active MS
* active ^short = "Whether the role is current"
* active ^definition = "Whether this practitioner still works in this role."
* period MS
* period ^short = "When the practitioner held the role"
* period ^definition = "The period during which the practitioner works in this role for the organisation."
* practitioner 1..1 MS
* practitioner only Reference(CareBridgePractitioner)
* practitioner ^short = "The practitioner"
* practitioner ^definition = "The member of staff who holds the role."
* organization 1..1 MS
* organization only Reference(CareBridgeOrganisation)
* organization ^short = "The employing organisation (council or trust)"
* organization ^definition = "The organisation the practitioner works for in this role."
* code 1..* MS
* code from KeyWorkerProfessionVS (extensible)
* code ^short = "Profession: social worker, nurse, OT, physiotherapist, co-ordinator"
* code ^definition = "The practitioner's profession in this role, from the key worker profession value set where it applies (extensible: other professions, such as doctors, use a SNOMED CT occupation)."
* specialty ^short = "Specialty or service (e.g. district nursing)"
* specialty ^definition = "The specialty or service the practitioner works in."
* telecom MS
* telecom ^short = "Contact details for the role"
* telecom ^definition = "Work telephone or e-mail for this role."
