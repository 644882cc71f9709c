package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;

/** Rules over a discharge notification and the earlier notices it refers to. Not API. */
public final class DischargeRules {

  /** For each event that may refer to an earlier notice, the events that notice may have. */
  private static final Map<DischargeEvent, Set<DischargeEvent>> ANSWERS = new EnumMap<>(DischargeEvent.class);

  static {
    Set<DischargeEvent> assessment = EnumSet.of(DischargeEvent.ASSESSMENT_NOTICE);
    Set<DischargeEvent> discharge = EnumSet.of(DischargeEvent.DISCHARGE_NOTICE);
    Set<DischargeEvent> withdrawals = EnumSet.of(
        DischargeEvent.WITHDRAW_ALL, DischargeEvent.WITHDRAW_ASSESSMENT_ONLY,
        DischargeEvent.WITHDRAW_DISCHARGE_ONLY);
    Set<DischargeEvent> readyDate = EnumSet.of(
        DischargeEvent.DISCHARGE_READY_DATE_SET, DischargeEvent.DISCHARGE_READY_DATE_CHANGED);
    ANSWERS.put(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT, assessment);
    ANSWERS.put(DischargeEvent.ASSESSMENT_NOTICE_REJECT, assessment);
    ANSWERS.put(DischargeEvent.DISCHARGE_NOTICE, assessment);
    ANSWERS.put(DischargeEvent.DISCHARGE_NOTICE_AGREEMENT, discharge);
    ANSWERS.put(DischargeEvent.DISCHARGE_NOTICE_DISAGREEMENT, discharge);
    // A discharge can be withdrawn as a notice or, when a cancelled discharge (HL7 v2 A13) undoes a
    // "patient discharged" event, as that event.
    ANSWERS.put(DischargeEvent.WITHDRAW_ALL, EnumSet.of(DischargeEvent.ASSESSMENT_NOTICE,
        DischargeEvent.DISCHARGE_NOTICE, DischargeEvent.PATIENT_DISCHARGED));
    ANSWERS.put(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY, assessment);
    ANSWERS.put(DischargeEvent.WITHDRAW_DISCHARGE_ONLY,
        EnumSet.of(DischargeEvent.DISCHARGE_NOTICE, DischargeEvent.PATIENT_DISCHARGED));
    ANSWERS.put(DischargeEvent.WITHDRAW_ACCEPT, withdrawals);
    ANSWERS.put(DischargeEvent.WITHDRAW_REJECT, withdrawals);
    ANSWERS.put(DischargeEvent.DISCHARGE_READY_DATE_CHANGED, readyDate);
  }

  private DischargeRules() {}

