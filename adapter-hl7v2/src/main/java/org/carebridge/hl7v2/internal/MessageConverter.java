package org.carebridge.hl7v2.internal;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carebridge.core.Identifier;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Actor;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtMessage;
import org.carebridge.hl7v2.AdtStay;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Converts the messages of one input, one after the other: checks the MSH segment ({@link MessageHeader}),
 * parses the message, reads its fields ({@link FieldReader}), asks the {@link EventPolicy} what the event gives,
 * builds the records ({@link RecordAssembly}) and maps the notification to FHIR. Remembers the discharge ready
 * dates seen per stay within that input. One instance per input, not thread-safe. Not API.
 */
public final class MessageConverter implements AutoCloseable {

  /** What one message gave. */
  private record Converted(Optional<DischargeNotification> notification, Optional<Bundle> bundle) {
    static final Converted NOTHING = new Converted(Optional.empty(), Optional.empty());
  }

  private final Settings settings;
  private final HapiContext hapi;
  private final PipeParser parser;
  private final PersonIds personIds;
  private final EventPolicy policy;
  private final RecordAssembly assembly;

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
    this.policy = new EventPolicy(settings);
    this.assembly = new RecordAssembly(settings, personIds);
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
  public AdtMessage convert(RawMessage raw, int index) {
    List<Issue> issues = new ArrayList<>(raw.issues());
    MessageHeader header = new MessageHeader(null, "", "", false);
    Converted converted = Converted.NOTHING;
    try {
      header = MessageHeader.read(raw, issues);
      if (header.accepted()) {
        Optional<FieldReader> reader = parse(raw, header, issues);
        if (reader.isPresent()) {
          converted = read(reader.get(), header.event(), issues);
        }
      }
    } catch (RuntimeException e) {
      // A safety net: a bug or an unexpected library failure must not escape as an exception.
      issues.add(new Locator(raw, header.encoding()).issue(IssueCode.HL7_UNPARSEABLE, "", 0, 0,
          "the message could not be converted (" + e.getClass().getSimpleName() + ")"));
      converted = Converted.NOTHING;
    }
    Result<DischargeNotification> result = converted.notification()
        .map(n -> Result.partial(n, issues)).orElseGet(() -> Result.empty(issues));
    return new AdtMessage(index, header.controlId(), header.event(), result, converted.bundle());
  }

  private Optional<FieldReader> parse(RawMessage raw, MessageHeader header, List<Issue> issues) {
    try {
      Terser terser = new Terser(parser.parse(header.parserText(raw)));
      return Optional.of(new FieldReader(raw, header.encoding(), terser));
    } catch (HL7Exception | RuntimeException e) {
      issues.add(new Locator(raw, header.encoding()).issue(IssueCode.HL7_UNPARSEABLE, "", 0, 0,
          "the HL7 v2 parser could not read the message (" + e.getClass().getSimpleName() + ")"));
      return Optional.empty();
    }
  }

  /**
   * Reads a parsed message into a notification. The issues found while reading are kept apart until the
   * outcome is known: a message that gives no notification before its parts are read reports none of them.
   */
  private Converted read(FieldReader in, String event, List<Issue> issues) {
    List<Issue> found = new ArrayList<>();
    boolean hasPid = segmentPresent(in, "PID", "the patient", found);
    boolean hasPv1 = segmentPresent(in, "PV1", "the hospital stay", found);
    FieldReader.DischargeDates dates = in.dischargeDates(settings.readyDateField());
    Optional<String> skip = policy.nothingToSend(event, dates);
    if (skip.isPresent()) {
      issues.add(noNotification(in, skip.get()));
      return Converted.NOTHING;
    }
    RecordAssembly.Parts parts = parts(in, event, dates, hasPid, hasPv1, found);
    AdtContext context = context(parts, event, in, found);
    // After the context: a local staff identifier system may come with the stay's context.
    Optional<Actor> lead = hasPv1 ? assembly.leadClinician(in, context, found) : Optional.empty();
    EventPolicy.Choice choice = policy.decide(event, dates, parts.discharged(), parts.stayKey(), context, in, found);
    if (choice instanceof EventPolicy.Unchanged unchanged) {
      issues.addAll(found.stream().filter(i -> !i.isError()).toList());
      issues.add(noNotification(in, unchanged.why()));
      return Converted.NOTHING;
    }
    if (!(choice instanceof EventPolicy.Send send)) {
      issues.addAll(found);
      return Converted.NOTHING;
    }
    policy.checkNeeds(send, context, in, found);
    if (found.stream().anyMatch(Issue::isError) || !parts.complete()) {
      issues.addAll(found);
      return Converted.NOTHING;
    }
    return notify(send, parts, lead, context, in, found, issues);
  }

