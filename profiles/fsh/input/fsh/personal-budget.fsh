// Personal budget: a profile of Account with the extensions that carry the money.
// Why Account (and not Contract, Basic or a CarePlan extension): see docs/standard/personal-budget.md.
// Owner: budget and discharge author.

Alias: $bd-budget-amount = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-amount
Alias: $bd-budget-stage = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-stage
Alias: $bd-budget-management-ext = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-management
Alias: $bd-funding-contribution = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-funding-contribution
Alias: $bd-assessed-contribution = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-assessed-contribution
Alias: $bd-budget-service = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-service
Alias: $bd-budget-care-plan = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-care-plan
// Profiles and value sets owned by the care-side author, referenced by canonical URL only.
Alias: $bd-person = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person
Alias: $bd-organisation = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation
Alias: $bd-joint-care-plan = https://carebridge.org.uk/fhir/StructureDefinition/carebridge-joint-care-plan
Alias: $bd-budget-frequency-vs = https://carebridge.org.uk/fhir/ValueSet/budget-frequency
Alias: $bd-budget-funding-source-vs = https://carebridge.org.uk/fhir/ValueSet/budget-funding-source
Alias: $bd-service-funding-source-vs = https://carebridge.org.uk/fhir/ValueSet/service-funding-source
Alias: $bd-cost-frequency-vs = https://carebridge.org.uk/fhir/ValueSet/cost-frequency
Alias: $bd-cld-service-type-vs = https://carebridge.org.uk/fhir/ValueSet/cld-service-type

// ---------------------------------------------------------------------------------------------------------
// Extensions
// ---------------------------------------------------------------------------------------------------------

Extension: CareBridgeBudgetStageExtension
Id: carebridge-budget-stage
Title: "Budget stage"
Description: "Whether the budget amount is indicative (an estimate for support planning) or agreed (signed off with the care and support plan)."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-stage"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Indicative or agreed"
* . ^definition = "Whether the budget amount is indicative (an estimate given at the start of support planning) or agreed (signed off with the care and support plan)."
* value[x] only Coding
* value[x] 1..1
* value[x] from CareBridgeBudgetStageVS (required)
* value[x] ^short = "indicative | agreed"
* value[x] ^definition = "The stage of the budget, from the budget-stage code system."


Extension: CareBridgeBudgetManagementExtension
Id: carebridge-budget-management
Title: "Budget management option"
Description: "How the personal budget as a whole is managed: direct payment, part direct payment, council managed, council commissioned, self-funder metering, individual service fund, or one of the NHS personal health budget options."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-management"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "How the budget is managed"
* . ^definition = "How the personal budget as a whole is managed. Each service it pays for states its own delivery mechanism in the carebridge-budget-service extension."
* value[x] only Coding
* value[x] 1..1
* value[x] from CareBridgeBudgetManagementVS (required)
* value[x] ^short = "Management option (budget-management)"
* value[x] ^definition = "The management option, from the budget-management code system."

Extension: CareBridgeBudgetAmount
Id: carebridge-budget-amount
Title: "Budget amount"
Description: "The amount of the personal budget in pounds sterling and how often that amount applies (weekly, four-weekly, monthly, annual or one-off)."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-amount"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Amount and frequency of the budget"
* . ^definition = "The amount of the personal budget in pounds sterling and the period that amount covers."
* extension contains amount 1..1 MS and frequency 1..1 MS
* extension[amount] ^short = "Amount in GBP"
* extension[amount] ^definition = "The budget amount for one period of the stated frequency, in pounds sterling, two decimal places."
* extension[amount].value[x] only Money
* extension[amount].value[x] 1..1
* extension[amount].valueMoney.value 1..1
* extension[amount].valueMoney.currency 1..1
* extension[amount].valueMoney.currency = #GBP
* extension[amount].valueMoney.currency ^short = "Always GBP"
* extension[frequency] ^short = "How often the amount applies"
* extension[frequency] ^definition = "The period the amount covers, from the budget-frequency value set (weekly, four-weekly, monthly, annual, one-off). Funding contributions use the same frequency."
* extension[frequency].value[x] only Coding
* extension[frequency].value[x] 1..1
* extension[frequency].value[x] from $bd-budget-frequency-vs (required)
* extension[amount].value[x] ^short = "The budget amount in GBP"
* extension[amount].value[x] ^definition = "The budget amount in GBP."
* extension[frequency].value[x] ^short = "weekly | four-weekly | monthly | annual | one-off"
* extension[frequency].value[x] ^definition = "weekly | four-weekly | monthly | annual | one-off."
* extension[amount].valueMoney.value ^short = "Amount in pounds (zero or more, two decimals)"
* extension[amount].valueMoney.value ^definition = "The amount in pounds sterling; never negative (cb-budget-1)."
* extension[amount].valueMoney.currency ^short = "Always GBP"
* extension[amount].valueMoney.currency ^definition = "ISO 4217 currency code; always GBP (pounds sterling)."

