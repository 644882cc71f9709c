package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
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
 * @param recordedAt the moment the decision was recorded, when known to the second (its date, in its own offset,
 *     is {@code recordedOn})
 * @param description the kind of agreement in words, e.g. "Agreement to share information between health and
 *     social care", when stated
 * @param decidedBy who gave the agreement (the person) or decided for them (a member of staff)
 * @param sharingOrganisations the organisations that hold and share the person's information under it
 * @param protocols the information sharing protocols it is made under (URIs)
 * @param sharingPeriod when sharing is permitted (or refused), when stated
 */
public record SharingConsent(
    ConsentStatus status,
    Optional<ConsentLegalBasis> legalBasis,
    LocalDate recordedOn,
    Optional<OffsetDateTime> recordedAt,
    Optional<String> description,
    List<Party> decidedBy,
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
   * @throws IllegalArgumentException when the description or a protocol is blank, or "recordedAt must be on
   *     recordedOn"
   */
  public SharingConsent {
    Checks.notNull(status, "status");
    Checks.optional(legalBasis, "legalBasis");
    Checks.notNull(recordedOn, "recordedOn");
    Checks.optional(recordedAt, "recordedAt");
    if (recordedAt.isPresent() && !recordedAt.get().toLocalDate().equals(recordedOn)) {
      throw new IllegalArgumentException("recordedAt must be on recordedOn");
    }
    Checks.optionalText(description, "description");
    decidedBy = Checks.list(decidedBy, "decidedBy");
    sharingOrganisations = Checks.list(sharingOrganisations, "sharingOrganisations");
    protocols = Checks.list(protocols, "protocols");
    for (int i = 0; i < protocols.size(); i++) {
      Checks.notBlank(protocols.get(i), "protocols[" + i + "]");
    }
    Checks.optional(sharingPeriod, "sharingPeriod");
  }

  /**
   * Creates a sharing consent with only its status, legal basis and day.
   *
   * @param status the status
   * @param legalBasis the legal basis or empty
   * @param recordedOn the day recorded
   * @throws NullPointerException when an argument is null
   */
  public SharingConsent(ConsentStatus status, Optional<ConsentLegalBasis> legalBasis, LocalDate recordedOn) {
    this(status, legalBasis, recordedOn, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
        Optional.empty());
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

  /**
   * This consent recorded at a moment of {@code recordedOn}.
   *
   * @param at the moment
   * @return a new consent
   * @throws NullPointerException "recordedAt must not be null"
   * @throws IllegalArgumentException "recordedAt must be on recordedOn"
   */
  public SharingConsent recordedAt(OffsetDateTime at) {
    return new SharingConsent(status, legalBasis, recordedOn, Optional.of(Checks.notNull(at, "recordedAt")),
        description, decidedBy, sharingOrganisations, protocols, sharingPeriod);
  }

  /**
   * This consent with the terms of the sharing: who decided, which organisations share, under which protocols
   * and for how long.
   *
   * @param decidedBy who gave the agreement or decided for the person
   * @param organisations the sharing organisations
   * @param protocols the protocol URIs
   * @param period when sharing is permitted, or empty
   * @return a new consent
   * @throws NullPointerException when an argument or an element is null
   * @throws IllegalArgumentException when a protocol is blank
   */
  public SharingConsent withTerms(Collection<Party> decidedBy, Collection<Organisation> organisations,
      Collection<String> protocols, Optional<DateRange> period) {
    return new SharingConsent(status, legalBasis, recordedOn, recordedAt, description,
        Checks.list(decidedBy, "decidedBy"), Checks.list(organisations, "sharingOrganisations"),
        Checks.list(protocols, "protocols"), period);
  }

  /**
   * This consent with a description of the kind of agreement.
   *
   * @param description e.g. "Agreement to share information between health and social care"
   * @return a new consent
   * @throws NullPointerException "description must not be null"
   * @throws IllegalArgumentException "description must not be blank"
   */
  public SharingConsent withDescription(String description) {
    return new SharingConsent(status, legalBasis, recordedOn, recordedAt,
        Optional.of(Checks.notBlank(description, "description")), decidedBy, sharingOrganisations, protocols,
        sharingPeriod);
  }
}
