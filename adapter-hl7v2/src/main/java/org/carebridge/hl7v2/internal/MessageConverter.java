package org.carebridge.hl7v2.internal;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.Address;
import org.carebridge.core.Actor;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtSetting;
import org.carebridge.hl7v2.AdtIssueCodes;
import org.carebridge.hl7v2.AdtResult;
import org.carebridge.hl7v2.AdtStay;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Converts the messages of one input, one after the other; remembers the discharge ready dates seen per stay
 * within that input. One instance per input, not thread-safe. Not API.
 */
public final class MessageConverter implements AutoCloseable {

  /** The HL7 versions read (MSH-12). */
  public static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1");
  /** The ADT events read (MSH-9.2). */
  public static final Set<String> EVENTS = Set.of("A01", "A02", "A03", "A08", "A11", "A13");
  /** Identifier system prefix of a hospital's local patient number (the trust's ODS code follows). */
  public static final String LOCAL_PATIENT_ID = "https://carebridge.org.uk/fhir/Id/local-patient-id/";
  /** Identifier system of the GMC reference number (the Practitioner profile's gmcNumber slice). */
  public static final String GMC_SYSTEM = "https://fhir.hl7.org.uk/Id/gmc-number";

  private static final Set<String> LOCAL_ID_TYPES = Set.of("PI", "MR", "PAS", "PT", "PN", "LR", "");

  private final Settings settings;
  private final HapiContext hapi;
  private final PipeParser parser;
  private final Map<String, LocalDate> readyDates = new HashMap<>();
  private final PersonIds personIds;

  /**
   * Creates a converter for one input.
   *
   * @param settings the configuration
   */
  public MessageConverter(Settings settings) {
    this.settings = settings;
    hapi = new DefaultHapiContext();
    // Every version 2.3 to 2.5.1 is read into the 2.5.1 structures; no validation rule may throw.
    hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    hapi.setValidationContext(ValidationContextFactory.noValidation());
    hapi.getParserConfiguration().setValidating(false);
    this.parser = hapi.getPipeParser();
    this.personIds = PersonIds.forConversion(settings.pseudonymKey());
  }

  /**
   * The ids given in this conversion to people known by NHS number only (no local patient number).
   *
   * @return the ids by NHS number
   */
  public Map<NhsNumber, String> pseudonyms() {
    return personIds.given();
  }

  /** Releases the HAPI context of this input. */
  @Override
  public void close() {
    try {
      hapi.close();
    } catch (java.io.IOException | RuntimeException e) {
      // Nothing to release that matters to the caller.
    }
  }

  /**
   * Converts one message.
   *
   * @param raw the message
   * @param index its 0-based number in the input
   * @return the result
   */
  public AdtResult convert(RawMessage raw, int index) {
    One one = new One(raw, index);
    try {
      one.run();
    } catch (RuntimeException e) {
      // A safety net: a bug or an unexpected library failure must not escape as an exception.
      one.add(AdtIssueCodes.UNPARSEABLE, Severity.ERROR, "", "the message could not be converted ("
          + e.getClass().getSimpleName() + ")");
      one.notification = null;
      one.bundle = null;
    }
    return new AdtResult(index, one.controlId, one.event, Optional.ofNullable(one.notification),
        Optional.ofNullable(one.bundle), one.issues);
  }

  /** The work on one message. */
  private final class One {
    final RawMessage raw;
    final int index;
    final List<Issue> issues = new ArrayList<>();
    RawSegment.Encoding enc;
    String controlId = "";
    String event = "";
    Terser terser;
    DischargeNotification notification;
    Bundle bundle;

    One(RawMessage raw, int index) {
      this.raw = raw;
      this.index = index;
      issues.addAll(raw.issues());
    }

    void run() {
      if (!header()) {
        return;
      }
      if (!parse()) {
        return;
      }
      read();
    }

    // ---- MSH checks on the raw text -------------------------------------------------------------

    boolean header() {
      String msh = raw.msh().text();
      if (msh.length() < 8) {
        add(AdtIssueCodes.MSH_MALFORMED, Severity.ERROR, "MSH-2",
            "the MSH segment is too short to hold the field separator and the encoding characters");
        return false;
      }
      char fs = msh.charAt(3);
      String encoding = msh.substring(4, msh.indexOf(fs, 4) < 0 ? msh.length() : msh.indexOf(fs, 4));
      if (Character.isLetterOrDigit(fs) || Character.isWhitespace(fs) || encoding.length() < 3
          || encoding.length() > 5 || encoding.chars().anyMatch(c -> c == fs || Character.isLetterOrDigit(c))
          || encoding.chars().distinct().count() != encoding.length()) {
        add(AdtIssueCodes.MSH_MALFORMED, Severity.ERROR, "MSH-2",
            "MSH-1 and MSH-2 must give the separators (normally |^~\\&)");
        return false;
      }
      enc = new RawSegment.Encoding(fs, encoding.charAt(0), encoding.charAt(1));
      String[] fields = rawFields(msh);
      controlId = field(fields, 10).trim();
      if (controlId.isEmpty()) {
        add(AdtIssueCodes.NO_CONTROL_ID, Severity.WARNING, "MSH-10",
            "MSH-10 (message control id) is empty: the message cannot be told apart from others");
      }
      String[] type = split(field(fields, 9), enc.component());
      String code = type.length > 0 ? type[0].trim() : "";
      event = type.length > 1 ? type[1].trim().toUpperCase(Locale.ROOT) : "";
      if (!"ADT".equals(code)) {
        add(AdtIssueCodes.NOT_ADT, Severity.ERROR, "MSH-9.1", (code.isEmpty()
            ? "MSH-9.1 (message type) is empty"
            : "the message type is " + safe(code + (event.isEmpty() ? "" : "^" + event)) + ", not ADT")
            + ": only ADT messages become discharge notifications");
        return false;
      }
      String version = split(field(fields, 12), enc.component()).length > 0
          ? split(field(fields, 12), enc.component())[0].trim() : "";
      if (!VERSIONS.contains(version)) {
        add(AdtIssueCodes.VERSION_NOT_SUPPORTED, Severity.ERROR, "MSH-12", version.isEmpty()
            ? "MSH-12 (version) is empty: versions 2.3, 2.3.1, 2.4, 2.5 and 2.5.1 are read"
            : "version " + safe(version) + " is not read: versions 2.3, 2.3.1, 2.4, 2.5 and 2.5.1 are");
        return false;
      }
      if (!EVENTS.contains(event)) {
        add(AdtIssueCodes.EVENT_NOT_SUPPORTED, Severity.WARNING, "MSH-9.2", (event.isEmpty()
            ? "MSH-9.2 (trigger event) is empty" : "ADT event " + safe(event) + " is not converted")
            + ": only A01, A02, A03, A08, A11 and A13 are; the message was skipped");
        return false;
      }
      return true;
    }

