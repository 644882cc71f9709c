package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.internal.Checks;

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
    Checks.optional(patientConsulted, "patientConsulted");
    Checks.optional(carerConsultation, "carerConsultation");
    Checks.optional(consent, "consent");
    Checks.optional(consentLegalBasis, "consentLegalBasis");
    Checks.optional(chcOutcome, "chcOutcome");
    Checks.optional(safeguardingConcerns, "safeguardingConcerns");
    Checks.optionalText(safeguardingDetails, "safeguardingDetails");
    Checks.optionalText(referralReason, "referralReason");
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
    Builder b = new Builder();
    b.patientConsulted = patientConsulted.orElse(null);
    b.carerConsultation = carerConsultation.orElse(null);
    b.consent = consent.orElse(null);
    b.consentLegalBasis = consentLegalBasis.orElse(null);
    b.chcOutcome = chcOutcome.orElse(null);
    b.safeguardingConcerns = safeguardingConcerns.orElse(null);
    b.safeguardingDetails = safeguardingDetails.orElse(null);
    b.referralReason = referralReason.orElse(null);
    return b;
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

  /** Builds an {@link Assessment}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private Boolean patientConsulted;
    private CarerConsultation carerConsultation;
    private ConsentStatus consent;
    private ConsentLegalBasis consentLegalBasis;
    private ChcOutcome chcOutcome;
    private Boolean safeguardingConcerns;
    private String safeguardingDetails;
    private String referralReason;

    private Builder() {}

    /**
     * States whether the patient was consulted.
     *
     * @param patientConsulted whether the patient was consulted
     * @return this builder
     */
    public Builder patientConsulted(boolean patientConsulted) {
      this.patientConsulted = patientConsulted;
      return this;
    }

    /**
     * Sets the carer consultation statement.
     *
     * @param carerConsultation e.g. {@link CarerConsultation#NO_KNOWN_CARER}
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
     * @param consent e.g. {@link ConsentStatus#GIVEN}
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
     * @param consentLegalBasis the legal basis
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
     * @param chcOutcome the outcome
     * @return this builder
     * @throws NullPointerException "chcOutcome must not be null"
     */
    public Builder chcOutcome(ChcOutcome chcOutcome) {
      this.chcOutcome = Checks.notNull(chcOutcome, "chcOutcome");
      return this;
    }

    /**
     * States whether there are safeguarding concerns.
     *
     * @param safeguardingConcerns whether there are concerns
     * @return this builder
     */
    public Builder safeguardingConcerns(boolean safeguardingConcerns) {
      this.safeguardingConcerns = safeguardingConcerns;
      return this;
    }

    /**
     * Sets the safeguarding concerns, in words.
     *
     * @param safeguardingDetails the concerns
     * @return this builder
     * @throws NullPointerException "safeguardingDetails must not be null"
     * @throws IllegalArgumentException "safeguardingDetails must not be blank"
     */
    public Builder safeguardingDetails(String safeguardingDetails) {
      this.safeguardingDetails = Checks.notBlank(safeguardingDetails, "safeguardingDetails");
      return this;
    }

    /**
     * Sets the reason for referral to the council, in words.
     *
     * @param referralReason the reason
     * @return this builder
     * @throws NullPointerException "referralReason must not be null"
     * @throws IllegalArgumentException "referralReason must not be blank"
     */
    public Builder referralReason(String referralReason) {
      this.referralReason = Checks.notBlank(referralReason, "referralReason");
      return this;
    }

    /**
     * Builds the statements.
     *
     * @return the statements
     */
    public Assessment build() {
      return new Assessment(Optional.ofNullable(patientConsulted), Optional.ofNullable(carerConsultation),
          Optional.ofNullable(consent), Optional.ofNullable(consentLegalBasis), Optional.ofNullable(chcOutcome),
          Optional.ofNullable(safeguardingConcerns), Optional.ofNullable(safeguardingDetails),
          Optional.ofNullable(referralReason));
    }
  }
}
