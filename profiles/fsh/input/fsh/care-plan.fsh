// carebridge-joint-care-plan (CarePlan) with its supporting profiles carebridge-need (Condition),
// carebridge-goal (Goal), carebridge-sharing-consent (Consent) and its extensions.
// Compatible with UKCore-CarePlan / UKCore-Condition / UKCore-Consent (no contradicting constraint).

Alias: $care-personal-budget = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-personal-budget
Alias: $care-delivery-mechanism-vs = https://carebridge.org.uk/fhir/ValueSet/cld-delivery-mechanism
Alias: $care-condition-category = http://terminology.hl7.org/CodeSystem/condition-category

// ---------------------------------------------------------------------------------------------------------
// Extensions

Extension: CareBridgeNextReviewDate
Id: carebridge-next-review-date
Title: "CareBridge next review date"
Description: "The date by which the plan is next to be reviewed with the person."
Context: CarePlan
* ^status = #draft
* ^experimental = false
* value[x] 1..1
* value[x] only date
* value[x] ^short = "Next review date"
* value[x] ^definition = "The date by which the plan is next to be reviewed. Must be after the plan's start (invariant cb-careplan-1)."

Extension: CareBridgePersonAgreement
Id: carebridge-person-agreement
Title: "CareBridge person's agreement"
Description: "Whether the person (or their representative) has agreed the plan, and when. The Care Act and the PRSB personalised care and support plan require the plan to be agreed with the person."
Context: CarePlan
* ^status = #draft
* ^experimental = false
* obeys cb-careplan-2
* extension contains agreed 1..1 MS and date 0..1 MS and agreedBy 0..1 MS
* extension[agreed] ^short = "Has the person agreed the plan?"
* extension[agreed] ^definition = "True when the person (or their representative) has agreed the plan; false when they have not (yet)."
* extension[agreed].value[x] only boolean
* extension[agreed].value[x] 1..1
* extension[agreed].value[x] ^short = "true = agreed"
* extension[agreed].value[x] ^definition = "Whether the person (or their representative) agreed the plan."
* extension[date] ^short = "When the plan was agreed"
* extension[date] ^definition = "The date the person agreed the plan. Required when agreed is true (invariant cb-careplan-2)."
* extension[date].value[x] only date
* extension[date].value[x] 1..1
* extension[date].value[x] ^short = "Date of agreement"
* extension[date].value[x] ^definition = "The date the plan was agreed."
* extension[agreedBy] ^short = "Who agreed (the person or their representative)"
* extension[agreedBy] ^definition = "Who agreed the plan: the person themselves, or a representative (RelatedPerson) who acts for them."
* extension[agreedBy].value[x] only Reference(CareBridgePerson or RelatedPerson)
* extension[agreedBy].value[x] 1..1
* extension[agreedBy].value[x] ^short = "The person or their representative"
* extension[agreedBy].value[x] ^definition = "Who agreed the plan."

Extension: CareBridgeContingencyPlan
Id: carebridge-contingency-plan
Title: "CareBridge contingency plan"
Description: "What should happen if the plan cannot be followed or the person's situation changes suddenly (the PRSB 'contingency / crisis plan'): who to call, what back-up support there is."
Context: CarePlan
* ^status = #draft
* ^experimental = false
* value[x] 1..1
* value[x] only markdown
* value[x] ^short = "Contingency plan, in plain words"
* value[x] ^definition = "The contingency plan as text (markdown allowed)."

Extension: CareBridgeServiceFundingSource
Id: carebridge-service-funding-source
Title: "CareBridge service funding source"
Description: "Who pays for a service (an activity) in a joint care plan."
Context: CarePlan.activity.detail
* ^status = #draft
* ^experimental = false
* value[x] 1..1
* value[x] only CodeableConcept
* value[x] from ServiceFundingSource (required)
* value[x] ^short = "council | nhs | nhs-continuing-healthcare | joint | self-funded | direct-payment"
* value[x] ^definition = "Who pays for the service."

