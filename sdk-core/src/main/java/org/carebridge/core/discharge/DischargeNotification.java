package org.carebridge.core.discharge;

import java.time.Instant;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.Identifier;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.internal.Checks;

/**
 * A discharge notification between a hospital and a council (profile {@code carebridge-discharge-message}):
 * an ADW assessment or discharge notice, a response to one, a withdrawal, or a discharge to assess event
 * (discharge ready date set or changed, patient discharged). Build one with {@link #builder()}.
 *
 * <p>The notification names the event, the person, the hospital and the council; the hospital stay
 * ({@link HospitalStay}: ward, dates, clinicians) and the assessment statements ({@link Assessment}) are records of
 * their own. The builder checks each value as it is given; what the event requires (a discharge notice states a
 * pathway and the receiving council, a withdrawal states a reason, a response names the earlier notice) and how the
 * values relate (the dates in order, one record per id) is checked by the validator, which reports every problem at
 * once.
 *
 * @param id the record id, e.g. {@code "discharge-notice-example"}
 * @param event what the notification says happened
 * @param person the patient
 * @param issuedAt when the notification was issued
 * @param hospital the hospital trust
 * @param council the receiving council, when stated
 * @param pathway the discharge to assess pathway, when stated
 * @param stay the hospital stay (it may state nothing)
 * @param assessment the assessment statements (they may state nothing)
 * @param withdrawalReason the reason for a withdrawal
 * @param respondsTo the id of the earlier notice this one responds to or withdraws
 * @param messageIdentifier the unique identifier of this message instance, when stated (else one is derived
 *     from the id when the message is written)
 * @param sendingSystem the system that sends the message, when stated
 * @param receivingSystem the system the message goes to, when stated
 * @param author the member of staff responsible for the content of the message (e.g. the discharge liaison nurse),
 *     when stated
 */
