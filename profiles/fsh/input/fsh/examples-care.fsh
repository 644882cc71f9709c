// The CareBridge example story, care side: Margaret Hollins (84) of Stafford, discharged from Royal Stoke
// on pathway 1 with reablement; key worker hand-over from a district nurse (MPFT) to a social worker
// (Staffordshire County Council); a joint care plan agreed with her. Example data only: the NHS number is
// a valid test number, organisation codes other than the trusts' are illustrative.

Alias: $care-org-type = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $care-condition-clinical = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $care-goal-achievement = http://terminology.hl7.org/CodeSystem/goal-achievement
Alias: $care-loinc = http://loinc.org

RuleSet: CareBundleEntry(type, id)
* entry[+].fullUrl = "https://carebridge.org.uk/fhir/example/{type}/{id}"
* entry[=].resource = {id}

// ---------------------------------------------------------------------------------------------------------
// The person

Instance: margaret-example
InstanceOf: CareBridgePerson
Title: "Margaret Hollins, the person supported"
Description: "An 84-year-old woman who lives alone in Stafford (example data)."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret Hollins, the person supported</p></div>"
* identifier[0].system = $nhs-number
* identifier[0].value = "9434765919"
* identifier[0].extension[0].url = $ukcore-nhs-verification-ext
* identifier[0].extension[0].valueCodeableConcept = $ukcore-nhs-verification#01 "Number present and verified"
* identifier[1].system = $la-person-id-scc
* identifier[1].value = "SCC-100234"
* name.use = #official
* name.family = "Hollins"
* name.given[0] = "Margaret"
* name.given[1] = "Elizabeth"
* name.prefix = "Mrs"
* gender = #female
* birthDate = "1942-03-14"
* address.use = #home
* address.line = "12 Lichfield Road"
* address.city = "Stafford"
* address.district = "Staffordshire"
* address.postalCode = "ST17 4JX"
* address.country = "GB"
* telecom.system = #phone
* telecom.value = "01785 000000"
* telecom.use = #home

// ---------------------------------------------------------------------------------------------------------
// Organisations

Instance: uhnm
InstanceOf: CareBridgeOrganisation
Title: "University Hospitals of North Midlands NHS Trust"
Description: "The acute trust that runs Royal Stoke University Hospital."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>University Hospitals of North Midlands NHS Trust</p></div>"
* identifier[odsOrganisationCode].system = $ods-org
* identifier[odsOrganisationCode].value = "RJE"
* active = true
* type = $care-org-type#prov "Healthcare Provider"
* name = "University Hospitals of North Midlands NHS Trust"
* address.line = "Newcastle Road"
* address.city = "Stoke-on-Trent"
* address.postalCode = "ST4 6QG"
* address.country = "GB"

Instance: staffordshire-cc
InstanceOf: CareBridgeOrganisation
Title: "Staffordshire County Council"
Description: "The council (CASSR) responsible for Margaret's adult social care. ODS code illustrative."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Staffordshire County Council</p></div>"
* identifier[odsOrganisationCode].system = $ods-org
* identifier[odsOrganisationCode].value = "SCC01"
* active = true
* type = $care-org-type#govt "Government"
* name = "Staffordshire County Council"
* address.line = "1 Staffordshire Place, Tipping Street"
* address.city = "Stafford"
* address.postalCode = "ST16 2DH"
* address.country = "GB"

Instance: mpft
InstanceOf: CareBridgeOrganisation
Title: "Midlands Partnership University NHS Foundation Trust"
Description: "The community trust: district nursing and the reablement team."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Midlands Partnership University NHS Foundation Trust</p></div>"
* identifier[odsOrganisationCode].system = $ods-org
* identifier[odsOrganisationCode].value = "RRE"
* active = true
* type = $care-org-type#prov "Healthcare Provider"
* name = "Midlands Partnership University NHS Foundation Trust"
* address.line = "St George's Hospital, Corporation Street"
* address.city = "Stafford"
* address.postalCode = "ST16 3SR"
* address.country = "GB"

