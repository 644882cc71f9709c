package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.internal.Builds;

/**
 * What the hospital states for the council's assessment of the person's needs on discharge, as an assessment notice
 * carries it: whether the person and their carer were consulted, the person's consent, the NHS Continuing Healthcare
 * consideration, safeguarding concerns and the reason for the referral. Every statement is optional; build one with
 * {@link #builder()} ({@code Assessment.builder().build()} states nothing).
 *
 * <p>The HL7 v2 adapter's {@code AdtContext} holds one to give the statements an ADT feed does not carry.
 * {@link #toString()} hides the statements in words: they are personal data.
 *
 * @param patientConsulted the statement that the patient was (or was not) consulted, when stated
 * @param carerConsultation the carer consultation statement, when stated
 * @param consent the patient's consent statement, when stated
 * @param consentLegalBasis the legal basis when the patient does not consent personally, when stated
 * @param chcOutcome the NHS Continuing Healthcare consideration and its result, when stated
 * @param safeguardingConcerns the statement whether there are safeguarding concerns, when stated
 * @param safeguardingDetails the safeguarding concerns, in words, when stated (the validator reports details given
 *     without concerns, CB-DISCHARGE-017)
 * @param referralReason the reason for referral to the council, in words, when stated
 */
@Builds
public record Assessment(
    Optional<Boolean> patientConsulted,
    Optional<CarerConsultation> carerConsultation,
    Optional<ConsentStatus> consent,
    Optional<ConsentLegalBasis> consentLegalBasis,
    Optional<ChcOutcome> chcOutcome,
    Optional<Boolean> safeguardingConcerns,
    Optional<String> safeguardingDetails,
    Optional<String> referralReason) {

  /**
   * Creates the statements.
   *
   * @param patientConsulted the statement or empty
   * @param carerConsultation the statement or empty
   * @param consent the statement or empty
   * @param consentLegalBasis the legal basis or empty
   * @param chcOutcome the CHC outcome or empty
   * @param safeguardingConcerns the statement or empty
   * @param safeguardingDetails the details or empty
   * @param referralReason the reason or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "safeguardingDetails must not be blank" or "referralReason must not be blank"
   */
  public Assessment {
    AssessmentBuilderBase.checkComponents(patientConsulted, carerConsultation, consent, consentLegalBasis, chcOutcome,
        safeguardingConcerns, safeguardingDetails, referralReason);
  }

  /**
   * Starts building the statements.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these statements, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds an {@link Assessment}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends AssessmentBuilderBase {
    private Builder() {}
  }

  /**
   * Returns the coded statements; the statements in words show as {@code ***}.
   *
   * @return e.g. {@code "Assessment[patientConsulted=Optional[true], ..., safeguardingDetails=Optional[***], ...]"}
   */
  @Override
  public String toString() {
    return "Assessment[patientConsulted=" + patientConsulted + ", carerConsultation=" + carerConsultation
        + ", consent=" + consent + ", consentLegalBasis=" + consentLegalBasis + ", chcOutcome=" + chcOutcome
        + ", safeguardingConcerns=" + safeguardingConcerns + ", safeguardingDetails="
        + safeguardingDetails.map(t -> "***") + ", referralReason=" + referralReason.map(t -> "***") + "]";
  }

}