    String[] rawFields(String msh) {
      // fields[n] is MSH-n: index 1 is the separator itself.
      List<String> parts = new ArrayList<>();
      parts.add("MSH");
      parts.add(String.valueOf(enc.field()));
      parts.addAll(List.of(split(msh.substring(4), enc.field())));
      return parts.toArray(new String[0]);
    }

    boolean parse() {
      // MSH-9 is rewritten to ADT^<event> so that the 2.5.1 event map picks the structure, whatever
      // structure name (MSH-9.3) the sender's version used.
      List<RawSegment> segs = new ArrayList<>(raw.segments());
      String msh = segs.get(0).text();
      String[] parts = split(msh.substring(4), enc.field());
      if (parts.length >= 8) {
        parts[7] = "ADT" + enc.component() + event;
      }
      String rebuilt = "MSH" + enc.field() + String.join(String.valueOf(enc.field()), parts);
      StringBuilder text = new StringBuilder(rebuilt).append('\r');
      for (int i = 1; i < segs.size(); i++) {
        text.append(segs.get(i).text()).append('\r');
      }
      try {
        Message message = parser.parse(text.toString());
        terser = new Terser(message);
        return true;
      } catch (HL7Exception | RuntimeException e) {
        add(AdtIssueCodes.UNPARSEABLE, Severity.ERROR, "", "the HL7 v2 parser could not read the message ("
            + e.getClass().getSimpleName() + ")");
        return false;
      }
    }

    // ---- reading the values --------------------------------------------------------------------