Instance: stafford-home-care
InstanceOf: CareBridgeOrganisation
Title: "Stafford Home Care Ltd"
Description: "The home care agency the council commissions for Margaret's home care. Name and ODS code illustrative."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Stafford Home Care Ltd</p></div>"
* identifier[odsOrganisationCode].system = $ods-org
* identifier[odsOrganisationCode].value = "SHC01"
* active = true
* type = $care-org-type#prov "Healthcare Provider"
* name = "Stafford Home Care Ltd"
* address.city = "Stafford"
* address.country = "GB"

// ---------------------------------------------------------------------------------------------------------
// Practitioners and their roles

Instance: district-nurse-jones
InstanceOf: CareBridgePractitioner
Title: "Sarah Jones, district nurse"
Description: "A district nurse at MPFT; Margaret's first key worker after discharge."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Sarah Jones, district nurse</p></div>"
* identifier[nmcNumber].system = $nmc
* identifier[nmcNumber].value = "14A5678E"
* identifier[sdsUserId].system = $sds-user
* identifier[sdsUserId].value = "555012345678"
* name.family = "Jones"
* name.given = "Sarah"
* name.prefix = "Ms"
* telecom.system = #phone
* telecom.value = "0300 000 0001"
* telecom.use = #work

Instance: social-worker-patel
InstanceOf: CareBridgePractitioner
Title: "Priya Patel, social worker"
Description: "A social worker at Staffordshire County Council; Margaret's key worker from 2 November 2026."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Priya Patel, social worker</p></div>"
* identifier[sweNumber].system = $swe
* identifier[sweNumber].value = "SW104321"
* name.family = "Patel"
* name.given = "Priya"
* name.prefix = "Ms"
* telecom.system = #phone
* telecom.value = "0300 000 0002"
* telecom.use = #work

Instance: consultant-okafor
InstanceOf: CareBridgePractitioner
Title: "Dr Chinedu Okafor, consultant"
Description: "The consultant geriatrician who led Margaret's care in hospital."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Dr Chinedu Okafor, consultant</p></div>"
* identifier[gmcNumber].system = $gmc
* identifier[gmcNumber].value = "7123456"
* name.family = "Okafor"
* name.given = "Chinedu"
* name.prefix = "Dr"

Instance: liaison-nurse-hughes
InstanceOf: CareBridgePractitioner
Title: "Rachel Hughes, discharge liaison nurse"
Description: "The hospital discharge liaison nurse at Royal Stoke who contacts the council."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Rachel Hughes, discharge liaison nurse</p></div>"
* identifier[nmcNumber].system = $nmc
* identifier[nmcNumber].value = "11B2345E"
* name.family = "Hughes"
* name.given = "Rachel"
* name.prefix = "Ms"
* telecom.system = #phone
* telecom.value = "01782 000003"
* telecom.use = #work

Instance: district-nurse-jones-mpft
InstanceOf: CareBridgePractitionerRole
Title: "Sarah Jones, district nurse at MPFT"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner-role"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Sarah Jones, district nurse at MPFT</p></div>"
* active = true
* practitioner = Reference(district-nurse-jones) "Sarah Jones"
* organization = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"
* code = $cb-profession#nurse "Nurse"
* specialty.text = "District nursing"
* telecom.system = #phone
* telecom.value = "0300 000 0001"
* telecom.use = #work

Instance: social-worker-patel-scc
InstanceOf: CareBridgePractitionerRole
Title: "Priya Patel, social worker at Staffordshire County Council"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner-role"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Priya Patel, social worker at Staffordshire County Council</p></div>"
* active = true
* practitioner = Reference(social-worker-patel) "Priya Patel"
* organization = Reference(staffordshire-cc) "Staffordshire County Council"
* code = $cb-profession#social-worker "Social worker"
* specialty.text = "Adult social care, Stafford locality team"
* telecom.system = #phone
* telecom.value = "0300 000 0002"
* telecom.use = #work