  /**
   * Checks one notification, and when {@code earlier} is given, the notice it refers to.
   *
   * @param n the notification
   * @param earlier the notices to resolve {@code respondsTo} against, or empty to skip those checks
   * @param now the current instant, from the validator's clock
   * @return the issues, in rule order
   */
  public static List<Issue> validate(
      DischargeNotification n, Optional<List<DischargeNotification>> earlier, Instant now) {
    List<Issue> issues = new ArrayList<>();
    CommonRules.person(n.person(), "person", issues);
    if (n.issuedAt().isAfter(now)) {
      issues.add(at(IssueCode.DISCHARGE_ISSUED_IN_FUTURE, "issuedAt", n.issuedAt(), now));
    }
    dates(n, issues);
    DischargeEvent event = n.event();
    String kind = event.display();
    if (event == DischargeEvent.ASSESSMENT_NOTICE || event == DischargeEvent.DISCHARGE_NOTICE) {
      if (event == DischargeEvent.DISCHARGE_NOTICE && n.pathway().isEmpty()) {
        issues.add(at(IssueCode.DISCHARGE_NO_PATHWAY, "pathway", kind));
      }
      if (n.council().isEmpty()) {
        issues.add(at(IssueCode.DISCHARGE_NO_COUNCIL, "council", kind));
      }
      if (n.admissionDate().isEmpty()) {
        issues.add(at(IssueCode.DISCHARGE_NO_ADMISSION_DATE, "admissionDate", kind));
      }
    }
    if ((event == DischargeEvent.DISCHARGE_READY_DATE_SET || event == DischargeEvent.DISCHARGE_READY_DATE_CHANGED)
        && n.dischargeReadyDate().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_NO_READY_DATE, "dischargeReadyDate", kind));
    }
    if (event == DischargeEvent.PATIENT_DISCHARGED && n.dischargeDate().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_NO_DISCHARGE_DATE, "dischargeDate", kind));
    }
    if (event.isWithdrawal() && n.withdrawalReason().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_WITHDRAWAL_NO_REASON, "withdrawalReason"));
    }
    if (!event.isWithdrawal() && n.withdrawalReason().isPresent()) {
      issues.add(at(IssueCode.DISCHARGE_REASON_NOT_WITHDRAWAL, "withdrawalReason", kind));
    }
    if (event.requiresEarlierNotice() && n.respondsTo().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_NO_EARLIER_NOTICE, "respondsTo", kind));
    }
    CommonRules.consent(n.consent(), n.consentLegalBasis(), "consentLegalBasis", issues);
    if (n.safeguardingDetails().isPresent() && !n.safeguardingConcerns().orElse(false)) {
      // the profile's cb-encounter-4
      issues.add(at(IssueCode.DISCHARGE_SAFEGUARDING_DETAILS_WITHOUT_CONCERNS, "safeguardingDetails",
          n.safeguardingConcerns().map(String::valueOf).orElse("not stated")));
    }
    if (earlier.isPresent() && n.respondsTo().isPresent()) {
      earlierNotice(n, earlier.get(), issues);
    }
    return issues;
  }

  private static void dates(DischargeNotification n, List<Issue> issues) {
    Optional<LocalDate> admission = n.admissionDate();
    Optional<LocalDate> ready = n.dischargeReadyDate();
    if (admission.isPresent() && ready.isPresent() && ready.get().isBefore(admission.get())) {
      issues.add(at(IssueCode.DISCHARGE_READY_BEFORE_ADMISSION, "dischargeReadyDate", ready.get(), admission.get()));
    }
    if (admission.isPresent() && n.proposedDischargeDate().isPresent()
        && n.proposedDischargeDate().get().isBefore(admission.get())) {
      issues.add(at(IssueCode.DISCHARGE_PROPOSED_BEFORE_ADMISSION, 
          "proposedDischargeDate", n.proposedDischargeDate().get(), admission.get()));
    }
    if (n.dischargeDate().isPresent()) {
      LocalDate discharge = n.dischargeDate().get();
      if (ready.isPresent() && discharge.isBefore(ready.get())) {
        issues.add(at(IssueCode.DISCHARGE_DATE_OUT_OF_ORDER, 
            "dischargeDate", discharge, "discharge ready date", ready.get()));
      } else if (admission.isPresent() && discharge.isBefore(admission.get())) {
        issues.add(at(IssueCode.DISCHARGE_DATE_OUT_OF_ORDER, 
            "dischargeDate", discharge, "admission date", admission.get()));
      }
    }
  }

  private static void earlierNotice(
      DischargeNotification n, List<DischargeNotification> earlier, List<Issue> issues) {
    String id = n.respondsTo().orElseThrow();
    Optional<DischargeNotification> found =
        earlier.stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_EARLIER_NOTICE_UNKNOWN, "respondsTo", id));
      return;
    }
    DischargeNotification notice = found.get();
    if (!notice.person().isSamePersonAs(n.person())) {
      issues.add(at(IssueCode.DISCHARGE_EARLIER_NOTICE_OTHER_PERSON, "respondsTo", id));
    }
    if (!notice.issuedAt().isBefore(n.issuedAt())) {
      issues.add(at(IssueCode.DISCHARGE_EARLIER_NOTICE_NOT_EARLIER, "respondsTo", id));
    }
    Set<DischargeEvent> allowed = ANSWERS.get(n.event());
    if (allowed != null && !allowed.contains(notice.event())) {
      issues.add(at(IssueCode.DISCHARGE_EARLIER_NOTICE_WRONG_KIND, 
          "respondsTo", n.event().display(), notice.event().display()));
    }
  }
}
