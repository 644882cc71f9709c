// Discharge terminology (contract items 11-17): discharge to assess pathways, the Assessment, Discharge and
// Withdrawal (ADW) notice vocabulary, and the CareBridge message events. Owner: budget and discharge author.

CodeSystem: CareBridgeDischargePathway
Id: discharge-pathway
Title: "Discharge pathway"
Description: "The four national discharge to assess pathways (Hospital Discharge and Community Support Guidance, England). The codes are the digits 0 to 3."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/discharge-pathway"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/discharge-pathway"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #0 "Pathway 0: home, no new support" "The person goes home (or to their usual place of residence) with no new or additional health or social care support; at most a voluntary sector welfare check."
* #1 "Pathway 1: home with new support" "The person goes home with new or additional support from health and/or social care, such as reablement, rehabilitation or a home care package, with assessment at home."
* #2 "Pathway 2: rehabilitation in a bedded setting" "The person needs rehabilitation or short-term care in a bedded setting (for example a community hospital or a short-term care home bed) before a decision about long-term needs."
* #3 "Pathway 3: new long-term care home placement" "The person needs a new care home placement for the long term, usually after an assessment in that setting; for people with the highest needs."

ValueSet: CareBridgeDischargePathwayVS
Id: discharge-pathway
Title: "Discharge pathway"
Description: "All codes of the discharge-pathway code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/discharge-pathway"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-pathway

CodeSystem: CareBridgeAdwWithdrawalReason
Id: adw-withdrawal-reason
Title: "ADW withdrawal reason"
Description: "Why a hospital withdraws an assessment notice or a discharge notice: the thirteen reasons of the Care Act 2014 Schedule 3 Assessment, Discharge and Withdrawal (ADW) notices, codes 01 to 13, in their published order."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/adw-withdrawal-reason"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/adw-withdrawal-reason"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #01 "Safe to discharge without assessment" "The person can be discharged safely without an assessment of care and support needs."
* #02 "Eligible for NHS Continuing Healthcare" "The person has been found eligible for NHS Continuing Healthcare, so the NHS funds their care."
* #03 "Care package inadequate" "The proposed care and support would not meet the person's needs safely."
* #04 "Treatment cancelled" "The planned treatment or procedure that led to the notice was cancelled."
* #05 "Assessment refused" "The person refused an assessment of their needs."
* #06 "Resident in another local authority" "The person is ordinarily resident in the area of another council, which must be notified instead."
* #07 "Deteriorated" "The person's condition deteriorated so that discharge is no longer planned."
* #08 "Died" "The person died in hospital."
* #09 "Transferred to intermediate care" "The person was transferred to intermediate care instead of being discharged with care and support."
* #10 "Self-discharged" "The person left hospital against clinical advice or without the planned arrangements."
* #11 "Own arrangements" "The person or their family made their own care arrangements."
* #12 "Sent in error" "The notice was sent in error."
* #13 "Other" "Any other reason; the message text explains it."

ValueSet: CareBridgeAdwWithdrawalReasonVS
Id: adw-withdrawal-reason
Title: "ADW withdrawal reason"
Description: "All codes of the adw-withdrawal-reason code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/adw-withdrawal-reason"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-withdrawal-reason

CodeSystem: CareBridgeDischargeEvent
Id: discharge-event
Title: "CareBridge discharge event"
Description: "Message events for discharge to assess that have no SNOMED CT concept in the ADW refset: the discharge ready date being set or changed, and the person leaving hospital."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/discharge-event"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/discharge-event"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #discharge-ready-date-set "Discharge ready date set" "The hospital has recorded, for the first time in this stay, the date on which the person is clinically ready to leave hospital; the message carries that date."
* #discharge-ready-date-changed "Discharge ready date changed" "The hospital has changed a discharge ready date it sent before; the message carries the new date."
* #patient-discharged "Patient discharged" "The person has left hospital; the message carries the actual discharge date and where they went."

ValueSet: CareBridgeDischargeEventVS
Id: discharge-event
Title: "CareBridge discharge event"
Description: "All codes of the discharge-event code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/discharge-event"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-discharge-event