Extension: CareBridgeFundingContribution
Id: carebridge-funding-contribution
Title: "Funding contribution"
Description: "One source's share of the personal budget (council, NHS, NHS Continuing Healthcare, joint funding, or the person's assessed contribution), in pounds sterling, for the same frequency as the budget amount."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-funding-contribution"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "One source's share of the budget"
* . ^definition = "One source's share of the personal budget, for the same frequency as the budget amount (carebridge-budget-amount). The shares add up to the budget amount (invariant cb-budget-2)."
* extension contains source 1..1 MS and amount 1..1 MS
* extension[source] ^short = "Who pays this share"
* extension[source] ^definition = "The funding source, from the budget-funding-source value set (council, nhs, nhs-continuing-healthcare, joint, client-contribution)."
* extension[source].value[x] only Coding
* extension[source].value[x] 1..1
* extension[source].value[x] from $bd-budget-funding-source-vs (required)
* extension[amount] ^short = "Share in GBP, same frequency as the budget"
* extension[amount] ^definition = "The amount this source contributes per period of the budget amount's frequency, in pounds sterling."
* extension[amount].value[x] only Money
* extension[amount].value[x] 1..1
* extension[amount].valueMoney.value 1..1
* extension[amount].valueMoney.currency 1..1
* extension[amount].valueMoney.currency = #GBP
* extension[source].value[x] ^short = "council | nhs | nhs-continuing-healthcare | joint | client-contribution"
* extension[source].value[x] ^definition = "council | nhs | nhs-continuing-healthcare | joint | client-contribution."
* extension[amount].value[x] ^short = "This source's share in GBP"
* extension[amount].value[x] ^definition = "This source's share in GBP."
* extension[amount].valueMoney.value ^short = "Amount in pounds (zero or more, two decimals)"
* extension[amount].valueMoney.value ^definition = "The amount in pounds sterling; never negative (cb-budget-1)."
* extension[amount].valueMoney.currency ^short = "Always GBP"
* extension[amount].valueMoney.currency ^definition = "ISO 4217 currency code; always GBP (pounds sterling)."

Extension: CareBridgeAssessedContribution
Id: carebridge-assessed-contribution
Title: "Assessed contribution"
Description: "What the person has been assessed (means-tested) to pay towards their social care, in pounds sterling, and how often."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-assessed-contribution"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "The person's assessed contribution"
* . ^definition = "The amount the person has been assessed, under the council's charging policy, to pay towards their social care, and how often. NHS care is free at the point of delivery, so an NHS-only budget has none (or zero)."
* extension contains amount 1..1 MS and frequency 1..1 MS
* extension[amount] ^short = "Contribution in GBP"
* extension[amount] ^definition = "The assessed contribution for one period of the stated frequency, in pounds sterling."
* extension[amount].value[x] only Money
* extension[amount].value[x] 1..1
* extension[amount].valueMoney.value 1..1
* extension[amount].valueMoney.currency 1..1
* extension[amount].valueMoney.currency = #GBP
* extension[frequency] ^short = "How often the contribution is due"
* extension[frequency] ^definition = "The period the contribution covers, from the budget-frequency value set."
* extension[frequency].value[x] only Coding
* extension[frequency].value[x] 1..1
* extension[frequency].value[x] from $bd-budget-frequency-vs (required)
* extension[amount].value[x] ^short = "The assessed contribution in GBP"
* extension[amount].value[x] ^definition = "The assessed contribution in GBP."
* extension[frequency].value[x] ^short = "weekly | four-weekly | monthly | annual | one-off"
* extension[frequency].value[x] ^definition = "weekly | four-weekly | monthly | annual | one-off."
* extension[amount].valueMoney.value ^short = "Amount in pounds (zero or more, two decimals)"
* extension[amount].valueMoney.value ^definition = "The amount in pounds sterling; never negative (cb-budget-1)."
* extension[amount].valueMoney.currency ^short = "Always GBP"
* extension[amount].valueMoney.currency ^definition = "ISO 4217 currency code; always GBP (pounds sterling)."

