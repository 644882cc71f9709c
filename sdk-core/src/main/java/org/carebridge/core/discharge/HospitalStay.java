package org.carebridge.core.discharge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.Identifier;
import org.carebridge.core.internal.Builds;

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
@Builds
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
    @Builds.Check("staff") Optional<Actor> leadClinician,
    @Builds.Check("staff") Optional<Actor> liaisonContact,
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
    HospitalStayBuilderBase.checkComponents(ward, wardStay, admissionDate, admittedAt, proposedDischargeDate,
        dischargeReadyDate, dischargeDate, dischargedAt, reasonForAdmission, admissionSource, dischargeDestination,
        leadClinician, liaisonContact, identifiers);
    identifiers = List.copyOf(identifiers);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link HospitalStay}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends HospitalStayBuilderBase {
    private Builder() {}
  }

}
