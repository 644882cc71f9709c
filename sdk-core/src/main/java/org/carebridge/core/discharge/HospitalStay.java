package org.carebridge.core.discharge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.Identifier;
import org.carebridge.core.internal.Checks;

/**
 * The person's stay in hospital as a discharge notification states it (profile
 * {@code carebridge-hospital-encounter}): the ward, the dates from admission to discharge, why and from where the
 * person came in and where they went, and the clinicians of the stay. Everything is optional; build one with
 * {@link #builder()} ({@code HospitalStay.builder().build()} states nothing).
 *
 * <p>The record checks each value; how the values relate (dates in order, a time on its date, a ward stay with its
 * ward) is for the validator to report (CB-DISCHARGE-001, 002, 014, 018 to 021).
 *
 * @param ward the ward, when stated
 * @param wardStay the person's stay on that ward (status and times), when stated
 * @param admissionDate the admission date, when stated
 * @param admittedAt the admission date and time, when known to the time of day (its date is the admission date)
 * @param proposedDischargeDate the proposed discharge date, when stated
 * @param dischargeReadyDate the discharge ready date, when stated
 * @param dischargeDate the actual discharge date, when stated
 * @param dischargedAt the discharge date and time, when known to the time of day (its date is the discharge date)
 * @param reasonForAdmission why the person was admitted, when stated
 * @param admissionSource where the person was admitted from, when stated
 * @param dischargeDestination where the person went on discharge (discharge destination code), when stated
 * @param leadClinician the member of staff with overall responsibility for the person during the stay, when stated
 * @param liaisonContact the hospital discharge liaison contact the council contacts, when stated
 * @param identifiers the hospital's identifiers for the stay, such as the hospital provider spell number
 */