Extension: CareBridgeBudgetService
Id: carebridge-budget-service
Title: "Service paid for by the budget"
Description: "One service the personal budget pays for, with the same facts the national Client Level Data (CLD) return records for a service: service type, delivery mechanism, provider, unit cost, cost frequency and planned units per week."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-service"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "A service the budget pays for, with its cost"
* . ^definition = "One service the personal budget pays for. The unit cost is the gross planned cost (council share plus the person's contribution), as in CLD; with an hourly, daily or per-session frequency, the weekly cost is the unit cost times the planned units per week."
* extension contains
    serviceType 1..1 MS and
    description 0..1 MS and
    provider 0..1 MS and
    deliveryMechanism 1..1 MS and
    fundingSource 0..1 and
    cost 1..1 MS and
    costFrequency 1..1 MS and
    unitsPerWeek 0..1 MS and
    period 0..1 MS
* extension[serviceType] ^short = "CLD service type"
* extension[serviceType] ^definition = "The kind of service, from the cld-service-type code system (CLD 'Service Type')."
* extension[serviceType].value[x] only Coding
* extension[serviceType].value[x] 1..1
* extension[serviceType].value[x] from $bd-cld-service-type-vs (required)
* extension[description] ^short = "What the service is, in plain words"
* extension[description] ^definition = "A plain description of the service (CLD 'Service Component' in words), for example 'Home care, two visits a day'."
* extension[description].value[x] only string
* extension[description].value[x] 1..1
* extension[provider] ^short = "Who provides the service"
* extension[provider] ^definition = "The organisation that provides the service. A provider without a FHIR resource may be given by identifier or display only. Absent for a personal assistant employed by the person."
* extension[provider].value[x] only Reference(Organization)
* extension[provider].value[x] 1..1
* extension[deliveryMechanism] ^short = "How this service is paid for (CLD delivery mechanism)"
* extension[deliveryMechanism] ^definition = "How this service is arranged and paid for, from the cld-delivery-mechanism value set (direct payment, CASSR managed personal budget, CASSR commissioned support, self-funder metering)."
* extension[deliveryMechanism].value[x] only Coding
* extension[deliveryMechanism].value[x] 1..1
* extension[deliveryMechanism].value[x] from CareBridgeCldDeliveryMechanism (required)
* extension[fundingSource] ^short = "Who funds this service"
* extension[fundingSource] ^definition = "Who funds this service, from the service-funding-source value set, when it matters to the reader (for example reablement funded by the council and free to the person)."
* extension[fundingSource].value[x] only Coding
* extension[fundingSource].value[x] 1..1
* extension[fundingSource].value[x] from $bd-service-funding-source-vs (required)
* extension[cost] ^short = "Unit cost in GBP (CLD Unit Cost)"
* extension[cost] ^definition = "The gross planned cost of one unit of the service, in pounds sterling, two decimal places (CLD 'Unit Cost')."
* extension[cost].value[x] only Money
* extension[cost].value[x] 1..1
* extension[cost].valueMoney.value 1..1
* extension[cost].valueMoney.currency 1..1
* extension[cost].valueMoney.currency = #GBP
* extension[costFrequency] ^short = "What one unit is (CLD Cost Frequency)"
* extension[costFrequency] ^definition = "What one unit of cost is (hourly, daily, per session, weekly ...), from the cost-frequency code system (CLD 'Cost Frequency (Unit Type)')."
* extension[costFrequency].value[x] only Coding
* extension[costFrequency].value[x] 1..1
* extension[costFrequency].value[x] from $bd-cost-frequency-vs (required)
* extension[unitsPerWeek] ^short = "Planned units per week"
* extension[unitsPerWeek] ^definition = "How many units are planned each week, for hourly, daily and per-session costs (CLD 'Planned units per week')."
* extension[unitsPerWeek].value[x] only decimal
* extension[unitsPerWeek].value[x] 1..1
* extension[period] ^short = "When the service runs"
* extension[period] ^definition = "When the budget pays for this service: from its first day and, if known, to its last (for example reablement for the first six weeks after discharge). Absent when the service runs for the whole budget period."
* extension[period].value[x] only Period
* extension[period].value[x] 1..1
* extension[period].valuePeriod.start 1..1
* extension[period].value[x] ^short = "First and (if known) last day of the service"
* extension[period].value[x] ^definition = "The period the service runs: start (required) and, if known, end."
* extension[serviceType].value[x] ^short = "CLD service type code"
* extension[serviceType].value[x] ^definition = "CLD service type code."
* extension[description].value[x] ^short = "Plain description of the service"
* extension[description].value[x] ^definition = "Plain description of the service."
* extension[provider].value[x] ^short = "The providing organisation"
* extension[provider].value[x] ^definition = "The providing organisation."
* extension[deliveryMechanism].value[x] ^short = "CLD delivery mechanism code"
* extension[deliveryMechanism].value[x] ^definition = "CLD delivery mechanism code."
* extension[fundingSource].value[x] ^short = "Service funding source code"
* extension[fundingSource].value[x] ^definition = "Service funding source code."
* extension[cost].value[x] ^short = "Unit cost in GBP"
* extension[cost].value[x] ^definition = "Unit cost in GBP."
* extension[costFrequency].value[x] ^short = "Cost frequency (unit type) code"
* extension[costFrequency].value[x] ^definition = "Cost frequency (unit type) code."
* extension[unitsPerWeek].value[x] ^short = "Planned units per week"
* extension[unitsPerWeek].value[x] ^definition = "Planned units per week."
* extension[cost].valueMoney.value ^short = "Amount in pounds (zero or more, two decimals)"
* extension[cost].valueMoney.value ^definition = "The amount in pounds sterling; never negative (cb-budget-1)."
* extension[cost].valueMoney.currency ^short = "Always GBP"
* extension[cost].valueMoney.currency ^definition = "ISO 4217 currency code; always GBP (pounds sterling)."

