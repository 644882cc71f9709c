package org.carebridge.hl7v2.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;

/**
 * Adds to the mapped Bundle what the v2 message says but the CareBridge record does not hold: admission and
 * discharge times (not only dates) and the discharge destination. Not API.
 */
final class BundleDetails {

  /** UK Core's code system of NHS Data Dictionary discharge destinations (England). */
  static final String DESTINATION_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland";

  /** NHS Data Dictionary discharge destination codes. */
  static final Set<String> DESTINATIONS = Set.of("19", "29", "30", "37", "38", "48", "49", "50", "51", "52", "53",
      "54", "65", "66", "79", "84", "85", "87", "88", "89", "98", "99");

  /** NHS Data Dictionary discharge method codes (England ADT feeds send these in PV1-36). */
  static final Set<String> DISCHARGE_METHODS = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static final DateTimeFormatter FHIR_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private BundleDetails() {}

  static void add(Bundle bundle, Hl7Time admitted, Optional<Hl7Time> discharged, String destination) {
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (e.getResource() instanceof Encounter) {
        Encounter enc = (Encounter) e.getResource();
        admitted.dateTime().ifPresent(t -> enc.getPeriod().setStartElement(dateTime(t)));
        discharged.flatMap(Hl7Time::dateTime).ifPresent(t -> enc.getPeriod().setEndElement(dateTime(t)));
        if (!destination.isEmpty() && discharged.isPresent()) {
          enc.getHospitalization().setDischargeDisposition(
              new CodeableConcept().addCoding(new Coding().setSystem(DESTINATION_SYSTEM).setCode(destination)));
        }
      }
    }
  }

  private static DateTimeType dateTime(OffsetDateTime t) {
    return new DateTimeType(FHIR_DATE_TIME.format(t));
  }
}