Instance: consultant-okafor-uhnm
InstanceOf: CareBridgePractitionerRole
Title: "Dr Chinedu Okafor, consultant at UHNM"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner-role"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Dr Chinedu Okafor, consultant at UHNM</p></div>"
* active = true
* practitioner = Reference(consultant-okafor) "Dr Chinedu Okafor"
* organization = Reference(uhnm) "University Hospitals of North Midlands NHS Trust"
* code = $sct#158965000 "Medical practitioner"
* specialty.text = "Geriatric medicine"

Instance: liaison-nurse-hughes-uhnm
InstanceOf: CareBridgePractitionerRole
Title: "Rachel Hughes, discharge liaison nurse at UHNM"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner-role"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Rachel Hughes, discharge liaison nurse at UHNM</p></div>"
* active = true
* practitioner = Reference(liaison-nurse-hughes) "Rachel Hughes"
* organization = Reference(uhnm) "University Hospitals of North Midlands NHS Trust"
* code = $cb-profession#nurse "Nurse"
* specialty.text = "Hospital discharge liaison"
* telecom.system = #phone
* telecom.value = "01782 000003"
* telecom.use = #work

// ---------------------------------------------------------------------------------------------------------
// Key worker care team: district nurse Jones (MPFT) 15 Oct - 1 Nov 2026, then social worker Patel (council)

Instance: margaret-key-worker-team
InstanceOf: CareBridgeKeyWorkerCareTeam
Title: "Margaret's care team and key workers"
Description: "Key worker hand-over from the district nurse to the social worker."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-key-worker-care-team"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret's care team and key workers</p></div>"
* extension[keyWorkerContinuity].valueBoolean = true
* status = #active
* name = "Margaret Hollins - care team"
* subject = Reference(margaret-example) "Margaret Hollins"
* period.start = "2026-10-15"
* participant[0].role[0] = $cb-care-team-role#key-worker "Key worker"
* participant[0].role[1] = $cb-profession#nurse "Nurse"
* participant[0].member = Reference(district-nurse-jones) "Sarah Jones (district nurse)"
* participant[0].onBehalfOf = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"
* participant[0].period.start = "2026-10-15"
* participant[0].period.end = "2026-11-01"
* participant[1].role[0] = $cb-care-team-role#key-worker "Key worker"
* participant[1].role[1] = $cb-profession#social-worker "Social worker"
* participant[1].member = Reference(social-worker-patel) "Priya Patel (social worker)"
* participant[1].onBehalfOf = Reference(staffordshire-cc) "Staffordshire County Council"
* participant[1].period.start = "2026-11-02"
* participant[2].member = Reference(margaret-example) "Margaret Hollins"
* managingOrganization[0] = Reference(staffordshire-cc) "Staffordshire County Council"
* managingOrganization[1] = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"

// ---------------------------------------------------------------------------------------------------------
// Needs and goals

Instance: margaret-need-personal-care
InstanceOf: CareBridgeNeed
Title: "Need: personal care"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-need"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Need: personal care</p></div>"
* clinicalStatus = $care-condition-clinical#active
* category = $care-condition-category#problem-list-item "Problem List Item"
* code = $cb-support-reason#physical-personal-care "Physical Support: Personal care support"
* code.text = "Needs help to wash, dress and get in and out of bed since breaking her hip."
* subject = Reference(margaret-example) "Margaret Hollins"
* recordedDate = "2026-10-13"
* recorder = Reference(district-nurse-jones) "Sarah Jones (district nurse)"

