package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.Actor;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.WardStay;
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
      if (n.stay().admissionDate().isEmpty()) {
        issues.add(at(IssueCode.DISCHARGE_NO_ADMISSION_DATE, "stay.admissionDate", kind));
      }
    }
    if ((event == DischargeEvent.DISCHARGE_READY_DATE_SET || event == DischargeEvent.DISCHARGE_READY_DATE_CHANGED)
        && n.stay().dischargeReadyDate().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_NO_READY_DATE, "stay.dischargeReadyDate", kind));
    }
    if (event == DischargeEvent.PATIENT_DISCHARGED && n.stay().dischargeDate().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_NO_DISCHARGE_DATE, "stay.dischargeDate", kind));
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
    Assessment a = n.assessment();
    CommonRules.consent(a.consent(), a.consentLegalBasis(), "assessment.consentLegalBasis", issues);
    if (a.safeguardingDetails().isPresent() && !a.safeguardingConcerns().orElse(false)) {
      // the profile's cb-encounter-4
      issues.add(at(IssueCode.DISCHARGE_SAFEGUARDING_DETAILS_WITHOUT_CONCERNS, "assessment.safeguardingDetails",
          a.safeguardingConcerns().map(String::valueOf).orElse("not stated")));
    }
    wardStay(n.stay(), issues);
    oneRecordPerId(n, issues);
    if (earlier.isPresent() && n.respondsTo().isPresent()) {
      earlierNotice(n, earlier.get(), issues);
    }
    return issues;
  }

  private static void dates(DischargeNotification n, List<Issue> issues) {
    HospitalStay stay = n.stay();
    Optional<LocalDate> admission = stay.admissionDate();
    Optional<LocalDate> ready = stay.dischargeReadyDate();
    if (admission.isPresent() && ready.isPresent() && ready.get().isBefore(admission.get())) {
      issues.add(at(IssueCode.DISCHARGE_READY_BEFORE_ADMISSION, "stay.dischargeReadyDate", ready.get(), admission.get()));
    }
    if (admission.isPresent() && stay.proposedDischargeDate().isPresent()
        && stay.proposedDischargeDate().get().isBefore(admission.get())) {
      issues.add(at(IssueCode.DISCHARGE_PROPOSED_BEFORE_ADMISSION, 
          "stay.proposedDischargeDate", stay.proposedDischargeDate().get(), admission.get()));
    }
    if (stay.dischargeDate().isPresent()) {
      LocalDate discharge = stay.dischargeDate().get();
      if (ready.isPresent() && discharge.isBefore(ready.get())) {
        issues.add(at(IssueCode.DISCHARGE_DATE_OUT_OF_ORDER, 
            "stay.dischargeDate", discharge, "discharge ready date", ready.get()));
      } else if (admission.isPresent() && discharge.isBefore(admission.get())) {
        issues.add(at(IssueCode.DISCHARGE_DATE_OUT_OF_ORDER, 
            "stay.dischargeDate", discharge, "admission date", admission.get()));
      }
    }
    timeOnDate(stay.admittedAt(), admission, "admission", "stay.admittedAt", issues);
    timeOnDate(stay.dischargedAt(), stay.dischargeDate(), "discharge", "stay.dischargedAt", issues);
    if (stay.admittedAt().isPresent() && stay.dischargedAt().isPresent()
        && stay.dischargedAt().get().isBefore(stay.admittedAt().get())) {
      issues.add(at(IssueCode.DISCHARGE_TIME_BEFORE_ADMISSION, 
          "stay.dischargedAt", stay.dischargedAt().get(), stay.admittedAt().get()));
    }
  }

  /** CB-DISCHARGE-018: a time of day falls on the date it goes with. */
  private static void timeOnDate(Optional<OffsetDateTime> time, Optional<LocalDate> date, String what,
      String location, List<Issue> issues) {
    if (time.isPresent() && !date.equals(time.map(OffsetDateTime::toLocalDate))) {
      issues.add(at(IssueCode.DISCHARGE_TIME_NOT_ON_DATE, location, what, time.get(), what,
          date.map(LocalDate::toString).orElse("(not stated)")));
    }
  }

  /** CB-DISCHARGE-020 and 021: a stay on the ward goes with the ward, and ends after it starts. */
  private static void wardStay(HospitalStay stay, List<Issue> issues) {
    if (stay.wardStay().isEmpty()) {
      return;
    }
    WardStay ws = stay.wardStay().get();
    if (stay.ward().isEmpty()) {
      issues.add(at(IssueCode.DISCHARGE_WARD_STAY_WITHOUT_WARD, "stay.wardStay"));
    }
    if (ws.from().isPresent() && ws.until().isPresent() && ws.until().get().isBefore(ws.from().get())) {
      issues.add(at(IssueCode.DISCHARGE_WARD_STAY_OUT_OF_ORDER, "stay.wardStay.until", ws.until().get(), ws.from().get()));
    }
  }

  /**
   * CB-DISCHARGE-022: the message carries each practitioner, role and organisation once, so the notification may
   * not name two different ones with the same id (the hospital, the council, the clinicians and their roles'
   * organisations).
   */
  private static void oneRecordPerId(DischargeNotification n, List<Issue> issues) {
    Map<String, Object> seen = new HashMap<>();
    same(seen, "Organisation", n.hospital().id(), n.hospital(), "hospital", issues);
    n.council().ifPresent(c -> same(seen, "Organisation", c.id(), c, "council", issues));
    Map<String, Optional<Actor>> clinicians = new LinkedHashMap<>();
    clinicians.put("stay.leadClinician", n.stay().leadClinician());
    clinicians.put("stay.liaisonContact", n.stay().liaisonContact());
    clinicians.put("author", n.author());
    clinicians.forEach((at, actor) -> actor.ifPresent(a -> {
      if (a instanceof PractitionerRole r) {
        same(seen, "PractitionerRole", r.id(), r, at, issues);
        same(seen, "Practitioner", r.practitioner().id(), r.practitioner(), at + ".practitioner", issues);
        same(seen, "Organisation", r.organisation().id(), r.organisation(), at + ".organisation", issues);
      } else if (a instanceof Practitioner p) {
        same(seen, "Practitioner", p.id(), p, at, issues);
      }
    }));
  }

  private static void same(Map<String, Object> seen, String type, String id, Object value, String location,
      List<Issue> issues) {
    Object old = seen.putIfAbsent(type + "/" + id, value);
    if (old != null && !old.equals(value)) {
      issues.add(at(IssueCode.DISCHARGE_ONE_ID_TWO_RECORDS, location, type, id));
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
