// CareBridge terminology for the care side: CLD service type and primary support reason, funding source,
// cost frequency, care plan category, care team role and key worker profession (contract items 1, 2, 4, 5,
// 8, 9, 10) plus the NHS number verification status value set. Codes are stable: never renumber or reuse.

RuleSet: CareBridgeTerminologyMetadata
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"

RuleSet: CareBridgeCodeSystemMetadata
* insert CareBridgeTerminologyMetadata
* ^caseSensitive = true
* ^content = #complete

// ---------------------------------------------------------------------------------------------------------
// 1. CLD service type
CodeSystem: CLDServiceType
Id: cld-service-type
Title: "CLD service type"
Description: "The service types of the national adult social care Client Level Data (CLD) return. CLD publishes labels only; CareBridge mints stable kebab-case codes for them. Used for the services (activities) of a joint care plan."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/cld-service-type"
* #st-max "Short Term Support: ST-Max" "Short-term support to maximise independence (reablement, ST-Max), usually time-limited and free to the person."
* #st-ongoing-low-level "Short Term Support: Ongoing Low Level" "Low-level ongoing support that is not a long-term package (for example equipment, telecare or minor adaptations)."
* #st-other "Short Term Support: Other Short Term" "Any other short-term support that is not ST-Max (for example short-term residential care while a long-term plan is made)."
* #lt-nursing "Long Term Support: Nursing Care" "Long-term support in a care home with nursing."
* #lt-residential "Long Term Support: Residential Care" "Long-term support in a residential care home without nursing."
* #lt-community "Long Term Support: Community" "Long-term support in the community: home care, personal assistants, day services, supported living and similar."
* #lt-prison "Long Term Support: Prison" "Long-term support provided to a person in prison."
* #carer-direct "Carer Support: Direct to Carer" "Support provided directly to a carer (for example a carer's direct payment or carer's break)."
* #carer-involving-cared-for "Carer Support: Support involving the person cared-for" "Support for a carer that is delivered to the person they care for (for example respite care)."

ValueSet: CLDServiceTypeVS
Id: cld-service-type
Title: "CLD service type"
Description: "All codes of the CareBridge CLD service type code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-service-type

// ---------------------------------------------------------------------------------------------------------
// 2. CLD primary support reason
CodeSystem: CLDPrimarySupportReason
Id: cld-primary-support-reason
Title: "CLD primary support reason"
Description: "The primary support reasons of the national adult social care Client Level Data (CLD) return, with CareBridge-minted stable codes. Classifies the need a joint care plan addresses."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/cld-primary-support-reason"
* #physical-access-mobility "Physical Support: Access & mobility only" "The person's main need is help with access and mobility only."
* #physical-personal-care "Physical Support: Personal care support" "The person's main need is physical help with personal care."
* #sensory-visual "Sensory Support: Support for visual impairment" "The person's main need arises from a visual impairment."
* #sensory-hearing "Sensory Support: Support for hearing impairment" "The person's main need arises from a hearing impairment."
* #sensory-dual "Sensory Support: Support for dual impairment" "The person's main need arises from combined visual and hearing impairment."
* #memory-cognition "Support with Memory & Cognition" "The person's main need is support with memory and cognition (for example dementia)."
* #learning-disability "Learning Disability Support" "The person's main need arises from a learning disability."
* #mental-health "Mental Health Support" "The person's main need arises from their mental health."
* #social-substance-misuse "Social Support: Substance misuse support" "The person's main need is social support related to substance misuse."
* #social-asylum-seeker "Social Support: Asylum seeker support" "The person's main need is social support as an asylum seeker."
* #social-isolation-other "Social Support: Social Isolation/Other" "The person's main need is social support for isolation or another social reason."
* #social-support-to-carer "Social Support: Support to Carer" "The person's main need is social support in their role as a carer."
* #unknown "Unknown" "The primary support reason is not known (yet)."

ValueSet: CLDPrimarySupportReasonVS
Id: cld-primary-support-reason
Title: "CLD primary support reason"
Description: "All codes of the CareBridge CLD primary support reason code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-support-reason

// ---------------------------------------------------------------------------------------------------------
// 4. Funding source
CodeSystem: FundingSource
Id: funding-source
Title: "Funding source"
Description: "Who pays for a service or contributes to a personal budget, across health and social care."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/funding-source"
* #council "Local authority (council)" "Funded by the local authority (council, CASSR) from adult social care funds."
* #nhs "NHS" "Funded by an NHS body (integrated care board or NHS trust), other than NHS Continuing Healthcare."
* #nhs-continuing-healthcare "NHS Continuing Healthcare" "Funded by the NHS as NHS Continuing Healthcare for a person assessed as eligible."
* #joint "Joint health and social care (integrated) funding" "Funded from a pooled or integrated health and social care budget (for example under a section 75 agreement)."
* #self-funded "Self-funded by the person" "Paid for in full by the person (or their family) without public funding."
* #direct-payment "Direct payment" "Paid for by the person (or their nominated person) from a direct payment."
* #client-contribution "The person's assessed contribution" "The amount the person has been assessed to contribute towards their means-tested social care."

ValueSet: FundingSourceVS
Id: funding-source
Title: "Funding source"
Description: "All codes of the CareBridge funding source code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-funding-source