    void read() {
      List<Issue> problems = new ArrayList<>();
      boolean hasPid = raw.first("PID").isPresent();
      boolean hasPv1 = raw.first("PV1").isPresent();
      if (!hasPid) {
        problems.add(issue(AdtIssueCodes.SEGMENT_MISSING, Severity.ERROR, "PID", 0, 0,
            "the message has no PID segment: the patient is unknown"));
      }
      if (!hasPv1) {
        problems.add(issue(AdtIssueCodes.SEGMENT_MISSING, Severity.ERROR, "PV1", 0, 0,
            "the message has no PV1 segment: the hospital stay is unknown"));
      }
      // The discharge ready date comes from the configured field only; it decides what A01, A02 and A08
      // produce. PV2-9 is the expected (proposed) discharge date, unless the trust named it as its ready date.
      String readyField = settings.readyDateField().orElse(null);
      String readyText = readyField == null ? "" : configuredField(readyField);
      Optional<Hl7Time> ready = readyText.isEmpty() ? Optional.empty() : Hl7Time.parse(readyText);
      boolean readyBad = !readyText.isEmpty() && ready.isEmpty();
      String proposedText = "PV2-9".equals(readyField) ? "" : get("/.PV2-9-1");
      Optional<Hl7Time> proposed = proposedText.isEmpty() ? Optional.empty() : Hl7Time.parse(proposedText);
      boolean proposedBad = !proposedText.isEmpty() && proposed.isEmpty();
      AdtContext context = settings.context();

      // What the event asks for, before reading everything.
      boolean readyEventPossible = !event.equals("A03") && !event.equals("A11") && !event.equals("A13");
      boolean notice = event.equals("A01") && settings.assessmentNotices();
      if (readyEventPossible && !notice && readyText.isEmpty()) {
        String why = (readyField == null
            ? "no discharge ready date field is configured (set one with "
                + settings.name(AdtSetting.DISCHARGE_READY_DATE_FIELD) + ")"
            : readyField + " (discharge ready date) is empty")
            + (proposedText.isEmpty() ? "" : "; PV2-9 is the expected (proposed) discharge date, not the "
                + "discharge ready date, and a new PV2-9 alone produces no notification");
        noNotification(event.equals("A08")
            ? "an A08 update without a discharge ready date changes nothing a council is told: " + why
            : event.equals("A02")
                ? "an A02 transfer without a discharge ready date produces no notification (the new ward "
                    + "travels in the next notification): " + why
                : "an A01 admission produces an assessment notice only when assessment notices are turned on ("
                    + settings.name(AdtSetting.ASSESSMENT_NOTICES) + "), or a discharge ready date event when "
                    + "the message carries a discharge ready date: " + why);
        return;
      }
      if (event.equals("A11") && !settings.assessmentNotices()) {
        noNotification("an A11 cancel admit withdraws the assessment notice of the admission; assessment notices "
            + "are off (they are turned on with " + settings.name(AdtSetting.ASSESSMENT_NOTICES) + "), so there is "
            + "nothing to withdraw");
        return;
      }

      Organisation hospital = hospital(problems);
      Person person = hasPid ? person(problems, hospital) : null;
      Ward ward = hasPv1 ? ward(problems, hospital) : null;
      Optional<Hl7Time> admitted = hasPv1 ? time("PV1", 44, "/.PV1-44-1", true, "admission date/time",
          AdtIssueCodes.NO_ADMISSION, problems) : Optional.empty();
      Optional<Hl7Time> discharged = Optional.empty();
      if (hasPv1 && event.equals("A03")) {
        discharged = time("PV1", 45, "/.PV1-45(0)-1", true, "discharge date/time", AdtIssueCodes.NO_DISCHARGE,
            problems);
      } else if (hasPv1 && readyEventPossible && !get("/.PV1-45(0)-1").isEmpty()) {
        // An update after the discharge still states the whole picture: the stay has ended.
        discharged = Hl7Time.parse(get("/.PV1-45(0)-1"));
        if (discharged.isEmpty()) {
          problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.WARNING, "PV1-45", 0, 1,
              "PV1-45 (discharge date/time) is not a valid HL7 v2 timestamp; it was left out"));
        }
      }
      Optional<Hl7Time> issued = issuedAt(problems);
      String destination = hasPv1 ? destination(problems) : "";
      if (readyBad) {
        boolean needed = readyEventPossible && !notice;
        problems.add(issue(AdtIssueCodes.BAD_DATE, needed ? Severity.ERROR : Severity.WARNING, readyField, 0, 1,
            readyField + " (discharge ready date) is not a valid HL7 v2 date" + (needed ? "" : "; it was left out")));
      }
      if (proposedBad) {
        problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.WARNING, "PV2-9", 0, 1,
            "PV2-9 (expected discharge date) is not a valid HL7 v2 date; it was left out"));
      }
      String visit = hasPv1 ? get("/.PV1-19-1") : "";
      String stayKey = stayKey(hospital, visit, person, admitted);

      // The caller's context for this stay.
      if (settings.resolver().isPresent() && person != null && person.nhsNumber().isPresent()) {
        AdtStay stay = new AdtStay(stayKey, event, hospital == null ? "" : hospital.odsCode().value(),
            nonEmpty(visit), person.identifiers().stream().findFirst().map(Identifier::value),
            person.nhsNumber().get(), admitted.map(Hl7Time::date));
        try {
          AdtContext resolved = settings.resolver().get().apply(stay);
          if (resolved != null) {
            context = resolved;
          }
        } catch (RuntimeException e) {
          problems.add(issue(AdtIssueCodes.CONTEXT_FAILED, Severity.ERROR, "", 0, 0,
              "the context resolver failed for this stay (" + e.getClass().getSimpleName() + ")"));
        }
      }
      // After the context: a local staff identifier system may come with the stay's context.
      Optional<Actor> lead = hasPv1 ? leadClinician(context, problems) : Optional.empty();

      // The event.
      DischargeEvent cb;
      String suffix;
      String respondsTo = null;
      Optional<LocalDate> readyDate = ready.map(Hl7Time::date);
      switch (event) {
        case "A03":
          cb = DischargeEvent.PATIENT_DISCHARGED;
          suffix = "discharged";
          if (readyDate.isPresent() && discharged.isPresent() && readyDate.get().isAfter(discharged.get().date())) {
            problems.add(issue(AdtIssueCodes.READY_AFTER_DISCHARGE, Severity.WARNING, readyField, 0, 1,
                readyField + " (discharge ready date) is after the actual discharge (PV1-45); it was left out"));
            readyDate = Optional.empty();
          }
          break;
        case "A13":
          cb = DischargeEvent.WITHDRAW_DISCHARGE_ONLY;
          suffix = "discharge-cancelled";
          respondsTo = stayKey + "-discharged";
          break;
        case "A11":
          cb = DischargeEvent.WITHDRAW_ASSESSMENT_ONLY;
          suffix = "admission-cancelled";
          respondsTo = stayKey + "-assessment";
          break;
        default:
          if (notice) {
            cb = DischargeEvent.ASSESSMENT_NOTICE;
            suffix = "assessment";
          } else {
            if (readyDate.isEmpty()) {
              // The ready date field was given but is not a date: the BAD_DATE error says why.
              finish(problems);
              return;
            }
            Optional<LocalDate> previous = Optional.ofNullable(readyDates.get(stayKey))
                .or(context::previousReadyDate);
            if (previous.isPresent() && previous.get().equals(readyDate.get())) {
              readyDates.put(stayKey, readyDate.get());
              issues.addAll(problems.stream().filter(i -> !i.isError()).toList());
              noNotification("the discharge ready date (" + readyField + ") is the one already sent for this "
                  + "stay (" + readyDate.get() + "); nothing changed" + (proposedText.isEmpty() ? ""
                  : " (PV2-9, the expected discharge date, produces no notification on its own)"));
              return;
            }
            cb = previous.isPresent() ? DischargeEvent.DISCHARGE_READY_DATE_CHANGED
                : DischargeEvent.DISCHARGE_READY_DATE_SET;
            suffix = "ready-" + readyDate.get().toString().replace("-", "");
          }
          break;
      }
      if (readyDate.isPresent() && !event.equals("A11") && !event.equals("A13")) {
        readyDates.put(stayKey, readyDate.get());
      }

      // What the feed cannot supply.
      if (context.council().isEmpty()) {
        if (cb == DischargeEvent.ASSESSMENT_NOTICE) {
          problems.add(issue(AdtIssueCodes.NO_COUNCIL, Severity.ERROR, "", 0, 0,
              "an assessment notice must name the receiving council, which an ADT message does not carry: "
                  + "set it with " + settings.name(AdtSetting.COUNCIL)));
        } else {
          problems.add(issue(AdtIssueCodes.UNADDRESSED, Severity.WARNING, "", 0, 0,
              "no receiving council is configured (an ADT message does not carry one): the notification is "
                  + "unaddressed; set it with " + settings.name(AdtSetting.COUNCIL)));
        }
      }
      if (cb == DischargeEvent.PATIENT_DISCHARGED && context.pathway().isEmpty()) {
        problems.add(issue(AdtIssueCodes.NO_PATHWAY, Severity.WARNING, "", 0, 0,
            "the discharge pathway (0-3) is not in an ADT message and none is configured: set it with "
                + settings.name(AdtSetting.PATHWAY)));
      }
      if (problems.stream().anyMatch(Issue::isError) || person == null || hospital == null || ward == null
          || admitted.isEmpty() || issued.isEmpty()) {
        finish(problems);
        return;
      }

      // The record.
      String id = notificationId(stayKey, suffix);
      DischargeNotification.Builder b = DischargeNotification.builder();
      try {
        HospitalStay.Builder stay = HospitalStay.builder().ward(ward).admissionDate(admitted.get().date());
        b.id(id).event(cb).person(person).issuedAt(issued.get().instant()).hospital(hospital);
        context.council().ifPresent(b::council);
        readyDate.ifPresent(stay::dischargeReadyDate);
        proposed.ifPresent(p -> stay.proposedDischargeDate(p.date()));
        discharged.ifPresent(d -> stay.dischargeDate(d.date()));
        lead.ifPresent(stay::leadClinician);
        if (!visit.isEmpty() && settings.spellNumberSystem().isPresent()) {
          stay.addIdentifier(Identifier.of(settings.spellNumberSystem().get(), visit));
        }
        b.stay(stay.build());
        if (cb == DischargeEvent.PATIENT_DISCHARGED) {
          context.pathway().ifPresent(b::pathway);
        }
        if (cb == DischargeEvent.ASSESSMENT_NOTICE) {
          b.assessment(context.assessment());
        }
        if (cb == DischargeEvent.WITHDRAW_DISCHARGE_ONLY) {
          b.withdrawalReason(context.cancelDischargeReason());
        }
        if (cb == DischargeEvent.WITHDRAW_ASSESSMENT_ONLY) {
          b.withdrawalReason(context.cancelAdmitReason());
        }
        if (respondsTo != null) {
          b.respondsTo(notificationId(stayKey, respondsTo.substring(stayKey.length() + 1)));
        }
        notification = b.build();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        problems.add(issue(AdtIssueCodes.RECORD_REJECTED, Severity.ERROR, "", 0, 0,
            "the notification could not be built: " + e.getMessage()));
        finish(problems);
        return;
      }
      for (Issue rule : settings.validator().validate(notification).issues()) {
        problems.add(fromRule(rule));
      }
      finish(problems);
      if (issues.stream().noneMatch(Issue::isError)) {
        String base = settings.fhirBase().orElse("https://fhir.example.org/"
            + hospital.odsCode().value().toLowerCase(Locale.ROOT));
        bundle = CareBridgeMapper.toFhir(notification, base);
        BundleDetails.add(bundle, admitted.get(), discharged, destination);
      }
    }

    void finish(List<Issue> problems) {
      issues.addAll(problems);
    }

    void noNotification(String why) {
      add(AdtIssueCodes.NO_NOTIFICATION, Severity.INFORMATION, "MSH-9.2", why);
    }

    // ---- parts ---------------------------------------------------------------------------------

    Organisation hospital(List<Issue> problems) {
      Optional<Organisation> configured = settings.hospital();
      String[][] candidates = {
          {get("/.MSH-4-1"), "MSH-4.1"}, {get("/.PV1-3-4"), "PV1-3.4"}, {get("/.PV1-39"), "PV1-39"}};
      for (String[] c : candidates) {
        String code = c[0].trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        if (configured.isPresent() && code.startsWith(configured.get().odsCode().value())) {
          return configured.get();
        }
        if (code.matches("[A-Z0-9]{3}")) {
          return Organisation.builder().id(code.toLowerCase(Locale.ROOT)).odsCode(OdsCode.of(code))
              .name("Hospital trust " + code).build();
        }
        if (code.matches("[A-Z0-9]{5}")) {
          String trust = code.substring(0, 3);
          return Organisation.builder().id(trust.toLowerCase(Locale.ROOT)).odsCode(OdsCode.of(trust))
              .name("Hospital trust " + trust).build();
        }
      }
      if (configured.isPresent()) {
        return configured.get();
      }
      problems.add(issue(AdtIssueCodes.NO_HOSPITAL, Severity.ERROR, "MSH-4.1", 0, 0,
          "no ODS code of the hospital trust in MSH-4 (sending facility), PV1-3.4 or PV1-39: set the trust with "
              + settings.name(AdtSetting.HOSPITAL)));
      return null;
    }

    Person person(List<Issue> problems, Organisation hospital) {
      Segment pid = segment("/.PID");
      int reps = pid == null ? 0 : repetitions(pid, 3);
      NhsNumber nhs = null;
      boolean sawNh = false;
      String local = null;
      for (int r = 0; r < reps; r++) {
        String value = get("/.PID-3(" + r + ")-1").trim();
        String type = get("/.PID-3(" + r + ")-5").trim().toUpperCase(Locale.ROOT);
        String authority = get("/.PID-3(" + r + ")-4").trim().toUpperCase(Locale.ROOT);
        // Older (2.3) feeds leave the type empty and name the NHS as assigning authority.
        if ("NH".equals(type) || (type.isEmpty() && "NHS".equals(authority))) {
          if (sawNh) {
            continue;
          }
          sawNh = true;
          try {
            nhs = NhsNumber.parse(value);
          } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(issue(AdtIssueCodes.INVALID_NHS_NUMBER, Severity.ERROR, "PID-3.1", r, 1,
                "the PID-3 identifier of type NH is not a valid NHS number: " + e.getMessage()));
          }
        } else if (local == null && !value.isEmpty() && LOCAL_ID_TYPES.contains(type)) {
          local = value;
        }
      }
      if (!sawNh) {
        problems.add(issue(AdtIssueCodes.NO_NHS_NUMBER, Severity.ERROR, "PID-3.5", 0, 5,
            "PID-3 has no identifier of type NH: the NHS number is required to tell the council who the "
                + "patient is"));
      }
      String family = get("/.PID-5-1");
      if (family.isEmpty()) {
        problems.add(issue(AdtIssueCodes.NO_NAME, Severity.ERROR, "PID-5.1", 0, 1,
            "PID-5.1 (family name) is empty: the patient's name is required"));
      }
      if (nhs == null || family.isEmpty()) {
        return null;
      }
      List<String> given = new ArrayList<>();
      addNames(given, get("/.PID-5-2"));
      addNames(given, get("/.PID-5-3"));
      Person.Builder p = Person.builder()
          .id(personId(hospital, local, nhs, personIds))
          .nhsNumber(nhs)
          .name(new HumanName(family, given, Optional.empty(), List.of()));
      if (local != null && hospital != null) {
        p.addIdentifier(Identifier.of(LOCAL_PATIENT_ID + hospital.odsCode().value(), local));
      }
      String status = get("/.PID-32(0)");
      if (!status.isEmpty()) {
        String code = status.length() == 1 ? "0" + status : status;
        Optional<NhsNumberVerificationStatus> s = NhsNumberVerificationStatus.fromCode(code);
        if (s.isPresent()) {
          p.nhsNumberVerificationStatus(s.get());
        } else {
          problems.add(issue(AdtIssueCodes.UNKNOWN_CODE, Severity.WARNING, "PID-32", 0, 0,
              "PID-32 (NHS number status) " + safe(status) + " is not one of 01-08; it was left out"));
        }
      }
      String birth = get("/.PID-7-1");
      if (!birth.isEmpty()) {
        Optional<Hl7Time> t = Hl7Time.parse(birth);
        if (t.isPresent()) {
          p.birthDate(t.get().date());
        } else {
          problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.WARNING, "PID-7", 0, 1,
              "PID-7 (date of birth) is not a valid HL7 v2 date; it was left out"));
        }
      }
      String sex = get("/.PID-8").toUpperCase(Locale.ROOT);
      if (!sex.isEmpty()) {
        AdministrativeGender g = gender(sex);
        if (g != null) {
          p.gender(g);
        } else {
          problems.add(issue(AdtIssueCodes.UNKNOWN_CODE, Severity.WARNING, "PID-8", 0, 0,
              "PID-8 (administrative sex) " + safe(sex) + " is not one of M, F, O, U, A, N, I, 1, 2, 9, 0, X; "
                  + "it was left out"));
        }
      }
      address(p, problems);
      try {
        return p.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(issue(AdtIssueCodes.RECORD_REJECTED, Severity.ERROR, "PID", 0, 0,
            "the patient could not be built: " + e.getMessage()));
        return null;
      }
    }

    void address(Person.Builder p, List<Issue> problems) {
      List<String> lines = new ArrayList<>();
      for (String path : new String[] {"/.PID-11-1", "/.PID-11-2"}) {
        String v = get(path);
        if (!v.isEmpty()) {
          lines.add(v);
        }
      }
      String city = get("/.PID-11-3");
      String postcode = get("/.PID-11-5");
      if (lines.isEmpty() && city.isEmpty() && postcode.isEmpty()) {
        return;
      }
      if (city.isEmpty() || postcode.isEmpty()) {
        problems.add(issue(AdtIssueCodes.INCOMPLETE_ADDRESS, Severity.WARNING, "PID-11", 0, 0,
            "PID-11 (address) has no " + (city.isEmpty() ? "town (PID-11.3)" : "postcode (PID-11.5)")
                + "; the address was left out"));
        return;
      }
      p.address(new Address(lines, Optional.of(city), Optional.of(postcode), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }

    Ward ward(List<Issue> problems, Organisation hospital) {
      String point = get("/.PV1-3-1");
      if (point.isEmpty()) {
        problems.add(issue(AdtIssueCodes.NO_WARD, Severity.ERROR, "PV1-3.1", 0, 1,
            "PV1-3.1 (point of care: the ward) is empty: the ward is required"));
        return null;
      }
      String facility = get("/.PV1-3-4").trim().toUpperCase(Locale.ROOT);
      OdsCode site = null;
      if (facility.matches("[A-Z0-9]{5}")) {
        site = OdsCode.of(facility);
      } else if (settings.site().isPresent()) {
        site = settings.site().get();
      } else {
        problems.add(issue(AdtIssueCodes.NO_WARD, Severity.ERROR, "PV1-3.4", 0, 4, (facility.isEmpty()
            ? "PV1-3.4 (facility) is empty" : "PV1-3.4 (facility) " + safe(facility) + " is not an ODS site code")
            + ": the ward's hospital site is required; set a default with " + settings.name(AdtSetting.SITE_CODE)));
        return null;
      }
      String description = get("/.PV1-3-9");
      String name = !description.isEmpty() ? description
          : point.matches("\\d+[A-Za-z]?") ? "Ward " + point : point;
      String id = slug("ward-" + point);
      if (id.length() > 64) {
        id = "ward-" + hash(point);
      }
      try {
        return new Ward(id, name, site, Optional.empty(), List.of(), Optional.empty());
      } catch (IllegalArgumentException e) {
        problems.add(issue(AdtIssueCodes.NO_WARD, Severity.ERROR, "PV1-3", 0, 0,
            "the ward could not be built: " + e.getMessage()));
        return null;
      }
    }

    /**
     * The attending doctor (first repetition of PV1-7, XCN) as the lead clinician: identified by GMC number
     * (a consultant code {@code C} + 7 digits, or 7 digits that PV1-7.9 or PV1-7.13 names as GMC) or, when the
     * context names one, in the trust's local staff identifier system. Empty without a warning when PV1-7 is
     * empty; empty with a warning when it cannot be carried. Messages never show the name or the code.
     */
    Optional<Actor> leadClinician(AdtContext context, List<Issue> problems) {
      String value = get("/.PV1-7(0)-1");
      String family = get("/.PV1-7(0)-2-1");
      String given = get("/.PV1-7(0)-3");
      String further = get("/.PV1-7(0)-4");
      String prefix = get("/.PV1-7(0)-6");
      if (value.isEmpty() && family.isEmpty() && given.isEmpty() && further.isEmpty() && prefix.isEmpty()) {
        return Optional.empty();
      }
      String authority = get("/.PV1-7(0)-9-1").toUpperCase(Locale.ROOT);
      String type = get("/.PV1-7(0)-13").toUpperCase(Locale.ROOT);
      boolean saysGmc = "GMC".equals(authority) || "GMC".equals(type);
      String why = null;
      Identifier identifier = null;
      String id = null;
      if (value.matches("C[0-9]{7}")) {
        identifier = Identifier.of(GMC_SYSTEM, value.substring(1));
        id = "gmc-" + value.substring(1);
      } else if (value.matches("[0-9]{7}") && saysGmc) {
        identifier = Identifier.of(GMC_SYSTEM, value);
        id = "gmc-" + value;
      } else if (value.isEmpty()) {
        why = "PV1-7.1 (attending doctor's identifier) is empty";
      } else if (saysGmc) {
        why = "PV1-7.1 (attending doctor's identifier) is named as a GMC number (PV1-7.9 or PV1-7.13) but is not "
            + "7 digits (nor C and 7 digits)";
      } else if (context.clinicianIdentifierSystem().isPresent()) {
        identifier = Identifier.of(context.clinicianIdentifierSystem().get(), value);
        id = staffId(value);
      } else {
        why = "PV1-7.1 (attending doctor's identifier) is not a GMC number (a consultant code C and 7 digits, or "
            + "7 digits with GMC in PV1-7.9 or PV1-7.13) and no local staff identifier system is configured (set "
            + "it with " + settings.name(AdtSetting.CLINICIAN_IDENTIFIER_SYSTEM) + ")";
      }
      if (why != null) {
        problems.add(issue(AdtIssueCodes.CLINICIAN_NOT_IDENTIFIED, Severity.WARNING, "PV1-7.1", 0, 1,
            why + ": a Practitioner needs an identifier; the lead clinician was left out"));
      }
      if (family.isEmpty()) {
        problems.add(issue(AdtIssueCodes.CLINICIAN_NOT_NAMED, Severity.WARNING, "PV1-7.2", 0, 2,
            "PV1-7.2 (attending doctor's family name) is empty: a Practitioner needs a name; the lead clinician "
                + "was left out"));
      }
      if (identifier == null || family.isEmpty()) {
        return Optional.empty();
      }
      try {
        List<String> givenNames = new ArrayList<>();
        addNames(givenNames, given);
        addNames(givenNames, further);
        HumanName name = new HumanName(family, givenNames, Optional.empty(),
            prefix.isEmpty() ? List.of() : List.of(prefix));
        return Optional.of(new Practitioner(id, name, List.of(identifier), List.of()));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(issue(AdtIssueCodes.CLINICIAN_NOT_IDENTIFIED, Severity.WARNING, "PV1-7.1", 0, 1,
            "the attending doctor (PV1-7) could not be made a Practitioner (" + e.getClass().getSimpleName()
                + "); the lead clinician was left out"));
        return Optional.empty();
      }
    }

    Optional<Hl7Time> issuedAt(List<Issue> problems) {
      String msh7 = get("/.MSH-7-1");
      if (!msh7.isEmpty()) {
        Optional<Hl7Time> t = Hl7Time.parse(msh7);
        if (t.isPresent()) {
          return t;
        }
        problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.WARNING, "MSH-7", 0, 1,
            "MSH-7 (date/time of message) is not a valid HL7 v2 timestamp; EVN-2 is used instead"));
      }
      String evn2 = raw.first("EVN").isPresent() ? get("/.EVN-2-1") : "";
      if (!evn2.isEmpty()) {
        Optional<Hl7Time> t = Hl7Time.parse(evn2);
        if (t.isPresent()) {
          return t;
        }
        problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.ERROR, "EVN-2", 0, 1,
            "EVN-2 (recorded date/time) is not a valid HL7 v2 timestamp"));
        return Optional.empty();
      }
      problems.add(issue(AdtIssueCodes.NO_MESSAGE_TIME, Severity.ERROR, "MSH-7", 0, 1,
          "neither MSH-7 (date/time of message) nor EVN-2 (recorded date/time) is usable: the notification "
              + "needs the time it was issued"));
      return Optional.empty();
    }

    Optional<Hl7Time> time(String segment, int field, String path, boolean required, String what,
        String missingCode, List<Issue> problems) {
      String location = segment + "-" + field;
      String text = get(path);
      if (text.isEmpty()) {
        if (required) {
          problems.add(issue(missingCode, Severity.ERROR, location, 0, 1,
              location + " (" + what + ") is empty: it is required for an " + event + " notification"));
        }
        return Optional.empty();
      }
      Optional<Hl7Time> t = Hl7Time.parse(text);
      if (t.isEmpty()) {
        problems.add(issue(AdtIssueCodes.BAD_DATE, Severity.ERROR, location, 0, 1,
            location + " (" + what + ") is not a valid HL7 v2 timestamp (YYYYMMDD[HHMM[SS]][+/-ZZZZ])"));
      }
      return t;
    }

    String destination(List<Issue> problems) {
      String dest = get("/.PV1-37-1");
      String method = get("/.PV1-36");
      if (!method.isEmpty() && !BundleDetails.DISCHARGE_METHODS.contains(method)) {
        if (dest.isEmpty() && BundleDetails.DESTINATIONS.contains(method)) {
          // Some feeds put the discharge destination in PV1-36.
          return method;
        }
        problems.add(issue(AdtIssueCodes.UNKNOWN_CODE, Severity.WARNING, "PV1-36", 0, 0,
            "PV1-36 (discharge disposition) " + safe(method) + " is neither an NHS discharge method (1-9) nor a "
                + "discharge destination code; it was left out"));
      }
      if (!dest.isEmpty() && !BundleDetails.DESTINATIONS.contains(dest)) {
        problems.add(issue(AdtIssueCodes.UNKNOWN_CODE, Severity.WARNING, "PV1-37.1", 0, 1,
            "PV1-37.1 (discharged to location) " + safe(dest) + " is not an NHS Data Dictionary discharge "
                + "destination code (19-99); it was left out"));
        return "";
      }
      return dest;
    }

    // ---- helpers -------------------------------------------------------------------------------

    String get(String path) {
      try {
        String v = terser.get(path);
        if (v == null) {
          return "";
        }
        v = v.trim();
        return "\"\"".equals(v) ? "" : v;
      } catch (HL7Exception | RuntimeException e) {
        return "";
      }
    }

    /**
     * Reads a configured field ({@code SEG-n} or {@code SEG-n.c}): through the parser, or from the segment
     * text when the parser did not place it (a Z-segment).
     */
    String configuredField(String location) {
      int dash = location.indexOf('-');
      int dot = location.indexOf('.');
      String seg = location.substring(0, dash);
      int fieldNo = Integer.parseInt(dot < 0 ? location.substring(dash + 1) : location.substring(dash + 1, dot));
      int comp = dot < 0 ? 1 : Integer.parseInt(location.substring(dot + 1));
      Optional<RawSegment> rawSeg = raw.first(seg);
      if (rawSeg.isEmpty()) {
        return "";
      }
      String v = get("/." + seg + "-" + fieldNo + "-" + comp);
      if (!v.isEmpty()) {
        return v;
      }
      String[] fields = split(rawSeg.get().text(), enc.field());
      String f = fieldNo < fields.length ? split(fields[fieldNo], enc.repetition())[0] : "";
      String[] comps = split(f, enc.component());
      v = comp <= comps.length ? comps[comp - 1].trim() : "";
      return "\"\"".equals(v) ? "" : v;
    }

    Segment segment(String path) {
      try {
        return terser.getSegment(path);
      } catch (HL7Exception | RuntimeException e) {
        return null;
      }
    }

    int repetitions(Segment s, int field) {
      try {
        return s.getField(field).length;
      } catch (HL7Exception | RuntimeException e) {
        return 0;
      }
    }

    void add(String code, Severity severity, String location, String message) {
      issues.add(issue(code, severity, location, 0, 0, message));
    }

    Issue issue(String code, Severity severity, String location, int repetition, int component, String message) {
      int line = raw.msh().line();
      int column = 0;
      if (location.length() >= 5 && location.charAt(3) == '-') {
        String name = location.substring(0, 3);
        Optional<RawSegment> seg = raw.first(name);
        if (seg.isPresent()) {
          line = seg.get().line();
          String rest = location.substring(4);
          int dot = rest.indexOf('.');
          try {
            int field = Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot));
            int comp = dot < 0 ? component : Integer.parseInt(rest.substring(dot + 1));
            column = enc == null ? 0 : seg.get().columnOf(field, repetition, comp, enc);
          } catch (NumberFormatException e) {
            column = 0;
          }
        }
      } else if (location.length() == 3) {
        Optional<RawSegment> seg = raw.first(location);
        if (seg.isPresent()) {
          line = seg.get().line();
          column = seg.get().column();
        }
      }
      return new Issue(code, severity, location, message, line, column, AdtIssueCodes.SOURCE);
    }

    /** A business rule issue, located at the v2 field the record value came from. */
    Issue fromRule(Issue rule) {
      String field = switch (rule.location()) {
        case "stay.admissionDate" -> "PV1-44";
        case "stay.dischargeDate" -> "PV1-45";
        case "stay.dischargeReadyDate" -> settings.readyDateField().orElse("");
        case "stay.proposedDischargeDate" -> "PV2-9";
        case "issuedAt" -> "MSH-7";
        case "person.nhsNumber" -> "PID-3.1";
        default -> "";
      };
      String message = rule.message() + (rule.location().isEmpty() ? "" : " (record field " + rule.location() + ")");
      Issue located = issue(rule.code(), rule.severity(), field, 0, 0, message);
      return located.withSource(rule.source().isEmpty() ? "carebridge-rules" : rule.source());
    }
  }

  // ---- ids ---------------------------------------------------------------------------------------

  static String stayKey(Organisation hospital, String visit, Person person, Optional<Hl7Time> admitted) {
    String ods = hospital == null ? "unknown" : hospital.odsCode().value().toLowerCase(Locale.ROOT);
    if (!visit.isEmpty()) {
      String key = slug(ods + "-" + visit);
      return key.length() <= 40 ? key : ods + "-" + hash(visit);
    }
    String day = admitted.map(t -> t.date().toString().replace("-", "")).orElse("undated");
    if (person != null && !person.identifiers().isEmpty()) {
      String key = slug(ods + "-" + person.identifiers().get(0).value() + "-" + day);
      return key.length() <= 40 ? key : ods + "-" + hash(key);
    }
    // The person's id, never the NHS number: it is a local number or a keyed or random pseudonym.
    String who = person != null ? person.id() : "unknown";
    return ods + "-" + hash(who + "/" + day);
  }

  static String notificationId(String stayKey, String suffix) {
    String id = stayKey + "-" + suffix;
    return id.length() <= 64 ? id : hash(stayKey) + "-" + suffix;
  }

  static String personId(Organisation hospital, String local, NhsNumber nhs, PersonIds ids) {
    String ods = hospital == null ? "unknown" : hospital.odsCode().value().toLowerCase(Locale.ROOT);
    if (local != null) {
      String id = slug(ods + "-" + local);
      if (id.length() <= 64) {
        return id;
      }
    }
    // Never the NHS number, nor an unkeyed hash of it (hashing every valid NHS number would reverse it).
    return ids.of(nhs);
  }

  /**
   * The Practitioner id of a local staff code: {@code staff-<code>} when the code is already a valid id part,
   * else {@code staff-<lower-case slug, at most 41 characters>-<hash>} (so that two codes never share an id).
   */
  static String staffId(String code) {
    if (code.matches("[A-Za-z0-9.-]{1,58}")) {
      return "staff-" + code;
    }
    String s = slug(code);
    if (s.length() > 41) {
      s = s.substring(0, 41).replaceAll("-$", "");
    }
    return "staff-" + s + "-" + hash(code);
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("-{2,}", "-");
    s = s.replaceAll("^-|-$", "");
    return s.isEmpty() ? "x" : s;
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  static Optional<String> nonEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  static AdministrativeGender gender(String sex) {
    switch (sex) {
      case "M":
      case "1":
        return AdministrativeGender.MALE;
      case "F":
      case "2":
        return AdministrativeGender.FEMALE;
      case "O":
      case "A":
      case "I":
      case "9":
        return AdministrativeGender.OTHER;
      case "U":
      case "N":
      case "0":
      case "X":
        return AdministrativeGender.UNKNOWN;
      default:
        return null;
    }
  }

  static void addNames(List<String> given, String names) {
    for (String n : names.trim().split("\\s+")) {
      if (!n.isBlank()) {
        given.add(n);
      }
    }
  }

  static String field(String[] fields, int n) {
    return n < fields.length ? fields[n] : "";
  }

  static String[] split(String s, char c) {
    return s.split(java.util.regex.Pattern.quote(String.valueOf(c)), -1);
  }

  /** A short code from the input, safe to show: at most 12 letters, digits and dots. */
  static String safe(String code) {
    String s = code.replaceAll("[^A-Za-z0-9._^-]", "?");
    return "'" + (s.length() > 12 ? s.substring(0, 12) + "..." : s) + "'";
  }
}