Extension: CareBridgeServiceDeliveryMechanism
Id: carebridge-service-delivery-mechanism
Title: "CareBridge service delivery mechanism"
Description: "How a council-funded service is delivered, as the CLD 'Delivery Mechanism' column records it: direct payment, CASSR managed personal budget, CASSR commissioned support, or self-funder metering only."
Context: CarePlan.activity.detail
* ^status = #draft
* ^experimental = false
* value[x] 1..1
* value[x] only CodeableConcept
* value[x] from $care-delivery-mechanism-vs (required)
* value[x] ^short = "CLD delivery mechanism"
* value[x] ^definition = "The CLD delivery mechanism of the service, from the budget-management code system."

Extension: CareBridgeServiceCost
Id: carebridge-service-cost
Title: "CareBridge service cost"
Description: "The planned cost of a service, as CLD records it: a unit cost with its frequency (unit type), the planned units per week for hourly, daily and per-session costs, and optionally the resulting weekly cost. Amounts are in pounds sterling and not negative (invariant cb-careplan-4)."
Context: CarePlan.activity.detail
* ^status = #draft
* ^experimental = false
* obeys cb-careplan-4
* extension contains unitCost 1..1 MS and frequency 1..1 MS and unitsPerWeek 0..1 MS and weeklyCost 0..1 MS
* extension[unitCost] ^short = "Unit cost (gross, GBP)"
* extension[unitCost] ^definition = "The gross planned cost per unit (CLD 'Unit Cost'): the council share plus the person's contribution."
* extension[unitCost].value[x] only Money
* extension[unitCost].value[x] 1..1
* extension[unitCost].value[x] ^short = "Unit cost in GBP"
* extension[unitCost].value[x] ^definition = "The gross cost of one unit, in pounds sterling."
* extension[frequency] ^short = "Unit type: hourly, daily, per session, weekly ..."
* extension[frequency] ^definition = "What one unit is (CLD 'Cost Frequency (Unit Type)')."
* extension[frequency].value[x] only CodeableConcept
* extension[frequency].value[x] from CostFrequencyVS (required)
* extension[frequency].value[x] 1..1
* extension[frequency].value[x] ^short = "hourly | daily | per-session | weekly | ..."
* extension[frequency].value[x] ^definition = "The unit type, from the cost-frequency value set."
* extension[unitsPerWeek] ^short = "Planned units per week"
* extension[unitsPerWeek] ^definition = "The planned number of units per week, for hourly, daily and per-session costs (CLD 'Planned units per week')."
* extension[unitsPerWeek].value[x] only decimal
* extension[unitsPerWeek].value[x] 1..1
* extension[unitsPerWeek].value[x] ^short = "Units per week"
* extension[unitsPerWeek].value[x] ^definition = "The planned number of units per week."
* extension[weeklyCost] ^short = "Planned weekly cost (GBP)"
* extension[weeklyCost] ^definition = "The planned weekly cost: unit cost times units per week for hourly, daily and per-session costs."
* extension[weeklyCost].value[x] only Money
* extension[weeklyCost].value[x] 1..1
* extension[weeklyCost].value[x] ^short = "Weekly cost in GBP"
* extension[weeklyCost].value[x] ^definition = "The planned cost per week, in pounds sterling."

Extension: CareBridgeConsentStatusExtension
Id: carebridge-consent-status
Title: "CareBridge consent status"
Description: "Whose decision an information-sharing agreement records: the person gave or refused consent themselves, or the person lacks capacity to consent and the decision was made for them on a legal basis (carebridge-consent-legal-basis). The same codes as the consent statement of a discharge notice. The decision itself (share or not) is Consent.provision.type."
Context: Consent
* ^status = #draft
* ^experimental = false
* . ^short = "given | refused | lacks-capacity"
* . ^definition = "The person's consent status: consent given, consent refused, or lacks capacity to consent. Given goes with provision.type permit and refused with deny (cb-consent-2). Absent: the person decided personally, and provision.type says how (permit = given, deny = refused)."
* value[x] 1..1
* value[x] only Coding
* value[x] from CareBridgeConsentStatusVS (required)
* value[x] ^short = "Consent status code"
* value[x] ^definition = "The consent status, from the consent-status code system."

