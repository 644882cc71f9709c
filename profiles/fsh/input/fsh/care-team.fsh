// carebridge-key-worker-care-team: the person's care team, with the named key worker over time.
// Compatible with UKCore-CareTeam (which constrains nothing these rules contradict).

Invariant: cb-careteam-1
Description: "Key worker periods do not overlap: at any moment at most one participant is the person's key worker. Each key-worker period except the latest must end before the next one starts (use the same date precision for both)."
Severity: #error
Expression: "participant.where(role.coding.where(system = 'https://carebridge.org.uk/fhir/CodeSystem/care-team-role' and code = 'key-worker').exists()).all(defineVariable('kw', $this).select(%resource.participant.where(role.coding.where(system = 'https://carebridge.org.uk/fhir/CodeSystem/care-team-role' and code = 'key-worker').exists() and $this != %kw).all((period.end.exists() and period.end < %kw.period.start) or (%kw.period.end.exists() and %kw.period.end < period.start))))"

Invariant: cb-careteam-2
Description: "When the care team requires key worker continuity, no day goes without a key worker between the first appointment and the latest one: every key worker except the one appointed last is followed by a key worker who starts on the day after their period ends. Give key worker periods as dates."
Severity: #error
Expression: "extension('https://carebridge.org.uk/fhir/StructureDefinition/carebridge-key-worker-continuity').where(value = true).exists() implies participant.where(role.coding.where(system = 'https://carebridge.org.uk/fhir/CodeSystem/care-team-role' and code = 'key-worker').exists()).all(defineVariable('kw', $this).select(%resource.participant.where(role.coding.where(system = 'https://carebridge.org.uk/fhir/CodeSystem/care-team-role' and code = 'key-worker').exists() and period.start > %kw.period.start).exists() implies (%kw.period.end.exists() and %resource.participant.where(role.coding.where(system = 'https://carebridge.org.uk/fhir/CodeSystem/care-team-role' and code = 'key-worker').exists() and period.start = %kw.period.end + 1 day).exists())))"

Extension: CareBridgeKeyWorkerContinuity
Id: carebridge-key-worker-continuity
Title: "CareBridge key worker continuity"
Description: "Whether the person's plan requires a key worker on every day from the first key worker's appointment onwards: with continuity required, a hand-over must leave no day without a key worker (the next key worker starts the day after the last one ends)."
Context: CareTeam
* ^status = #draft
* ^experimental = false
* . ^short = "Key worker required on every day (no gaps)"
* . ^definition = "True when the person's plan requires a key worker on every day from the first key worker's appointment onwards, so that gaps between key workers are errors (cb-careteam-2); false (or absent) when short gaps are acceptable."
* value[x] 1..1
* value[x] only boolean
* value[x] ^short = "true = continuity required"
* value[x] ^definition = "Whether a key worker is required on every day (true) or gaps are acceptable (false)."