Extension: CareBridgeBudgetCarePlan
Id: carebridge-budget-care-plan
Title: "Care plan the budget belongs to"
Description: "The joint care and support plan the personal budget is part of (the Care Act 2014 requires the personal budget to be part of the care and support plan)."
Context: Account
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-care-plan"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "The care plan this budget belongs to"
* . ^definition = "The joint health and social care plan the personal budget is part of."
* value[x] only Reference($bd-joint-care-plan)
* value[x] 1..1
* value[x] ^short = "Reference to the joint care plan"
* value[x] ^definition = "Reference to the CarePlan (carebridge-joint-care-plan) the budget is part of."

// ---------------------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------------------

Invariant: cb-budget-1
Description: "Every amount of money in a personal budget (budget amount, funding contributions, assessed contribution, service costs) is zero or more."
Expression: "descendants().ofType(Money).all(value.empty() or value >= 0)"
Severity: #error

Invariant: cb-budget-2
Description: "When funding contributions are given, they add up exactly to the budget amount."
Expression: "extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-funding-contribution').exists() implies (extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-funding-contribution').extension('amount').value.ofType(Money).value.aggregate($total + $this, 0) = extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-amount').extension('amount').value.ofType(Money).value)"
Severity: #error

Invariant: cb-budget-3
Description: "A budget managed wholly or partly as a direct payment (direct-payment, part-direct-payment, phb-direct-payment) names its budget holder (guarantor.party)."
Expression: "extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-management').value.ofType(Coding).where(system = 'https://carebridge.org.uk/fhir/CodeSystem/budget-management' and (code = 'direct-payment' or code = 'part-direct-payment' or code = 'phb-direct-payment')).exists() implies guarantor.party.exists()"
Severity: #error

Invariant: cb-budget-4
Description: "A service paid by direct payment belongs to a budget managed wholly or partly as a direct payment (direct-payment, part-direct-payment or phb-direct-payment)."
Expression: "extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-service').extension('deliveryMechanism').value.ofType(Coding).where(code = 'direct-payment').exists() implies extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-management').value.ofType(Coding).where(code = 'direct-payment' or code = 'part-direct-payment' or code = 'phb-direct-payment').exists()"
Severity: #error

// ---------------------------------------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------------------------------------

Profile: CareBridgePersonalBudget
Parent: Account
Id: carebridge-personal-budget
Title: "CareBridge personal budget"
Description: "A personal budget: the money a council and/or an NHS body set to meet a person's assessed needs, who holds it, how it is managed, who funds it, what the person contributes, the services it pays for and the care plan it belongs to. Covers social care personal budgets, NHS personal health budgets and integrated personal budgets."
* ^url = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-personal-budget"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* . ^short = "Personal budget (social care, NHS or integrated)"
* . ^definition = "A personal budget for one person: the amount set to meet their assessed needs, its funding, how it is managed and what it pays for."
* obeys cb-budget-1 and cb-budget-2 and cb-budget-3 and cb-budget-4
* extension contains
    CareBridgeBudgetStageExtension named stage 1..1 MS and
    CareBridgeBudgetAmount named amount 1..1 MS and
    CareBridgeBudgetManagementExtension named management 1..1 MS and
    CareBridgeFundingContribution named fundingContribution 0..* MS and
    CareBridgeAssessedContribution named assessedContribution 0..1 MS and
    CareBridgeBudgetService named service 0..* MS and
    CareBridgeBudgetCarePlan named carePlan 0..1 MS
