package org.carebridge.fhir.mapping.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.Ward;
import org.carebridge.fhir.mapping.MappingCodes;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** Internal: DischargeNotification to and from the discharge message Bundle. */
final class Discharges {
  static final String MESSAGE = "carebridge-discharge-message";
  static final String HEADER = "carebridge-discharge-message-header";
  static final String ENCOUNTER = "carebridge-hospital-encounter";
  static final String LOCATION = "carebridge-hospital-location";
  static final String PATHWAY = Fhir.SD + "carebridge-discharge-pathway";
  static final String PROPOSED = Fhir.SD + "carebridge-proposed-discharge-date";
  static final String READY = Fhir.SD + "carebridge-discharge-ready-date";
  static final String STATEMENTS = Fhir.SD + "carebridge-discharge-notice-statements";
  static final String WITHDRAWN = Fhir.SD + "carebridge-withdrawn-message";
  static final String ENDPOINT_PREFIX = "urn:carebridge:ods:";
  /** Events whose earlier message travels in the withdrawn-message extension (invariant cb-message-4). */
  static final Set<DischargeEvent> WITHDRAWING = EnumSet.of(DischargeEvent.WITHDRAW_ALL,
      DischargeEvent.WITHDRAW_ASSESSMENT_ONLY, DischargeEvent.WITHDRAW_DISCHARGE_ONLY);

  private Discharges() {}

  /** The message Bundle: header, encounter, person, organisations and ward, with fullUrls under the base. */
  static Bundle toFhir(DischargeNotification n, String base) {
    Bundle b = new Bundle();
    b.setId(n.id());
    Fhir.setProfile(b, MESSAGE);
    b.setType(Bundle.BundleType.MESSAGE);
    b.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:"
        + UUID.nameUUIDFromBytes(("DischargeNotification/" + n.id()).getBytes(StandardCharsets.UTF_8)));
    b.setTimestampElement(new InstantType(Date.from(n.issuedAt()), TemporalPrecisionEnum.MILLI,
        TimeZone.getTimeZone("UTC")));

    Encounter enc = encounter(n);
    MessageHeader h = new MessageHeader();
    h.setId(Fhir.derivedId(n.id(), "header"));
    Fhir.setProfile(h, HEADER);
    h.setEvent(Fhir.coding(n.event()));
    MessageHeader.MessageDestinationComponent dest = h.addDestination();
    if (n.council().isPresent()) {
      dest.setEndpoint(ENDPOINT_PREFIX + n.council().get().odsCode().value());
      dest.setReceiver(Fhir.ref("Organization", n.council().get().id()));
    } else {
      dest.setEndpoint(ENDPOINT_PREFIX + "unaddressed");
    }
    h.setSender(Fhir.ref("Organization", n.hospital().id()));
    h.getSource().setEndpoint(ENDPOINT_PREFIX + n.hospital().odsCode().value());
    n.respondsTo().ifPresent(r -> {
      if (WITHDRAWING.contains(n.event())) {
        h.addExtension(WITHDRAWN, new IdType(r));
      } else {
        h.getResponse().setIdentifier(r).setCode(MessageHeader.ResponseType.OK);
      }
    });
    h.addFocus(Fhir.ref("Encounter", enc.getIdPart()));

