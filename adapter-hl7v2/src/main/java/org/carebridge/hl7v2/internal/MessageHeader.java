package org.carebridge.hl7v2.internal;

import org.carebridge.core.validation.IssueCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * What the MSH segment says, read from the raw text before the HL7 parser sees the message: the separators,
 * the control id, the trigger event, and whether the message is one the converter reads. Not API.
 *
 * @param encoding the separators, or null when MSH-1 and MSH-2 do not give them
 * @param controlId MSH-10, or {@code ""}
 * @param event MSH-9.2 in upper case, or {@code ""}
 * @param accepted whether the message is an ADT message of a version and event that is read
 */
record MessageHeader(RawSegment.Encoding encoding, String controlId, String event, boolean accepted) {

  /** The HL7 versions read (MSH-12). */
  static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1");

  /**
   * Reads and checks the MSH segment.
   *
   * @param raw the message
   * @param found where the issues go
   * @return the header; {@link #accepted()} is false when an issue says why the message is not read
   */
  static MessageHeader read(RawMessage raw, List<Issue> found) {
    String msh = raw.msh().text();
    Locator at = new Locator(raw, null);
    if (msh.length() < 8) {
      found.add(at.issue(IssueCode.HL7_MSH_MALFORMED, "MSH-2", 0, 0,
          "the MSH segment is too short to hold the field separator and the encoding characters"));
      return new MessageHeader(null, "", "", false);
    }
    RawSegment.Encoding enc = separators(msh);
    if (enc == null) {
      found.add(at.issue(IssueCode.HL7_MSH_MALFORMED, "MSH-2", 0, 0,
          "MSH-1 and MSH-2 must give the separators (normally |^~\\&)"));
      return new MessageHeader(null, "", "", false);
    }
    return typeAndVersion(msh, enc, new Locator(raw, enc), found);
  }

  /** MSH-1 and MSH-2, or null when they are not a usable set of separators. */
  private static RawSegment.Encoding separators(String msh) {
    char fs = msh.charAt(3);
    String encoding = msh.substring(4, msh.indexOf(fs, 4) < 0 ? msh.length() : msh.indexOf(fs, 4));
    if (Character.isLetterOrDigit(fs) || Character.isWhitespace(fs) || encoding.length() < 3
        || encoding.length() > 5 || encoding.chars().anyMatch(c -> c == fs || Character.isLetterOrDigit(c))
        || encoding.chars().distinct().count() != encoding.length()) {
      return null;
    }
    return new RawSegment.Encoding(fs, encoding.charAt(0), encoding.charAt(1));
  }

  private static MessageHeader typeAndVersion(String msh, RawSegment.Encoding enc, Locator at, List<Issue> found) {
    String[] fields = fields(msh, enc);
    String controlId = field(fields, 10).trim();
    if (controlId.isEmpty()) {
      found.add(at.issue(IssueCode.HL7_NO_CONTROL_ID, "MSH-10", 0, 0,
          "MSH-10 (message control id) is empty: the message cannot be told apart from others"));
    }
    String[] type = FieldReader.split(field(fields, 9), enc.component());
    String code = type.length > 0 ? type[0].trim() : "";
    String event = type.length > 1 ? type[1].trim().toUpperCase(Locale.ROOT) : "";
    String version = FieldReader.split(field(fields, 12), enc.component())[0].trim();
    boolean accepted = false;
    if (!"ADT".equals(code)) {
      found.add(at.issue(IssueCode.HL7_NOT_ADT, "MSH-9.1", 0, 0, (code.isEmpty()
          ? "MSH-9.1 (message type) is empty"
          : "the message type is " + FieldReader.safe(code + (event.isEmpty() ? "" : "^" + event)) + ", not ADT")
          + ": only ADT messages become discharge notifications"));
    } else if (!VERSIONS.contains(version)) {
      found.add(at.issue(IssueCode.HL7_VERSION_NOT_SUPPORTED, "MSH-12", 0, 0, version.isEmpty()
          ? "MSH-12 (version) is empty: versions 2.3, 2.3.1, 2.4, 2.5 and 2.5.1 are read"
          : "version " + FieldReader.safe(version) + " is not read: versions 2.3, 2.3.1, 2.4, 2.5 and 2.5.1 are"));
    } else if (!EventPolicy.EVENTS.contains(event)) {
      found.add(at.issue(IssueCode.HL7_EVENT_NOT_SUPPORTED, "MSH-9.2", 0, 0, (event.isEmpty()
          ? "MSH-9.2 (trigger event) is empty" : "ADT event " + FieldReader.safe(event) + " is not converted")
          + ": only A01, A02, A03, A08, A11 and A13 are; the message was skipped"));
    } else {
      accepted = true;
    }
    return new MessageHeader(enc, controlId, event, accepted);
  }

  /** The fields of MSH: {@code fields[n]} is MSH-n (index 1 is the separator itself). */
  private static String[] fields(String msh, RawSegment.Encoding enc) {
    List<String> parts = new ArrayList<>();
    parts.add("MSH");
    parts.add(String.valueOf(enc.field()));
    parts.addAll(List.of(FieldReader.split(msh.substring(4), enc.field())));
    return parts.toArray(new String[0]);
  }

  private static String field(String[] fields, int n) {
    return n < fields.length ? fields[n] : "";
  }

  /**
   * The message text for the HL7 parser: MSH-9 is rewritten to {@code ADT^<event>} so that the 2.5.1 event map
   * picks the structure, whatever structure name (MSH-9.3) the sender's version used.
   *
   * @param raw the message
   * @return the segments, separated by carriage returns
   */
  String parserText(RawMessage raw) {
    List<RawSegment> segs = raw.segments();
    String[] parts = FieldReader.split(segs.get(0).text().substring(4), encoding.field());
    if (parts.length >= 8) {
      parts[7] = "ADT" + encoding.component() + event;
    }
    StringBuilder text = new StringBuilder("MSH").append(encoding.field())
        .append(String.join(String.valueOf(encoding.field()), parts)).append('\r');
    for (int i = 1; i < segs.size(); i++) {
      text.append(segs.get(i).text()).append('\r');
    }
    return text.toString();
  }
}