* extension[stage] ^short = "indicative | agreed"
* extension[stage] ^definition = "Whether the amount is an indicative estimate or the agreed budget."
* extension[amount] ^short = "Budget amount (GBP) and frequency"
* extension[amount] ^definition = "The budget amount in pounds sterling and how often it applies."
* extension[management] ^short = "How the budget is managed"
* extension[management] ^definition = "How the budget as a whole is managed (direct payment, part direct payment, council managed, ...)."
* extension[fundingContribution] ^short = "Share of the budget by funding source"
* extension[fundingContribution] ^definition = "Each funding source's share of the budget amount, same frequency as the amount; the shares add up to the amount (cb-budget-2). Senders that know the split must send it."
* extension[assessedContribution] ^short = "The person's assessed contribution"
* extension[assessedContribution] ^definition = "What the person has been assessed to pay towards their social care, and how often."
* extension[service] ^short = "A service the budget pays for, with its cost"
* extension[service] ^definition = "Each service the budget pays for, with CLD service type, delivery mechanism, provider, unit cost, cost frequency and planned units per week."
* extension[carePlan] ^short = "The joint care plan the budget belongs to"
* extension[carePlan] ^definition = "The joint health and social care plan the budget is part of."
* identifier MS
* identifier ^short = "The council's or NHS body's reference for this budget"
* identifier ^definition = "Business identifiers for the budget, such as the council's personal budget reference."
* status MS
* status ^short = "active | inactive | entered-in-error | on-hold | unknown"

* status ^definition = "Whether the budget is in force: active while it funds support, inactive once it has ended or been replaced, on-hold while payments are suspended."
* type 1..1 MS
* type from CareBridgeBudgetTypeVS (required)
* type ^short = "personal-budget | personal-health-budget | integrated-personal-budget"
* type ^definition = "The kind of budget: a social care personal budget, an NHS personal health budget, or an integrated personal budget."
* name MS
* name ^short = "Human-readable label for the budget"
* name ^definition = "A short label for the budget, for example 'Personal budget 2026/27'."
* subject 1..1 MS
* subject only Reference($bd-person)
* subject ^short = "The person the budget is for"
* subject ^definition = "The person whose assessed needs the budget meets."
* servicePeriod 1..1 MS
* servicePeriod.start 1..1 MS
* servicePeriod.start ^short = "First day of the budget"
* servicePeriod.start ^definition = "The date from which the budget applies."
* servicePeriod ^short = "When the budget applies"
* servicePeriod ^definition = "The period the budget covers: from the date it starts; the end is the planned review or end date, if known."
* coverage ..0
* coverage ^short = "Not used: insurance coverage does not apply"
* coverage ^definition = "Not used: a personal budget is not funded by insurance."
* owner 1..1 MS
* owner only Reference($bd-organisation)
* owner ^short = "The council or NHS body that set the budget"
* owner ^definition = "The organisation that set the budget and is accountable for it: the council for a social care personal budget, the NHS body (for example the integrated care board) for a personal health budget, the lead organisation for an integrated budget."
* description MS
* description ^short = "Explanation of the budget, in plain words"
* description ^definition = "A plain explanation of the budget for the person and the professionals supporting them."
* guarantor MS
* guarantor ^short = "Budget holder"
* guarantor ^definition = "Who holds the budget: the person themselves, or a nominated or authorised person (for someone who lacks capacity) who receives and manages the money on their behalf. Required when any part is a direct payment (cb-budget-3)."
* guarantor.party MS
* guarantor.party only Reference($bd-person or RelatedPerson)
* guarantor.party ^short = "The person, or their nominated or authorised person"
* guarantor.party ^definition = "The budget holder: the person the budget is for, or a RelatedPerson who is their nominated or authorised person."
* guarantor.onHold ^short = "Payments to this holder are suspended"
* guarantor.onHold ^definition = "True while payments to this budget holder are suspended (for example during a review of a direct payment)."
* guarantor.period ^short = "When this person holds the budget"
* guarantor.period ^definition = "The period during which this person or nominated person holds the budget."
* partOf ^short = "Not normally used"
* partOf ^definition = "Not normally used; an integrated budget is one Account, not a parent of council and NHS accounts."
