package org.carebridge.hl7v2.internal;

import org.carebridge.core.validation.IssueCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtSetting;

/**
 * Which ADT event gives which notification, and what each needs. A01 (admit), A02 (transfer) and A08 (update)
 * give a discharge ready date notification when the configured ready date field is new or changed for the stay
 * (A01 gives an assessment notice instead when assessment notices are on); A03 (discharge) gives "patient
 * discharged"; A13 (cancel discharge) and A11 (cancel admit) withdraw the discharged notification and the
 * assessment notice. Remembers the ready dates sent per stay within one input; not thread-safe. Not API.
 */
final class EventPolicy {

  /** The ADT events read (MSH-9.2). */
  static final Set<String> EVENTS = Set.of("A01", "A02", "A03", "A08", "A11", "A13");

  /** What to do with a message. */
  sealed interface Choice permits Send, Unchanged, Incomplete {}

  /**
   * Send a notification.
   *
   * @param event the CareBridge event
   * @param suffix the notification id's suffix, after the stay key
   * @param withdrawn the id suffix of the notification this one withdraws, if any
   * @param readyDate the discharge ready date the notification states, if any
   */
  record Send(DischargeEvent event, String suffix, Optional<String> withdrawn, Optional<LocalDate> readyDate)
      implements Choice {}

  /** Send nothing: the ready date is the one already sent for the stay. */
  record Unchanged(String why) implements Choice {}

  /** Send nothing: the ready date the event needs is not a date (an issue already says why). */
  record Incomplete() implements Choice {}

  private final Settings settings;
  private final Map<String, LocalDate> readyDates = new HashMap<>();

  EventPolicy(Settings settings) {
    this.settings = settings;
  }

  /** Whether the event can announce a discharge ready date (not a discharge, nor a cancellation). */
  static boolean readyEventPossible(String event) {
    return !event.equals("A03") && !event.equals("A11") && !event.equals("A13");
  }

  /** Whether the event gives an assessment notice. */
  boolean notice(String event) {
    return event.equals("A01") && settings.assessmentNotices();
  }

  /** Whether the event gives a notification only with a discharge ready date. */
  boolean needsReadyDate(String event) {
    return readyEventPossible(event) && !notice(event);
  }

  /**
   * Why the message gives no notification, before anything else is read: an A01, A02 or A08 without a
   * discharge ready date, or an A11 while assessment notices are off.
   *
   * @return the reason, or empty when the message is read on
   */
  Optional<String> nothingToSend(String event, FieldReader.DischargeDates dates) {
    if (needsReadyDate(event) && dates.readyText().isEmpty()) {
      return Optional.of(withoutReadyDate(event, dates));
    }
    if (event.equals("A11") && !settings.assessmentNotices()) {
      return Optional.of("an A11 cancel admit withdraws the assessment notice of the admission; assessment "
          + "notices are off (they are turned on with " + settings.name(AdtSetting.ASSESSMENT_NOTICES) + "), so "
          + "there is nothing to withdraw");
    }
    return Optional.empty();
  }

  private String withoutReadyDate(String event, FieldReader.DischargeDates dates) {
    String why = dates.readyField()
        .map(f -> f + " (discharge ready date) is empty")
        .orElse("no discharge ready date field is configured (set one with "
            + settings.name(AdtSetting.DISCHARGE_READY_DATE_FIELD) + ")")
        + (dates.proposedText().isEmpty() ? "" : "; PV2-9 is the expected (proposed) discharge date, not the "
            + "discharge ready date, and a new PV2-9 alone produces no notification");
    return switch (event) {
      case "A08" -> "an A08 update without a discharge ready date changes nothing a council is told: " + why;
      case "A02" -> "an A02 transfer without a discharge ready date produces no notification (the new ward "
          + "travels in the next notification): " + why;
      default -> "an A01 admission produces an assessment notice only when assessment notices are turned on ("
          + settings.name(AdtSetting.ASSESSMENT_NOTICES) + "), or a discharge ready date event when the message "
          + "carries a discharge ready date: " + why;
    };
  }