ValueSet: CareBridgeDischargeMessageEvent
Id: discharge-message-event
Title: "Discharge message event"
Description: "The events a CareBridge discharge message can carry: the eleven SNOMED CT concepts of the NHS Assessment, Discharge and Withdrawal (ADW) refset 75691000000106, enumerated with their displays so that the value set can be checked without a terminology server, and the three CareBridge discharge to assess events."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/discharge-message-event"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* $sct#975701000000106 "Assessment Notice"
* $sct#975711000000108 "Assessment Notice Accept"
* $sct#975721000000102 "Assessment Notice Reject"
* $sct#975731000000100 "Discharge Notice"
* $sct#975821000000109 "Discharge Notice Agreement"
* $sct#975831000000106 "Discharge Notice Disagreement"
* $sct#975841000000102 "Withdraw All Notices"
* $sct#1078011000000107 "Withdraw Assessment Notice Only"
* $sct#975851000000104 "Withdraw Discharge Notice Only"
* $sct#1025651000000109 "Withdraw Notice Accept"
* $sct#1025641000000106 "Withdraw Notice Reject"
* include codes from system $cb-discharge-event

CodeSystem: CareBridgeConsentStatus
Id: consent-status
Title: "Consent status"
Description: "The person's consent, as an ADW notice states it (to the notice being sent and to an assessment) and as an information-sharing agreement records it (to sharing their information)."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/consent-status"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/consent-status"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #given "Consent given" "The person has the capacity to consent and has consented."
* #refused "Consent refused" "The person has the capacity to consent and has refused."
* #lacks-capacity "Lacks capacity to consent" "The person lacks the mental capacity (Mental Capacity Act 2005) to consent; the notice or agreement states the legal basis on which it proceeds."

ValueSet: CareBridgeConsentStatusVS
Id: consent-status
Title: "Consent status"
Description: "All codes of the consent-status code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/consent-status"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-consent-status

CodeSystem: CareBridgeConsentLegalBasis
Id: consent-legal-basis
Title: "Consent legal basis"
Description: "The legal basis on which a notice or an information-sharing decision proceeds when the person has not given consent themselves."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/consent-legal-basis"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/consent-legal-basis"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #legal-representative "Consent given by a legal representative" "A person with legal authority for the person (for example a lasting power of attorney for health and welfare, or a deputy) has consented on their behalf."
* #best-interest-decision "Best-interest decision" "A best-interest decision has been made under the Mental Capacity Act 2005 for a person who lacks capacity."

ValueSet: CareBridgeConsentLegalBasisVS
Id: consent-legal-basis
Title: "Consent legal basis"
Description: "All codes of the consent-legal-basis code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/consent-legal-basis"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-consent-legal-basis

CodeSystem: CareBridgeCarerConsultation
Id: carer-consultation
Title: "Carer consultation"
Description: "Whether the person's carer was consulted about the notice, or that no carer is known."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/carer-consultation"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/carer-consultation"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #consulted "Carer consulted" "The person has a carer and the carer was consulted."
* #not-consulted "Carer not consulted" "The person has a carer who was not consulted (for example because the person asked that they not be)."
* #no-known-carer "No known carer" "No carer is known for the person."

ValueSet: CareBridgeCarerConsultationVS
Id: carer-consultation
Title: "Carer consultation"
Description: "All codes of the carer-consultation code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/carer-consultation"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-carer-consultation

CodeSystem: CareBridgeChcOutcome
Id: chc-outcome
Title: "NHS Continuing Healthcare consideration outcome"
Description: "The result of considering a person for NHS Continuing Healthcare (CHC) before discharge."
* ^url = "https://carebridge.org.uk/fhir/CodeSystem/chc-outcome"
* ^valueSet = "https://carebridge.org.uk/fhir/ValueSet/chc-outcome"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "CareBridge"
* #checklist-negative "Checklist negative: full assessment not required" "The CHC checklist was completed and was negative, so a full assessment of eligibility is not needed."
* #eligible "Eligible for NHS Continuing Healthcare" "A full assessment found the person eligible for NHS Continuing Healthcare."
* #not-eligible "Not eligible" "A full assessment found the person not eligible for NHS Continuing Healthcare."
* #assessment-pending "Full assessment pending" "The checklist was positive and a full assessment of eligibility has not yet been completed (usually after discharge, under discharge to assess)."
* #fast-track "Fast track" "The person was found eligible through the fast track pathway tool because of a rapidly deteriorating condition that may be entering a terminal phase."

ValueSet: CareBridgeChcOutcomeVS
Id: chc-outcome
Title: "NHS Continuing Healthcare consideration outcome"
Description: "All codes of the chc-outcome code system."
* ^url = "https://carebridge.org.uk/fhir/ValueSet/chc-outcome"
* ^status = #draft
* ^experimental = false
* ^publisher = "CareBridge"
* include codes from system $cb-chc-outcome
