package org.carebridge.core.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.internal.Checks;

/**
 * A discharge notification between a hospital and a council (profile {@code carebridge-discharge-message}):
 * an ADW assessment or discharge notice, a response to one, a withdrawal, or a discharge to assess event
 * (discharge ready date set or changed, patient discharged). Build one with {@link #builder()}.
 *
 * <p>The builder checks each value as it is given; what the event requires (a discharge notice states a
 * pathway and the receiving council, a withdrawal states a reason, a response names the earlier notice,
 * the dates are in order) is checked by the validator, which reports every problem at once.
 *
 * @param id the record id, e.g. {@code "discharge-notice-example"}
 * @param event what the notification says happened
 * @param person the patient
 * @param issuedAt when the notification was issued
 * @param hospital the hospital trust
 * @param ward the ward, when stated
 * @param council the receiving council, when stated
 * @param pathway the discharge to assess pathway, when stated
 * @param admissionDate the admission date, when stated
 * @param proposedDischargeDate the proposed discharge date, when stated
 * @param dischargeReadyDate the discharge ready date, when stated
 * @param dischargeDate the actual discharge date, when stated
 * @param patientConsulted the statement that the patient was (or was not) consulted
 * @param carerConsultation the carer consultation statement
 * @param consent the patient's consent statement
 * @param consentLegalBasis the legal basis when the patient does not consent personally
 * @param chcOutcome the NHS Continuing Healthcare consideration and its result
 * @param safeguardingConcerns the statement whether there are safeguarding concerns
 * @param withdrawalReason the reason for a withdrawal
 * @param respondsTo the id of the earlier notice this one responds to or withdraws
 */