  /**
   * Decides what the message gives, and remembers the ready date it sends for the stay.
   *
   * @param event the ADT event
   * @param dates the discharge dates read
   * @param discharged the discharge time, if read
   * @param stayKey the stay
   * @param context the stay's context (the ready date already sent, if any)
   * @param in the message, to locate issues
   * @param found where the issues go
   * @return the choice
   */
  Choice decide(String event, FieldReader.DischargeDates dates, Optional<Hl7Time> discharged, String stayKey,
      AdtContext context, FieldReader in, List<Issue> found) {
    Optional<LocalDate> readyDate = dates.ready().map(Hl7Time::date);
    Choice choice = switch (event) {
      case "A03" -> new Send(DischargeEvent.PATIENT_DISCHARGED, "discharged", Optional.empty(),
          readyNotAfterDischarge(readyDate, discharged, dates.readyField(), in, found));
      case "A13" -> new Send(DischargeEvent.WITHDRAW_DISCHARGE_ONLY, "discharge-cancelled",
          Optional.of("discharged"), readyDate);
      case "A11" -> new Send(DischargeEvent.WITHDRAW_ASSESSMENT_ONLY, "admission-cancelled",
          Optional.of("assessment"), readyDate);
      default -> notice(event)
          ? new Send(DischargeEvent.ASSESSMENT_NOTICE, "assessment", Optional.empty(), readyDate)
          : readyDateChange(readyDate, stayKey, context, dates);
    };
    if (choice instanceof Send send && send.readyDate().isPresent() && !event.equals("A11")
        && !event.equals("A13")) {
      readyDates.put(stayKey, send.readyDate().get());
    }
    return choice;
  }

  /** A ready date after the actual discharge (PV1-45) is left out of the discharged notification. */
  private static Optional<LocalDate> readyNotAfterDischarge(Optional<LocalDate> readyDate,
      Optional<Hl7Time> discharged, Optional<String> readyField, FieldReader in, List<Issue> found) {
    if (readyDate.isPresent() && discharged.isPresent() && readyDate.get().isAfter(discharged.get().date())) {
      String field = readyField.orElseThrow();
      found.add(in.issue(IssueCode.HL7_READY_AFTER_DISCHARGE, field, 0, 1,
          field + " (discharge ready date) is after the actual discharge (PV1-45); it was left out"));
      return Optional.empty();
    }
    return readyDate;
  }

  /** Ready date set or changed, or nothing when it is the one already sent for the stay. */
  private Choice readyDateChange(Optional<LocalDate> readyDate, String stayKey, AdtContext context,
      FieldReader.DischargeDates dates) {
    if (readyDate.isEmpty()) {
      return new Incomplete();
    }
    Optional<LocalDate> previous = Optional.ofNullable(readyDates.get(stayKey)).or(context::previousReadyDate);
    if (previous.isPresent() && previous.get().equals(readyDate.get())) {
      readyDates.put(stayKey, readyDate.get());
      return new Unchanged("the discharge ready date (" + dates.readyField().orElseThrow() + ") is the one already "
          + "sent for this stay (" + readyDate.get() + "); nothing changed" + (dates.proposedText().isEmpty() ? ""
          : " (PV2-9, the expected discharge date, produces no notification on its own)"));
    }
    return new Send(previous.isPresent() ? DischargeEvent.DISCHARGE_READY_DATE_CHANGED
        : DischargeEvent.DISCHARGE_READY_DATE_SET, "ready-" + readyDate.get().toString().replace("-", ""),
        Optional.empty(), readyDate);
  }

  /**
   * Reports what the notification needs that the feed cannot supply: the receiving council (an assessment
   * notice cannot go without one; any other notification goes unaddressed) and, for a discharge, the pathway.
   */
  void checkNeeds(Send send, AdtContext context, FieldReader in, List<Issue> found) {
    if (context.council().isEmpty()) {
      if (send.event() == DischargeEvent.ASSESSMENT_NOTICE) {
        found.add(in.issue(IssueCode.HL7_NO_COUNCIL, "", 0, 0,
            "an assessment notice must name the receiving council, which an ADT message does not carry: "
                + "set it with " + settings.name(AdtSetting.COUNCIL)));
      } else {
        found.add(in.issue(IssueCode.HL7_UNADDRESSED, "", 0, 0,
            "no receiving council is configured (an ADT message does not carry one): the notification is "
                + "unaddressed; set it with " + settings.name(AdtSetting.COUNCIL)));
      }
    }
    if (send.event() == DischargeEvent.PATIENT_DISCHARGED && context.pathway().isEmpty()) {
      found.add(in.issue(IssueCode.HL7_NO_PATHWAY, "", 0, 0,
          "the discharge pathway (0-3) is not in an ADT message and none is configured: set it with "
              + settings.name(AdtSetting.PATHWAY)));
    }
  }
}