public record HospitalStay(
    Optional<Ward> ward,
    Optional<WardStay> wardStay,
    Optional<LocalDate> admissionDate,
    Optional<OffsetDateTime> admittedAt,
    Optional<LocalDate> proposedDischargeDate,
    Optional<LocalDate> dischargeReadyDate,
    Optional<LocalDate> dischargeDate,
    Optional<OffsetDateTime> dischargedAt,
    Optional<CodedText> reasonForAdmission,
    Optional<CodedText> admissionSource,
    Optional<CodedText> dischargeDestination,
    Optional<Actor> leadClinician,
    Optional<Actor> liaisonContact,
    List<Identifier> identifiers) {

  /**
   * Creates a stay, copying the identifiers.
   *
   * @param ward the ward or empty
   * @param wardStay the stay on the ward or empty
   * @param admissionDate the admission date or empty
   * @param admittedAt the admission time or empty
   * @param proposedDischargeDate the proposed discharge date or empty
   * @param dischargeReadyDate the discharge ready date or empty
   * @param dischargeDate the discharge date or empty
   * @param dischargedAt the discharge time or empty
   * @param reasonForAdmission the reason for admission or empty
   * @param admissionSource the source of admission or empty
   * @param dischargeDestination the discharge destination or empty
   * @param leadClinician the lead clinician or empty
   * @param liaisonContact the liaison contact or empty
   * @param identifiers the stay's identifiers (may be empty)
   * @throws NullPointerException when an argument or an identifier is null
   * @throws IllegalArgumentException "leadClinician must be a member of staff" or "liaisonContact must be a member of
   *     staff"
   */
  public HospitalStay {
    Checks.optional(ward, "ward");
    Checks.optional(wardStay, "wardStay");
    Checks.optional(admissionDate, "admissionDate");
    Checks.optional(admittedAt, "admittedAt");
    Checks.optional(proposedDischargeDate, "proposedDischargeDate");
    Checks.optional(dischargeReadyDate, "dischargeReadyDate");
    Checks.optional(dischargeDate, "dischargeDate");
    Checks.optional(dischargedAt, "dischargedAt");
    Checks.optional(reasonForAdmission, "reasonForAdmission");
    Checks.optional(admissionSource, "admissionSource");
    Checks.optional(dischargeDestination, "dischargeDestination");
    Checks.optionalStaff(leadClinician, "leadClinician");
    Checks.optionalStaff(liaisonContact, "liaisonContact");
    identifiers = Checks.list(identifiers, "identifiers");
  }

  /**
   * Starts building a stay.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this stay's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ward = ward.orElse(null);
    b.wardStay = wardStay.orElse(null);
    b.admissionDate = admissionDate.orElse(null);
    b.admittedAt = admittedAt.orElse(null);
    b.proposedDischargeDate = proposedDischargeDate.orElse(null);
    b.dischargeReadyDate = dischargeReadyDate.orElse(null);
    b.dischargeDate = dischargeDate.orElse(null);
    b.dischargedAt = dischargedAt.orElse(null);
    b.reasonForAdmission = reasonForAdmission.orElse(null);
    b.admissionSource = admissionSource.orElse(null);
    b.dischargeDestination = dischargeDestination.orElse(null);
    b.leadClinician = leadClinician.orElse(null);
    b.liaisonContact = liaisonContact.orElse(null);
    b.identifiers.addAll(identifiers);
    return b;
  }

  /** Builds a {@link HospitalStay}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private Ward ward;
    private WardStay wardStay;
    private LocalDate admissionDate;
    private OffsetDateTime admittedAt;
    private LocalDate proposedDischargeDate;
    private LocalDate dischargeReadyDate;
    private LocalDate dischargeDate;
    private OffsetDateTime dischargedAt;
    private CodedText reasonForAdmission;
    private CodedText admissionSource;
    private CodedText dischargeDestination;
    private Actor leadClinician;
    private Actor liaisonContact;
    private final List<Identifier> identifiers = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the ward.
     *
     * @param ward the ward
     * @return this builder
     * @throws NullPointerException "ward must not be null"
     */
    public Builder ward(Ward ward) {
      this.ward = Checks.notNull(ward, "ward");
      return this;
    }

    /**
     * Sets the person's stay on the ward (status and times).
     *
     * @param wardStay the stay on the ward
     * @return this builder
     * @throws NullPointerException "wardStay must not be null"
     */
    public Builder wardStay(WardStay wardStay) {
      this.wardStay = Checks.notNull(wardStay, "wardStay");
      return this;
    }

    /**
     * Sets the admission date.
     *
     * @param admissionDate the admission date
     * @return this builder
     * @throws NullPointerException "admissionDate must not be null"
     */
    public Builder admissionDate(LocalDate admissionDate) {
      this.admissionDate = Checks.notNull(admissionDate, "admissionDate");
      return this;
    }

    /**
     * Sets the admission date and time; also sets the admission date to its date when none is set yet.
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
     * Sets the proposed discharge date.
     *
     * @param proposedDischargeDate the proposed discharge date
     * @return this builder
     * @throws NullPointerException "proposedDischargeDate must not be null"
     */
    public Builder proposedDischargeDate(LocalDate proposedDischargeDate) {
      this.proposedDischargeDate = Checks.notNull(proposedDischargeDate, "proposedDischargeDate");
      return this;
    }

    /**
     * Sets the discharge ready date.
     *
     * @param dischargeReadyDate the discharge ready date
     * @return this builder
     * @throws NullPointerException "dischargeReadyDate must not be null"
     */
    public Builder dischargeReadyDate(LocalDate dischargeReadyDate) {
      this.dischargeReadyDate = Checks.notNull(dischargeReadyDate, "dischargeReadyDate");
      return this;
    }

    /**
     * Sets the actual discharge date.
     *
     * @param dischargeDate the discharge date
     * @return this builder
     * @throws NullPointerException "dischargeDate must not be null"
     */
    public Builder dischargeDate(LocalDate dischargeDate) {
      this.dischargeDate = Checks.notNull(dischargeDate, "dischargeDate");
      return this;
    }

    /**
     * Sets the discharge date and time; also sets the discharge date to its date when none is set yet.
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
     * Sets why the person was admitted.
     *
     * @param reasonForAdmission the reason, coded or in words
     * @return this builder
     * @throws NullPointerException "reasonForAdmission must not be null"
     */
    public Builder reasonForAdmission(CodedText reasonForAdmission) {
      this.reasonForAdmission = Checks.notNull(reasonForAdmission, "reasonForAdmission");
      return this;
    }

    /**
     * Sets where the person was admitted from.
     *
     * @param admissionSource the source, coded or in words
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
     * @param dischargeDestination the destination, coded or in words
     * @return this builder
     * @throws NullPointerException "dischargeDestination must not be null"
     */
    public Builder dischargeDestination(CodedText dischargeDestination) {
      this.dischargeDestination = Checks.notNull(dischargeDestination, "dischargeDestination");
      return this;
    }

    /**
     * Sets the member of staff with overall responsibility for the person during the stay.
     *
     * @param leadClinician a practitioner or a role
     * @return this builder
     * @throws NullPointerException "leadClinician must not be null"
     * @throws IllegalArgumentException "leadClinician must be a member of staff"
     */
    public Builder leadClinician(Actor leadClinician) {
      this.leadClinician = Checks.staff(leadClinician, "leadClinician");
      return this;
    }

    /**
     * Sets the hospital discharge liaison contact.
     *
     * @param liaisonContact a practitioner or a role
     * @return this builder
     * @throws NullPointerException "liaisonContact must not be null"
     * @throws IllegalArgumentException "liaisonContact must be a member of staff"
     */
    public Builder liaisonContact(Actor liaisonContact) {
      this.liaisonContact = Checks.staff(liaisonContact, "liaisonContact");
      return this;
    }

    /**
     * Adds an identifier the hospital gives the stay, such as the hospital provider spell number.
     *
     * @param identifier the identifier
     * @return this builder
     * @throws NullPointerException "identifier must not be null"
     */
    public Builder addIdentifier(Identifier identifier) {
      identifiers.add(Checks.notNull(identifier, "identifier"));
      return this;
    }

    /**
     * Builds the stay.
     *
     * @return the stay
     */
    public HospitalStay build() {
      return new HospitalStay(Optional.ofNullable(ward), Optional.ofNullable(wardStay),
          Optional.ofNullable(admissionDate), Optional.ofNullable(admittedAt),
          Optional.ofNullable(proposedDischargeDate), Optional.ofNullable(dischargeReadyDate),
          Optional.ofNullable(dischargeDate), Optional.ofNullable(dischargedAt), Optional.ofNullable(reasonForAdmission),
          Optional.ofNullable(admissionSource), Optional.ofNullable(dischargeDestination),
          Optional.ofNullable(leadClinician), Optional.ofNullable(liaisonContact), identifiers);
    }
  }
}