    add(b, base, h);
    add(b, base, enc);
    add(b, base, Actors.toPatient(n.person()));
    add(b, base, Actors.toOrganization(n.hospital()));
    n.council().filter(c -> !c.id().equals(n.hospital().id())).ifPresent(c -> add(b, base, Actors.toOrganization(c)));
    n.ward().ifPresent(w -> add(b, base, location(w, n.hospital())));
    return b;
  }

  static void add(Bundle b, String base, Resource r) {
    b.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r);
  }

  private static Location location(Ward w, Organisation hospital) {
    Location l = new Location();
    l.setId(w.id());
    Fhir.setProfile(l, LOCATION);
    l.addIdentifier().setSystem(OdsCode.SITE_SYSTEM).setValue(w.site().value());
    l.setStatus(Location.LocationStatus.ACTIVE);
    l.setName(w.name());
    l.setMode(Location.LocationMode.INSTANCE);
    l.setPhysicalType(new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/location-physical-type", "wa", "Ward")));
    l.setManagingOrganization(Fhir.ref("Organization", hospital.id()));
    return l;
  }

  private static Encounter encounter(DischargeNotification n) {
    Encounter e = new Encounter();
    e.setId(Fhir.derivedId(n.id(), "encounter"));
    Fhir.setProfile(e, ENCOUNTER);
    n.pathway().ifPresent(p -> e.addExtension(PATHWAY, Fhir.coding(p)));
    n.proposedDischargeDate().ifPresent(d -> e.addExtension(PROPOSED, Fhir.date(d)));
    n.dischargeReadyDate().ifPresent(d -> e.addExtension(READY, Fhir.date(d)));
    Extension s = new Extension(STATEMENTS);
    n.patientConsulted().ifPresent(v -> s.addExtension("patientConsulted", new BooleanType(v)));
    n.carerConsultation().ifPresent(v -> s.addExtension("carerConsultation", Fhir.coding(v)));
    n.consent().ifPresent(v -> s.addExtension("consent", Fhir.coding(v)));
    n.consentLegalBasis().ifPresent(v -> s.addExtension("consentLegalBasis", Fhir.coding(v)));
    n.chcOutcome().ifPresent(v -> {
      s.addExtension("chcConsidered", new BooleanType(true));
      s.addExtension("chcOutcome", Fhir.coding(v));
    });
    n.safeguardingConcerns().ifPresent(v -> s.addExtension("safeguardingConcerns", new BooleanType(v)));
    n.withdrawalReason().ifPresent(v -> s.addExtension("withdrawalReason", Fhir.coding(v)));
    if (s.hasExtension()) {
      e.addExtension(s);
    }
    e.setStatus(n.dischargeDate().isPresent() ? Encounter.EncounterStatus.FINISHED
        : Encounter.EncounterStatus.INPROGRESS);
    e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
    e.setSubject(Fhir.ref("Patient", n.person().id()));
    Period p = new Period();
    n.admissionDate().ifPresent(d -> p.setStartElement(new org.hl7.fhir.r4.model.DateTimeType(d.toString())));
    n.dischargeDate().ifPresent(d -> p.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(d.toString())));
    e.setPeriod(p);
    n.ward().ifPresent(w -> e.addLocation().setLocation(Fhir.ref("Location", w.id())));
    e.setServiceProvider(Fhir.ref("Organization", n.hospital().id()));
    return e;
  }

  static DischargeNotification fromFhir(Bundle b, Reader reader) {
    String at = "Bundle";
    Fhir.checkProfile(b, MESSAGE, at);
    if (b.getType() != Bundle.BundleType.MESSAGE) {
      throw new Problem(MappingCodes.WRONG_BUNDLE_TYPE, at + ".type", "a discharge notification is a message Bundle");
    }
    if (!b.hasEntry() || !(b.getEntryFirstRep().getResource() instanceof MessageHeader)) {
      throw new Problem(MappingCodes.MISSING, at + ".entry[0].resource",
          "the first entry of a message Bundle must be its MessageHeader");
    }
    MessageHeader h = (MessageHeader) b.getEntryFirstRep().getResource();
    String hat = "Bundle.entry[0].resource";
    Fhir.checkProfile(h, HEADER, hat);
    if (!(h.getEvent() instanceof Coding)) {
      throw new Problem(MappingCodes.MISSING, hat + ".event", "the message has no event code");
    }
    DischargeEvent event = Fhir.decode(DischargeEvent.class, h.getEventCoding(), hat + ".eventCoding");
    if (!h.hasFocus()) {
      throw new Problem(MappingCodes.MISSING, hat + ".focus", "the message has no focus (Encounter)");
    }
    Encounter enc = reader.resolve(h, h.getFocusFirstRep(), Encounter.class, hat + ".focus[0]");
    String eat = reader.location(enc, "Encounter");
    Fhir.checkProfile(enc, ENCOUNTER, eat);
    Patient patient = reader.resolve(enc, enc.getSubject(), Patient.class, eat + ".subject");
    Person person = Actors.fromPatient(patient, reader);
    Organization hospitalRes = enc.hasServiceProvider()
        ? reader.resolve(enc, enc.getServiceProvider(), Organization.class, eat + ".serviceProvider")
        : reader.resolve(h, h.getSender(), Organization.class, hat + ".sender");
    Organisation hospital = Actors.fromOrganization(hospitalRes, reader);
    Optional<Organisation> council = Optional.empty();
    if (h.hasDestination() && h.getDestinationFirstRep().hasReceiver()) {
      council = Optional.of(Actors.fromOrganization(reader.resolve(h, h.getDestinationFirstRep().getReceiver(),
          Organization.class, hat + ".destination[0].receiver"), reader));
    }
    Optional<Ward> ward = Optional.empty();
    if (enc.hasLocation()) {
      Location l = reader.resolve(enc, enc.getLocationFirstRep().getLocation(), Location.class,
          eat + ".location[0].location");
      String lat = reader.location(l, "Location");
      Fhir.checkProfile(l, LOCATION, lat);
      String site = l.getIdentifier().stream().filter(i -> OdsCode.SITE_SYSTEM.equals(i.getSystem()))
          .map(org.hl7.fhir.r4.model.Identifier::getValue).findFirst()
          .orElseThrow(() -> new Problem(MappingCodes.MISSING, lat + ".identifier", "the ward has no ODS site code"));
      ward = Optional.of(Fhir.build(lat, () -> Ward.of(Fhir.id(l), l.getName(), site)));
    }
    Optional<DischargePathway> pathway = coded(enc.getExtensionByUrl(PATHWAY), DischargePathway.class,
        eat + ".extension('pathway')");
    Optional<LocalDate> proposed = date(enc.getExtensionByUrl(PROPOSED), eat + ".extension('proposedDischargeDate')");
    Optional<LocalDate> ready = date(enc.getExtensionByUrl(READY), eat + ".extension('dischargeReadyDate')");
    Optional<LocalDate> admitted = enc.getPeriod().hasStartElement()
        ? Optional.of(Fhir.localDate(enc.getPeriod().getStartElement(), eat + ".period.start")) : Optional.empty();
    Optional<LocalDate> discharged = enc.getPeriod().hasEndElement()
        ? Optional.of(Fhir.localDate(enc.getPeriod().getEndElement(), eat + ".period.end")) : Optional.empty();
    Extension s = enc.getExtensionByUrl(STATEMENTS);
    String sat = eat + ".extension('noticeStatements')";
    Extension st = s == null ? new Extension(STATEMENTS) : s;
    Optional<Boolean> consulted = bool(st.getExtensionByUrl("patientConsulted"));
    Optional<CarerConsultation> carer = coded(st.getExtensionByUrl("carerConsultation"), CarerConsultation.class,
        sat + ".extension('carerConsultation')");
    Optional<ConsentStatus> consent = coded(st.getExtensionByUrl("consent"), ConsentStatus.class,
        sat + ".extension('consent')");
    Optional<ConsentLegalBasis> basis = coded(st.getExtensionByUrl("consentLegalBasis"), ConsentLegalBasis.class,
        sat + ".extension('consentLegalBasis')");
    Optional<ChcOutcome> chc = coded(st.getExtensionByUrl("chcOutcome"), ChcOutcome.class,
        sat + ".extension('chcOutcome')");
    Optional<Boolean> safeguarding = bool(st.getExtensionByUrl("safeguardingConcerns"));
    Optional<WithdrawalReason> withdrawal = coded(st.getExtensionByUrl("withdrawalReason"), WithdrawalReason.class,
        sat + ".extension('withdrawalReason')");
    Optional<String> respondsTo = Optional.empty();
    Extension w = h.getExtensionByUrl(WITHDRAWN);
    if (w != null && w.hasValue()) {
      respondsTo = Optional.of(w.getValue().primitiveValue());
    } else if (h.hasResponse() && h.getResponse().hasIdentifier()) {
      respondsTo = Optional.of(h.getResponse().getIdentifier());
    }
    if (!b.hasTimestamp()) {
      throw new Problem(MappingCodes.MISSING, at + ".timestamp", "the message has no timestamp");
    }
    Instant issued = b.getTimestamp().toInstant();
    String id = b.getIdElement().getIdPart();
    if (id == null) {
      throw new Problem(MappingCodes.MISSING, at + ".id", "the message Bundle has no id");
    }
    Optional<Organisation> c = council;
    Optional<Ward> wd = ward;
    Optional<String> r = respondsTo;
    return Fhir.build(at, () -> new DischargeNotification(id, event, person, issued, hospital, wd, c, pathway,
        admitted, proposed, ready, discharged, consulted, carer, consent, basis, chc, safeguarding, withdrawal, r));
  }

  private static Optional<Boolean> bool(Extension e) {
    return e != null && e.getValue() instanceof BooleanType
        ? Optional.of(((BooleanType) e.getValue()).booleanValue()) : Optional.empty();
  }

  private static Optional<LocalDate> date(Extension e, String at) {
    return e == null ? Optional.empty() : Optional.of(Fhir.localDate(e.getValue(), at));
  }

  private static <E extends Enum<E> & org.carebridge.core.codes.Coded> Optional<E> coded(Extension e,
      Class<E> type, String at) {
    if (e == null) {
      return Optional.empty();
    }
    Type v = e.getValue();
    if (v instanceof CodeableConcept) {
      return Optional.of(Fhir.decode(type, (CodeableConcept) v, at));
    }
    return Optional.of(Fhir.decode(type, v instanceof Coding ? (Coding) v : null, at));
  }
}