public record DischargeNotification(
    String id,
    DischargeEvent event,
    Person person,
    Instant issuedAt,
    Organisation hospital,
    Optional<Ward> ward,
    Optional<Organisation> council,
    Optional<DischargePathway> pathway,
    Optional<LocalDate> admissionDate,
    Optional<LocalDate> proposedDischargeDate,
    Optional<LocalDate> dischargeReadyDate,
    Optional<LocalDate> dischargeDate,
    Optional<Boolean> patientConsulted,
    Optional<CarerConsultation> carerConsultation,
    Optional<ConsentStatus> consent,
    Optional<ConsentLegalBasis> consentLegalBasis,
    Optional<ChcOutcome> chcOutcome,
    Optional<Boolean> safeguardingConcerns,
    Optional<WithdrawalReason> withdrawalReason,
    Optional<String> respondsTo) {

  /**
   * Creates a notification.
   *
   * @param id the record id, e.g. {@code "discharge-notice-example"}
   * @param event what the notification says happened
   * @param person the patient
   * @param issuedAt when the notification was issued
   * @param hospital the hospital trust
   * @param ward the ward, when stated (or empty)
   * @param council the receiving council, when stated (or empty)
   * @param pathway the discharge to assess pathway, when stated (or empty)
   * @param admissionDate the admission date, when stated (or empty)
   * @param proposedDischargeDate the proposed discharge date, when stated (or empty)
   * @param dischargeReadyDate the discharge ready date, when stated (or empty)
   * @param dischargeDate the actual discharge date, when stated (or empty)
   * @param patientConsulted the statement that the patient was (or was not) consulted (or empty)
   * @param carerConsultation the carer consultation statement (or empty)
   * @param consent the patient's consent statement (or empty)
   * @param consentLegalBasis the legal basis when the patient does not consent personally (or empty)
   * @param chcOutcome the NHS Continuing Healthcare consideration and its result (or empty)
   * @param safeguardingConcerns the statement whether there are safeguarding concerns (or empty)
   * @param withdrawalReason the reason for a withdrawal (or empty)
   * @param respondsTo the id of the earlier notice this one responds to or withdraws (or empty)
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an id is not an id
   */
  public DischargeNotification {
    Checks.id(id, "id");
    Checks.notNull(event, "event");
    Checks.notNull(person, "person");
    Checks.notNull(issuedAt, "issuedAt");
    Checks.notNull(hospital, "hospital");
    Checks.optional(ward, "ward");
    Checks.optional(council, "council");
    Checks.optional(pathway, "pathway");
    Checks.optional(admissionDate, "admissionDate");
    Checks.optional(proposedDischargeDate, "proposedDischargeDate");
    Checks.optional(dischargeReadyDate, "dischargeReadyDate");
    Checks.optional(dischargeDate, "dischargeDate");
    Checks.optional(patientConsulted, "patientConsulted");
    Checks.optional(carerConsultation, "carerConsultation");
    Checks.optional(consent, "consent");
    Checks.optional(consentLegalBasis, "consentLegalBasis");
    Checks.optional(chcOutcome, "chcOutcome");
    Checks.optional(safeguardingConcerns, "safeguardingConcerns");
    Checks.optional(withdrawalReason, "withdrawalReason");
    Checks.optional(respondsTo, "respondsTo").ifPresent(r -> Checks.id(r, "respondsTo"));
  }

  /**
   * Starts building a notification.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DischargeNotification}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private DischargeEvent event;
    private Person person;
    private Instant issuedAt;
    private Organisation hospital;
    private Ward ward;
    private Organisation council;
    private DischargePathway pathway;
    private LocalDate admissionDate;
    private LocalDate proposedDischargeDate;
    private LocalDate dischargeReadyDate;
    private LocalDate dischargeDate;
    private Boolean patientConsulted;
    private CarerConsultation carerConsultation;
    private ConsentStatus consent;
    private ConsentLegalBasis consentLegalBasis;
    private ChcOutcome chcOutcome;
    private Boolean safeguardingConcerns;
    private WithdrawalReason withdrawalReason;
    private String respondsTo;

    private Builder() {}

    /**
     * Sets the record id, e.g. {@code "discharge-notice-example"}.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets what the notification says happened.
     *
     * @param event what the notification says happened
     * @return this builder
     * @throws NullPointerException "event must not be null"
     */
    public Builder event(DischargeEvent event) {
      this.event = Checks.notNull(event, "event");
      return this;
    }

    /**
     * Sets the patient.
     *
     * @param person the patient
     * @return this builder
     * @throws NullPointerException "person must not be null"
     */
    public Builder person(Person person) {
      this.person = Checks.notNull(person, "person");
      return this;
    }

    /**
     * Sets when the notification was issued.
     *
     * @param issuedAt when the notification was issued
     * @return this builder
     * @throws NullPointerException "issuedAt must not be null"
     */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = Checks.notNull(issuedAt, "issuedAt");
      return this;
    }

    /**
     * Sets the hospital trust.
     *
     * @param hospital the hospital trust
     * @return this builder
     * @throws NullPointerException "hospital must not be null"
     */
    public Builder hospital(Organisation hospital) {
      this.hospital = Checks.notNull(hospital, "hospital");
      return this;
    }

    /**
     * Sets the ward, when stated.
     *
     * @param ward the ward, when stated
     * @return this builder
     * @throws NullPointerException "ward must not be null"
     */
    public Builder ward(Ward ward) {
      this.ward = Checks.notNull(ward, "ward");
      return this;
    }

    /**
     * Sets the receiving council, when stated.
     *
     * @param council the receiving council, when stated
     * @return this builder
     * @throws NullPointerException "council must not be null"
     */
    public Builder council(Organisation council) {
      this.council = Checks.notNull(council, "council");
      return this;
    }

    /**
     * Sets the discharge to assess pathway, when stated.
     *
     * @param pathway the discharge to assess pathway, when stated
     * @return this builder
     * @throws NullPointerException "pathway must not be null"
     */
    public Builder pathway(DischargePathway pathway) {
      this.pathway = Checks.notNull(pathway, "pathway");
      return this;
    }

    /**
     * Sets the admission date, when stated.
     *
     * @param admissionDate the admission date, when stated
     * @return this builder
     * @throws NullPointerException "admissionDate must not be null"
     */
    public Builder admissionDate(LocalDate admissionDate) {
      this.admissionDate = Checks.notNull(admissionDate, "admissionDate");
      return this;
    }

    /**
     * Sets the proposed discharge date, when stated.
     *
     * @param proposedDischargeDate the proposed discharge date, when stated
     * @return this builder
     * @throws NullPointerException "proposedDischargeDate must not be null"
     */
    public Builder proposedDischargeDate(LocalDate proposedDischargeDate) {
      this.proposedDischargeDate = Checks.notNull(proposedDischargeDate, "proposedDischargeDate");
      return this;
    }

    /**
     * Sets the discharge ready date, when stated.
     *
     * @param dischargeReadyDate the discharge ready date, when stated
     * @return this builder
     * @throws NullPointerException "dischargeReadyDate must not be null"
     */
    public Builder dischargeReadyDate(LocalDate dischargeReadyDate) {
      this.dischargeReadyDate = Checks.notNull(dischargeReadyDate, "dischargeReadyDate");
      return this;
    }

    /**
     * Sets the actual discharge date, when stated.
     *
     * @param dischargeDate the actual discharge date, when stated
     * @return this builder
     * @throws NullPointerException "dischargeDate must not be null"
     */
    public Builder dischargeDate(LocalDate dischargeDate) {
      this.dischargeDate = Checks.notNull(dischargeDate, "dischargeDate");
      return this;
    }

    /**
     * Sets the statement that the patient was (or was not) consulted.
     *
     * @param patientConsulted the statement that the patient was (or was not) consulted
     * @return this builder
     * @throws NullPointerException "patientConsulted must not be null"
     */
    public Builder patientConsulted(Boolean patientConsulted) {
      this.patientConsulted = Checks.notNull(patientConsulted, "patientConsulted");
      return this;
    }

    /**
     * Sets the carer consultation statement.
     *
     * @param carerConsultation the carer consultation statement
     * @return this builder
     * @throws NullPointerException "carerConsultation must not be null"
     */
    public Builder carerConsultation(CarerConsultation carerConsultation) {
      this.carerConsultation = Checks.notNull(carerConsultation, "carerConsultation");
      return this;
    }

    /**
     * Sets the patient's consent statement.
     *
     * @param consent the patient's consent statement
     * @return this builder
     * @throws NullPointerException "consent must not be null"
     */
    public Builder consent(ConsentStatus consent) {
      this.consent = Checks.notNull(consent, "consent");
      return this;
    }

    /**
     * Sets the legal basis when the patient does not consent personally.
     *
     * @param consentLegalBasis the legal basis when the patient does not consent personally
     * @return this builder
     * @throws NullPointerException "consentLegalBasis must not be null"
     */
    public Builder consentLegalBasis(ConsentLegalBasis consentLegalBasis) {
      this.consentLegalBasis = Checks.notNull(consentLegalBasis, "consentLegalBasis");
      return this;
    }

    /**
     * Sets the NHS Continuing Healthcare consideration and its result.
     *
     * @param chcOutcome the NHS Continuing Healthcare consideration and its result
     * @return this builder
     * @throws NullPointerException "chcOutcome must not be null"
     */
    public Builder chcOutcome(ChcOutcome chcOutcome) {
      this.chcOutcome = Checks.notNull(chcOutcome, "chcOutcome");
      return this;
    }

    /**
     * Sets the statement whether there are safeguarding concerns.
     *
     * @param safeguardingConcerns the statement whether there are safeguarding concerns
     * @return this builder
     * @throws NullPointerException "safeguardingConcerns must not be null"
     */
    public Builder safeguardingConcerns(Boolean safeguardingConcerns) {
      this.safeguardingConcerns = Checks.notNull(safeguardingConcerns, "safeguardingConcerns");
      return this;
    }

    /**
     * Sets the reason for a withdrawal.
     *
     * @param withdrawalReason the reason for a withdrawal
     * @return this builder
     * @throws NullPointerException "withdrawalReason must not be null"
     */
    public Builder withdrawalReason(WithdrawalReason withdrawalReason) {
      this.withdrawalReason = Checks.notNull(withdrawalReason, "withdrawalReason");
      return this;
    }

    /**
     * Sets the id of the earlier notice this one responds to or withdraws.
     *
     * @param respondsTo 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'
     * @return this builder
     * @throws NullPointerException "respondsTo must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder respondsTo(String respondsTo) {
      this.respondsTo = Checks.id(respondsTo, "respondsTo");
      return this;
    }

    /**
     * Builds the notification.
     *
     * @return the notification
     * @throws IllegalStateException "id is required", "event is required", "person is required",
     *     "issuedAt is required" or "hospital is required"
     */
    public DischargeNotification build() {
      return new DischargeNotification(
          Checks.required(id, "id"),
          Checks.required(event, "event"),
          Checks.required(person, "person"),
          Checks.required(issuedAt, "issuedAt"),
          Checks.required(hospital, "hospital"),
          Optional.ofNullable(ward),
          Optional.ofNullable(council),
          Optional.ofNullable(pathway),
          Optional.ofNullable(admissionDate),
          Optional.ofNullable(proposedDischargeDate),
          Optional.ofNullable(dischargeReadyDate),
          Optional.ofNullable(dischargeDate),
          Optional.ofNullable(patientConsulted),
          Optional.ofNullable(carerConsultation),
          Optional.ofNullable(consent),
          Optional.ofNullable(consentLegalBasis),
          Optional.ofNullable(chcOutcome),
          Optional.ofNullable(safeguardingConcerns),
          Optional.ofNullable(withdrawalReason),
          Optional.ofNullable(respondsTo));
    }
  }
}
