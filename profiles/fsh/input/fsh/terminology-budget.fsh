// Budget terminology (contract items 3, 6, 7): how a personal budget is managed, what kind of budget it is,
// and whether its amount is indicative or agreed. Owner: budget and discharge author.
// funding-source, cost-frequency (with budget-frequency, budget-funding-source, service-funding-source) and
// cld-service-type belong to the care-side author (terminology-care.fsh); the budget profile binds to them by URL.

CodeSystem: CareBridgeBudgetManagement
Id: budget-management
Title: "Budget management option"
Description: "How a personal budget is managed: the four national Client Level Data (CLD) delivery mechanisms, the older SALT 'Part Direct Payment', the Individual Service Fund used in practice, and the three ways an NHS personal health budget can be held."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/budget-management"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/budget-management"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #direct-payment "Direct Payment" "The whole budget is paid to the person (or their nominated or authorised person), who buys the support themselves. CLD delivery mechanism 'Direct Payment'."
* #part-direct-payment "Part Direct Payment" "Part of the budget is paid as a direct payment and the rest is managed or commissioned by the council. Reported in the former SALT return; CLD records each service's own delivery mechanism instead."
* #cassr-managed "CASSR Managed Personal Budget" "The council (Councils with Adult Social Services Responsibilities, CASSR) holds the budget and arranges the support the person chose. CLD delivery mechanism 'CASSR Managed Personal Budget'."
* #cassr-commissioned "CASSR Commissioned Support" "The council commissions the support directly, without the person directing a personal budget. CLD delivery mechanism 'CASSR Commissioned Support'."
* #self-funder-metering "Self-Funder Metering Only" "The person arranges and pays for their own support; the council only records (meters) what is spent and does not fund or arrange it. CLD delivery mechanism 'Self-Funder Metering Only'."
* #individual-service-fund "Individual Service Fund" "The budget is held and managed by a chosen provider on the person's behalf, spent as the person directs."
* #phb-notional "NHS personal health budget: notional" "An NHS personal health budget held by the NHS body, which arranges the agreed care."
* #phb-third-party "NHS personal health budget: third party" "An NHS personal health budget held and managed by an organisation independent of the person and of the NHS body."
* #phb-direct-payment "NHS personal health budget: direct payment" "An NHS personal health budget paid to the person (or their representative) as a direct payment for healthcare."

ValueSet: CareBridgeBudgetManagementVS
Id: budget-management
Title: "Budget management option"
Description: "Every way a CareBridge personal budget can be managed (all codes of the budget-management code system)."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/budget-management"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-budget-management

ValueSet: CareBridgeCldDeliveryMechanism
Id: cld-delivery-mechanism
Title: "CLD delivery mechanism"
Description: "The four delivery mechanisms of the national adult social care Client Level Data return, recorded for each service a budget pays for."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/cld-delivery-mechanism"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* $cb-budget-management#direct-payment "Direct Payment"
* $cb-budget-management#cassr-managed "CASSR Managed Personal Budget"
* $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* $cb-budget-management#self-funder-metering "Self-Funder Metering Only"

CodeSystem: CareBridgeBudgetType
Id: budget-type
Title: "Budget type"
Description: "Whether a budget is a social care personal budget, an NHS personal health budget, or one integrated budget across health and social care."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/budget-type"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/budget-type"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #personal-budget "Social care personal budget" "A personal budget set by a council under the Care Act 2014 to meet a person's eligible care and support needs."
* #personal-health-budget "NHS personal health budget" "An amount of NHS money set by an NHS body (for example an integrated care board) to meet a person's health and wellbeing needs."
* #integrated-personal-budget "Integrated personal budget" "One budget that combines social care and NHS funding for the same person, agreed jointly by the council and the NHS body."

ValueSet: CareBridgeBudgetTypeVS
Id: budget-type
Title: "Budget type"
Description: "All codes of the budget-type code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/budget-type"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-budget-type

CodeSystem: CareBridgeBudgetStage
Id: budget-stage
Title: "Budget stage"
Description: "Whether a budget amount is an early estimate used for support planning or the amount agreed in the care and support plan."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/budget-stage"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/budget-stage"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #indicative "Indicative budget" "An estimate of the budget, given to the person at the start of support planning so that they can plan how to meet their needs; it may change."
* #agreed "Agreed budget" "The final budget signed off with the care and support plan; payments and services are made against it."

ValueSet: CareBridgeBudgetStageVS
Id: budget-stage
Title: "Budget stage"
Description: "All codes of the budget-stage code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/budget-stage"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-budget-stage
