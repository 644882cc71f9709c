package org.carebridge.fhir.mapping.internal;

import java.util.Map;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;

/**
 * Internal: the narrative of every resource the mappers write, so that their output is clean of FHIR's dom-6
 * warning ("A resource should have narrative for robust management"). The one place that writes
 * {@code text}: status {@code generated} and a one-line XHTML summary, the kind of record and a label that names no
 * person (an organisation's or ward's name, the message event, otherwise the record id). Reading ignores narrative,
 * so it never changes what a record reads back as.
 */
final class Narratives {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The kind of record each resource type carries, in the words of the standard. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("Patient", "Person"),
      Map.entry("Organization", "Organisation"),
      Map.entry("Practitioner", "Practitioner"),
      Map.entry("PractitionerRole", "Practitioner role"),
      Map.entry("CareTeam", "Care team"),
      Map.entry("CarePlan", "Joint care plan"),
      Map.entry("Condition", "Assessed need"),
      Map.entry("Goal", "Goal"),
      Map.entry("Consent", "Consent to share information"),
      Map.entry("Account", "Personal budget"),
      Map.entry("RelatedPerson", "Budget holder"),
      Map.entry("Encounter", "Hospital stay"),
      Map.entry("Location", "Ward"),
      Map.entry("MessageHeader", "Discharge message"));

  private Narratives() {}

  /**
   * Gives the resource its generated narrative, unless it is not a DomainResource or already has one.
   *
   * @param resource the resource, changed in place
   * @param <R> its type
   * @return the same resource
   */
  static <R extends Resource> R describe(R resource) {
    if (resource instanceof DomainResource d && !d.hasText()) {
      String kind = KINDS.getOrDefault(resource.fhirType(), resource.fhirType());
      Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
      n.setDivAsString("<div xmlns=\"" + XHTML + "\"><p>" + escape(kind + ": " + label(d)) + "</p></div>");
      d.setText(n);
    }
    return resource;
  }

  private static String label(DomainResource r) {
    if (r instanceof Organization o && o.hasName()) {
      return o.getName();
    }
    if (r instanceof Location l && l.hasName()) {
      return l.getName();
    }
    if (r instanceof MessageHeader h && h.hasEventCoding()) {
      return h.getEventCoding().hasDisplay() ? h.getEventCoding().getDisplay() : h.getEventCoding().getCode();
    }
    return "record " + Fhir.id(r);
  }

  /** Escapes text for XHTML content, and drops characters XML cannot hold. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || c >= 0x10000) {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }
}