public record DischargeNotification(
    String id,
    DischargeEvent event,
    Person person,
    Instant issuedAt,
    Organisation hospital,
    Optional<Organisation> council,
    Optional<DischargePathway> pathway,
    HospitalStay stay,
    Assessment assessment,
    Optional<WithdrawalReason> withdrawalReason,
    Optional<String> respondsTo,
    Optional<Identifier> messageIdentifier,
    Optional<MessagingSystem> sendingSystem,
    Optional<MessagingSystem> receivingSystem,
    Optional<Actor> author) {

  private static final HospitalStay NO_STAY = HospitalStay.builder().build();
  private static final Assessment NO_ASSESSMENT = Assessment.builder().build();

  /**
   * Creates a notification.
   *
   * @param id the record id
   * @param event what the notification says happened
   * @param person the patient
   * @param issuedAt when the notification was issued
   * @param hospital the hospital trust
   * @param council the receiving council, or empty
   * @param pathway the pathway, or empty
   * @param stay the hospital stay
   * @param assessment the assessment statements
   * @param withdrawalReason the withdrawal reason, or empty
   * @param respondsTo the id of the earlier notice, or empty
   * @param messageIdentifier the message identifier, or empty
   * @param sendingSystem the sending system, or empty
   * @param receivingSystem the receiving system, or empty
   * @param author the author, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an id is not an id, or "author must be a member of staff"
   */
  public DischargeNotification {
    Checks.id(id, "id");
    Checks.notNull(event, "event");
    Checks.notNull(person, "person");
    Checks.notNull(issuedAt, "issuedAt");
    Checks.notNull(hospital, "hospital");
    Checks.optional(council, "council");
    Checks.optional(pathway, "pathway");
    Checks.notNull(stay, "stay");
    Checks.notNull(assessment, "assessment");
    Checks.optional(withdrawalReason, "withdrawalReason");
    Checks.optional(respondsTo, "respondsTo").ifPresent(r -> Checks.id(r, "respondsTo"));
    Checks.optional(messageIdentifier, "messageIdentifier");
    Checks.optional(sendingSystem, "sendingSystem");
    Checks.optional(receivingSystem, "receivingSystem");
    Checks.optionalStaff(author, "author");
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
        + hospital.id() + ", ward=" + stay.ward().map(Ward::id).orElse("-") + ", council="
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

  /**
   * Starts a builder holding this notification's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.event = event;
    b.person = person;
    b.issuedAt = issuedAt;
    b.hospital = hospital;
    b.council = council.orElse(null);
    b.pathway = pathway.orElse(null);
    b.stay = stay;
    b.assessment = assessment;
    b.withdrawalReason = withdrawalReason.orElse(null);
    b.respondsTo = respondsTo.orElse(null);
    b.messageIdentifier = messageIdentifier.orElse(null);
    b.sendingSystem = sendingSystem.orElse(null);
    b.receivingSystem = receivingSystem.orElse(null);
    b.author = author.orElse(null);
    return b;
  }

  /** Builds a {@link DischargeNotification}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private DischargeEvent event;
    private Person person;
    private Instant issuedAt;
    private Organisation hospital;
    private Organisation council;
    private DischargePathway pathway;
    private HospitalStay stay = NO_STAY;
    private Assessment assessment = NO_ASSESSMENT;
    private WithdrawalReason withdrawalReason;
    private String respondsTo;
    private Identifier messageIdentifier;
    private MessagingSystem sendingSystem;
    private MessagingSystem receivingSystem;
    private Actor author;

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
     * @param event e.g. {@link DischargeEvent#DISCHARGE_NOTICE}
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
     * @param issuedAt the moment of issue
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
     * @param hospital the trust
     * @return this builder
     * @throws NullPointerException "hospital must not be null"
     */
    public Builder hospital(Organisation hospital) {
      this.hospital = Checks.notNull(hospital, "hospital");
      return this;
    }

    /**
     * Sets the receiving council.
     *
     * @param council the council
     * @return this builder
     * @throws NullPointerException "council must not be null"
     */
    public Builder council(Organisation council) {
      this.council = Checks.notNull(council, "council");
      return this;
    }

    /**
     * Sets the discharge to assess pathway.
     *
     * @param pathway the pathway
     * @return this builder
     * @throws NullPointerException "pathway must not be null"
     */
    public Builder pathway(DischargePathway pathway) {
      this.pathway = Checks.notNull(pathway, "pathway");
      return this;
    }

    /**
     * Sets the hospital stay (by default one that states nothing).
     *
     * @param stay the stay
     * @return this builder
     * @throws NullPointerException "stay must not be null"
     */
    public Builder stay(HospitalStay stay) {
      this.stay = Checks.notNull(stay, "stay");
      return this;
    }

    /**
     * Sets the assessment statements (by default none).
     *
     * @param assessment the statements
     * @return this builder
     * @throws NullPointerException "assessment must not be null"
     */
    public Builder assessment(Assessment assessment) {
      this.assessment = Checks.notNull(assessment, "assessment");
      return this;
    }

    /**
     * Sets the reason for a withdrawal.
     *
     * @param withdrawalReason the reason
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
     * @param messageIdentifier the identifier
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
     * @param sendingSystem the system
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
     * @param receivingSystem the system
     * @return this builder
     * @throws NullPointerException "receivingSystem must not be null"
     */
    public Builder receivingSystem(MessagingSystem receivingSystem) {
      this.receivingSystem = Checks.notNull(receivingSystem, "receivingSystem");
      return this;
    }

    /**
     * Sets the member of staff responsible for the content of the message.
     *
     * @param author a practitioner or a role
     * @return this builder
     * @throws NullPointerException "author must not be null"
     * @throws IllegalArgumentException "author must be a member of staff"
     */
    public Builder author(Actor author) {
      this.author = Checks.staff(author, "author");
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
      return new DischargeNotification(Checks.required(id, "id"), Checks.required(event, "event"),
          Checks.required(person, "person"), Checks.required(issuedAt, "issuedAt"),
          Checks.required(hospital, "hospital"), Optional.ofNullable(council), Optional.ofNullable(pathway), stay,
          assessment, Optional.ofNullable(withdrawalReason), Optional.ofNullable(respondsTo),
          Optional.ofNullable(messageIdentifier), Optional.ofNullable(sendingSystem),
          Optional.ofNullable(receivingSystem), Optional.ofNullable(author));
    }
  }
}
