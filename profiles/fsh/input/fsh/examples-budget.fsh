// Example personal budget for the CareBridge story (contract: Account margaret-personal-budget).
// Patient margaret-example, Organizations staffordshire-cc and mpft and CarePlan margaret-joint-care-plan
// are the care-side author's instances, referenced by id. Owner: budget and discharge author.

Instance: margaret-personal-budget
InstanceOf: CareBridgePersonalBudget
Usage: #example
Title: "Margaret Hollins's integrated personal budget"
Description: "An agreed integrated personal budget of GBP 412.50 a week, partly taken as a direct payment: council GBP 297.50 + the person's assessed contribution GBP 65.00 + NHS GBP 50.00. It pays for home care commissioned by the council (7 hours a week at GBP 25.00), a personal assistant paid by direct payment (12.5 hours a week at GBP 19.00) and, for the first six weeks, reablement (ST-Max) free of charge."
* meta.profile = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-personal-budget"
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Margaret Hollins's integrated personal budget: agreed, GBP 412.50 a week from 2026-11-02, part direct payment (council GBP 297.50, her contribution GBP 65.00, NHS GBP 50.00); pays for home care, a personal assistant and, free, six weeks of reablement.</p></div>"
* extension[stage].valueCoding = $cb-budget-stage#agreed "Agreed budget"
* extension[amount].extension[amount].valueMoney.value = 412.50
* extension[amount].extension[amount].valueMoney.currency = #GBP
* extension[amount].extension[frequency].valueCoding = $cb-cost-frequency#weekly "Weekly"
* extension[management].valueCoding = $cb-budget-management#part-direct-payment "Part Direct Payment"
* extension[fundingContribution][0].extension[source].valueCoding = $cb-funding-source#council "Local authority (council)"
* extension[fundingContribution][0].extension[amount].valueMoney.value = 297.50
* extension[fundingContribution][0].extension[amount].valueMoney.currency = #GBP
* extension[fundingContribution][1].extension[source].valueCoding = $cb-funding-source#client-contribution "The person's assessed contribution"
* extension[fundingContribution][1].extension[amount].valueMoney.value = 65.00
* extension[fundingContribution][1].extension[amount].valueMoney.currency = #GBP
* extension[fundingContribution][2].extension[source].valueCoding = $cb-funding-source#nhs "NHS"
* extension[fundingContribution][2].extension[amount].valueMoney.value = 50.00
* extension[fundingContribution][2].extension[amount].valueMoney.currency = #GBP
* extension[assessedContribution].extension[amount].valueMoney.value = 65.00
* extension[assessedContribution].extension[amount].valueMoney.currency = #GBP
* extension[assessedContribution].extension[frequency].valueCoding = $cb-cost-frequency#weekly "Weekly"
// Service 1: home care, commissioned by the council from a domiciliary care agency.
* extension[service][0].extension[serviceType].valueCoding = $cb-service-type#lt-community "Long Term Support: Community"
* extension[service][0].extension[description].valueString = "Home care: a morning visit every day for help with washing, dressing and breakfast (7 hours a week)"
* extension[service][0].extension[provider].valueReference = Reference(Organization/stafford-home-care) "Stafford Home Care Ltd"
* extension[service][0].extension[deliveryMechanism].valueCoding = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* extension[service][0].extension[fundingSource].valueCoding = $cb-funding-source#council "Local authority (council)"
* extension[service][0].extension[cost].valueMoney.value = 25.00
* extension[service][0].extension[cost].valueMoney.currency = #GBP
* extension[service][0].extension[costFrequency].valueCoding = $cb-cost-frequency#hourly "Hourly"
* extension[service][0].extension[period].valuePeriod.start = "2026-11-26"
* extension[service][0].extension[unitsPerWeek].valueDecimal = 7
// Service 2: a personal assistant Margaret employs with her direct payment (no provider organisation).
* extension[service][1].extension[serviceType].valueCoding = $cb-service-type#lt-community "Long Term Support: Community"
* extension[service][1].extension[description].valueString = "Personal assistant employed by Margaret: shopping, meals and getting out to her church group (12.5 hours a week)"
* extension[service][1].extension[deliveryMechanism].valueCoding = $cb-budget-management#direct-payment "Direct Payment"
* extension[service][1].extension[fundingSource].valueCoding = $cb-funding-source#direct-payment "Direct payment"
* extension[service][1].extension[cost].valueMoney.value = 19.00
* extension[service][1].extension[cost].valueMoney.currency = #GBP
* extension[service][1].extension[costFrequency].valueCoding = $cb-cost-frequency#hourly "Hourly"
* extension[service][1].extension[period].valuePeriod.start = "2026-11-26"
* extension[service][1].extension[unitsPerWeek].valueDecimal = 12.5
// Service 3: reablement after discharge (ST-Max), free to the person for up to six weeks.
* extension[service][2].extension[serviceType].valueCoding = $cb-service-type#st-max "Short Term Support: ST-Max"
* extension[service][2].extension[description].valueString = "Reablement after hospital discharge, up to six weeks from 2026-10-15; free of charge to Margaret and not charged to this budget"
* extension[service][2].extension[provider].valueReference = Reference(Organization/mpft)
* extension[service][2].extension[deliveryMechanism].valueCoding = $cb-budget-management#cassr-commissioned "CASSR Commissioned Support"
* extension[service][2].extension[fundingSource].valueCoding = $cb-funding-source#joint "Joint health and social care (integrated) funding"
* extension[service][2].extension[cost].valueMoney.value = 0.00
* extension[service][2].extension[cost].valueMoney.currency = #GBP
* extension[service][2].extension[costFrequency].valueCoding = $cb-cost-frequency#weekly "Weekly"
* extension[service][2].extension[period].valuePeriod.start = "2026-10-15"
* extension[service][2].extension[period].valuePeriod.end = "2026-11-25"
* extension[carePlan].valueReference = Reference(CarePlan/margaret-joint-care-plan)
* status = #active
* type = $cb-budget-type#integrated-personal-budget "Integrated personal budget"
* name = "Integrated personal budget 2026/27"
* subject = Reference(Patient/margaret-example)
* servicePeriod.start = "2026-11-02"
* servicePeriod.end = "2027-11-01"
* owner = Reference(Organization/staffordshire-cc)
* description = "Agreed with Margaret on 2026-11-02 with her joint care plan. GBP 412.50 a week: the council pays GBP 297.50, the NHS GBP 50.00 and Margaret contributes GBP 65.00 (her assessed contribution). GBP 237.50 a week is paid to Margaret as a direct payment for her personal assistant; the council commissions her home care."
* guarantor.party = Reference(Patient/margaret-example)
* guarantor.onHold = false
* guarantor.period.start = "2026-11-02"