ValueSet: ServiceFundingSource
Id: service-funding-source
Title: "Service funding source"
Description: "Who pays for a service in a joint care plan: council, NHS, NHS Continuing Healthcare, joint funding, the person themselves, or a direct payment."
* insert CareBridgeTerminologyMetadata
* $cb-funding-source#council "Local authority (council)"
* $cb-funding-source#nhs "NHS"
* $cb-funding-source#nhs-continuing-healthcare "NHS Continuing Healthcare"
* $cb-funding-source#joint "Joint health and social care (integrated) funding"
* $cb-funding-source#self-funded "Self-funded by the person"
* $cb-funding-source#direct-payment "Direct payment"

ValueSet: BudgetFundingSource
Id: budget-funding-source
Title: "Budget funding source"
Description: "Who contributes to a personal budget: council, NHS, NHS Continuing Healthcare, joint funding, or the person's assessed contribution."
* insert CareBridgeTerminologyMetadata
* $cb-funding-source#council "Local authority (council)"
* $cb-funding-source#nhs "NHS"
* $cb-funding-source#nhs-continuing-healthcare "NHS Continuing Healthcare"
* $cb-funding-source#joint "Joint health and social care (integrated) funding"
* $cb-funding-source#client-contribution "The person's assessed contribution"

// ---------------------------------------------------------------------------------------------------------
// 5. Cost frequency
CodeSystem: CostFrequency
Id: cost-frequency
Title: "Cost frequency"
Description: "The unit a cost is expressed in (CLD 'Cost Frequency (Unit Type)'), also used for the frequency of a personal budget amount."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/cost-frequency"
* #hourly "Hourly" "The cost is per hour of service."
* #daily "Daily" "The cost is per day of service."
* #per-session "Per session" "The cost is per session (for example a day-centre session)."
* #weekly "Weekly" "The cost is per week."
* #fortnightly "Fortnightly" "The cost is per two weeks."
* #four-weekly "Four-weekly" "The cost is per four weeks (28 days)."
* #monthly "Monthly" "The cost is per calendar month."
* #quarterly "Quarterly" "The cost is per quarter year."
* #annual "Annual" "The cost is per year."
* #one-off "One-off" "The cost is a single payment that does not recur."

ValueSet: CostFrequencyVS
Id: cost-frequency
Title: "Cost frequency"
Description: "All codes of the CareBridge cost frequency code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-cost-frequency

ValueSet: BudgetFrequency
Id: budget-frequency
Title: "Budget frequency"
Description: "The frequencies a personal budget amount may be expressed in: weekly, four-weekly, monthly, annual or one-off."
* insert CareBridgeTerminologyMetadata
* $cb-cost-frequency#weekly "Weekly"
* $cb-cost-frequency#four-weekly "Four-weekly"
* $cb-cost-frequency#monthly "Monthly"
* $cb-cost-frequency#annual "Annual"
* $cb-cost-frequency#one-off "One-off"

// ---------------------------------------------------------------------------------------------------------
// 8. Care plan category
CodeSystem: CarePlanCategory
Id: care-plan-category
Title: "CareBridge care plan category"
Description: "Categories of care plan defined by CareBridge."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/care-plan-category"
* #joint-health-social-care "Joint health and social care plan" "The one care and support plan for a person, shared by health and social care staff and agreed with the person (a personalised care and support plan)."

ValueSet: CarePlanCategoryVS
Id: care-plan-category
Title: "CareBridge care plan category"
Description: "All codes of the CareBridge care plan category code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-care-plan-category

// ---------------------------------------------------------------------------------------------------------
// 9. Care team role
CodeSystem: CareTeamRole
Id: care-team-role
Title: "CareBridge care team role"
Description: "Functions a member of a CareBridge care team performs, independent of their profession. No SNOMED CT concept for 'key worker' exists, so CareBridge defines one."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/care-team-role"
* #key-worker "Key worker" "The named member of staff who co-ordinates all the ongoing health and social care a person needs and is their lead point of contact. The function is independent of profession: a social worker, nurse, therapist or health and social care co-ordinator may hold it."

ValueSet: CareTeamRoleVS
Id: care-team-role
Title: "CareBridge care team role"
Description: "All codes of the CareBridge care team role code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-care-team-role

// ---------------------------------------------------------------------------------------------------------
// 10. Key worker profession
CodeSystem: KeyWorkerProfession
Id: key-worker-profession
Title: "Key worker profession"
Description: "The professions (and the non-professional co-ordinator role) from which a key worker may come. Each definition names the SNOMED CT occupation concept it corresponds to, where one exists."
* insert CareBridgeCodeSystemMetadata
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/key-worker-profession"
* #social-worker "Social worker" "A registered social worker (Social Work England). SNOMED CT equivalent: 106328005 |Social worker (occupation)|."
* #nurse "Nurse" "A registered nurse (Nursing and Midwifery Council), for example a district or community nurse. SNOMED CT equivalent: 106292003 |Professional nurse (occupation)|."
* #occupational-therapist "Occupational therapist" "A registered occupational therapist (HCPC). SNOMED CT equivalent: 80546007 |Occupational therapist (occupation)|."
* #physiotherapist "Physiotherapist" "A registered physiotherapist (HCPC). SNOMED CT equivalent: 36682004 |Physiotherapist (occupation)|."
* #care-coordinator "Health and social care co-ordinator" "A non-registered health and social care co-ordinator who co-ordinates a person's care. SNOMED CT equivalent: 768820003 |Care coordinator (occupation)|."

ValueSet: KeyWorkerProfessionVS
Id: key-worker-profession
Title: "Key worker profession"
Description: "All codes of the CareBridge key worker profession code system."
* insert CareBridgeTerminologyMetadata
* include codes from system $cb-profession