Instance: margaret-need-mobility
InstanceOf: CareBridgeNeed
Title: "Need: getting out and about"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-need"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Need: getting out and about</p></div>"
* clinicalStatus = $care-condition-clinical#active
* category = $care-condition-category#problem-list-item "Problem List Item"
* code = $cb-support-reason#physical-access-mobility "Physical Support: Access & mobility only"
* code.text = "Cannot yet walk to the shops or manage the bus on her own; walks indoors with a frame."
* subject = Reference(margaret-example) "Margaret Hollins"
* recordedDate = "2026-10-13"
* recorder = Reference(district-nurse-jones) "Sarah Jones (district nurse)"

Instance: margaret-need-isolation
InstanceOf: CareBridgeNeed
Title: "Need: loneliness"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-need"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Need: loneliness</p></div>"
* clinicalStatus = $care-condition-clinical#active
* category = $care-condition-category#problem-list-item "Problem List Item"
* code = $cb-support-reason#social-isolation-other "Social Support: Social Isolation/Other"
* code.text = "Lives alone since her husband died and has lost touch with her church friends since the fall."
* subject = Reference(margaret-example) "Margaret Hollins"
* recordedDate = "2026-11-05"
* recorder = Reference(social-worker-patel) "Priya Patel (social worker)"

Instance: margaret-goal-wash-dress
InstanceOf: CareBridgeGoal
Title: "What matters to me: washing and dressing myself"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-goal"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>What matters to me: washing and dressing myself</p></div>"
* lifecycleStatus = #active
* achievementStatus = $care-goal-achievement#improving "Improving"
* description.text = "I want to get myself washed and dressed in the morning again, like I did before my fall."
* subject = Reference(margaret-example) "Margaret Hollins"
* expressedBy = Reference(margaret-example) "Margaret Hollins"
* target.dueDate = "2026-11-25"
* addresses = Reference(margaret-need-personal-care)

Instance: margaret-goal-stay-home
InstanceOf: CareBridgeGoal
Title: "What matters to me: staying in my own home"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-goal"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>What matters to me: staying in my own home</p></div>"
* lifecycleStatus = #active
* description.text = "I want to stay in my own house in Stafford with my garden and my cat, not go into a home."
* subject = Reference(margaret-example) "Margaret Hollins"
* expressedBy = Reference(margaret-example) "Margaret Hollins"
* addresses[0] = Reference(margaret-need-personal-care)
* addresses[1] = Reference(margaret-need-mobility)

Instance: margaret-goal-church
InstanceOf: CareBridgeGoal
Title: "What matters to me: church on Sundays"
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-goal"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>What matters to me: church on Sundays</p></div>"
* lifecycleStatus = #active
* description.text = "I want to get back to St Mary's on a Sunday and have a cup of tea with my friends afterwards."
* subject = Reference(margaret-example) "Margaret Hollins"
* expressedBy = Reference(margaret-example) "Margaret Hollins"
* target.dueDate = "2026-12-31"
* addresses[0] = Reference(margaret-need-isolation)
* addresses[1] = Reference(margaret-need-mobility)

// ---------------------------------------------------------------------------------------------------------
// Information-sharing agreement

Instance: margaret-sharing-consent
InstanceOf: CareBridgeSharingConsent
Title: "Margaret's information-sharing agreement"
Description: "Margaret agrees that the council and the two trusts share her information to plan and give her care."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-sharing-consent"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret's information-sharing agreement</p></div>"
* extension[consentStatus].valueCoding = $cb-consent-status#given "Consent given"
* status = #active
* scope = $consentscope#patient-privacy "Privacy Consent"
* category = $care-loinc#59284-0 "Patient Consent"
* category.text = "Agreement to share information between health and social care"
* patient = Reference(margaret-example) "Margaret Hollins"
* dateTime = "2026-10-14T11:30:00+01:00"
* performer = Reference(margaret-example) "Margaret Hollins"
* organization[0] = Reference(staffordshire-cc) "Staffordshire County Council"
* organization[1] = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"
* organization[2] = Reference(uhnm) "University Hospitals of North Midlands NHS Trust"
* policy.uri = "https://carebridge.org.uk/example/policy/staffordshire-inter-agency-information-sharing-protocol"
* provision.type = #permit
* provision.period.start = "2026-10-14"