Profile: CareBridgeKeyWorkerCareTeam
Parent: CareTeam
Id: carebridge-key-worker-care-team
Title: "CareBridge Key worker care team"
Description: "The person's care team across health and social care, naming their key worker: the one member of staff who co-ordinates all their ongoing care. A key worker may be of any profession (a social worker, a nurse, a therapist, a health and social care co-ordinator). Key workers change over time (e.g. a district nurse hands over to a social worker): each is a participant with a period, and the periods do not overlap (cb-careteam-1)."
* ^status = #draft
* ^experimental = false
* obeys cb-careteam-1 and cb-careteam-2
* extension contains CareBridgeKeyWorkerContinuity named keyWorkerContinuity 0..1 MS
* extension[keyWorkerContinuity] ^short = "Key worker required on every day (no gaps)"
* extension[keyWorkerContinuity] ^definition = "Whether the plan requires a key worker on every day from the first appointment onwards. When true, each hand-over leaves no day without a key worker. Absent means false."
* identifier ^short = "Business identifiers of the care team"
* identifier ^definition = "Identifiers the council or trust systems give to the team."
* status 1..1 MS
* status ^short = "proposed | active | suspended | inactive | entered-in-error"
* status ^definition = "Whether the care team is current."
* name MS
* name ^short = "Name of the team"
* name ^definition = "A human-readable name, e.g. 'Margaret Hollins - care team'."
* subject 1..1 MS
* subject only Reference(CareBridgePerson)
* subject ^short = "The person the team cares for"
* subject ^definition = "The person supported."
* period MS
* period ^short = "When the team is in place"
* period ^definition = "The period the care team is in place for the person."
* participant 1..* MS
* participant ^short = "Members of the team, including the key worker(s)"
* participant ^definition = "The members of the care team. Sliced (open) by the care-team-role key-worker code: every key worker, current or past, is a keyWorker participant with a period."
* participant ^slicing.discriminator.type = #pattern
* participant ^slicing.discriminator.path = "role"
* participant ^slicing.rules = #open
* participant ^slicing.description = "Key workers are recognised by the role code care-team-role#key-worker."
* participant contains keyWorker 0..* MS
* participant[keyWorker] ^short = "A key worker (current or past)"
* participant[keyWorker] ^definition = "A named key worker with their period of appointment. Roles: the key-worker function and exactly one profession (two role slices)."
* participant[keyWorker].role 2..* MS
* participant[keyWorker].role ^slicing.discriminator.type = #pattern
* participant[keyWorker].role ^slicing.discriminator.path = "$this"
* participant[keyWorker].role ^slicing.rules = #open
* participant[keyWorker].role ^slicing.description = "The key-worker function and the key worker's profession, as two CodeableConcepts."
* participant[keyWorker].role contains keyWorkerFunction 1..1 MS and profession 1..1 MS
* participant[keyWorker].role[keyWorkerFunction] = $cb-care-team-role#key-worker
* participant[keyWorker].role[keyWorkerFunction] ^short = "key-worker"
* participant[keyWorker].role[keyWorkerFunction] ^definition = "The key-worker function: care-team-role#key-worker."
* participant[keyWorker].role[profession] from KeyWorkerProfessionVS (required)
* participant[keyWorker].role[profession] ^short = "The key worker's profession"
* participant[keyWorker].role[profession] ^definition = "The key worker's profession: social worker, nurse, occupational therapist, physiotherapist or health and social care co-ordinator."
* participant[keyWorker].role ^short = "key-worker, plus the key worker's profession"
* participant[keyWorker].role ^definition = "The role codes: the key-worker function (care-team-role#key-worker) and the key worker's profession from key-worker-profession, as separate CodeableConcepts."
* participant[keyWorker].member 1..1 MS
* participant[keyWorker].member only Reference(CareBridgePractitioner)
* participant[keyWorker].member ^short = "The key worker (a Practitioner)"
* participant[keyWorker].member ^definition = "The key worker. A Practitioner, not a PractitionerRole: FHIR's own CareTeam invariant ctm-1 allows onBehalfOf only when the member is a Practitioner. The key worker's practitioner role is the carebridge-practitioner-role with this practitioner and the onBehalfOf organisation."
* participant[keyWorker].onBehalfOf 1..1 MS
* participant[keyWorker].onBehalfOf only Reference(CareBridgeOrganisation)
* participant[keyWorker].onBehalfOf ^short = "The key worker's employer (council or trust)"
* participant[keyWorker].onBehalfOf ^definition = "The organisation that employs the key worker: the council or the NHS trust."
* participant[keyWorker].period 1..1 MS
* participant[keyWorker].period.start 1..1 MS
* participant[keyWorker].period ^short = "When this person is (was) the key worker"
* participant[keyWorker].period ^definition = "When the key worker was appointed and, once handed over, when they stopped. Periods of key workers do not overlap (cb-careteam-1)."
* participant[keyWorker].period.start ^short = "Appointed from"
* participant[keyWorker].period.start ^definition = "The date the key worker was appointed."
* managingOrganization MS
* managingOrganization only Reference(CareBridgeOrganisation)
* managingOrganization ^short = "Organisation(s) responsible for the team"
* managingOrganization ^definition = "The organisation(s) responsible for the care team, e.g. the integrated provider's council and trust."
