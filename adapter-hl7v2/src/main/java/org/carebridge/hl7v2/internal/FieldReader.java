package org.carebridge.hl7v2.internal;

import org.carebridge.core.validation.IssueCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.carebridge.core.Address;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * Reads the values of one parsed message and checks them: each typed read reports what is wrong with the field
 * to the list it is given, as an issue located at that field. Knows the v2 fields, not the records they become.
 * Not API.
 */
final class FieldReader {

  /** Identifier types of PID-3 read as the hospital's local patient number. */
  private static final Set<String> LOCAL_ID_TYPES = Set.of("PI", "MR", "PAS", "PT", "PN", "LR", "");

  private final RawMessage raw;
  private final RawSegment.Encoding enc;
  private final Terser terser;
  private final Locator at;

  FieldReader(RawMessage raw, RawSegment.Encoding enc, Terser terser) {
    this.raw = raw;
    this.enc = enc;
    this.terser = terser;
    this.at = new Locator(raw, enc);
  }

  /** The identifiers of PID-3: the NHS number (when valid), whether any was of type NH, and a local number. */
  record PatientIds(Optional<NhsNumber> nhsNumber, boolean sawNhs, Optional<String> local) {}

  /**
   * The discharge ready date (from the configured field only) and PV2-9, the expected (proposed) discharge
   * date unless the trust named PV2-9 as its ready date field.
   */
  record DischargeDates(Optional<String> readyField, String readyText, Optional<Hl7Time> ready,
      String proposedText, Optional<Hl7Time> proposed) {

    boolean readyBad() {
      return !readyText.isEmpty() && ready.isEmpty();
    }

    boolean proposedBad() {
      return !proposedText.isEmpty() && proposed.isEmpty();
    }
  }

  /** The attending doctor (first repetition of PV1-7, XCN), as written. */
  record AttendingDoctor(String value, String family, String given, String further, String prefix,
      boolean saysGmc) {}

  // ---- where things are --------------------------------------------------------------------------

  /** An issue located at a field of this message (see {@link Locator#issue}). */
  Issue issue(IssueCode code, String location, int repetition, int component, String message) {
    return at.issue(code, location, repetition, component, message);
  }

  boolean has(String segment) {
    return raw.first(segment).isPresent();
  }

