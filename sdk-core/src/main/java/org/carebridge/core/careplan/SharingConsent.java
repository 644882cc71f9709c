package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.internal.Checks;

/**
 * The person's agreement to share information between health and social care (profile
 * {@code carebridge-sharing-consent}).
 *
 * @param status given, refused, or lacks capacity
 * @param legalBasis the legal basis when the person does not consent personally
 * @param recordedOn the day the decision was recorded
 */
public record SharingConsent(
    ConsentStatus status, Optional<ConsentLegalBasis> legalBasis, LocalDate recordedOn) {

  /**
   * Creates a sharing consent.
   *
   * @param status the status
   * @param legalBasis the legal basis or empty
   * @param recordedOn the day recorded
   * @throws NullPointerException when an argument is null
   */
  public SharingConsent {
    Checks.notNull(status, "status");
    Checks.optional(legalBasis, "legalBasis");
    Checks.notNull(recordedOn, "recordedOn");
  }

  /**
   * Creates a consent the person gave or refused personally.
   *
   * @param status the status
   * @param recordedOn the day recorded
   * @return the consent
   * @throws NullPointerException when an argument is null
   */
  public static SharingConsent of(ConsentStatus status, LocalDate recordedOn) {
    return new SharingConsent(status, Optional.empty(), recordedOn);
  }

  /**
   * Creates a consent with a legal basis (e.g. a best-interest decision when the person lacks capacity).
   *
   * @param status the status
   * @param legalBasis the legal basis
   * @param recordedOn the day recorded
   * @return the consent
   * @throws NullPointerException when an argument is null
   */
  public static SharingConsent of(ConsentStatus status, ConsentLegalBasis legalBasis, LocalDate recordedOn) {
    return new SharingConsent(status, Optional.of(Checks.notNull(legalBasis, "legalBasis")), recordedOn);
  }
}
