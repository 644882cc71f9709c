// The CareBridge example story, care side: Margaret Hollins (84) of Stafford, discharged from Royal Stoke
// on pathway 1 with reablement; key worker hand-over from a district nurse (MPFT) to a social worker
// (Staffordshire County Council); a joint care plan agreed with her. Example data only: the NHS number is
// a valid test number, organisation codes other than the trusts' are illustrative.

Alias: $care-org-type = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $care-condition-clinical = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $care-goal-achievement = http://terminology.hl7.org/CodeSystem/goal-achievement
Alias: $care-loinc = http://loinc.org

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
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "RJE"
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
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "SCC01"
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
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "RRE"
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
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "SHC01"
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
* status = #active
* name = "Margaret Hollins - care team"
* subject = Reference(margaret-example) "Margaret Hollins"
* period.start = "2026-10-15"
* participant[keyWorker][0].role[keyWorkerFunction] = $cb-care-team-role#key-worker "Key worker"
* participant[keyWorker][0].role[profession] = $cb-profession#nurse "Nurse"
* participant[keyWorker][0].member = Reference(district-nurse-jones) "Sarah Jones (district nurse)"
* participant[keyWorker][0].onBehalfOf = Reference(mpft) "Midlands Partnership University NHS Foundation Trust"
* participant[keyWorker][0].period.start = "2026-10-15"
* participant[keyWorker][0].period.end = "2026-11-01"
* participant[keyWorker][1].role[keyWorkerFunction] = $cb-care-team-role#key-worker "Key worker"
* participant[keyWorker][1].role[profession] = $cb-profession#social-worker "Social worker"
* participant[keyWorker][1].member = Reference(social-worker-patel) "Priya Patel (social worker)"
* participant[keyWorker][1].onBehalfOf = Reference(staffordshire-cc) "Staffordshire County Council"
* participant[keyWorker][1].period.start = "2026-11-02"
* participant[+].member = Reference(margaret-example) "Margaret Hollins"
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

// ---------------------------------------------------------------------------------------------------------
// The joint care plan

Instance: margaret-joint-care-plan
InstanceOf: CareBridgeJointCarePlan
Title: "Margaret's joint care and support plan"
Description: "Agreed with Margaret: reablement (ST-Max) after discharge, then home care and a personal assistant paid by direct payment from her personal budget."
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
* supportingInfo[1] = Reference(Account/margaret-personal-budget) "Personal budget"
* goal[0] = Reference(margaret-goal-wash-dress)
* goal[1] = Reference(margaret-goal-stay-home)
* goal[2] = Reference(margaret-goal-church)
// Reablement (ST-Max): six weeks from discharge, free to Margaret, by the MPFT reablement team
* activity[0].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#joint "Joint health and social care (integrated) funding"
* activity[0].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* activity[0].detail.extension[cost].extension[unitCost].valueMoney.value = 28.00
* activity[0].detail.extension[cost].extension[unitCost].valueMoney.currency = #GBP
* activity[0].detail.extension[cost].extension[frequency].valueCodeableConcept = $cb-cost-frequency#hourly "Hourly"
* activity[0].detail.extension[cost].extension[unitsPerWeek].valueDecimal = 7
* activity[0].detail.extension[cost].extension[weeklyCost].valueMoney.value = 196.00
* activity[0].detail.extension[cost].extension[weeklyCost].valueMoney.currency = #GBP
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
* activity[0].detail.description = "A reablement worker visits every morning for an hour to practise washing, dressing and making breakfast; an occupational therapist checks the equipment. Free to Margaret for six weeks."
// Home care: council-commissioned, 10 visits of 45 minutes a week
* activity[1].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#council "Local authority (council)"
* activity[1].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* activity[1].detail.extension[cost].extension[unitCost].valueMoney.value = 23.00
* activity[1].detail.extension[cost].extension[unitCost].valueMoney.currency = #GBP
* activity[1].detail.extension[cost].extension[frequency].valueCodeableConcept = $cb-cost-frequency#hourly "Hourly"
* activity[1].detail.extension[cost].extension[unitsPerWeek].valueDecimal = 7.5
* activity[1].detail.extension[cost].extension[weeklyCost].valueMoney.value = 172.50
* activity[1].detail.extension[cost].extension[weeklyCost].valueMoney.currency = #GBP
* activity[1].detail.code = $cb-service-type#lt-community "Long Term Support: Community"
* activity[1].detail.code.text = "Home care"
* activity[1].detail.status = #scheduled
* activity[1].detail.scheduledTiming.repeat.boundsPeriod.start = "2026-11-26"
* activity[1].detail.scheduledTiming.repeat.frequency = 10
* activity[1].detail.scheduledTiming.repeat.period = 1
* activity[1].detail.scheduledTiming.repeat.periodUnit = #wk
* activity[1].detail.scheduledTiming.repeat.duration = 45
* activity[1].detail.scheduledTiming.repeat.durationUnit = #min
* activity[1].detail.performer = Reference(stafford-home-care) "Stafford Home Care Ltd"
* activity[1].detail.description = "A carer helps Margaret to get up, wash and dress every morning, and to get ready for bed on three evenings a week."
// Personal assistant paid by direct payment: 15 hours a week
* activity[2].detail.extension[fundingSource].valueCodeableConcept = $cb-funding-source#direct-payment "Direct payment"
* activity[2].detail.extension[deliveryMechanism].valueCodeableConcept = $cb-budget-management#direct-payment "Direct Payment"
* activity[2].detail.extension[cost].extension[unitCost].valueMoney.value = 16.00
* activity[2].detail.extension[cost].extension[unitCost].valueMoney.currency = #GBP
* activity[2].detail.extension[cost].extension[frequency].valueCodeableConcept = $cb-cost-frequency#hourly "Hourly"
* activity[2].detail.extension[cost].extension[unitsPerWeek].valueDecimal = 15
* activity[2].detail.extension[cost].extension[weeklyCost].valueMoney.value = 240.00
* activity[2].detail.extension[cost].extension[weeklyCost].valueMoney.currency = #GBP
* activity[2].detail.code = $cb-service-type#lt-community "Long Term Support: Community"
* activity[2].detail.code.text = "Personal assistant"
* activity[2].detail.status = #scheduled
* activity[2].detail.scheduledTiming.repeat.boundsPeriod.start = "2026-11-26"
* activity[2].detail.scheduledTiming.repeat.frequency = 5
* activity[2].detail.scheduledTiming.repeat.period = 1
* activity[2].detail.scheduledTiming.repeat.periodUnit = #wk
* activity[2].detail.scheduledTiming.repeat.duration = 3
* activity[2].detail.scheduledTiming.repeat.durationUnit = #h
* activity[2].detail.performer.display = "Personal assistant employed by Margaret (paid by direct payment)"
* activity[2].detail.description = "A personal assistant Margaret employs with her direct payment takes her shopping, to the hairdresser and to St Mary's church on Sundays, and helps with the garden."
