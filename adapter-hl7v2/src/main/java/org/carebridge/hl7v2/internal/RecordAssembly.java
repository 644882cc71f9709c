package org.carebridge.hl7v2.internal;

import org.carebridge.core.validation.IssueCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.Actor;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtSetting;

/**
 * Builds the sdk-core records of one message from the values its {@link FieldReader} reads: the hospital trust,
 * the patient, the ward, the lead clinician and the discharge notification. A record that cannot be built is
 * reported to the list given and left out. Not API.
 */
final class RecordAssembly {

  /** Identifier system prefix of a hospital's local patient number (the trust's ODS code follows). */
  static final String LOCAL_PATIENT_ID = "https://carebridge.org.uk/fhir/Id/local-patient-id/";
  /** Identifier system of the GMC reference number (the Practitioner profile's gmcNumber slice). */
  static final String GMC_SYSTEM = "https://fhir.hl7.org.uk/Id/gmc-number";

  /**
   * What a message says about the stay, as records and times; a part that could not be read is null or empty.
   *
   * @param stayKey the key of the stay ({@link Ids#stayKey})
   * @param visit PV1-19.1, or {@code ""}
   * @param destination the discharge destination code, or {@code ""}
   */
  record Parts(Organisation hospital, Person person, Ward ward, Optional<Hl7Time> admitted,
      Optional<Hl7Time> discharged, Optional<Hl7Time> issued, Optional<Hl7Time> proposed, String destination,
      String visit, String stayKey) {

    /** Whether every part a notification needs is there. */
    boolean complete() {
      return person != null && hospital != null && ward != null && admitted.isPresent() && issued.isPresent();
    }
  }

  /** How the attending doctor is identified: an identifier and a Practitioner id, or why not. */
  private record Identity(Identifier identifier, String id, String why) {}

  private final Settings settings;
  private final PersonIds personIds;

  RecordAssembly(Settings settings, PersonIds personIds) {
    this.settings = settings;
    this.personIds = personIds;
  }

  /**
   * The hospital trust: the first ODS code in MSH-4.1, PV1-3.4 or PV1-39 (a site code gives its trust), the
   * configured trust when the code starts with its code, else the configured trust; an error when none.
   */
  Organisation hospital(FieldReader in, List<Issue> found) {
    Optional<Organisation> configured = settings.hospital();
    for (String candidate : new String[] {in.text("/.MSH-4-1"), in.text("/.PV1-3-4"), in.text("/.PV1-39")}) {
      String code = candidate.trim().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (configured.isPresent() && code.startsWith(configured.get().odsCode().value())) {
        return configured.get();
      }
      if (code.matches("[A-Z0-9]{3}") || code.matches("[A-Z0-9]{5}")) {
        String trust = code.substring(0, 3);
        return Organisation.builder().id(trust.toLowerCase(Locale.ROOT)).odsCode(OdsCode.of(trust))
            .name("Hospital trust " + trust).build();
      }
    }
    if (configured.isPresent()) {
      return configured.get();
    }
    found.add(in.issue(IssueCode.HL7_NO_HOSPITAL, "MSH-4.1", 0, 0,
        "no ODS code of the hospital trust in MSH-4 (sending facility), PV1-3.4 or PV1-39: set the trust with "
            + settings.name(AdtSetting.HOSPITAL)));
    return null;
  }

  /** The patient (PID), or null when the NHS number or the family name is missing or the record is rejected. */
  Person person(FieldReader in, Organisation hospital, List<Issue> found) {
    FieldReader.PatientIds ids = in.patientIds(found);
    String family = in.familyName(found);
    if (ids.nhsNumber().isEmpty() || family.isEmpty()) {
      return null;
    }
    NhsNumber nhs = ids.nhsNumber().get();
    Person.Builder p = Person.builder()
        .id(Ids.personId(hospital, ids.local(), nhs, personIds))
        .nhsNumber(nhs)
        .name(name(family, in.givenNames(), List.of()));
    if (ids.local().isPresent() && hospital != null) {
      p.addIdentifier(Identifier.of(LOCAL_PATIENT_ID + hospital.odsCode().value(), ids.local().get()));
    }
    in.nhsNumberStatus(found).ifPresent(p::nhsNumberVerificationStatus);
    in.birthDate(found).ifPresent(p::birthDate);
    in.gender(found).ifPresent(p::gender);
    in.address(found).ifPresent(p::address);
    return p.build();   // every value was checked as it was read; a failure here is a bug, caught per message
  }

