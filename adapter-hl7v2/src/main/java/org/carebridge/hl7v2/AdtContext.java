package org.carebridge.hl7v2;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.Assessment;

/**
 * What an HL7 v2 ADT feed cannot supply, given by the caller: the receiving council, the discharge to assess
 * pathway, the statements of an assessment notice, the withdrawal reasons for cancelled admissions and
 * discharges, the discharge ready date already sent for a stay, and the identifier system of the trust's local
 * staff codes (for attending doctors in PV1-7 that are not identified by GMC number). An immutable value; build
 * one with
 * {@link #builder()} and give it to {@link AdtConverter.Builder#context(AdtContext)} (the same for every
 * message) or return one per hospital stay from {@link AdtConverter.Builder#contextResolver}.
 *
 * @param council the receiving council (a CASSR with its ODS code); needed by assessment notices
 * @param pathway the discharge to assess pathway, carried by patient-discharged notifications
 * @param assessment the statements of an assessment notice (patient and carer consulted, consent, CHC,
 *     safeguarding, reason for referral), copied as they are into each assessment notice; by default none
 * @param cancelAdmitReason the withdrawal reason sent for an A11 cancel admit
 * @param cancelDischargeReason the withdrawal reason sent for an A13 cancel discharge
 * @param previousReadyDate the discharge ready date already sent to the council for this stay, if any
 * @param clinicianIdentifierSystem the identifier system (an absolute URI) of the trust's local staff codes, used
 *     for a PV1-7.1 (attending doctor) value that is not a GMC number, if configured
 */