Extension: CareBridgeConsentLegalBasisExtension
Id: carebridge-consent-legal-basis
Title: "CareBridge consent legal basis"
Description: "When the person has not decided personally (they lack capacity, or a legal representative decided for them): the legal basis of the decision, a legal representative (for example a lasting power of attorney for health and welfare, or a deputy) or a best-interest decision under the Mental Capacity Act 2005. The same codes as the discharge notice's consentLegalBasis."
Context: Consent
* ^status = #draft
* ^experimental = false
* . ^short = "legal-representative | best-interest-decision"
* . ^definition = "The legal basis on which the decision was made for the person. Only with a consent status of refused or lacks-capacity (cb-consent-1)."
* value[x] 1..1
* value[x] only Coding
* value[x] from CareBridgeConsentLegalBasisVS (required)
* value[x] ^short = "Consent legal basis code"
* value[x] ^definition = "The legal basis, from the consent-legal-basis code system."

// ---------------------------------------------------------------------------------------------------------
// Invariants

Invariant: cb-careplan-1
Description: "The next review date is after the start of the plan's period."
Severity: #error
Expression: "(extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-next-review-date').exists() and period.start.exists()) implies (extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-next-review-date').value > period.start)"

Invariant: cb-careplan-2
Description: "When the person has agreed the plan, the date of agreement is given."
Severity: #error
Expression: "extension('agreed').value = true implies extension('date').exists()"

Invariant: cb-careplan-3
Description: "An active joint care plan records whether the person has agreed it."
Severity: #error
Expression: "status = 'active' implies extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person-agreement').exists()"

Invariant: cb-careplan-4
Description: "Service costs are in pounds sterling (GBP) and not negative."
Severity: #error
Expression: "(extension('unitCost') | extension('weeklyCost')).value.all(value >= 0 and currency = 'GBP')"

Invariant: cb-careplan-5
Description: "The person agreed the plan on or before the next review date."
Severity: #error
Expression: "(extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person-agreement').extension('date').exists() and extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-next-review-date').exists()) implies (extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person-agreement').extension('date').value <= extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-next-review-date').value)"

Invariant: cb-consent-1
Description: "A consent legal basis is stated only with a consent status of refused or lacks-capacity (the person did not consent personally)."
Severity: #error
Expression: "extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-consent-legal-basis').exists() implies extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-consent-status').value.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/consent-status' and (code = 'refused' or code = 'lacks-capacity')).exists()"

Invariant: cb-consent-2
Description: "The decision agrees with the consent status: consent given permits sharing (provision.type permit), consent refused denies it (provision.type deny)."
Severity: #error
Expression: "(extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-consent-status').value.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/consent-status' and code = 'given').exists() implies provision.type = 'permit') and (extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-consent-status').value.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/consent-status' and code = 'refused').exists() implies provision.type = 'deny')"

// ---------------------------------------------------------------------------------------------------------
// Profiles

Profile: CareBridgeJointCarePlan
Parent: CarePlan
Id: carebridge-joint-care-plan
Title: "CareBridge Joint care plan"
Description: "The one care and support plan for a person, shared by health and social care and agreed with the person: their needs (with the CLD primary support reason), what matters to them in their own words, the services that meet the needs with who provides and pays for them and what they cost, the key worker's care team, the next review date, a contingency plan, the information-sharing agreement and the personal budget. Data valid against this profile is also valid against UK Core's UKCore-CarePlan."
* ^status = #draft
* ^experimental = false
* obeys cb-careplan-1 and cb-careplan-3 and cb-careplan-5
* extension contains
    CareBridgeNextReviewDate named nextReviewDate 0..1 MS and
    CareBridgePersonAgreement named personAgreement 0..1 MS and
    CareBridgeContingencyPlan named contingencyPlan 0..1 MS
