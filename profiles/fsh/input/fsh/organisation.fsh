// carebridge-organisation: councils, NHS trusts and care providers, identified by their ODS code.
// Derived from UK Core STU2's UKCore-Organization: its ODS organisation code slice becomes required.

Profile: CareBridgeOrganisation
Parent: UKCore-Organization
Id: carebridge-organisation
Title: "CareBridge Organisation"
Description: "An organisation taking part in joint health and social care: a county council (CASSR), an NHS trust, or a care provider. Identified by its ODS organisation code. Derived from UK Core's UKCore-Organization (fhir.r4.ukcore.stu2 2.0.2)."
* ^status = #draft
* ^experimental = false
* identifier 1..* MS
* identifier ^short = "Identifiers; the ODS organisation code is required"
* identifier ^definition = "Identifiers for the organisation, sliced by system (open). The ODS organisation code is required; an ODS site code may be added."
* identifier[odsOrganisationCode] 1..1 MS
* identifier[odsOrganisationCode] ^short = "ODS organisation code"
* identifier[odsOrganisationCode] ^definition = "The organisation's code from the Organisation Data Service (ODS), e.g. RJE for University Hospitals of North Midlands NHS Trust. Councils (CASSRs) have ODS codes too."
* identifier[odsOrganisationCode].system 1..1 MS
* identifier[odsOrganisationCode].system ^short = "https://fhir.nhs.uk/Id/ods-organization-code"
* identifier[odsOrganisationCode].system ^definition = "The ODS organisation code system, spelt as UK Core fixes it."
* identifier[odsOrganisationCode].value 1..1 MS
* identifier[odsOrganisationCode].value ^short = "The ODS code"
* identifier[odsOrganisationCode].value ^definition = "The ODS organisation code, e.g. RJE."
* identifier[odsSiteCode] ^short = "ODS site code"
* identifier[odsSiteCode] ^definition = "An ODS site code, when the organisation resource stands for one site."
* identifier[odsSiteCode].system 1..1
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