public record AdtContext(
    Optional<Organisation> council,
    Optional<DischargePathway> pathway,
    Assessment assessment,
    WithdrawalReason cancelAdmitReason,
    WithdrawalReason cancelDischargeReason,
    Optional<LocalDate> previousReadyDate,
    Optional<String> clinicianIdentifierSystem) {

  private static final Assessment NO_STATEMENTS = Assessment.builder().build();

  /**
   * Identifier systems that cannot be the local staff identifier system: the registers whose number format the
   * CareBridge Practitioner profile checks (GMC, NMC, Social Work England) and the NHS number.
   */
  private static final Set<String> RESERVED_SYSTEMS = Set.of("https://fhir.hl7.org.uk/Id/gmc-number",
      "https://fhir.hl7.org.uk/Id/nmc-number", "https://carebridge.org.uk/fhir/Id/swe-registration-number",
      "https://fhir.nhs.uk/Id/nhs-number");

  /**
   * Creates a context.
   *
   * @param council the receiving council or empty
   * @param pathway the pathway or empty
   * @param assessment the assessment statements
   * @param cancelAdmitReason the withdrawal reason for A11
   * @param cancelDischargeReason the withdrawal reason for A13
   * @param previousReadyDate the ready date already sent, or empty
   * @param clinicianIdentifierSystem the local staff identifier system, or empty
   * @throws NullPointerException when an argument is null ("&lt;name&gt; must not be null")
   * @throws IllegalArgumentException when the staff identifier system is not an absolute URI or is a register's
   *     (see {@link Builder#clinicianIdentifierSystem(String)})
   */
  public AdtContext {
    Objects.requireNonNull(council, "council must not be null");
    Objects.requireNonNull(pathway, "pathway must not be null");
    Objects.requireNonNull(assessment, "assessment must not be null");
    Objects.requireNonNull(cancelAdmitReason, "cancelAdmitReason must not be null");
    Objects.requireNonNull(cancelDischargeReason, "cancelDischargeReason must not be null");
    Objects.requireNonNull(previousReadyDate, "previousReadyDate must not be null");
    Objects.requireNonNull(clinicianIdentifierSystem, "clinicianIdentifierSystem must not be null");
    clinicianIdentifierSystem.ifPresent(AdtContext::checkClinicianSystem);
  }

  private static void checkClinicianSystem(String uri) {
    if (!(uri.startsWith("https://") || uri.startsWith("http://") || uri.startsWith("urn:"))
        || uri.length() < 8 || uri.endsWith(":") || uri.endsWith("/")
        || uri.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException("clinicianIdentifierSystem must be an absolute URI (http:, https: or urn:) "
          + "without spaces or a trailing slash, e.g. \"https://fhir.trust.example/Id/staff-code\"");
    }
    if (RESERVED_SYSTEMS.contains(uri)) {
      throw new IllegalArgumentException("clinicianIdentifierSystem must be the trust's local staff identifier "
          + "system, not the GMC, NMC, Social Work England or NHS number system (GMC numbers are recognised "
          + "without it)");
    }
  }

  /**
   * Starts building a context; withdrawal reasons default to {@link WithdrawalReason#SENT_IN_ERROR}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this context's values, e.g. to add what is known about one stay to defaults.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.council = council.orElse(null);
    b.pathway = pathway.orElse(null);
    b.assessment = assessment;
    b.cancelAdmitReason = cancelAdmitReason;
    b.cancelDischargeReason = cancelDischargeReason;
    b.previousReadyDate = previousReadyDate.orElse(null);
    b.clinicianIdentifierSystem = clinicianIdentifierSystem.orElse(null);
    return b;
  }

  /** Builds an {@link AdtContext}; each setter rejects a null argument at once. Not thread-safe. */
  public static final class Builder {
    private Organisation council;
    private DischargePathway pathway;
    private Assessment assessment = NO_STATEMENTS;
    private WithdrawalReason cancelAdmitReason = WithdrawalReason.SENT_IN_ERROR;
    private WithdrawalReason cancelDischargeReason = WithdrawalReason.SENT_IN_ERROR;
    private LocalDate previousReadyDate;
    private String clinicianIdentifierSystem;

    private Builder() {}

    /**
     * Sets the receiving council, e.g. {@code Organisation.builder().id("staffordshire-cc")
     * .odsCode(OdsCode.of("SCC01")).name("Staffordshire County Council").build()}.
     *
     * @param council the council
     * @return this builder
     * @throws NullPointerException "council must not be null"
     */
    public Builder council(Organisation council) {
      this.council = Objects.requireNonNull(council, "council must not be null");
      return this;
    }

    /**
     * Sets the discharge to assess pathway sent with patient-discharged notifications.
     *
     * @param pathway the pathway
     * @return this builder
     * @throws NullPointerException "pathway must not be null"
     */
    public Builder pathway(DischargePathway pathway) {
      this.pathway = Objects.requireNonNull(pathway, "pathway must not be null");
      return this;
    }

    /**
     * Sets the statements of an assessment notice (patient and carer consulted, consent and its legal basis, the
     * NHS Continuing Healthcare outcome, safeguarding, reason for referral), given as they are to every assessment
     * notice; e.g. {@code Assessment.builder().patientConsulted(true).consent(ConsentStatus.GIVEN).build()}.
     *
     * @param assessment the statements
     * @return this builder
     * @throws NullPointerException "assessment must not be null"
     */
    public Builder assessment(Assessment assessment) {
      this.assessment = Objects.requireNonNull(assessment, "assessment must not be null");
      return this;
    }

    /**
     * Sets the withdrawal reason sent when an A11 cancels an admission (default: sent in error).
     *
     * @param reason the reason
     * @return this builder
     * @throws NullPointerException "cancelAdmitReason must not be null"
     */
    public Builder cancelAdmitReason(WithdrawalReason reason) {
      this.cancelAdmitReason = Objects.requireNonNull(reason, "cancelAdmitReason must not be null");
      return this;
    }

    /**
     * Sets the withdrawal reason sent when an A13 cancels a discharge (default: sent in error).
     *
     * @param reason the reason
     * @return this builder
     * @throws NullPointerException "cancelDischargeReason must not be null"
     */
    public Builder cancelDischargeReason(WithdrawalReason reason) {
      this.cancelDischargeReason = Objects.requireNonNull(reason, "cancelDischargeReason must not be null");
      return this;
    }

    /**
     * Sets the discharge ready date already sent to the council for this stay: a discharge ready date
     * equal to it produces no notification, a different one a "discharge ready date changed".
     *
     * @param date the date already sent
     * @return this builder
     * @throws NullPointerException "previousReadyDate must not be null"
     */
    public Builder previousReadyDate(LocalDate date) {
      this.previousReadyDate = Objects.requireNonNull(date, "previousReadyDate must not be null");
      return this;
    }

    /**
     * Sets the identifier system of the trust's local staff codes, for the attending doctor (PV1-7) of a feed
     * that sends codes other than GMC numbers in PV1-7.1. A consultant code ({@code C} and the 7-digit GMC
     * number, e.g. {@code C1234567}) and a 7-digit number whose assigning authority (PV1-7.9) or identifier
     * type (PV1-7.13) is {@code GMC} are always read as GMC numbers; any other PV1-7.1 value becomes the lead
     * clinician's identifier in this system. Without it (the default) such a clinician is left out with a
     * warning {@code CB-HL7-031}.
     *
     * @param uri an absolute URI ({@code http:}, {@code https:} or {@code urn:}) without spaces or a trailing
     *     slash, e.g. {@code "https://fhir.uhnm.example/Id/staff-code"}; not the GMC, NMC, Social Work England
     *     or NHS number system
     * @return this builder
     * @throws NullPointerException "clinicianIdentifierSystem must not be null"
     * @throws IllegalArgumentException when not such a URI
     */
    public Builder clinicianIdentifierSystem(String uri) {
      Objects.requireNonNull(uri, "clinicianIdentifierSystem must not be null");
      checkClinicianSystem(uri);
      this.clinicianIdentifierSystem = uri;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public AdtContext build() {
      return new AdtContext(Optional.ofNullable(council), Optional.ofNullable(pathway), assessment,
          cancelAdmitReason, cancelDischargeReason, Optional.ofNullable(previousReadyDate),
          Optional.ofNullable(clinicianIdentifierSystem));
    }
  }
}
