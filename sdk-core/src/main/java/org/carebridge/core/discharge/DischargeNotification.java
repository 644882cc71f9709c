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
import org.carebridge.core.internal.Builds;

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
@Builds
public record DischargeNotification(
    @Builds.Check("id") String id,
    DischargeEvent event,
    Person person,
    Instant issuedAt,
    Organisation hospital,
    Optional<Organisation> council,
    Optional<DischargePathway> pathway,
    HospitalStay stay,
    Assessment assessment,
    Optional<WithdrawalReason> withdrawalReason,
    @Builds.Check("id") Optional<String> respondsTo,
    Optional<Identifier> messageIdentifier,
    Optional<MessagingSystem> sendingSystem,
    Optional<MessagingSystem> receivingSystem,
    @Builds.Check("staff") Optional<Actor> author) {

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
    DischargeNotificationBuilderBase.checkComponents(id, event, person, issuedAt, hospital, council, pathway, stay,
        assessment, withdrawalReason, respondsTo, messageIdentifier, sendingSystem, receivingSystem, author);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link DischargeNotification}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends DischargeNotificationBuilderBase {
    private Builder() {
      stay(NO_STAY);
      assessment(NO_ASSESSMENT);
    }
  }

}
