package org.carebridge.fhir.mapping.internal;

import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Internal: Person, Organisation, Practitioner and PractitionerRole, and the identifiers, names, addresses and
 * contact points they hold, written as FHIR. {@link ActorsFromFhir} reads them back.
 *
 * <p>Writing builds HAPI's classes, so this class imports HAPI's {@code Practitioner}, {@code HumanName},
 * {@code Address}... and names the sdk-core records of the same names in full, in the signatures only.
 */
final class ActorsToFhir {
  static final String PERSON = "carebridge-person";
  static final String ORGANISATION = "carebridge-organisation";
  static final String PRACTITIONER = "carebridge-practitioner";
  static final String PRACTITIONER_ROLE = "carebridge-practitioner-role";
  static final String VERIFICATION_EXT =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

  private ActorsToFhir() {}

  /** Person to Patient. */
  static Patient patient(Person person) {
    Patient p = new Patient();
    p.setId(person.id());
    Fhir.setProfile(p, PERSON);
    if (person.nhsNumber().isPresent() || person.nhsNumberVerificationStatus().isPresent()) {
      // A status without a number (e.g. 07 "not present") keeps the identifier without a value: the
      // profile's nhsNumber slice requires a value, so such a Patient is not valid (documented).
      Identifier id = p.addIdentifier().setSystem(NhsNumber.SYSTEM);
      person.nhsNumber().ifPresent(n -> id.setValue(n.value()));
      person.nhsNumberVerificationStatus().ifPresent(s -> id.addExtension(VERIFICATION_EXT, Fhir.concept(s)));
    }
    person.identifiers().forEach(i -> p.addIdentifier(identifier(i)));
    p.addName(name(person.name()));
    person.gender().ifPresent(g -> p.setGender(Enumerations.AdministrativeGender.fromCode(g.code())));
    person.birthDate().ifPresent(d -> p.setBirthDateElement(Fhir.date(d)));
    person.address().ifPresent(a -> p.addAddress(address(a)));
    person.telecom().forEach(t -> p.addTelecom(telecom(t)));
    return p;
  }

  /** Organisation to Organization. */
  static Organization organization(Organisation o) {
    Organization r = new Organization();
    r.setId(o.id());
    Fhir.setProfile(r, ORGANISATION);
    r.addIdentifier().setSystem(OdsCode.ORGANISATION_SYSTEM).setValue(o.odsCode().value());
    o.active().ifPresent(r::setActive);
    o.kinds().forEach(k -> r.addType(Fhir.concept(k)));
    r.setName(o.name());
    o.telecom().forEach(t -> r.addTelecom(telecom(t)));
    o.addresses().forEach(a -> r.addAddress(address(a)));
    return r;
  }

  /** Practitioner to Practitioner. */
  static Practitioner practitioner(org.carebridge.core.Practitioner p) {
    Practitioner r = new Practitioner();
    r.setId(p.id());
    Fhir.setProfile(r, PRACTITIONER);
    p.identifiers().forEach(i -> r.addIdentifier(identifier(i)));
    r.addName(name(p.name()));
    p.telecom().forEach(t -> r.addTelecom(telecom(t)));
    return r;
  }

  /** PractitionerRole to PractitionerRole (the practitioner and organisation are referenced, not included). */
  static PractitionerRole practitionerRole(org.carebridge.core.PractitionerRole role) {
    PractitionerRole r = new PractitionerRole();
    r.setId(role.id());
    Fhir.setProfile(r, PRACTITIONER_ROLE);
    role.active().ifPresent(r::setActive);
    role.period().ifPresent(p -> r.setPeriod(Fhir.period(p)));
    r.setPractitioner(Fhir.ref("Practitioner", role.practitioner().id()));
    r.setOrganization(Fhir.ref("Organization", role.organisation().id()));
    r.addCode(Fhir.concept(role.profession()));
    role.specialties().forEach(x -> r.addSpecialty().setText(x));
    role.telecom().forEach(t -> r.addTelecom(telecom(t)));
    return r;
  }

  static Identifier identifier(org.carebridge.core.Identifier i) {
    return new Identifier().setSystem(i.system()).setValue(i.value());
  }

  static HumanName name(org.carebridge.core.HumanName n) {
    HumanName h = new HumanName();
    n.use().ifPresent(u -> h.setUse(HumanName.NameUse.fromCode(u.code())));
    h.setFamily(n.family());
    n.given().forEach(h::addGiven);
    n.titles().forEach(h::addPrefix);
    return h;
  }

  static Address address(org.carebridge.core.Address a) {
    Address x = new Address();
    a.use().ifPresent(u -> x.setUse(Address.AddressUse.fromCode(u.code())));
    a.lines().forEach(x::addLine);
    a.city().ifPresent(x::setCity);
    a.district().ifPresent(x::setDistrict);
    a.postcode().ifPresent(x::setPostalCode);
    a.country().ifPresent(x::setCountry);
    return x;
  }

  static ContactPoint telecom(org.carebridge.core.ContactPoint c) {
    ContactPoint t = new ContactPoint()
        .setSystem(ContactPoint.ContactPointSystem.fromCode(c.system().code()))
        .setValue(c.value());
    c.use().ifPresent(u -> t.setUse(ContactPoint.ContactPointUse.fromCode(u.code())));
    return t;
  }
}