  /** The ward (PV1-3), at the site PV1-3.4 names or the configured site; null with an error when neither. */
  Ward ward(FieldReader in, List<Issue> found) {
    String point = in.text("/.PV1-3-1");
    if (point.isEmpty()) {
      found.add(in.issue(IssueCode.HL7_NO_WARD, "PV1-3.1", 0, 1,
          "PV1-3.1 (point of care: the ward) is empty: the ward is required"));
      return null;
    }
    String facility = in.text("/.PV1-3-4").trim().toUpperCase(Locale.ROOT);
    OdsCode site;
    if (facility.matches("[A-Z0-9]{5}")) {
      site = OdsCode.of(facility);
    } else if (settings.site().isPresent()) {
      site = settings.site().get();
    } else {
      found.add(in.issue(IssueCode.HL7_NO_WARD, "PV1-3.4", 0, 4, (facility.isEmpty()
          ? "PV1-3.4 (facility) is empty"
          : "PV1-3.4 (facility) " + FieldReader.safe(facility) + " is not an ODS site code")
          + ": the ward's hospital site is required; set a default with " + settings.name(AdtSetting.SITE_CODE)));
      return null;
    }
    String description = in.text("/.PV1-3-9");
    String name = !description.isEmpty() ? description : point.matches("\\d+[A-Za-z]?") ? "Ward " + point : point;
    try {
      return Ward.builder().id(Ids.wardId(point)).name(name).site(site).build();
    } catch (IllegalArgumentException e) {
      found.add(in.issue(IssueCode.HL7_NO_WARD, "PV1-3", 0, 0,
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
  Optional<Actor> leadClinician(FieldReader in, AdtContext context, List<Issue> found) {
    Optional<FieldReader.AttendingDoctor> attending = in.attendingDoctor();
    if (attending.isEmpty()) {
      return Optional.empty();
    }
    FieldReader.AttendingDoctor doctor = attending.get();
    Identity identity = identity(doctor, context);
    if (identity.why() != null) {
      found.add(in.issue(IssueCode.HL7_CLINICIAN_NOT_IDENTIFIED, "PV1-7.1", 0, 1,
          identity.why() + ": a Practitioner needs an identifier; the lead clinician was left out"));
    }
    if (doctor.family().isEmpty()) {
      found.add(in.issue(IssueCode.HL7_CLINICIAN_NOT_NAMED, "PV1-7.2", 0, 2,
          "PV1-7.2 (attending doctor's family name) is empty: a Practitioner needs a name; the lead clinician "
              + "was left out"));
    }
    if (identity.identifier() == null || doctor.family().isEmpty()) {
      return Optional.empty();
    }
    try {
      List<String> givenNames = new ArrayList<>();
      FieldReader.addNames(givenNames, doctor.given());
      FieldReader.addNames(givenNames, doctor.further());
      HumanName name = name(doctor.family(), givenNames, doctor.prefix().isEmpty() ? List.of() : List.of(doctor.prefix()));
      return Optional.of(Practitioner.builder().id(identity.id()).name(name).addIdentifier(identity.identifier()).build());
    } catch (IllegalArgumentException | NullPointerException e) {
      found.add(in.issue(IssueCode.HL7_CLINICIAN_NOT_IDENTIFIED, "PV1-7.1", 0, 1,
          "the attending doctor (PV1-7) could not be made a Practitioner (" + e.getClass().getSimpleName()
              + "); the lead clinician was left out"));
      return Optional.empty();
    }
  }

  private Identity identity(FieldReader.AttendingDoctor doctor, AdtContext context) {
    String value = doctor.value();
    if (value.matches("C[0-9]{7}")) {
      return new Identity(Identifier.of(GMC_SYSTEM, value.substring(1)), "gmc-" + value.substring(1), null);
    }
    if (value.matches("[0-9]{7}") && doctor.saysGmc()) {
      return new Identity(Identifier.of(GMC_SYSTEM, value), "gmc-" + value, null);
    }
    if (value.isEmpty()) {
      return new Identity(null, null, "PV1-7.1 (attending doctor's identifier) is empty");
    }
    if (doctor.saysGmc()) {
      return new Identity(null, null, "PV1-7.1 (attending doctor's identifier) is named as a GMC number (PV1-7.9 "
          + "or PV1-7.13) but is not 7 digits (nor C and 7 digits)");
    }
    if (context.clinicianIdentifierSystem().isPresent()) {
      return new Identity(Identifier.of(context.clinicianIdentifierSystem().get(), value), Ids.staffId(value), null);
    }
    return new Identity(null, null, "PV1-7.1 (attending doctor's identifier) is not a GMC number (a consultant "
        + "code C and 7 digits, or 7 digits with GMC in PV1-7.9 or PV1-7.13) and no local staff identifier system "
        + "is configured (set it with " + settings.name(AdtSetting.CLINICIAN_IDENTIFIER_SYSTEM) + ")");
  }

  /**
   * The notification the event policy chose, from complete parts.
   *
   * @return the record (every value was checked as it was read; a failure here is a bug, caught per message)
   */
  Optional<DischargeNotification> notification(EventPolicy.Send send, Parts parts, Optional<Actor> lead,
      AdtContext context, FieldReader in, List<Issue> found) {
    DischargeNotification.Builder b = DischargeNotification.builder();
    HospitalStay.Builder stay = HospitalStay.builder().ward(parts.ward()).admissionDate(parts.admitted().get().date());
    b.id(Ids.notificationId(parts.stayKey(), send.suffix())).event(send.event()).person(parts.person())
        .issuedAt(parts.issued().get().instant()).hospital(parts.hospital());
    context.council().ifPresent(b::council);
    send.readyDate().ifPresent(stay::dischargeReadyDate);
    parts.proposed().ifPresent(p -> stay.proposedDischargeDate(p.date()));
    parts.discharged().ifPresent(d -> stay.dischargeDate(d.date()));
    lead.ifPresent(stay::leadClinician);
    if (!parts.visit().isEmpty() && settings.spellNumberSystem().isPresent()) {
      stay.addIdentifier(Identifier.of(settings.spellNumberSystem().get(), parts.visit()));
    }
    b.stay(stay.build());
    fromContext(b, send.event(), context);
    send.withdrawn().ifPresent(w -> b.respondsTo(Ids.notificationId(parts.stayKey(), w)));
    return Optional.of(b.build());
  }

  /** What the caller's context gives the event: the pathway, an assessment's statements, a withdrawal reason. */
  private static void fromContext(DischargeNotification.Builder b, DischargeEvent event, AdtContext context) {
    if (event == DischargeEvent.PATIENT_DISCHARGED) {
      context.pathway().ifPresent(b::pathway);
    }
    if (event == DischargeEvent.ASSESSMENT_NOTICE) {
      b.assessment(context.assessment());
    }
    if (event == DischargeEvent.WITHDRAW_DISCHARGE_ONLY) {
      b.withdrawalReason(context.cancelDischargeReason());
    }
    if (event == DischargeEvent.WITHDRAW_ASSESSMENT_ONLY) {
      b.withdrawalReason(context.cancelAdmitReason());
    }
  }

  /** A name from its parts (the family name is never blank here). */
  private static HumanName name(String family, List<String> given, List<String> titles) {
    HumanName.Builder b = HumanName.builder().family(family);
    given.forEach(b::addGiven);
    titles.forEach(b::addTitle);
    return b.build();
  }
}
