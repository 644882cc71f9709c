package org.carebridge.core.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.core.Identifier;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
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
 * @param messageIdentifier the unique identifier of this message instance, when stated (else one is derived
 *     from the id when the message is written)
 * @param sendingSystem the system that sends the message, when stated
 * @param receivingSystem the system the message goes to, when stated
 * @param author the person responsible for the content of the message (e.g. the discharge liaison nurse), when
 *     stated
 * @param leadClinician the clinician with overall responsibility for the person during the stay, when stated
 * @param liaisonContact the hospital discharge liaison contact the council contacts, when stated
 * @param reasonForAdmission why the person was admitted, when stated
 * @param referralReason the reason for referral to the council, in words, when stated
 * @param safeguardingDetails the safeguarding concerns, in words, when stated
 * @param admissionSource where the person was admitted from, when stated
 * @param dischargeDestination where the person went on discharge (discharge destination code), when stated
 * @param admittedAt the admission date and time, when known to the time of day (falls on {@code admissionDate})
 * @param dischargedAt the discharge date and time, when known to the time of day (falls on {@code dischargeDate})
 * @param wardStay the person's stay on the ward (status and times), when stated; only with a ward
 * @param stayIdentifiers the hospital's identifiers for the stay, such as the hospital provider spell number
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
    Optional<String> respondsTo,
    Optional<Identifier> messageIdentifier,
    Optional<MessagingSystem> sendingSystem,
    Optional<MessagingSystem> receivingSystem,
    Optional<Clinician> author,
    Optional<Clinician> leadClinician,
    Optional<Clinician> liaisonContact,
    Optional<CodedText> reasonForAdmission,
    Optional<String> referralReason,
    Optional<String> safeguardingDetails,
    Optional<CodedText> admissionSource,
    Optional<CodedText> dischargeDestination,
    Optional<OffsetDateTime> admittedAt,
    Optional<OffsetDateTime> dischargedAt,
    Optional<WardStay> wardStay,
    List<Identifier> stayIdentifiers) {

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
   * @param messageIdentifier the unique identifier of this message instance (or empty)
   * @param sendingSystem the system that sends the message (or empty)
   * @param receivingSystem the system the message goes to (or empty)
   * @param author the person responsible for the content of the message (or empty)
   * @param leadClinician the lead clinician (or empty)
   * @param liaisonContact the hospital discharge liaison contact (or empty)
   * @param reasonForAdmission why the person was admitted (or empty)
   * @param referralReason the reason for referral, in words (or empty)
   * @param safeguardingDetails the safeguarding concerns, in words (or empty)
   * @param admissionSource where the person was admitted from (or empty)
   * @param dischargeDestination where the person went on discharge (or empty)
   * @param admittedAt the admission date and time (or empty); requires {@code admissionDate}, on its date
   * @param dischargedAt the discharge date and time (or empty); requires {@code dischargeDate}, on its date
   * @param wardStay the stay on the ward (or empty); requires a ward
   * @param stayIdentifiers the hospital's identifiers for the stay (may be empty)
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an id is not an id, a text is blank, "admittedAt must fall on
   *     admissionDate", "dischargedAt must fall on dischargeDate", "dischargedAt must not be before admittedAt",
   *     "wardStay requires a ward", or when the clinicians name two different practitioners, roles or
   *     organisations with one id
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
    Checks.optional(messageIdentifier, "messageIdentifier");
    Checks.optional(sendingSystem, "sendingSystem");
    Checks.optional(receivingSystem, "receivingSystem");
    Checks.optional(author, "author");
    Checks.optional(leadClinician, "leadClinician");
    Checks.optional(liaisonContact, "liaisonContact");
    Checks.optional(reasonForAdmission, "reasonForAdmission");
    Checks.optionalText(referralReason, "referralReason");
    Checks.optionalText(safeguardingDetails, "safeguardingDetails");
    Checks.optional(admissionSource, "admissionSource");
    Checks.optional(dischargeDestination, "dischargeDestination");
    Checks.optional(admittedAt, "admittedAt");
    Checks.optional(dischargedAt, "dischargedAt");
    Checks.optional(wardStay, "wardStay");
    stayIdentifiers = Checks.list(stayIdentifiers, "stayIdentifiers");
    if (admittedAt.isPresent() && !admissionDate.equals(admittedAt.map(OffsetDateTime::toLocalDate))) {
      throw new IllegalArgumentException("admittedAt must fall on admissionDate");
    }
    if (dischargedAt.isPresent() && !dischargeDate.equals(dischargedAt.map(OffsetDateTime::toLocalDate))) {
      throw new IllegalArgumentException("dischargedAt must fall on dischargeDate");
    }
    if (admittedAt.isPresent() && dischargedAt.isPresent() && dischargedAt.get().isBefore(admittedAt.get())) {
      throw new IllegalArgumentException("dischargedAt must not be before admittedAt");
    }
    if (wardStay.isPresent() && ward.isEmpty()) {
      throw new IllegalArgumentException("wardStay requires a ward");
    }
    checkOneRecordPerId(hospital, council, author, leadClinician, liaisonContact);
  }

  /**
   * Creates a notification that states none of the contact, clinician, reason, destination and time-of-day
   * details (the record as it was before they were carried).
   *
   * @param id the record id
   * @param event what the notification says happened
   * @param person the patient
   * @param issuedAt when the notification was issued
   * @param hospital the hospital trust
   * @param ward the ward (or empty)
   * @param council the receiving council (or empty)
   * @param pathway the discharge to assess pathway (or empty)
   * @param admissionDate the admission date (or empty)
   * @param proposedDischargeDate the proposed discharge date (or empty)
   * @param dischargeReadyDate the discharge ready date (or empty)
   * @param dischargeDate the actual discharge date (or empty)
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
  public DischargeNotification(String id, DischargeEvent event, Person person, Instant issuedAt,
      Organisation hospital, Optional<Ward> ward, Optional<Organisation> council, Optional<DischargePathway> pathway,
      Optional<LocalDate> admissionDate, Optional<LocalDate> proposedDischargeDate,
      Optional<LocalDate> dischargeReadyDate, Optional<LocalDate> dischargeDate, Optional<Boolean> patientConsulted,
      Optional<CarerConsultation> carerConsultation, Optional<ConsentStatus> consent,
      Optional<ConsentLegalBasis> consentLegalBasis, Optional<ChcOutcome> chcOutcome,
      Optional<Boolean> safeguardingConcerns, Optional<WithdrawalReason> withdrawalReason,
      Optional<String> respondsTo) {
    this(id, event, person, issuedAt, hospital, ward, council, pathway, admissionDate, proposedDischargeDate,
        dischargeReadyDate, dischargeDate, patientConsulted, carerConsultation, consent, consentLegalBasis,
        chcOutcome, safeguardingConcerns, withdrawalReason, respondsTo, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of());
  }

  /**
   * One id, one record: the message carries each practitioner, role and organisation once, so the clinicians
   * may not name two different ones with the same id (nor a role's organisation differ from the hospital or
   * council of that id).
   */
  private static void checkOneRecordPerId(Organisation hospital, Optional<Organisation> council,
      Optional<Clinician> author, Optional<Clinician> leadClinician, Optional<Clinician> liaisonContact) {
    Map<String, Object> practitioners = new HashMap<>();
    Map<String, Object> roles = new HashMap<>();
    Map<String, Object> organisations = new HashMap<>();
    organisations.put(hospital.id(), hospital);
    council.filter(c -> !c.id().equals(hospital.id())).ifPresent(c -> organisations.put(c.id(), c));
    List<Clinician> clinicians = new ArrayList<>();
    leadClinician.ifPresent(clinicians::add);
    liaisonContact.ifPresent(clinicians::add);
    author.ifPresent(clinicians::add);
    for (Clinician c : clinicians) {
      Practitioner p = c.practitioner();
      same(practitioners, p.id(), p, "practitioners");
      if (c.role().isPresent()) {
        PractitionerRole r = c.role().get();
        same(roles, r.id(), r, "practitioner roles");
        same(organisations, r.organisation().id(), r.organisation(), "organisations");
      }
    }
  }

  private static void same(Map<String, Object> seen, String id, Object value, String what) {
    Object old = seen.putIfAbsent(id, value);
    if (old != null && !old.equals(value)) {
      throw new IllegalArgumentException("the clinicians name two different " + what + " with one id");
    }
  }

  /**
   * Returns a description that names the event and the ids only: the person, the clinicians and the free-text
   * statements are personal data.
   *
   * @return e.g. {@code "DischargeNotification[discharge-notice-example, DISCHARGE_NOTICE, ...]"}
   */
  @Override
  public String toString() {
    return "DischargeNotification[" + id + ", " + event + ", " + person + ", issuedAt=" + issuedAt + ", hospital="
        + hospital.id() + ", ward=" + ward.map(Ward::id).orElse("-") + ", council="
        + council.map(Organisation::id).orElse("-") + ", pathway=" + pathway.map(DischargePathway::code).orElse("-")
        + ", respondsTo=" + respondsTo.orElse("-") + "]";
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
    private Identifier messageIdentifier;
    private MessagingSystem sendingSystem;
    private MessagingSystem receivingSystem;
    private Clinician author;
    private Clinician leadClinician;
    private Clinician liaisonContact;
    private CodedText reasonForAdmission;
    private String referralReason;
    private String safeguardingDetails;
    private CodedText admissionSource;
    private CodedText dischargeDestination;
    private OffsetDateTime admittedAt;
    private OffsetDateTime dischargedAt;
    private WardStay wardStay;
    private final List<Identifier> stayIdentifiers = new ArrayList<>();

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
     * Sets the unique identifier of this message instance.
     *
     * @param messageIdentifier the unique identifier of this message instance
     * @return this builder
     * @throws NullPointerException "messageIdentifier must not be null"
     */
    public Builder messageIdentifier(Identifier messageIdentifier) {
      this.messageIdentifier = Checks.notNull(messageIdentifier, "messageIdentifier");
      return this;
    }

    /**
     * Sets the system that sends the message.
     *
     * @param sendingSystem the system that sends the message
     * @return this builder
     * @throws NullPointerException "sendingSystem must not be null"
     */
    public Builder sendingSystem(MessagingSystem sendingSystem) {
      this.sendingSystem = Checks.notNull(sendingSystem, "sendingSystem");
      return this;
    }

    /**
     * Sets the system the message goes to.
     *
     * @param receivingSystem the system the message goes to
     * @return this builder
     * @throws NullPointerException "receivingSystem must not be null"
     */
    public Builder receivingSystem(MessagingSystem receivingSystem) {
      this.receivingSystem = Checks.notNull(receivingSystem, "receivingSystem");
      return this;
    }

    /**
     * Sets the person responsible for the content of the message.
     *
     * @param author the person responsible for the content of the message
     * @return this builder
     * @throws NullPointerException "author must not be null"
     */
    public Builder author(Clinician author) {
      this.author = Checks.notNull(author, "author");
      return this;
    }

    /**
     * Sets the clinician with overall responsibility for the person during the stay.
     *
     * @param leadClinician the clinician with overall responsibility for the person during the stay
     * @return this builder
     * @throws NullPointerException "leadClinician must not be null"
     */
    public Builder leadClinician(Clinician leadClinician) {
      this.leadClinician = Checks.notNull(leadClinician, "leadClinician");
      return this;
    }

    /**
     * Sets the hospital discharge liaison contact.
     *
     * @param liaisonContact the hospital discharge liaison contact
     * @return this builder
     * @throws NullPointerException "liaisonContact must not be null"
     */
    public Builder liaisonContact(Clinician liaisonContact) {
      this.liaisonContact = Checks.notNull(liaisonContact, "liaisonContact");
      return this;
    }

    /**
     * Sets why the person was admitted.
     *
     * @param reasonForAdmission why the person was admitted
     * @return this builder
     * @throws NullPointerException "reasonForAdmission must not be null"
     */
    public Builder reasonForAdmission(CodedText reasonForAdmission) {
      this.reasonForAdmission = Checks.notNull(reasonForAdmission, "reasonForAdmission");
      return this;
    }

    /**
     * Sets the reason for referral to the council, in words.
     *
     * @param referralReason the reason for referral to the council, in words
     * @return this builder
     * @throws NullPointerException "referralReason must not be null"
     * @throws IllegalArgumentException "referralReason must not be blank"
     */
    public Builder referralReason(String referralReason) {
      this.referralReason = Checks.notBlank(referralReason, "referralReason");
      return this;
    }

    /**
     * Sets the safeguarding concerns, in words.
     *
     * @param safeguardingDetails the safeguarding concerns, in words
     * @return this builder
     * @throws NullPointerException "safeguardingDetails must not be null"
     * @throws IllegalArgumentException "safeguardingDetails must not be blank"
     */
    public Builder safeguardingDetails(String safeguardingDetails) {
      this.safeguardingDetails = Checks.notBlank(safeguardingDetails, "safeguardingDetails");
      return this;
    }

    /**
     * Sets where the person was admitted from.
     *
     * @param admissionSource where the person was admitted from
     * @return this builder
     * @throws NullPointerException "admissionSource must not be null"
     */
    public Builder admissionSource(CodedText admissionSource) {
      this.admissionSource = Checks.notNull(admissionSource, "admissionSource");
      return this;
    }

    /**
     * Sets where the person went on discharge.
     *
     * @param dischargeDestination where the person went on discharge
     * @return this builder
     * @throws NullPointerException "dischargeDestination must not be null"
     */
    public Builder dischargeDestination(CodedText dischargeDestination) {
      this.dischargeDestination = Checks.notNull(dischargeDestination, "dischargeDestination");
      return this;
    }

    /**
     * Sets the admission date and time; also sets the admission date to its date when none is set yet (a
     * different admission date fails {@link #build()}).
     *
     * @param admittedAt the admission date and time
     * @return this builder
     * @throws NullPointerException "admittedAt must not be null"
     */
    public Builder admittedAt(OffsetDateTime admittedAt) {
      this.admittedAt = Checks.notNull(admittedAt, "admittedAt");
      if (admissionDate == null) {
        admissionDate = admittedAt.toLocalDate();
      }
      return this;
    }

    /**
     * Sets the discharge date and time; also sets the discharge date to its date when none is set yet (a
     * different discharge date fails {@link #build()}).
     *
     * @param dischargedAt the discharge date and time
     * @return this builder
     * @throws NullPointerException "dischargedAt must not be null"
     */
    public Builder dischargedAt(OffsetDateTime dischargedAt) {
      this.dischargedAt = Checks.notNull(dischargedAt, "dischargedAt");
      if (dischargeDate == null) {
        dischargeDate = dischargedAt.toLocalDate();
      }
      return this;
    }

    /**
     * Sets the person's stay on the ward (status and times).
     *
     * @param wardStay the person's stay on the ward (status and times)
     * @return this builder
     * @throws NullPointerException "wardStay must not be null"
     */
    public Builder wardStay(WardStay wardStay) {
      this.wardStay = Checks.notNull(wardStay, "wardStay");
      return this;
    }

    /**
     * Adds an identifier the hospital gives the stay, such as the hospital provider spell number.
     *
     * @param stayIdentifier the identifier
     * @return this builder
     * @throws NullPointerException "stayIdentifier must not be null"
     */
    public Builder addStayIdentifier(Identifier stayIdentifier) {
      stayIdentifiers.add(Checks.notNull(stayIdentifier, "stayIdentifier"));
      return this;
    }

    /**
     * Builds the notification.
     *
     * @return the notification
     * @throws IllegalStateException "id is required", "event is required", "person is required",
     *     "issuedAt is required" or "hospital is required"
     * @throws IllegalArgumentException when the values disagree (see the record's constructor)
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
          Optional.ofNullable(respondsTo),
          Optional.ofNullable(messageIdentifier),
          Optional.ofNullable(sendingSystem),
          Optional.ofNullable(receivingSystem),
          Optional.ofNullable(author),
          Optional.ofNullable(leadClinician),
          Optional.ofNullable(liaisonContact),
          Optional.ofNullable(reasonForAdmission),
          Optional.ofNullable(referralReason),
          Optional.ofNullable(safeguardingDetails),
          Optional.ofNullable(admissionSource),
          Optional.ofNullable(dischargeDestination),
          Optional.ofNullable(admittedAt),
          Optional.ofNullable(dischargedAt),
          Optional.ofNullable(wardStay),
          stayIdentifiers);
    }
  }
}