// A variant, not part of Margaret's record: the same agreement had she lacked capacity to consent.
Instance: sharing-consent-lacks-capacity-example
InstanceOf: CareBridgeSharingConsent
Title: "Information-sharing decision for a person who lacks capacity"
Description: "Illustration only (not part of Margaret's record): had Margaret lacked the capacity to consent, her social worker would record a best-interest decision (Mental Capacity Act 2005) that the council and the two trusts share her information."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-sharing-consent"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Best-interest decision to share information for a person who lacks capacity to consent (illustration)</p></div>"
* extension[consentStatus].valueCoding = $cb-consent-status#lacks-capacity "Lacks capacity to consent"
* extension[legalBasis].valueCoding = $cb-consent-legal-basis#best-interest-decision "Best-interest decision"
* status = #active
* scope = $consentscope#patient-privacy "Privacy Consent"
* category = $care-loinc#59284-0 "Patient Consent"
* category.text = "Agreement to share information between health and social care"
* patient = Reference(margaret-example) "Margaret Hollins"
* dateTime = "2026-10-14T11:30:00+01:00"
* performer = Reference(social-worker-patel-scc) "Priya Patel (social worker, best-interest decision maker)"
* organization[0] = Reference(staffordshire-cc) "Staffordshire County Council"
* organization[1] = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"
* organization[2] = Reference(uhnm) "University Hospitals of North Midlands NHS Trust"
* policy.uri = "https://carebridge.org.uk/example/policy/staffordshire-inter-agency-information-sharing-protocol"
* provision.type = #permit
* provision.period.start = "2026-10-14"

// ---------------------------------------------------------------------------------------------------------
// The joint care plan

