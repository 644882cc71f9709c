package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.internal.Builds;

/**
 * The person's agreement to share information between health and social care (profile
 * {@code carebridge-sharing-consent}). Build one with {@link #builder()}.
 *
 * @param status given, refused, or lacks capacity
 * @param legalBasis the legal basis when the person does not consent personally
 * @param recordedOn the day the decision was recorded
 * @param recordedAt the moment the decision was recorded, when known to the second (its date, in its own offset,
 *     should be {@code recordedOn}: the validator reports one that is not, CB-CONSENT-004)
 * @param description the kind of agreement in words, e.g. "Agreement to share information between health and
 *     social care", when stated
 * @param decidedBy who gave the agreement (the person) or decided for them (a member of staff)
 * @param sharingOrganisations the organisations that hold and share the person's information under it
 * @param protocols the information sharing protocols it is made under (URIs)
 * @param sharingPeriod when sharing is permitted (or refused), when stated
 */
@Builds
public record SharingConsent(
    ConsentStatus status,
    Optional<ConsentLegalBasis> legalBasis,
    LocalDate recordedOn,
    Optional<OffsetDateTime> recordedAt,
    Optional<String> description,
    List<Actor> decidedBy,
    List<Organisation> sharingOrganisations,
    List<String> protocols,
    Optional<DateRange> sharingPeriod) {

  /**
   * Creates a sharing consent, copying the lists.
   *
   * @param status the status
   * @param legalBasis the legal basis or empty
   * @param recordedOn the day recorded
   * @param recordedAt the moment recorded or empty
   * @param description the description or empty
   * @param decidedBy who decided
   * @param sharingOrganisations the sharing organisations
   * @param protocols the protocol URIs
   * @param sharingPeriod the sharing period or empty
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the description or a protocol is blank
   */
  public SharingConsent {
    SharingConsentBuilderBase.checkComponents(status, legalBasis, recordedOn, recordedAt, description, decidedBy,
        sharingOrganisations, protocols, sharingPeriod);
    decidedBy = List.copyOf(decidedBy);
    sharingOrganisations = List.copyOf(sharingOrganisations);
    protocols = List.copyOf(protocols);
  }

  /**
   * Starts building a sharing consent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this consent's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link SharingConsent}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends SharingConsentBuilderBase {
    private Builder() {}
  }

}