* extension[nextReviewDate] ^short = "Next review date"
* extension[nextReviewDate] ^definition = "The date by which the plan is next to be reviewed with the person (after the plan's start: cb-careplan-1)."
* extension[personAgreement] ^short = "Has the person agreed the plan, when, who"
* extension[personAgreement] ^definition = "Whether the person (or their representative) agreed the plan, and when. Required on an active plan (cb-careplan-3)."
* extension[contingencyPlan] ^short = "Contingency plan"
* extension[contingencyPlan] ^definition = "What to do if the plan cannot be followed (for example if a carer does not arrive) or the person's situation changes suddenly."
* identifier MS
* identifier ^short = "Business identifiers of the plan (e.g. the council's plan id)"
* identifier ^definition = "Identifiers the council or trust systems give to the plan."
* status MS
* status ^short = "draft | active | on-hold | revoked | completed | entered-in-error | unknown"
* status ^definition = "The state of the plan. A plan being prepared with the person is draft; once agreed it is active."
* intent MS
* intent = #plan
* intent ^short = "Always plan"
* intent ^definition = "A joint care plan is always a plan (the agreed plan), not a proposal or order."
* category 1..* MS
* category ^short = "Category: joint health and social care plan"
* category ^definition = "The kind of plan; must include the CareBridge code joint-health-social-care."
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.description = "Sliced by pattern on the CareBridge category code."
* category contains jointPlan 1..1 MS
* category[jointPlan] = $cb-care-plan-category#joint-health-social-care
* category[jointPlan] ^short = "joint-health-social-care"
* category[jointPlan] ^definition = "Marks the plan as the person's joint health and social care plan."
* title MS
* title ^short = "Title of the plan"
* title ^definition = "A human-readable title, e.g. 'Margaret's care and support plan'."
* description ^short = "Summary of the plan ('about me')"
* description ^definition = "A short summary of the plan and of the person ('about me') in plain words."
* subject only Reference(CareBridgePerson)
* subject MS
* subject ^short = "The person the plan is for"
* subject ^definition = "The person supported."
* period 1..1 MS
* period.start 1..1 MS
* period ^short = "When the plan applies"
* period ^definition = "The period the plan covers; it starts when the plan comes into effect."
* period.start ^short = "When the plan starts"
* period.start ^definition = "The date the plan comes into effect."
* created MS
* created ^short = "When the plan was first written"
* created ^definition = "The date the plan was first recorded."
* author 1..1 MS
* author only Reference(CareBridgePractitionerRole or CareBridgePractitioner or CareBridgeOrganisation or CareBridgePerson)
* author ^short = "Who is responsible for the plan (usually the key worker)"
* author ^definition = "The practitioner role (usually the key worker) or organisation responsible for the plan's content."
* contributor MS
* contributor only Reference(CareBridgePractitionerRole or CareBridgePractitioner or CareBridgeOrganisation or CareBridgePerson or RelatedPerson)
* contributor ^short = "Who contributed: staff from both health and social care, the person, their family"
* contributor ^definition = "Everyone who contributed to the plan: staff from health and from social care, the person themselves and their carers or family."
* careTeam MS
* careTeam only Reference(CareBridgeKeyWorkerCareTeam)
* careTeam ^short = "The care team with the person's key worker"
* careTeam ^definition = "The care team that carries out the plan, including the named key worker."
* addresses MS
* addresses only Reference(CareBridgeNeed)
* addresses ^short = "The person's needs the plan meets"
* addresses ^definition = "The needs the plan addresses, each classified with a CLD primary support reason."
* supportingInfo MS
* supportingInfo only Reference(CareBridgeSharingConsent or Account)
* supportingInfo ^type[0].targetProfile[1] = $care-personal-budget
* supportingInfo ^short = "The information-sharing agreement and the personal budget"
* supportingInfo ^definition = "References to the person's information-sharing agreement (carebridge-sharing-consent) and to the personal budget that pays for the plan (carebridge-personal-budget: the Care Act requires the personal budget to be part of the care and support plan)."
* goal MS
* goal only Reference(CareBridgeGoal)
* goal ^short = "What matters to the person, in their words"
* goal ^definition = "The person's goals and outcomes ('what matters to me'), in their own words."
* activity MS
* activity ^short = "The services that meet the person's needs"
* activity ^definition = "Each activity is a service: what it is (CLD service type), who provides it, when and how often, who pays and what it costs."
* activity.detail 1..1 MS
* activity.detail ^short = "The service"
* activity.detail ^definition = "The details of the service (a joint care plan describes services inline, not as separate requests)."
* activity.detail.extension contains
    CareBridgeServiceFundingSource named fundingSource 0..1 MS and
    CareBridgeServiceDeliveryMechanism named deliveryMechanism 0..1 MS and
    CareBridgeServiceCost named cost 0..1 MS
