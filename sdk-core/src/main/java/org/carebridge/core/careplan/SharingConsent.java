package org.carebridge.core.careplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.internal.Checks;

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
    Checks.notNull(status, "status");
    Checks.optional(legalBasis, "legalBasis");
    Checks.notNull(recordedOn, "recordedOn");
    Checks.optional(recordedAt, "recordedAt");
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
    Builder b = new Builder();
    b.status = status;
    b.legalBasis = legalBasis.orElse(null);
    b.recordedOn = recordedOn;
    b.recordedAt = recordedAt.orElse(null);
    b.description = description.orElse(null);
    b.decidedBy.addAll(decidedBy);
    b.sharingOrganisations.addAll(sharingOrganisations);
    b.protocols.addAll(protocols);
    b.sharingPeriod = sharingPeriod.orElse(null);
    return b;
  }

  /** Builds a {@link SharingConsent}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private ConsentStatus status;
    private ConsentLegalBasis legalBasis;
    private LocalDate recordedOn;
    private OffsetDateTime recordedAt;
    private String description;
    private final List<Actor> decidedBy = new ArrayList<>();
    private final List<Organisation> sharingOrganisations = new ArrayList<>();
    private final List<String> protocols = new ArrayList<>();
    private DateRange sharingPeriod;

    private Builder() {}

    /**
     * Sets the decision.
     *
     * @param status given, refused, or lacks capacity
     * @return this builder
     * @throws NullPointerException "status must not be null"
     */
    public Builder status(ConsentStatus status) {
      this.status = Checks.notNull(status, "status");
      return this;
    }

    /**
     * Sets the legal basis when the person does not consent personally.
     *
     * @param legalBasis the legal basis
     * @return this builder
     * @throws NullPointerException "legalBasis must not be null"
     */
    public Builder legalBasis(ConsentLegalBasis legalBasis) {
      this.legalBasis = Checks.notNull(legalBasis, "legalBasis");
      return this;
    }

    /**
     * Sets the day the decision was recorded.
     *
     * @param recordedOn the day
     * @return this builder
     * @throws NullPointerException "recordedOn must not be null"
     */
    public Builder recordedOn(LocalDate recordedOn) {
      this.recordedOn = Checks.notNull(recordedOn, "recordedOn");
      return this;
    }

    /**
     * Sets the moment the decision was recorded; also sets the day recorded to its date when none is set yet.
     *
     * @param recordedAt the moment, to the second
     * @return this builder
     * @throws NullPointerException "recordedAt must not be null"
     */
    public Builder recordedAt(OffsetDateTime recordedAt) {
      this.recordedAt = Checks.notNull(recordedAt, "recordedAt");
      if (recordedOn == null) {
        recordedOn = recordedAt.toLocalDate();
      }
      return this;
    }

    /**
     * Sets the kind of agreement, in words.
     *
     * @param description e.g. {@code "Agreement to share information between health and social care"}
     * @return this builder
     * @throws NullPointerException "description must not be null"
     * @throws IllegalArgumentException "description must not be blank"
     */
    public Builder description(String description) {
      this.description = Checks.notBlank(description, "description");
      return this;
    }

    /**
     * Adds who gave the agreement (the person) or decided for them (a member of staff).
     *
     * @param actor e.g. {@link Actor#THE_PERSON}
     * @return this builder
     * @throws NullPointerException "decidedBy must not be null"
     */
    public Builder addDecidedBy(Actor actor) {
      decidedBy.add(Checks.notNull(actor, "decidedBy"));
      return this;
    }

    /**
     * Adds an organisation that holds and shares the person's information under the agreement.
     *
     * @param organisation the organisation
     * @return this builder
     * @throws NullPointerException "sharingOrganisation must not be null"
     */
    public Builder addSharingOrganisation(Organisation organisation) {
      sharingOrganisations.add(Checks.notNull(organisation, "sharingOrganisation"));
      return this;
    }

    /**
     * Adds an information sharing protocol the agreement is made under.
     *
     * @param protocol the protocol's URI
     * @return this builder
     * @throws NullPointerException "protocol must not be null"
     * @throws IllegalArgumentException "protocol must not be blank"
     */
    public Builder addProtocol(String protocol) {
      protocols.add(Checks.notBlank(protocol, "protocol"));
      return this;
    }

    /**
     * Sets when sharing is permitted (or refused).
     *
     * @param sharingPeriod the period
     * @return this builder
     * @throws NullPointerException "sharingPeriod must not be null"
     */
    public Builder sharingPeriod(DateRange sharingPeriod) {
      this.sharingPeriod = Checks.notNull(sharingPeriod, "sharingPeriod");
      return this;
    }

    /**
     * Builds the consent.
     *
     * @return the consent
     * @throws IllegalStateException "status is required" or "recordedOn is required"
     */
    public SharingConsent build() {
      return new SharingConsent(Checks.required(status, "status"), Optional.ofNullable(legalBasis),
          Checks.required(recordedOn, "recordedOn"), Optional.ofNullable(recordedAt), Optional.ofNullable(description),
          decidedBy, sharingOrganisations, protocols, Optional.ofNullable(sharingPeriod));
    }
  }

}
