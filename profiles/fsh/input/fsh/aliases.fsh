// Aliases shared by every CareBridge FSH file. Add new ones here only (one owner: the integrator).

// External code systems and identifier systems
Alias: $sct = http://snomed.info/sct
Alias: $ucum = http://unitsofmeasure.org
Alias: $v2-0203 = http://terminology.hl7.org/CodeSystem/v2-0203
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $v3-RoleCode = http://terminology.hl7.org/CodeSystem/v3-RoleCode
Alias: $consentscope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $consentcategorycodes = http://terminology.hl7.org/CodeSystem/consentcategorycodes
Alias: $nhs-number = https://fhir.nhs.uk/Id/nhs-number
Alias: $ods-org = https://fhir.nhs.uk/Id/ods-organization-code
Alias: $ods-site = https://fhir.nhs.uk/Id/ods-site-code
Alias: $sds-user = https://fhir.nhs.uk/Id/sds-user-id
Alias: $sds-role-profile = https://fhir.nhs.uk/Id/sds-role-profile-id
Alias: $gmc = https://fhir.hl7.org.uk/Id/gmc-number
Alias: $nmc = https://fhir.hl7.org.uk/Id/nmc-number
Alias: $hcpc = https://fhir.hl7.org.uk/Id/hcpc-number
Alias: $swe = https://carebridge.org.uk/fhir/Id/swe-registration-number
Alias: $la-person-id-scc = https://carebridge.org.uk/fhir/Id/la-person-id/SCC01
Alias: $local-patient-id-rje = https://carebridge.org.uk/fhir/Id/local-patient-id/RJE

// UK Core STU2 (fhir.r4.ukcore.stu2 2.0.2, a declared dependency of the package)
Alias: $ukcore-nhs-verification-ext = https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus
Alias: $ukcore-nhs-verification = https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland

// CareBridge code systems
Alias: $cb-service-type = https://carebridge.org.uk/fhir/CodeSystem/cld-service-type
Alias: $cb-support-reason = https://carebridge.org.uk/fhir/CodeSystem/cld-primary-support-reason
Alias: $cb-budget-management = https://carebridge.org.uk/fhir/CodeSystem/budget-management
Alias: $cb-funding-source = https://carebridge.org.uk/fhir/CodeSystem/funding-source
Alias: $cb-cost-frequency = https://carebridge.org.uk/fhir/CodeSystem/cost-frequency
Alias: $cb-budget-type = https://carebridge.org.uk/fhir/CodeSystem/budget-type
Alias: $cb-budget-stage = https://carebridge.org.uk/fhir/CodeSystem/budget-stage
Alias: $cb-care-plan-category = https://carebridge.org.uk/fhir/CodeSystem/care-plan-category
Alias: $cb-care-team-role = https://carebridge.org.uk/fhir/CodeSystem/care-team-role
Alias: $cb-profession = https://carebridge.org.uk/fhir/CodeSystem/key-worker-profession
Alias: $cb-pathway = https://carebridge.org.uk/fhir/CodeSystem/discharge-pathway
Alias: $cb-withdrawal-reason = https://carebridge.org.uk/fhir/CodeSystem/adw-withdrawal-reason
Alias: $cb-discharge-event = https://carebridge.org.uk/fhir/CodeSystem/discharge-event
Alias: $cb-consent-status = https://carebridge.org.uk/fhir/CodeSystem/consent-status
Alias: $cb-consent-legal-basis = https://carebridge.org.uk/fhir/CodeSystem/consent-legal-basis
Alias: $cb-carer-consultation = https://carebridge.org.uk/fhir/CodeSystem/carer-consultation
Alias: $cb-chc-outcome = https://carebridge.org.uk/fhir/CodeSystem/chc-outcome