* activity.detail.extension[fundingSource] ^short = "Who pays for the service"
* activity.detail.extension[fundingSource] ^definition = "Who pays: council, NHS, NHS Continuing Healthcare, joint funding, the person, or a direct payment."
* activity.detail.extension[deliveryMechanism] ^short = "CLD delivery mechanism"
* activity.detail.extension[deliveryMechanism] ^definition = "How a council-funded service is delivered (direct payment, CASSR managed, CASSR commissioned, self-funder metering)."
* activity.detail.extension[cost] ^short = "Planned cost (unit cost, frequency, units per week)"
* activity.detail.extension[cost] ^definition = "The planned cost of the service as CLD records it."
* activity.detail.code 1..1 MS
* activity.detail.code from CLDServiceTypeVS (extensible)
* activity.detail.code ^short = "Service type (CLD)"
* activity.detail.code ^definition = "The kind of service, from the CLD service type list (extensible: NHS services with no CLD equivalent may use another code). The service's own name goes in code.text or description."
* activity.detail.status MS
* activity.detail.status ^short = "not-started | scheduled | in-progress | on-hold | completed | cancelled | stopped | unknown | entered-in-error"
* activity.detail.status ^definition = "Where the service is in its life."
* activity.detail.scheduled[x] MS
* activity.detail.scheduled[x] only Timing or Period
* activity.detail.scheduled[x] ^short = "When and how often (Timing), or the period it runs"
* activity.detail.scheduled[x] ^definition = "How often the service is delivered (a Timing with a frequency and period, e.g. 4 times a day) or, if there is no pattern, the period it runs."
* activity.detail.performer MS
* activity.detail.performer only Reference(CareBridgeOrganisation or CareBridgePractitionerRole or CareBridgePractitioner or RelatedPerson)
* activity.detail.performer ^short = "Who provides the service"
* activity.detail.performer ^definition = "The provider organisation (e.g. a home care agency or the community trust's reablement team). A personal assistant employed by the person has no organisation: give their role in display."
* activity.detail.description MS
* activity.detail.description ^short = "The service in plain words"
* activity.detail.description ^definition = "What the service does for the person, in plain words."
* note ^short = "Other notes"
* note ^definition = "Other notes about the plan. The contingency plan has its own extension."