  /** A value by terser path, trimmed; {@code ""} when absent, unreadable or the HL7 null {@code ""}. */
  String text(String path) {
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
  String configured(String location) {
    int dash = location.indexOf('-');
    int dot = location.indexOf('.');
    String seg = location.substring(0, dash);
    int fieldNo = Integer.parseInt(dot < 0 ? location.substring(dash + 1) : location.substring(dash + 1, dot));
    int comp = dot < 0 ? 1 : Integer.parseInt(location.substring(dot + 1));
    Optional<RawSegment> rawSeg = raw.first(seg);
    if (rawSeg.isEmpty()) {
      return "";
    }
    String v = text("/." + seg + "-" + fieldNo + "-" + comp);
    if (!v.isEmpty()) {
      return v;
    }
    String[] fields = split(rawSeg.get().text(), enc.field());
    String f = fieldNo < fields.length ? split(fields[fieldNo], enc.repetition())[0] : "";
    String[] comps = split(f, enc.component());
    v = comp <= comps.length ? comps[comp - 1].trim() : "";
    return "\"\"".equals(v) ? "" : v;
  }

  private int repetitions(String segmentPath, int field) {
    try {
      Segment s = terser.getSegment(segmentPath);
      return s == null ? 0 : s.getField(field).length;
    } catch (HL7Exception | RuntimeException e) {
      return 0;
    }
  }

  // ---- times and dates -------------------------------------------------------------------------

  /** A timestamp the event requires: an error when it is empty or not a timestamp. */
  Optional<Hl7Time> requiredTime(String segment, int field, String path, String what, IssueCode missingCode,
      String event, List<Issue> found) {
    String location = segment + "-" + field;
    String text = text(path);
    if (text.isEmpty()) {
      found.add(issue(missingCode, location, 0, 1,
          location + " (" + what + ") is empty: it is required for an " + event + " notification"));
      return Optional.empty();
    }
    Optional<Hl7Time> t = Hl7Time.parse(text);
    if (t.isEmpty()) {
      found.add(issue(IssueCode.HL7_BAD_DATE, location, 0, 1,
          location + " (" + what + ") is not a valid HL7 v2 timestamp (YYYYMMDD[HHMM[SS]][+/-ZZZZ])"));
    }
    return t;
  }

  /** A timestamp that may be left out: empty when the field is empty, or when it is bad (then {@code bad} is reported). */
  private Optional<Hl7Time> optionalTime(String path, Supplier<Issue> bad, List<Issue> found) {
    String text = text(path);
    Optional<Hl7Time> t = parseIfGiven(text);
    if (!text.isEmpty() && t.isEmpty()) {
      found.add(bad.get());
    }
    return t;
  }

  /** PV1-45 on an update after the discharge: the whole picture, so the stay has ended; a bad one is left out. */
  Optional<Hl7Time> dischargeTimeIfGiven(List<Issue> found) {
    return optionalTime("/.PV1-45(0)-1", () -> issue(IssueCode.HL7_DATE_LEFT_OUT, "PV1-45", 0, 1,
        "PV1-45 (discharge date/time) is not a valid HL7 v2 timestamp; it was left out"), found);
  }

  /** When the message was issued: MSH-7, else EVN-2; an error when neither is usable. */
  Optional<Hl7Time> issuedAt(List<Issue> found) {
    Optional<Hl7Time> msh7 = optionalTime("/.MSH-7-1", () -> issue(IssueCode.HL7_DATE_LEFT_OUT, "MSH-7",
        0, 1, "MSH-7 (date/time of message) is not a valid HL7 v2 timestamp; EVN-2 is used instead"), found);
    if (msh7.isPresent()) {
      return msh7;
    }
    if (has("EVN") && !text("/.EVN-2-1").isEmpty()) {
      return optionalTime("/.EVN-2-1", () -> issue(IssueCode.HL7_BAD_DATE, "EVN-2", 0, 1,
          "EVN-2 (recorded date/time) is not a valid HL7 v2 timestamp"), found);
    }
    found.add(issue(IssueCode.HL7_NO_MESSAGE_TIME, "MSH-7", 0, 1,
        "neither MSH-7 (date/time of message) nor EVN-2 (recorded date/time) is usable: the notification "
            + "needs the time it was issued"));
    return Optional.empty();
  }

  /** The discharge dates as written; nothing is reported until {@link #reportBadDates}. */
  DischargeDates dischargeDates(Optional<String> readyField) {
    String readyText = readyField.map(this::configured).orElse("");
    String proposedText = readyField.filter("PV2-9"::equals).isPresent() ? "" : text("/.PV2-9-1");
    return new DischargeDates(readyField, readyText, parseIfGiven(readyText), proposedText,
        parseIfGiven(proposedText));
  }

  private static Optional<Hl7Time> parseIfGiven(String text) {
    return text.isEmpty() ? Optional.empty() : Hl7Time.parse(text);
  }

  /**
   * Reports discharge dates that are not dates: the ready date is an error when the event needs it, else it is
   * left out with a warning, as is a bad PV2-9.
   */
  void reportBadDates(DischargeDates dates, boolean readyNeeded, List<Issue> found) {
    if (dates.readyBad()) {
      String field = dates.readyField().orElseThrow();
      found.add(issue(readyNeeded ? IssueCode.HL7_BAD_DATE : IssueCode.HL7_DATE_LEFT_OUT, field, 0, 1,
          field + " (discharge ready date) is not a valid HL7 v2 date" + (readyNeeded ? "" : "; it was left out")));
    }
    if (dates.proposedBad()) {
      found.add(issue(IssueCode.HL7_DATE_LEFT_OUT, "PV2-9", 0, 1,
          "PV2-9 (expected discharge date) is not a valid HL7 v2 date; it was left out"));
    }
  }

  // ---- the patient -----------------------------------------------------------------------------

  /** PID-3: the first identifier of type NH (or, in older feeds, of authority NHS) and a local patient number. */
  PatientIds patientIds(List<Issue> found) {
    int reps = repetitions("/.PID", 3);
    NhsNumber nhs = null;
    boolean sawNh = false;
    String local = null;
    for (int r = 0; r < reps; r++) {
      String value = text("/.PID-3(" + r + ")-1").trim();
      String type = text("/.PID-3(" + r + ")-5").trim().toUpperCase(Locale.ROOT);
      String authority = text("/.PID-3(" + r + ")-4").trim().toUpperCase(Locale.ROOT);
      // Older (2.3) feeds leave the type empty and name the NHS as assigning authority.
      if ("NH".equals(type) || (type.isEmpty() && "NHS".equals(authority))) {
        if (sawNh) {
          continue;
        }
        sawNh = true;
        try {
          nhs = NhsNumber.parse(value);
        } catch (IllegalArgumentException | NullPointerException e) {
          found.add(issue(IssueCode.HL7_INVALID_NHS_NUMBER, "PID-3.1", r, 1,
              "the PID-3 identifier of type NH is not a valid NHS number: " + e.getMessage()));
        }
      } else if (local == null && !value.isEmpty() && LOCAL_ID_TYPES.contains(type)) {
        local = value;
      }
    }
    if (!sawNh) {
      found.add(issue(IssueCode.HL7_NO_NHS_NUMBER, "PID-3.5", 0, 5,
          "PID-3 has no identifier of type NH: the NHS number is required to tell the council who the "
              + "patient is"));
    }
    return new PatientIds(Optional.ofNullable(nhs), sawNh, Optional.ofNullable(local));
  }

  /** PID-5.1, with an error when it is empty. */
  String familyName(List<Issue> found) {
    String family = text("/.PID-5-1");
    if (family.isEmpty()) {
      found.add(issue(IssueCode.HL7_NO_NAME, "PID-5.1", 0, 1,
          "PID-5.1 (family name) is empty: the patient's name is required"));
    }
    return family;
  }

  /** PID-5.2 and PID-5.3, split at white space. */
  List<String> givenNames() {
    List<String> given = new ArrayList<>();
    addNames(given, text("/.PID-5-2"));
    addNames(given, text("/.PID-5-3"));
    return given;
  }

  /** PID-32; a code that is not 01-08 is left out with a warning. */
  Optional<NhsNumberVerificationStatus> nhsNumberStatus(List<Issue> found) {
    String status = text("/.PID-32(0)");
    if (status.isEmpty()) {
      return Optional.empty();
    }
    Optional<NhsNumberVerificationStatus> s =
        NhsNumberVerificationStatus.fromCode(status.length() == 1 ? "0" + status : status);
    if (s.isEmpty()) {
      found.add(issue(IssueCode.HL7_UNKNOWN_CODE, "PID-32", 0, 0,
          "PID-32 (NHS number status) " + safe(status) + " is not one of 01-08; it was left out"));
    }
    return s;
  }

  /** PID-7; a bad date is left out with a warning. */
  Optional<LocalDate> birthDate(List<Issue> found) {
    return optionalTime("/.PID-7-1", () -> issue(IssueCode.HL7_DATE_LEFT_OUT, "PID-7", 0, 1,
        "PID-7 (date of birth) is not a valid HL7 v2 date; it was left out"), found).map(Hl7Time::date);
  }

  /** PID-8; a code outside HL7 table 0001 (and its NHS variants) is left out with a warning. */
  Optional<AdministrativeGender> gender(List<Issue> found) {
    String sex = text("/.PID-8").toUpperCase(Locale.ROOT);
    if (sex.isEmpty()) {
      return Optional.empty();
    }
    Optional<AdministrativeGender> g = Optional.ofNullable(gender(sex));
    if (g.isEmpty()) {
      found.add(issue(IssueCode.HL7_UNKNOWN_CODE, "PID-8", 0, 0,
          "PID-8 (administrative sex) " + safe(sex) + " is not one of M, F, O, U, A, N, I, 1, 2, 9, 0, X; "
              + "it was left out"));
    }
    return g;
  }

  /** PID-11; an address without a town or postcode is left out with a warning. */
  Optional<Address> address(List<Issue> found) {
    List<String> lines = new ArrayList<>();
    for (String path : new String[] {"/.PID-11-1", "/.PID-11-2"}) {
      String v = text(path);
      if (!v.isEmpty()) {
        lines.add(v);
      }
    }
    String city = text("/.PID-11-3");
    String postcode = text("/.PID-11-5");
    if (lines.isEmpty() && city.isEmpty() && postcode.isEmpty()) {
      return Optional.empty();
    }
    if (city.isEmpty() || postcode.isEmpty()) {
      found.add(issue(IssueCode.HL7_INCOMPLETE_ADDRESS, "PID-11", 0, 0,
          "PID-11 (address) has no " + (city.isEmpty() ? "town (PID-11.3)" : "postcode (PID-11.5)")
              + "; the address was left out"));
      return Optional.empty();
    }
    Address.Builder address = Address.builder().city(city).postcode(postcode);
    lines.forEach(address::addLine);
    return Optional.of(address.build());
  }

  // ---- the visit -------------------------------------------------------------------------------

  /** PV1-7, first repetition; empty when none of its parts is given. */
  Optional<AttendingDoctor> attendingDoctor() {
    String value = text("/.PV1-7(0)-1");
    String family = text("/.PV1-7(0)-2-1");
    String given = text("/.PV1-7(0)-3");
    String further = text("/.PV1-7(0)-4");
    String prefix = text("/.PV1-7(0)-6");
    if (value.isEmpty() && family.isEmpty() && given.isEmpty() && further.isEmpty() && prefix.isEmpty()) {
      return Optional.empty();
    }
    String authority = text("/.PV1-7(0)-9-1").toUpperCase(Locale.ROOT);
    String type = text("/.PV1-7(0)-13").toUpperCase(Locale.ROOT);
    return Optional.of(new AttendingDoctor(value, family, given, further, prefix,
        "GMC".equals(authority) || "GMC".equals(type)));
  }

  /**
   * The discharge destination: PV1-37.1, or PV1-36 when a feed puts it there. A PV1-36 that is neither a
   * discharge method nor a destination, and a PV1-37.1 that is not a destination, are left out with a warning.
   */
  String dischargeDestination(List<Issue> found) {
    String dest = text("/.PV1-37-1");
    String method = text("/.PV1-36");
    if (!method.isEmpty() && !BundleDetails.DISCHARGE_METHODS.contains(method)) {
      if (dest.isEmpty() && BundleDetails.DESTINATIONS.contains(method)) {
        return method;
      }
      found.add(issue(IssueCode.HL7_UNKNOWN_CODE, "PV1-36", 0, 0,
          "PV1-36 (discharge disposition) " + safe(method) + " is neither an NHS discharge method (1-9) nor a "
              + "discharge destination code; it was left out"));
    }
    if (!dest.isEmpty() && !BundleDetails.DESTINATIONS.contains(dest)) {
      found.add(issue(IssueCode.HL7_UNKNOWN_CODE, "PV1-37.1", 0, 1,
          "PV1-37.1 (discharged to location) " + safe(dest) + " is not an NHS Data Dictionary discharge "
              + "destination code (19-99); it was left out"));
      return "";
    }
    return dest;
  }

  /** A business rule issue, located at the v2 field the record value came from. */
  Issue fromRule(Issue rule, Optional<String> readyField) {
    String path = rule.location().text();
    String field = switch (path) {
      case "stay.admissionDate" -> "PV1-44";
      case "stay.dischargeDate" -> "PV1-45";
      case "stay.dischargeReadyDate" -> readyField.orElse("");
      case "stay.proposedDischargeDate" -> "PV2-9";
      case "issuedAt" -> "MSH-7";
      case "person.nhsNumber" -> "PID-3.1";
      default -> "";
    };
    String message = rule.message() + (path.isEmpty() ? "" : " (record field " + path + ")");
    return at.place(rule.toBuilder().message(message).build(), field, 0, 0);
  }

  // ---- text ------------------------------------------------------------------------------------

  private static AdministrativeGender gender(String sex) {
    return switch (sex) {
      case "M", "1" -> AdministrativeGender.MALE;
      case "F", "2" -> AdministrativeGender.FEMALE;
      case "O", "A", "I", "9" -> AdministrativeGender.OTHER;
      case "U", "N", "0", "X" -> AdministrativeGender.UNKNOWN;
      default -> null;
    };
  }

  /** Adds the white-space separated names of a component. */
  static void addNames(List<String> given, String names) {
    for (String n : names.trim().split("\\s+")) {
      if (!n.isBlank()) {
        given.add(n);
      }
    }
  }

  static String[] split(String s, char c) {
    return s.split(Pattern.quote(String.valueOf(c)), -1);
  }

  /** A short code from the input, safe to show: at most 12 letters, digits and dots. */
  static String safe(String code) {
    String s = code.replaceAll("[^A-Za-z0-9._^-]", "?");
    return "'" + (s.length() > 12 ? s.substring(0, 12) + "..." : s) + "'";
  }
}
