package org.carebridge.fhir.mapping.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.carebridge.core.Actor;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.Identifier;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.CodedText;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.MessagingSystem;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.discharge.WardStay;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
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
  static final String UNADDRESSED = ENDPOINT_PREFIX + "unaddressed";
  static final String URI_SYSTEM = "urn:ietf:rfc:3986";
  static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
  /** Events whose earlier message travels in the withdrawn-message extension (invariant cb-message-4). */
  static final Set<DischargeEvent> WITHDRAWING = EnumSet.of(DischargeEvent.WITHDRAW_ALL,
      DischargeEvent.WITHDRAW_ASSESSMENT_ONLY, DischargeEvent.WITHDRAW_DISCHARGE_ONLY);

  private Discharges() {}

  /** The message Bundle: header, encounter, person, organisations, ward and clinicians, with fullUrls under the base. */
  static Bundle toFhir(DischargeNotification n, String base) {
    Bundle b = new Bundle();
    b.setId(n.id());
    Fhir.setProfile(b, MESSAGE);
    b.setType(Bundle.BundleType.MESSAGE);
    Identifier messageId = n.messageIdentifier().orElse(derivedMessageIdentifier(n.id()));
    b.getIdentifier().setSystem(messageId.system()).setValue(messageId.value());
    b.setTimestampElement(new InstantType(Date.from(n.issuedAt()), TemporalPrecisionEnum.MILLI,
        TimeZone.getTimeZone("UTC")));

    Encounter enc = encounter(n);
    MessageHeader h = new MessageHeader();
    h.setId(Fhir.derivedId(n.id(), "header"));
    Fhir.setProfile(h, HEADER);
    h.setEvent(Fhir.coding(n.event()));
    MessageHeader.MessageDestinationComponent dest = h.addDestination();
    MessagingSystem receiving = n.receivingSystem()
        .orElse(new MessagingSystem(defaultDestination(n.council()), Optional.empty()));
    dest.setEndpoint(receiving.endpoint());
    receiving.name().ifPresent(dest::setName);
    n.council().ifPresent(c -> dest.setReceiver(Fhir.ref("Organization", c.id())));
    h.setSender(Fhir.ref("Organization", n.hospital().id()));
    MessagingSystem sending = n.sendingSystem()
        .orElse(new MessagingSystem(defaultSource(n.hospital()), Optional.empty()));
    h.getSource().setEndpoint(sending.endpoint());
    sending.name().ifPresent(h.getSource()::setName);
    n.author().ifPresent(a -> h.setAuthor(reference(a)));
    n.respondsTo().ifPresent(r -> {
      if (WITHDRAWING.contains(n.event())) {
        h.addExtension(WITHDRAWN, new IdType(r));
      } else {
        h.getResponse().setIdentifier(r).setCode(MessageHeader.ResponseType.OK);
      }
    });
    h.addFocus(Fhir.ref("Encounter", enc.getIdPart()));

    // One id, one record: Bundles refuses a notification with CB-DISCHARGE-022 before it gets here.
    Bundles.Entries entries = new Bundles.Entries().add(h).add(enc).add(ActorsToFhir.patient(n.person()))
        .add(ActorsToFhir.organization(n.hospital()));
    n.council().ifPresent(c -> Bundles.organisation(entries, c));
    n.stay().ward().ifPresent(w -> entries.add(location(w, n.hospital())));
    for (Optional<Actor> c : List.of(n.stay().leadClinician(), n.stay().liaisonContact(), n.author())) {
      c.ifPresent(x -> entries.addAll(Bundles.staff(x)));
    }
    entries.addTo(b, base);
    return b;
  }

  /** The Bundle.identifier written when the record states none: a name-based UUID of the record id. */
  static Identifier derivedMessageIdentifier(String id) {
    return Identifier.of(URI_SYSTEM, "urn:uuid:"
        + UUID.nameUUIDFromBytes(("DischargeNotification/" + id).getBytes(StandardCharsets.UTF_8)));
  }

  static String defaultDestination(Optional<Organisation> council) {
    return council.map(c -> ENDPOINT_PREFIX + c.odsCode().value()).orElse(UNADDRESSED);
  }

  static String defaultSource(Organisation hospital) {
    return ENDPOINT_PREFIX + hospital.odsCode().value();
  }

  /** A reference to a member of staff: their role or their practitioner (never the person, here). */
  private static Reference reference(Actor a) {
    return Fhir.ref(Bundles.staff(a).get(0));
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
    w.description().ifPresent(l::setDescription);
    l.setMode(Location.LocationMode.INSTANCE);
    l.setPhysicalType(new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/location-physical-type", "wa", "Ward")));
    w.telecom().forEach(t -> l.addTelecom(ActorsToFhir.telecom(t)));
    w.address().ifPresent(a -> l.setAddress(ActorsToFhir.address(a)));
    l.setManagingOrganization(Fhir.ref("Organization", hospital.id()));
    return l;
  }

  private static Encounter encounter(DischargeNotification n) {
    HospitalStay stay = n.stay();
    Assessment a = n.assessment();
    Encounter e = new Encounter();
    e.setId(Fhir.derivedId(n.id(), "encounter"));
    Fhir.setProfile(e, ENCOUNTER);
    n.pathway().ifPresent(p -> e.addExtension(PATHWAY, Fhir.coding(p)));
    stay.proposedDischargeDate().ifPresent(d -> e.addExtension(PROPOSED, Fhir.date(d)));
    stay.dischargeReadyDate().ifPresent(d -> e.addExtension(READY, Fhir.date(d)));
    Extension s = new Extension(STATEMENTS);
    a.referralReason().ifPresent(v -> s.addExtension("referralReason", new StringType(v)));
    a.patientConsulted().ifPresent(v -> s.addExtension("patientConsulted", new BooleanType(v)));
    a.carerConsultation().ifPresent(v -> s.addExtension("carerConsultation", Fhir.coding(v)));
    a.consent().ifPresent(v -> s.addExtension("consent", Fhir.coding(v)));
    a.consentLegalBasis().ifPresent(v -> s.addExtension("consentLegalBasis", Fhir.coding(v)));
    a.chcOutcome().ifPresent(v -> {
      s.addExtension("chcConsidered", new BooleanType(true));
      s.addExtension("chcOutcome", Fhir.coding(v));
    });
    a.safeguardingConcerns().ifPresent(v -> s.addExtension("safeguardingConcerns", new BooleanType(v)));
    a.safeguardingDetails().ifPresent(v -> s.addExtension("safeguardingDetails", new StringType(v)));
    n.withdrawalReason().ifPresent(v -> s.addExtension("withdrawalReason", Fhir.coding(v)));
    if (s.hasExtension()) {
      e.addExtension(s);
    }
    e.setStatus(stay.dischargeDate().isPresent() ? Encounter.EncounterStatus.FINISHED
        : Encounter.EncounterStatus.INPROGRESS);
    stay.identifiers().forEach(i -> e.addIdentifier(ActorsToFhir.identifier(i)));
    e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
    e.setSubject(Fhir.ref("Patient", n.person().id()));
    stay.leadClinician().ifPresent(c -> e.addParticipant().addType(new CodeableConcept().addCoding(
        new Coding(PARTICIPATION, "ATND", "attender"))).setIndividual(reference(c)));
    stay.liaisonContact().ifPresent(c -> e.addParticipant().addType(new CodeableConcept().addCoding(
        new Coding(PARTICIPATION, "CALLBCK", "callback contact"))).setIndividual(reference(c)));
    Period p = new Period();
    stay.admissionDate().ifPresent(d -> p.setStartElement(dateTime(d, stay.admittedAt())));
    stay.dischargeDate().ifPresent(d -> p.setEndElement(dateTime(d, stay.dischargedAt())));
    e.setPeriod(p);
    stay.reasonForAdmission().ifPresent(r -> e.addReasonCode(concept(r)));
    stay.admissionSource().ifPresent(r -> e.getHospitalization().setAdmitSource(concept(r)));
    stay.dischargeDestination().ifPresent(r -> e.getHospitalization().setDischargeDisposition(concept(r)));
    stay.ward().ifPresent(w -> {
      Encounter.EncounterLocationComponent l = e.addLocation().setLocation(Fhir.ref("Location", w.id()));
      stay.wardStay().ifPresent(st -> {
        st.status().ifPresent(x -> l.setStatus(Encounter.EncounterLocationStatus.fromCode(x.code())));
        if (st.from().isPresent() || st.until().isPresent()) {
          Period lp = l.getPeriod();
          st.from().ifPresent(t -> lp.setStartElement(new DateTimeType(FORMAT.format(t))));
          st.until().ifPresent(t -> lp.setEndElement(new DateTimeType(FORMAT.format(t))));
        }
      });
    });
    e.setServiceProvider(Fhir.ref("Organization", n.hospital().id()));
    return e;
  }

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** The date alone, or the date and time of day when the record knows it (on that date). */
  private static DateTimeType dateTime(LocalDate date, Optional<OffsetDateTime> precise) {
    return new DateTimeType(precise.map(FORMAT::format).orElse(date.toString()));
  }

  /** The date and time of a dateTime written to the second (or finer) with an offset, else empty. */
  private static Optional<OffsetDateTime> offsetDateTime(BaseDateTimeType value) {
    String text = value == null ? null : value.getValueAsString();
    if (text == null || text.length() <= 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, FORMAT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static CodeableConcept concept(CodedText t) {
    CodeableConcept c = new CodeableConcept();
    if (t.code().isPresent()) {
      Coding coding = c.addCoding().setCode(t.code().get());
      t.system().ifPresent(coding::setSystem);
      t.display().ifPresent(coding::setDisplay);
    }
    t.text().ifPresent(c::setText);
    return c;
  }

  static Optional<CodedText> codedText(CodeableConcept c, String at, Reader reader) {
    if (c == null || c.isEmpty()) {
      return Optional.empty();
    }
    List<Coding> codings = c.getCoding().stream().filter(Coding::hasCode).toList();
    if (codings.size() < c.getCoding().size() || codings.size() > 1) {
      reader.warn(at + ".coding", "only the first coding with a code is carried");
    }
    Optional<Coding> first = codings.stream().findFirst();
    Optional<String> text = Fhir.text(c.getText());
    if (first.isEmpty() && text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Fhir.build(at, () -> new CodedText(first.flatMap(x -> Fhir.text(x.getSystem())),
        first.map(Coding::getCode), first.flatMap(x -> Fhir.text(x.getDisplay())), text)));
  }

  /**
   * A clinician from a reference to a Practitioner or a PractitionerRole of the Bundle; a reference that is only a
   * display (no reference string) is not carried.
   */
  private static Optional<Actor> clinician(DomainResource from, Reference ref, String at, Reader reader) {
    if (ref.getReference() == null && ref.getResource() == null) {
      reader.warn(at, "a reference without a reference string is not carried");
      return Optional.empty();
    }
    return Optional.of(resolveClinician(from, ref, at, reader));
  }

  private static Actor resolveClinician(DomainResource from, Reference ref, String at, Reader reader) {
    Resource r = reader.resolve(from, ref, Resource.class, at);
    if (r instanceof Practitioner practitioner) {
      return ActorsFromFhir.practitioner(practitioner, reader);
    }
    if (r instanceof PractitionerRole role) {
      if (role.getCode().stream().noneMatch(c -> Fhir.has(KeyWorkerProfession.class, c))) {
        // sdk-core roles are key worker roles: a consultant's role is read as its practitioner.
        String rat = reader.location(role, "PractitionerRole");
        reader.warn(rat + ".code", "the role is not a key worker role: only its practitioner is carried");
        return ActorsFromFhir.practitioner(reader.resolve(role, role.getPractitioner(), Practitioner.class,
            rat + ".practitioner"), reader);
      }
      return ActorsFromFhir.practitionerRole(role, reader);
    }
    throw new Problem(IssueCode.MAP_WRONG_TYPE, at, "a Practitioner or PractitionerRole is expected here, not a "
        + r.fhirType());
  }

  static DischargeNotification fromFhir(Bundle b, Reader reader) {
    String at = "Bundle";
    Fhir.checkProfile(b, MESSAGE, at);
    if (b.getType() != Bundle.BundleType.MESSAGE) {
      throw new Problem(IssueCode.MAP_WRONG_BUNDLE_TYPE, at + ".type", "a discharge notification is a message Bundle");
    }
    if (!b.hasEntry() || !(b.getEntryFirstRep().getResource() instanceof MessageHeader)) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".entry[0].resource",
          "the first entry of a message Bundle must be its MessageHeader");
    }
    MessageHeader h = (MessageHeader) b.getEntryFirstRep().getResource();
    String hat = "Bundle.entry[0].resource";
    Fhir.checkProfile(h, HEADER, hat);
    if (!(h.getEvent() instanceof Coding)) {
      throw new Problem(IssueCode.MAP_MISSING, hat + ".event", "the message has no event code");
    }
    DischargeEvent event = Fhir.decode(DischargeEvent.class, h.getEventCoding(), hat + ".eventCoding");
    if (!h.hasFocus()) {
      throw new Problem(IssueCode.MAP_MISSING, hat + ".focus", "the message has no focus (Encounter)");
    }
    Encounter enc = reader.resolve(h, h.getFocusFirstRep(), Encounter.class, hat + ".focus[0]");
    String eat = reader.location(enc, "Encounter");
    Fhir.checkProfile(enc, ENCOUNTER, eat);
    Patient patient = reader.resolve(enc, enc.getSubject(), Patient.class, eat + ".subject");
    Person person = ActorsFromFhir.person(patient, reader);
    Organization hospitalRes = enc.hasServiceProvider()
        ? reader.resolve(enc, enc.getServiceProvider(), Organization.class, eat + ".serviceProvider")
        : reader.resolve(h, h.getSender(), Organization.class, hat + ".sender");
    Organisation hospital = ActorsFromFhir.organisation(hospitalRes, reader);
    Optional<Organisation> council = Optional.empty();
    if (h.hasDestination() && h.getDestinationFirstRep().hasReceiver()) {
      council = Optional.of(ActorsFromFhir.organisation(reader.resolve(h, h.getDestinationFirstRep().getReceiver(),
          Organization.class, hat + ".destination[0].receiver"), reader));
    }
    Optional<Ward> ward = Optional.empty();
    Optional<WardStay> wardStay = Optional.empty();
    if (enc.hasLocation()) {
      if (enc.getLocation().size() > 1) {
        reader.warn(eat + ".location", "only the first ward is carried");
      }
      Encounter.EncounterLocationComponent el = enc.getLocationFirstRep();
      Location l = reader.resolve(enc, el.getLocation(), Location.class, eat + ".location[0].location");
      String lat = reader.location(l, "Location");
      Fhir.checkProfile(l, LOCATION, lat);
      String site = l.getIdentifier().stream().filter(i -> OdsCode.SITE_SYSTEM.equals(i.getSystem()))
          .map(i -> i.getValue()).findFirst()
          .orElseThrow(() -> new Problem(IssueCode.MAP_MISSING, lat + ".identifier", "the ward has no ODS site code"));
      List<ContactPoint> telecom = ActorsFromFhir.telecom(l.getTelecom(), lat + ".telecom", reader);
      Optional<Address> address = Optional.empty();
      if (l.hasAddress()) {
        try {
          address = Optional.of(ActorsFromFhir.address(l.getAddress(), lat + ".address"));
        } catch (Problem p) {
          // the ward is still the ward without its site's address
          reader.warn(lat + ".address", "an address with no line, city, postcode, district or country is not"
              + " carried");
        }
      }
      Optional<Address> siteAddress = address;
      ward = Optional.of(Fhir.build(lat, () -> new Ward(Fhir.id(l), l.getName(), OdsCode.of(site),
          Fhir.text(l.getDescription()), telecom, siteAddress)));
      Optional<WardStay.Status> status = el.hasStatus()
          ? WardStay.Status.fromCode(el.getStatus().toCode()) : Optional.empty();
      Optional<OffsetDateTime> from = Optional.empty();
      Optional<OffsetDateTime> until = Optional.empty();
      if (el.hasPeriod()) {
        from = el.getPeriod().hasStartElement() ? offsetDateTime(el.getPeriod().getStartElement()) : Optional.empty();
        until = el.getPeriod().hasEndElement() ? offsetDateTime(el.getPeriod().getEndElement()) : Optional.empty();
        if (el.getPeriod().hasStart() && from.isEmpty() || el.getPeriod().hasEnd() && until.isEmpty()) {
          reader.warn(eat + ".location[0].period", "only times of day with an offset are carried");
        }
      }
      if (status.isPresent() || from.isPresent() || until.isPresent()) {
        Optional<OffsetDateTime> f = from;
        Optional<OffsetDateTime> u = until;
        wardStay = Optional.of(Fhir.build(eat + ".location[0]", () -> new WardStay(status, f, u)));
      }
    }
    Optional<Actor> lead = Optional.empty();
    Optional<Actor> liaison = Optional.empty();
    for (int i = 0; i < enc.getParticipant().size(); i++) {
      Encounter.EncounterParticipantComponent part = enc.getParticipant().get(i);
      String pat = eat + ".participant[" + i + "]";
      boolean isLead = participation(part, "ATND");
      boolean isLiaison = participation(part, "CALLBCK");
      if (isLead && lead.isEmpty() && part.hasIndividual()) {
        lead = clinician(enc, part.getIndividual(), pat + ".individual", reader);
      } else if (isLiaison && liaison.isEmpty() && part.hasIndividual()) {
        liaison = clinician(enc, part.getIndividual(), pat + ".individual", reader);
      } else {
        reader.warn(pat, "only the first lead clinician (ATND) and liaison contact (CALLBCK) are carried");
      }
    }
    Optional<Actor> author = h.hasAuthor()
        ? clinician(h, h.getAuthor(), hat + ".author", reader) : Optional.empty();
    List<Identifier> stayIds = new java.util.ArrayList<>();
    for (int i = 0; i < enc.getIdentifier().size(); i++) {
      stayIds.add(ActorsFromFhir.identifier(enc.getIdentifier().get(i), eat + ".identifier[" + i + "]"));
    }
    if (enc.getReasonCode().size() > 1) {
      reader.warn(eat + ".reasonCode", "only the first reason for admission is carried");
    }
    Optional<CodedText> reason = enc.hasReasonCode()
        ? codedText(enc.getReasonCodeFirstRep(), eat + ".reasonCode[0]", reader) : Optional.empty();
    Encounter.EncounterHospitalizationComponent hosp = enc.getHospitalization();
    Optional<CodedText> admitSource = codedText(hosp.getAdmitSource(), eat + ".hospitalization.admitSource",
        reader);
    Optional<CodedText> destination = codedText(hosp.getDischargeDisposition(),
        eat + ".hospitalization.dischargeDisposition", reader);
    if (hosp.hasDestination()) {
      reader.warn(eat + ".hospitalization.destination", "the discharge destination Location is not carried");
    }
    Optional<MessagingSystem> receiving = Optional.empty();
    if (h.hasDestination()) {
      if (h.getDestination().size() > 1) {
        reader.warn(hat + ".destination", "only the first destination is carried");
      }
      MessageHeader.MessageDestinationComponent d = h.getDestinationFirstRep();
      receiving = messagingSystem(d.getEndpoint(), d.getName(), defaultDestination(council),
          hat + ".destination[0]");
    }
    Optional<MessagingSystem> sending = messagingSystem(h.getSource().getEndpoint(), h.getSource().getName(),
        defaultSource(hospital), hat + ".source");
    Optional<DischargePathway> pathway = coded(enc.getExtensionByUrl(PATHWAY), DischargePathway.class,
        eat + ".extension('pathway')");
    Optional<LocalDate> proposed = date(enc.getExtensionByUrl(PROPOSED), eat + ".extension('proposedDischargeDate')");
    Optional<LocalDate> ready = date(enc.getExtensionByUrl(READY), eat + ".extension('dischargeReadyDate')");
    Optional<LocalDate> admitted = enc.getPeriod().hasStartElement()
        ? Optional.of(Fhir.localDate(enc.getPeriod().getStartElement(), eat + ".period.start")) : Optional.empty();
    Optional<LocalDate> discharged = enc.getPeriod().hasEndElement()
        ? Optional.of(Fhir.localDate(enc.getPeriod().getEndElement(), eat + ".period.end")) : Optional.empty();
    Optional<OffsetDateTime> admittedAt = enc.getPeriod().hasStartElement()
        ? offsetDateTime(enc.getPeriod().getStartElement()) : Optional.empty();
    Optional<OffsetDateTime> dischargedAt = enc.getPeriod().hasEndElement()
        ? offsetDateTime(enc.getPeriod().getEndElement()) : Optional.empty();
    Extension s = enc.getExtensionByUrl(STATEMENTS);
    String sat = eat + ".extension('noticeStatements')";
    Extension st = s == null ? new Extension(STATEMENTS) : s;
    Optional<String> referral = string(st.getExtensionByUrl("referralReason"));
    Optional<String> safeguardingText = string(st.getExtensionByUrl("safeguardingDetails"));
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
      throw new Problem(IssueCode.MAP_MISSING, at + ".timestamp", "the message has no timestamp");
    }
    Instant issued = b.getTimestamp().toInstant();
    String id = b.getIdElement().getIdPart();
    if (id == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".id", "the message Bundle has no id");
    }
    Optional<Identifier> messageId = Optional.empty();
    if (b.hasIdentifier()) {
      Identifier given = ActorsFromFhir.identifier(b.getIdentifier(), at + ".identifier");
      messageId = given.equals(derivedMessageIdentifier(id)) ? Optional.empty() : Optional.of(given);
    }
    Optional<Organisation> c = council;
    Optional<String> r = respondsTo;
    Optional<Identifier> mid = messageId;
    Optional<MessagingSystem> snd = sending;
    Optional<MessagingSystem> rcv = receiving;
    Optional<Ward> wd = ward;
    Optional<WardStay> ws = wardStay;
    Optional<Actor> ld = lead;
    Optional<Actor> ls = liaison;
    HospitalStay stay = Fhir.build(eat, () -> new HospitalStay(wd, ws, admitted, admittedAt, proposed, ready,
        discharged, dischargedAt, reason, admitSource, destination, ld, ls, stayIds));
    Assessment assessment = Fhir.build(sat, () -> new Assessment(consulted, carer, consent, basis, chc, safeguarding,
        safeguardingText, referral));
    return Fhir.build(at, () -> new DischargeNotification(id, event, person, issued, hospital, c, pathway, stay,
        assessment, withdrawal, r, mid, snd, rcv, author));
  }

  /** The stated system, or empty when the endpoint is the one written for a record that states none. */
  private static Optional<MessagingSystem> messagingSystem(String endpoint, String name, String placeholder,
      String at) {
    if (endpoint == null || endpoint.isBlank()) {
      return Optional.empty();
    }
    Optional<String> n = Fhir.text(name);
    if (n.isEmpty() && endpoint.equals(placeholder)) {
      return Optional.empty();
    }
    return Optional.of(Fhir.build(at, () -> new MessagingSystem(endpoint, n)));
  }

  private static boolean participation(Encounter.EncounterParticipantComponent p, String code) {
    return p.getType().stream().flatMap(t -> t.getCoding().stream())
        .anyMatch(c -> PARTICIPATION.equals(c.getSystem()) && code.equals(c.getCode()));
  }

  private static Optional<String> string(Extension e) {
    return e != null && e.getValue() instanceof StringType ? Fhir.text(((StringType) e.getValue()).getValue())
        : Optional.empty();
  }

  private static Optional<Boolean> bool(Extension e) {
    return e != null && e.getValue() instanceof BooleanType
        ? Optional.of(((BooleanType) e.getValue()).booleanValue()) : Optional.empty();
  }

  private static Optional<LocalDate> date(Extension e, String at) {
    return e == null ? Optional.empty() : Optional.of(Fhir.localDate(e.getValue(), at));
  }

  private static <E extends Enum<E> & Coded> Optional<E> coded(Extension e,
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