Profile: CareBridgeNeed
Parent: UKCore-Condition
Id: carebridge-need
Title: "CareBridge Need"
Description: "A need of the person that a joint care plan addresses, classified with the CLD primary support reason and described in plain words. Derived from UK Core's UKCore-Condition (fhir.r4.ukcore.stu2 2.0.2)."
* ^status = #draft
* ^experimental = false
* clinicalStatus MS
* clinicalStatus ^short = "active | recurrence | relapse | inactive | remission | resolved"
* clinicalStatus ^definition = "Whether the need is current."
* category 1..* MS
* category ^short = "problem-list-item"
* category ^definition = "Needs are recorded as problem list items (a code UK Core's condition category value set includes)."
* category = $care-condition-category#problem-list-item
* code 1..1 MS
* code from CLDPrimarySupportReasonVS (extensible)
* code ^short = "The need: CLD primary support reason and plain words"
* code ^definition = "The CLD primary support reason of the need, with the need in plain words in code.text."
* code.text MS
* code.text ^short = "The need in plain words"
* code.text ^definition = "The need described in plain words, e.g. 'needs help to wash and dress after the hip fracture'."
* subject only Reference(CareBridgePerson)
* subject MS
* subject ^short = "The person"
* subject ^definition = "The person who has the need."
* recordedDate MS
* recordedDate ^short = "When the need was recorded"
* recordedDate ^definition = "The date the need was assessed and recorded."
* recorder MS
* recorder only Reference(CareBridgePractitionerRole or CareBridgePractitioner)
* recorder ^short = "Who assessed the need"
* recorder ^definition = "The practitioner who recorded the need."

Profile: CareBridgeGoal
Parent: Goal
Id: carebridge-goal
Title: "CareBridge Goal (what matters to me)"
Description: "What matters to the person, in their own words: a goal or outcome the joint care plan works towards."
* ^status = #draft
* ^experimental = false
* lifecycleStatus MS
* lifecycleStatus ^short = "proposed | planned | accepted | active | on-hold | completed | cancelled | entered-in-error | rejected"
* lifecycleStatus ^definition = "Where the goal is in its life."
* achievementStatus MS
* achievementStatus ^short = "How far the goal has been achieved"
* achievementStatus ^definition = "Progress towards the goal, recorded at review."
* description MS
* description.text 1..1 MS
* description ^short = "What matters to me"
* description ^definition = "The goal as the person says it."
* description.text ^short = "The goal in the person's own words"
* description.text ^definition = "The goal in the person's own words, e.g. 'I want to be able to make my own breakfast again'."
* subject only Reference(CareBridgePerson)
* subject MS
* subject ^short = "The person"
* subject ^definition = "The person whose goal it is."
* expressedBy MS
* expressedBy only Reference(CareBridgePerson or RelatedPerson or CareBridgePractitionerRole or CareBridgePractitioner)
* expressedBy ^short = "Who said it (normally the person)"
* expressedBy ^definition = "Who expressed the goal: normally the person themselves."
* target.due[x] MS
* target.due[x] ^short = "By when"
* target.due[x] ^definition = "When the person hopes to achieve the goal."
* addresses MS
* addresses only Reference(CareBridgeNeed)
* addresses ^short = "The needs the goal relates to"
* addresses ^definition = "The needs this goal relates to."

Profile: CareBridgeSharingConsent
Parent: Consent
Id: carebridge-sharing-consent
Title: "CareBridge Information-sharing agreement"
Description: "The person's agreement that the organisations caring for them share their information under the inter-agency information sharing protocol. Data valid against this profile is also valid against UK Core's UKCore-Consent."
* ^status = #draft
* ^experimental = false
* obeys cb-consent-1 and cb-consent-2
* extension contains
    CareBridgeConsentStatusExtension named consentStatus 0..1 MS and
    CareBridgeConsentLegalBasisExtension named legalBasis 0..1 MS