Instance: margaret-joint-care-plan
InstanceOf: CareBridgeJointCarePlan
Title: "Margaret's joint care and support plan"
Description: "Agreed with Margaret: reablement (ST-Max) after discharge, free for six weeks; then home care commissioned by the council (GBP 175.00 a week) and a personal assistant paid by direct payment (GBP 237.50 a week), together her personal budget of GBP 412.50 a week."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-joint-care-plan"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret's joint care and support plan</p></div>"
* extension[nextReviewDate].valueDate = "2026-12-10"
* extension[personAgreement].extension[agreed].valueBoolean = true
* extension[personAgreement].extension[date].valueDate = "2026-11-05"
* extension[personAgreement].extension[agreedBy].valueReference = Reference(margaret-example) "Margaret Hollins"
* extension[contingencyPlan].valueMarkdown = "If a carer or Margaret's personal assistant does not arrive within 30 minutes, Margaret or her neighbour rings Stafford Home Care on 01785 000004, who send a back-up carer. Out of hours ring the council's emergency duty team on 0345 000 0005. If Margaret falls, she presses her pendant alarm (Staffordshire Telecare); if she is unwell, ring 111 or, in an emergency, 999. Her daughter Anne (07700 900123) is her emergency contact."
* status = #active
* intent = #plan
* category[jointPlan] = $cb-care-plan-category#joint-health-social-care "Joint health and social care plan"
* title = "Margaret's care and support plan"
* description = "Margaret broke her hip in October 2026 and came home from Royal Stoke on 15 October with reablement. She lives alone, loves her garden and her church, and wants to stay independent in her own home."
* subject = Reference(margaret-example) "Margaret Hollins"
* period.start = "2026-10-15"
* created = "2026-10-14"
* author = Reference(social-worker-patel-scc) "Priya Patel (social worker, key worker)"
* contributor[0] = Reference(margaret-example) "Margaret Hollins"
* contributor[1] = Reference(district-nurse-jones-mpft) "Sarah Jones (district nurse, MPFT)"
* contributor[2] = Reference(social-worker-patel-scc) "Priya Patel (social worker, Staffordshire County Council)"
* careTeam = Reference(margaret-key-worker-team)
* addresses[0] = Reference(margaret-need-personal-care)
* addresses[1] = Reference(margaret-need-mobility)
* addresses[2] = Reference(margaret-need-isolation)
* supportingInfo[0] = Reference(margaret-sharing-consent) "Information-sharing agreement"
* supportingInfo[1] = Reference(Account/margaret-personal-budget) "Integrated personal budget"
* goal[0] = Reference(margaret-goal-wash-dress)
* goal[1] = Reference(margaret-goal-stay-home)
* goal[2] = Reference(margaret-goal-church)
// Reablement (ST-Max): six weeks from discharge, free to Margaret, by the MPFT reablement team
* activity[0].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#joint "Joint health and social care (integrated) funding"
* activity[0].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* activity[0].detail.code = $cb-service-type#st-max "Short Term Support: ST-Max"
* activity[0].detail.code.text = "Reablement after hospital discharge"
* activity[0].detail.status = #in-progress
* activity[0].detail.scheduledTiming.repeat.boundsPeriod.start = "2026-10-15"
* activity[0].detail.scheduledTiming.repeat.boundsPeriod.end = "2026-11-25"
* activity[0].detail.scheduledTiming.repeat.frequency = 1
* activity[0].detail.scheduledTiming.repeat.period = 1
* activity[0].detail.scheduledTiming.repeat.periodUnit = #d
* activity[0].detail.scheduledTiming.repeat.duration = 1
* activity[0].detail.scheduledTiming.repeat.durationUnit = #h
* activity[0].detail.performer = Reference(mpft) "MPFT reablement team"
* activity[0].detail.description = "A reablement worker visits every morning for an hour to practise washing, dressing and making breakfast; an occupational therapist checks the equipment. Free to Margaret for six weeks and not charged to her personal budget."
// Home care: council-commissioned, a one-hour morning visit every day (7 hours a week at GBP 25.00)
* activity[1].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#council "Local authority (council)"
* activity[1].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* activity[1].detail.extension[cost].extension[unitCost].valueMoney.value = 25.00
* activity[1].detail.extension[cost].extension[unitCost].valueMoney.currency = #GBP
* activity[1].detail.extension[cost].extension[frequency].valueCodeableConcept = $cb-cost-frequency#hourly "Hourly"
* activity[1].detail.extension[cost].extension[unitsPerWeek].valueDecimal = 7
* activity[1].detail.extension[cost].extension[weeklyCost].valueMoney.value = 175.00
* activity[1].detail.extension[cost].extension[weeklyCost].valueMoney.currency = #GBP
* activity[1].detail.code = $cb-service-type#lt-community "Long Term Support: Community"
* activity[1].detail.code.text = "Home care"
* activity[1].detail.status = #scheduled
* activity[1].detail.scheduledTiming.repeat.boundsPeriod.start = "2026-11-26"
* activity[1].detail.scheduledTiming.repeat.frequency = 1
* activity[1].detail.scheduledTiming.repeat.period = 1
* activity[1].detail.scheduledTiming.repeat.periodUnit = #d
* activity[1].detail.scheduledTiming.repeat.duration = 1
* activity[1].detail.scheduledTiming.repeat.durationUnit = #h
* activity[1].detail.scheduledTiming.repeat.timeOfDay = "08:00:00"
* activity[1].detail.performer = Reference(stafford-home-care) "Stafford Home Care Ltd"
* activity[1].detail.description = "A carer visits every morning for an hour to help Margaret wash, dress and make breakfast, once reablement ends."
// Personal assistant paid by direct payment: 12.5 hours a week at GBP 19.00
* activity[2].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#direct-payment "Direct payment"
* activity[2].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#direct-payment "Direct Payment"
* activity[2].detail.extension[cost].extension[unitCost].valueMoney.value = 19.00
* activity[2].detail.extension[cost].extension[unitCost].valueMoney.currency = #GBP
* activity[2].detail.extension[cost].extension[frequency].valueCodeableConcept = $cb-cost-frequency#hourly "Hourly"
* activity[2].detail.extension[cost].extension[unitsPerWeek].valueDecimal = 12.5
* activity[2].detail.extension[cost].extension[weeklyCost].valueMoney.value = 237.50
* activity[2].detail.extension[cost].extension[weeklyCost].valueMoney.currency = #GBP
* activity[2].detail.code = $cb-service-type#lt-community "Long Term Support: Community"
* activity[2].detail.code.text = "Personal assistant"
* activity[2].detail.status = #scheduled
* activity[2].detail.scheduledTiming.repeat.boundsPeriod.start = "2026-11-26"
* activity[2].detail.scheduledTiming.repeat.frequency = 5
* activity[2].detail.scheduledTiming.repeat.period = 1
* activity[2].detail.scheduledTiming.repeat.periodUnit = #wk
* activity[2].detail.scheduledTiming.repeat.duration = 2.5
* activity[2].detail.scheduledTiming.repeat.durationUnit = #h
* activity[2].detail.performer.display = "Personal assistant employed by Margaret (paid by direct payment)"
* activity[2].detail.description = "A personal assistant Margaret employs with her direct payment helps with shopping and meals and takes her to her church group and to St Mary's on Sundays."

