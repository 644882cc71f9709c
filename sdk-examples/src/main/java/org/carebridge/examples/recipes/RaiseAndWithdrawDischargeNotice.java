package org.carebridge.examples.recipes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.carebridge.core.Story;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Recipe: a hospital raises a discharge notice to the council, then withdraws it because the operation the
 * person was waiting for was cancelled.
 */
public final class RaiseAndWithdrawDischargeNotice {

  private RaiseAndWithdrawDischargeNotice() {}

  /**
   * The two messages as they travel: CareBridge discharge message Bundles ({@code carebridge-discharge-message}).
   *
   * @param notice the discharge notice
   * @param withdrawal the withdrawal that names it
   */
  public record Messages(Bundle notice, Bundle withdrawal) {
    /**
     * Checks both are present.
     *
     * @param notice the discharge notice
     * @param withdrawal the withdrawal that names it
     * @throws NullPointerException when a message is null
     */
    public Messages {
      Objects.requireNonNull(notice, "notice must not be null");
      Objects.requireNonNull(withdrawal, "withdrawal must not be null");
    }
  }

  /**
   * The story's discharge notice: Margaret, on Ward 112, ready for discharge on pathway 1 (home with reablement).
   *
   * @return the notice
   */
  public static DischargeNotification raiseDischargeNotice() {
    // snippet:raise-discharge-notice
    DischargeNotification notice = DischargeNotification.builder()
        .id("discharge-notice-example")
        .event(DischargeEvent.DISCHARGE_NOTICE)
        .person(Story.margaret())
        .issuedAt(Instant.parse("2026-10-12T14:00:00Z"))
        .hospital(Story.UHNM)
        .council(Story.COUNCIL)                      // the council that receives the notice
        .pathway(DischargePathway.PATHWAY_1)         // home with new support
        .stay(HospitalStay.builder()                 // the stay: ward, dates, clinicians
            .ward(Story.WARD_112)
            .admissionDate(LocalDate.of(2026, 10, 2))
            .dischargeReadyDate(LocalDate.of(2026, 10, 13))
            .build())
        .assessment(Assessment.builder()             // the statements for the council's assessment
            .patientConsulted(true)
            .carerConsultation(CarerConsultation.NO_KNOWN_CARER)
            .consent(ConsentStatus.GIVEN)
            .build())
        .build();
    // end-snippet
    return notice;
  }

  /**
   * Withdraws a discharge notice: a "withdraw discharge notice only" message from the same hospital about the
   * same person, with its reason, naming the notice it withdraws.
   *
   * @param notice the notice to withdraw
   * @param reason why it is withdrawn
   * @param issuedAt when the withdrawal is sent (after the notice)
   * @return the withdrawal
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code issuedAt} is not after the notice
   */
  public static DischargeNotification withdraw(DischargeNotification notice, WithdrawalReason reason,
      Instant issuedAt) {
    Objects.requireNonNull(notice, "notice must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(issuedAt, "issuedAt must not be null");
    if (!issuedAt.isAfter(notice.issuedAt())) {
      throw new IllegalArgumentException("issuedAt must be after the notice was issued");
    }
    // snippet:withdraw-discharge-notice
    DischargeNotification withdrawal = DischargeNotification.builder()
        .id(notice.id() + "-withdrawal")
        .event(DischargeEvent.WITHDRAW_DISCHARGE_ONLY)
        .person(notice.person())
        .issuedAt(issuedAt)
        .hospital(notice.hospital())
        .council(notice.council().orElseThrow())
        .stay(HospitalStay.builder()
            .ward(notice.stay().ward().orElseThrow())
            .admissionDate(notice.stay().admissionDate().orElseThrow())
            .build())
        .withdrawalReason(reason)                     // e.g. 04 treatment cancelled
        .respondsTo(notice.id())                      // the notice withdrawn
        .build();
    // end-snippet
    return withdrawal;
  }

  /**
   * Raises the story's discharge notice and withdraws it the next morning (treatment cancelled), as FHIR.
   *
   * @return both messages
   */
  public static Messages raiseAndWithdraw() {
    DischargeNotification notice = raiseDischargeNotice();
    DischargeNotification withdrawal =
        withdraw(notice, WithdrawalReason.TREATMENT_CANCELLED, Instant.parse("2026-10-13T08:30:00Z"));
    // snippet:discharge-messages
    Bundle noticeMessage = CareBridgeMapper.toFhir(notice, "https://fhir.example.org/uhnm");
    Bundle withdrawalMessage = CareBridgeMapper.toFhir(withdrawal, "https://fhir.example.org/uhnm");
    // end-snippet
    return new Messages(noticeMessage, withdrawalMessage);
  }

  /**
   * Prints both messages as JSON.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Messages messages = raiseAndWithdraw();
    System.out.println(Recipes.json(messages.notice()));
    System.out.println(Recipes.json(messages.withdrawal()));
  }
}