* extension[consentStatus] ^short = "given | refused | lacks-capacity"
* extension[consentStatus] ^definition = "Whose decision this is: the person's own (given, refused) or, when the person lacks capacity to consent, one made for them on the legal basis in legalBasis. Absent: the person decided personally (provision.type permit = given, deny = refused)."
* extension[legalBasis] ^short = "Legal basis when the person did not decide personally"
* extension[legalBasis] ^definition = "A legal representative's decision or a best-interest decision. Only with a consent status of refused or lacks-capacity (cb-consent-1)."
* status MS
* status ^short = "draft | proposed | active | rejected | inactive | entered-in-error"
* status ^definition = "Whether the agreement is in force."
* scope MS
* scope = $consentscope#patient-privacy
* scope ^short = "patient-privacy"
* scope ^definition = "An information-sharing agreement is a privacy consent."
* category MS
* category ^short = "Kind of consent"
* category ^definition = "The kind of consent (an information disclosure agreement)."
* patient 1..1 MS
* patient only Reference(CareBridgePerson)
* patient ^short = "The person"
* patient ^definition = "The person whose information is shared."
* dateTime 1..1 MS
* dateTime ^short = "When the agreement was given"
* dateTime ^definition = "When the person gave (or refused) the agreement."
* performer MS
* performer only Reference(CareBridgePerson or RelatedPerson or CareBridgePractitionerRole or CareBridgePractitioner)
* performer ^short = "Who gave the agreement"
* performer ^definition = "Who gave the agreement: the person, or a representative acting for them."
* organization MS
* organization only Reference(CareBridgeOrganisation)
* organization ^short = "Organisations sharing the information"
* organization ^definition = "The organisations that hold and share the person's information under the agreement."
* policy MS
* policy ^short = "The information sharing protocol"
* policy ^definition = "The inter-agency information sharing protocol the agreement is made under."
* provision 1..1 MS
* provision ^short = "What is permitted"
* provision ^definition = "The sharing the person permits (or refuses), and for how long."
* provision.type 1..1 MS
* provision.type ^short = "permit | deny: the decision"
* provision.type ^definition = "The decision, whoever made it: permit (share) or deny (do not share). Agrees with the consent status (cb-consent-2): given permits, refused denies; when the person lacks capacity it is the decision made for them on the legal basis."
* provision.period MS
* provision.period ^short = "When sharing is permitted"
* provision.period ^definition = "The period during which sharing is permitted."

// ---------------------------------------------------------------------------------------------------------
// The collection Bundle that ties the story together

Invariant: cb-careplan-6
Description: "A CareBridge care plan bundle holds exactly one joint care plan and exactly one person (the plan's subject)."
Severity: #error
Expression: "entry.resource.ofType(CarePlan).count() = 1 and entry.resource.ofType(Patient).count() = 1"

Profile: CareBridgeCarePlanBundle
Parent: Bundle
Id: carebridge-care-plan-bundle
Title: "CareBridge Care plan bundle"
Description: "A collection Bundle that carries a person's joint care record in one piece: the person, their joint care plan and everything it refers to (care team, needs, goals, information-sharing agreement, organisations, staff, personal budget, hospital encounter). Every entry has a fullUrl so that references between entries resolve."
* ^status = #draft
* ^experimental = false
* obeys cb-careplan-6
* identifier MS
* identifier ^short = "Identifier of this bundle"
* identifier ^definition = "A persistent identifier for the bundle."
* type = #collection
* type MS
* type ^short = "Always collection"
* type ^definition = "The bundle is a collection: its entries are a set, not a transaction or a message."
* timestamp 1..1 MS
* timestamp ^short = "When the bundle was assembled"
* timestamp ^definition = "When the bundle was assembled."
* entry 1..* MS
* entry ^short = "The resources of the record"
* entry ^definition = "One entry per resource: exactly one joint care plan and one person (cb-careplan-6), plus the resources they refer to."
* entry.fullUrl 1..1 MS
* entry.fullUrl ^short = "Absolute URL of the resource ([base]/[type]/[id])"
* entry.fullUrl ^definition = "The resource's absolute URL, [base]/[type]/[id], so that relative references such as Patient/margaret-example resolve inside the bundle."
* entry.resource 1..1 MS
* entry.resource ^short = "The resource"
* entry.resource ^definition = "The resource itself, conforming to its CareBridge profile (declared in meta.profile)."