  private static boolean segmentPresent(FieldReader in, String segment, String what, List<Issue> found) {
    if (in.has(segment)) {
      return true;
    }
    found.add(in.issue(IssueCode.HL7_SEGMENT_MISSING, segment, 0, 0,
        "the message has no " + segment + " segment: " + what + " is unknown"));
    return false;
  }

  private static Issue noNotification(FieldReader in, String why) {
    return in.issue(IssueCode.HL7_NO_NOTIFICATION, "MSH-9.2", 0, 0, why);
  }

  /** Reads the parts of the stay, in the order their issues are reported. */
  private RecordAssembly.Parts parts(FieldReader in, String event, FieldReader.DischargeDates dates,
      boolean hasPid, boolean hasPv1, List<Issue> found) {
    Organisation hospital = assembly.hospital(in, found);
    Person person = hasPid ? assembly.person(in, hospital, found) : null;
    Ward ward = hasPv1 ? assembly.ward(in, found) : null;
    Optional<Hl7Time> admitted = hasPv1 ? in.requiredTime("PV1", 44, "/.PV1-44-1", "admission date/time",
        IssueCode.HL7_NO_ADMISSION, event, found) : Optional.empty();
    Optional<Hl7Time> discharged = Optional.empty();
    if (hasPv1 && event.equals("A03")) {
      discharged = in.requiredTime("PV1", 45, "/.PV1-45(0)-1", "discharge date/time", IssueCode.HL7_NO_DISCHARGE,
          event, found);
    } else if (hasPv1 && EventPolicy.readyEventPossible(event)) {
      // An update after the discharge still states the whole picture: the stay has ended.
      discharged = in.dischargeTimeIfGiven(found);
    }
    Optional<Hl7Time> issued = in.issuedAt(found);
    String destination = hasPv1 ? in.dischargeDestination(found) : "";
    in.reportBadDates(dates, policy.needsReadyDate(event), found);
    String visit = hasPv1 ? in.text("/.PV1-19-1") : "";
    return new RecordAssembly.Parts(hospital, person, ward, admitted, discharged, issued, dates.proposed(),
        destination, visit, Ids.stayKey(hospital, visit, person, admitted));
  }

  /** The caller's context for this stay: the resolver's answer, else the configured context. */
  private AdtContext context(RecordAssembly.Parts parts, String event, FieldReader in, List<Issue> found) {
    Person person = parts.person();
    if (settings.resolver().isEmpty() || person == null || person.nhsNumber().isEmpty()) {
      return settings.context();
    }
    AdtStay stay = new AdtStay(parts.stayKey(), event,
        parts.hospital() == null ? "" : parts.hospital().odsCode().value(),
        parts.visit().isEmpty() ? Optional.empty() : Optional.of(parts.visit()),
        person.identifiers().stream().findFirst().map(Identifier::value), person.nhsNumber().get(),
        parts.admitted().map(Hl7Time::date));
    try {
      AdtContext resolved = settings.resolver().get().apply(stay);
      return resolved != null ? resolved : settings.context();
    } catch (RuntimeException e) {
      found.add(in.issue(IssueCode.HL7_CONTEXT_FAILED, "", 0, 0,
          "the context resolver failed for this stay (" + e.getClass().getSimpleName() + ")"));
      return settings.context();
    }
  }

  /** Builds the notification, checks it with the business rules and, without an error, maps it to FHIR. */
  private Converted notify(EventPolicy.Send send, RecordAssembly.Parts parts, Optional<Actor> lead,
      AdtContext context, FieldReader in, List<Issue> found, List<Issue> issues) {
    Optional<DischargeNotification> notification = assembly.notification(send, parts, lead, context, in, found);
    if (notification.isEmpty()) {
      issues.addAll(found);
      return Converted.NOTHING;
    }
    for (Issue rule : settings.validator().validate(notification.get()).issues()) {
      found.add(in.fromRule(rule, settings.readyDateField()));
    }
    issues.addAll(found);
    if (issues.stream().anyMatch(Issue::isError)) {
      return new Converted(notification, Optional.empty());
    }
    String base = settings.fhirBase().orElse("https://fhir.example.org/"
        + parts.hospital().odsCode().value().toLowerCase(Locale.ROOT));
    Bundle bundle = CareBridgeMapper.toFhir(notification.get(), base);
    BundleDetails.add(bundle, parts.admitted().get(), parts.discharged(), parts.destination());
    return new Converted(notification, Optional.of(bundle));
  }
}