// ---------------------------------------------------------------------------------------------------------
// The story in one collection Bundle

Instance: margaret-care-plan-bundle
InstanceOf: CareBridgeCarePlanBundle
Title: "Margaret's joint care record"
Description: "Everything about Margaret's joint care in one collection: the person, organisations, staff, key worker team, needs, goals, information-sharing agreement, joint care plan, and (from the budget and discharge side) her hospital admission and personal budget."
Usage: #example
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-care-plan-bundle"
* identifier.system = "https://carebridge.org.uk/fhir/Id/example-bundle"
* identifier.value = "margaret-care-plan-bundle"
* type = #collection
* timestamp = "2026-11-23T09:00:00Z"
* insert CareBundleEntry(Patient, margaret-example)
* insert CareBundleEntry(CarePlan, margaret-joint-care-plan)
* insert CareBundleEntry(CareTeam, margaret-key-worker-team)
* insert CareBundleEntry(Condition, margaret-need-personal-care)
* insert CareBundleEntry(Condition, margaret-need-mobility)
* insert CareBundleEntry(Condition, margaret-need-isolation)
* insert CareBundleEntry(Goal, margaret-goal-wash-dress)
* insert CareBundleEntry(Goal, margaret-goal-stay-home)
* insert CareBundleEntry(Goal, margaret-goal-church)
* insert CareBundleEntry(Consent, margaret-sharing-consent)
* insert CareBundleEntry(Organization, staffordshire-cc)
* insert CareBundleEntry(Organization, mpft)
* insert CareBundleEntry(Organization, uhnm)
* insert CareBundleEntry(Organization, stafford-home-care)
* insert CareBundleEntry(Practitioner, district-nurse-jones)
* insert CareBundleEntry(Practitioner, social-worker-patel)
* insert CareBundleEntry(Practitioner, consultant-okafor)
* insert CareBundleEntry(Practitioner, liaison-nurse-hughes)
* insert CareBundleEntry(PractitionerRole, district-nurse-jones-mpft)
* insert CareBundleEntry(PractitionerRole, social-worker-patel-scc)
* insert CareBundleEntry(PractitionerRole, consultant-okafor-uhnm)
* insert CareBundleEntry(PractitionerRole, liaison-nurse-hughes-uhnm)
* insert CareBundleEntry(Location, ward-112)
* insert CareBundleEntry(Encounter, margaret-admission)
* insert CareBundleEntry(Account, margaret-personal-budget)
