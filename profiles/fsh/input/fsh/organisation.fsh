// carebridge-organisation: councils, NHS trusts and care providers, identified by their ODS code.
// Compatible with UKCore-Organization: same ODS organisation code system, at most one per organisation.

Profile: CareBridgeOrganisation
Parent: Organization
Id: carebridge-organisation
Title: "CareBridge Organisation"
Description: "An organisation taking part in joint health and social care: a county council (CASSR), an NHS trust, or a care provider. Identified by its ODS organisation code. Data valid against this profile is also valid against UK Core's UKCore-Organization."
* ^status = #draft
* ^experimental = false
* identifier 1..* MS
* identifier ^short = "Identifiers; the ODS organisation code is required"
* identifier ^definition = "Identifiers for the organisation, sliced by system (open). The ODS organisation code is required; an ODS site code may be added."
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier ^slicing.description = "Sliced by identifier system."
* identifier contains odsCode 1..1 MS and odsSiteCode 0..1
* identifier[odsCode] ^short = "ODS organisation code"
* identifier[odsCode] ^definition = "The organisation's code from the Organisation Data Service (ODS), e.g. RJE for University Hospitals of North Midlands NHS Trust. Councils (CASSRs) have ODS codes too."
* identifier[odsCode].system 1..1 MS
* identifier[odsCode].system = $ods-org (exactly)
* identifier[odsCode].system ^short = "https://fhir.nhs.uk/Id/ods-organization-code"
* identifier[odsCode].system ^definition = "The ODS organisation code system, spelt as UK Core fixes it."
* identifier[odsCode].value 1..1 MS
* identifier[odsCode].value ^short = "The ODS code"
* identifier[odsCode].value ^definition = "The ODS organisation code, e.g. RJE."
* identifier[odsSiteCode] ^short = "ODS site code"
* identifier[odsSiteCode] ^definition = "An ODS site code, when the organisation resource stands for one site."
* identifier[odsSiteCode].system 1..1
* identifier[odsSiteCode].system = $ods-site (exactly)
* identifier[odsSiteCode].system ^short = "https://fhir.nhs.uk/Id/ods-site-code"
* identifier[odsSiteCode].system ^definition = "The ODS site code system."
* identifier[odsSiteCode].value 1..1
* identifier[odsSiteCode].value ^short = "The ODS site code"
* identifier[odsSiteCode].value ^definition = "The ODS site code, e.g. RJE01."
* active MS
* active ^short = "Whether the organisation is still active"
* active ^definition = "Whether the organisation record is in active use."
* type MS
* type ^short = "Kind of organisation (e.g. prov for a provider, govt for a council)"
* type ^definition = "The kind of organisation; use the FHIR organization-type codes that UK Core's extensible value set includes (prov for NHS trusts and care providers, govt for councils)."
* name 1..1 MS
* name ^short = "Organisation name"
* name ^definition = "The organisation's name as ODS records it."
* telecom ^short = "Contact details"
* telecom ^definition = "Contact details for the organisation."
* address ^short = "Address"
* address ^definition = "The organisation's registered or main address."
