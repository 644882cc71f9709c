/**
 * Reads hospital HL7 v2 ADT messages (versions 2.3 to 2.5.1, England's ADT profile is based on 2.4) into
 * CareBridge discharge notifications and their FHIR discharge message Bundles.
 *
 * <p>Entry point: {@link org.carebridge.hl7v2.AdtConverter}. What a v2 feed cannot supply (the receiving
 * council, the discharge pathway, the notice statements) comes from an {@link org.carebridge.hl7v2.AdtContext}.
 * Problems are {@link org.carebridge.core.validation.Issue}s with codes {@code CB-HL7-nnn}
 * ({@code CB-HL7-nnn} in {@link org.carebridge.core.validation.IssueCode}), located by segment and field (e.g. {@code PID-3.1}); the
 * converter never throws on bad input. {@code org.carebridge.hl7v2.internal} is implementation, not API.
 */
package org.carebridge.hl7v2;
