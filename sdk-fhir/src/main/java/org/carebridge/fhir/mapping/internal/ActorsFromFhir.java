package org.carebridge.fhir.mapping.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.DateRange;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Internal: Person, Organisation, Practitioner and PractitionerRole, and the identifiers, names, addresses and
 * contact points they hold, read from FHIR. {@link ActorsToFhir} writes them.
 *
 * <p>Reading builds the sdk-core records, so this class imports sdk-core's {@code Practitioner},
 * {@code HumanName}, {@code Address}... and names HAPI's classes of the same names in full where a method takes
 * one; a local variable of one is a {@code var} whose right-hand side says where it comes from.
 */
final class ActorsFromFhir {

  private ActorsFromFhir() {}

  /** Patient to Person. */
  static Person person(Patient p, Reader reader) {
    String at = reader.location(p, "Patient");
    Fhir.checkProfile(p, ActorsToFhir.PERSON, at);
    Optional<NhsNumber> nhs = Optional.empty();
    Optional<NhsNumberVerificationStatus> status = Optional.empty();
    List<Identifier> others = new ArrayList<>();
    for (int i = 0; i < p.getIdentifier().size(); i++) {
      var id = p.getIdentifier().get(i);
      String where = at + ".identifier[" + i + "]";
      if (NhsNumber.SYSTEM.equals(id.getSystem()) && nhs.isEmpty() && status.isEmpty()) {
        if (id.hasValue() && !NhsNumber.isValid(id.getValue())) {
          throw new Problem(IssueCode.MAP_INVALID_VALUE, where + ".value",
              "the NHS number is not valid (10 digits with a Modulus 11 check digit)");
        }
        nhs = id.hasValue() ? Optional.of(NhsNumber.parse(id.getValue())) : Optional.empty();
        Extension e = id.getExtensionByUrl(ActorsToFhir.VERIFICATION_EXT);
        if (e != null) {
          if (!(e.getValue() instanceof CodeableConcept)) {
            throw new Problem(IssueCode.MAP_MISSING, where + ".extension.value",
                "a CodeableConcept verification status is required here");
          }
          status = Optional.of(Fhir.decode(NhsNumberVerificationStatus.class, (CodeableConcept) e.getValue(),
              where + ".extension.value"));
        }
      } else {
        others.add(identifier(id, where));
      }
    }
    if (!p.hasName()) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".name", "the person has no name");
    }
    if (p.getName().size() > 1) {
      reader.warn(at + ".name", "only the first name is carried");
    }
    HumanName name = name(p.getName().get(0), at + ".name[0]");
    Optional<AdministrativeGender> gender = p.hasGender()
        ? Optional.of(AdministrativeGender.fromCode(p.getGender().toCode()).orElseThrow()) : Optional.empty();
    Optional<LocalDate> birth = p.hasBirthDateElement()
        ? Optional.of(Fhir.localDate(p.getBirthDateElement(), at + ".birthDate")) : Optional.empty();
    if (p.getAddress().size() > 1) {
      reader.warn(at + ".address", "only the first address is carried");
    }
    Optional<Address> address = p.hasAddress()
        ? Optional.of(address(p.getAddressFirstRep(), at + ".address[0]")) : Optional.empty();
    if (address.isPresent() && !address.get().isComplete()) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, at + ".address[0]",
          "the person's address has no " + (address.get().city().isEmpty() ? "city" : "postcode"));
    }
    List<ContactPoint> telecom = telecom(p.getTelecom(), at + ".telecom", reader);
    Optional<NhsNumber> n = nhs;
    Optional<NhsNumberVerificationStatus> s = status;
    return Fhir.build(at, () -> new Person(Fhir.id(p), n, s, others, name, birth, gender, address, telecom));
  }

  static Identifier identifier(org.hl7.fhir.r4.model.Identifier id, String location) {
    return Fhir.build(location, () -> new Identifier(id.getSystem(), id.getValue()));
  }

  static HumanName name(org.hl7.fhir.r4.model.HumanName h, String location) {
    List<String> given = h.getGiven().stream().map(StringType::getValue).toList();
    List<String> titles = h.getPrefix().stream().map(StringType::getValue).toList();
    Optional<HumanName.NameUse> use = h.hasUse() && h.getUse() != org.hl7.fhir.r4.model.HumanName.NameUse.NULL
        ? HumanName.NameUse.fromCode(h.getUse().toCode()) : Optional.empty();
    return Fhir.build(location, () -> new HumanName(h.getFamily(), given, use, titles));
  }

  static Address address(org.hl7.fhir.r4.model.Address x, String location) {
    List<String> lines = x.getLine().stream().map(StringType::getValue).toList();
    Optional<Address.AddressUse> use = x.hasUse() && x.getUse() != org.hl7.fhir.r4.model.Address.AddressUse.NULL
        ? Address.AddressUse.fromCode(x.getUse().toCode()) : Optional.empty();
    return Fhir.build(location, () -> new Address(lines, Optional.ofNullable(x.getCity()),
        Optional.ofNullable(x.getPostalCode()), use, Optional.ofNullable(x.getDistrict()),
        Optional.ofNullable(x.getCountry())));
  }

  /** A period with a start as a range; one without a start is reported, not carried. */
  static Optional<DateRange> period(Period period, String location, Reader reader) {
    if (period == null || period.isEmpty()) {
      return Optional.empty();
    }
    if (!period.hasStartElement()) {
      reader.warn(location, "a period without a start is not carried");
      return Optional.empty();
    }
    return Optional.of(Fhir.range(period, location));
  }

  /** The contact points with a system and a value; the others, and rank and period, are reported, not carried. */
  static List<ContactPoint> telecom(List<org.hl7.fhir.r4.model.ContactPoint> telecom, String location,
      Reader reader) {
    List<ContactPoint> out = new ArrayList<>();
    for (int i = 0; i < telecom.size(); i++) {
      var t = telecom.get(i);
      String where = location + "[" + i + "]";
      Optional<ContactPoint.ContactSystem> system = t.hasSystem()
          ? ContactPoint.ContactSystem.fromCode(t.getSystem().toCode()) : Optional.empty();
      if (system.isEmpty() || !t.hasValue() || t.getValue().isBlank()) {
        reader.warn(where, "a contact point without a system or a value is not carried");
        continue;
      }
      if (t.hasRank() || t.hasPeriod()) {
        reader.warn(where, "the rank and period of a contact point are not carried");
      }
      Optional<ContactPoint.ContactUse> use = t.hasUse()
          ? ContactPoint.ContactUse.fromCode(t.getUse().toCode()) : Optional.empty();
      out.add(Fhir.build(where, () -> new ContactPoint(system.get(), t.getValue(), use)));
    }
    return out;
  }

  /**
   * The organisations a list of references points to; one that cannot be read is left out with a warning.
   *
   * @param at the location of the list, e.g. {@code CareTeam.managingOrganization}
   */
  static List<Organisation> organisations(DomainResource from, List<Reference> refs, String at, Reader reader) {
    List<Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      String where = at + "[" + i + "]";
      try {
        organisations.add(organisation(reader.resolve(from, refs.get(i), Organization.class, where), reader));
      } catch (Problem p) {
        reader.warn(where, "not read: " + p.issue().message());
      }
    }
    return organisations;
  }

  /** Organization to Organisation. */
  static Organisation organisation(Organization r, Reader reader) {
    String at = reader.location(r, "Organization");
    Fhir.checkProfile(r, ActorsToFhir.ORGANISATION, at);
    String ods = null;
    for (var id : r.getIdentifier()) {
      if (OdsCode.ORGANISATION_SYSTEM.equals(id.getSystem()) && ods == null) {
        ods = id.getValue();
      }
    }
    if (ods == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".identifier", "the organisation has no ODS code");
    }
    Optional<Boolean> active = r.hasActiveElement() && r.getActiveElement().hasValue()
        ? Optional.of(r.getActive()) : Optional.empty();
    List<Organisation.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < r.getType().size(); i++) {
      CodeableConcept type = r.getType().get(i);
      Optional<Organisation.Kind> kind = Optional.empty();
      for (Coding c : type.getCoding()) {
        if (kind.isEmpty() && Organisation.Kind.SYSTEM.equals(c.getSystem())) {
          kind = Organisation.Kind.fromCode(c.getCode());
        }
      }
      if (kind.isEmpty()) {
        reader.warn(at + ".type[" + i + "]", "only organization-type codes are carried");
      } else {
        kinds.add(kind.get());
      }
    }
    List<Address> addresses = new ArrayList<>();
    for (int i = 0; i < r.getAddress().size(); i++) {
      addresses.add(address(r.getAddress().get(i), at + ".address[" + i + "]"));
    }
    List<ContactPoint> telecom = telecom(r.getTelecom(), at + ".telecom", reader);
    String code = ods;
    return Fhir.build(at, () -> new Organisation(Fhir.id(r), OdsCode.of(code), r.getName(), active, kinds,
        addresses, telecom));
  }

  /** Practitioner to Practitioner. */
  static Practitioner practitioner(org.hl7.fhir.r4.model.Practitioner r, Reader reader) {
    String at = reader.location(r, "Practitioner");
    Fhir.checkProfile(r, ActorsToFhir.PRACTITIONER, at);
    List<Identifier> ids = new ArrayList<>();
    for (int i = 0; i < r.getIdentifier().size(); i++) {
      ids.add(identifier(r.getIdentifier().get(i), at + ".identifier[" + i + "]"));
    }
    if (!r.hasName()) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".name", "the practitioner has no name");
    }
    if (r.getName().size() > 1) {
      reader.warn(at + ".name", "only the first name is carried");
    }
    HumanName name = name(r.getName().get(0), at + ".name[0]");
    List<ContactPoint> telecom = telecom(r.getTelecom(), at + ".telecom", reader);
    return Fhir.build(at, () -> new Practitioner(Fhir.id(r), name, ids, telecom));
  }

  /** PractitionerRole to PractitionerRole, with the practitioner and organisation it refers to. */
  static PractitionerRole practitionerRole(org.hl7.fhir.r4.model.PractitionerRole r, Reader reader) {
    String at = reader.location(r, "PractitionerRole");
    Fhir.checkProfile(r, ActorsToFhir.PRACTITIONER_ROLE, at);
    Practitioner p = practitioner(reader.resolve(r, r.getPractitioner(),
        org.hl7.fhir.r4.model.Practitioner.class, at + ".practitioner"), reader);
    Organisation o = organisation(reader.resolve(r, r.getOrganization(), Organization.class,
        at + ".organization"), reader);
    KeyWorkerProfession profession = null;
    for (int i = 0; i < r.getCode().size() && profession == null; i++) {
      if (Fhir.has(KeyWorkerProfession.class, r.getCode().get(i))) {
        profession = Fhir.decode(KeyWorkerProfession.class, r.getCode().get(i), at + ".code[" + i + "]");
      }
    }
    if (profession == null) {
      if (r.hasCode()) {
        Fhir.decode(KeyWorkerProfession.class, r.getCodeFirstRep(), at + ".code[0]");
      }
      throw new Problem(IssueCode.MAP_MISSING, at + ".code", "the role has no key worker profession");
    }
    Optional<Boolean> active = r.hasActiveElement() && r.getActiveElement().hasValue()
        ? Optional.of(r.getActive()) : Optional.empty();
    Optional<DateRange> period = period(r.hasPeriod() ? r.getPeriod() : null, at + ".period", reader);
    List<String> specialties = new ArrayList<>();
    for (int i = 0; i < r.getSpecialty().size(); i++) {
      CodeableConcept s = r.getSpecialty().get(i);
      if (!s.hasText() || s.getText().isBlank()) {
        reader.warn(at + ".specialty[" + i + "]", "a specialty without text is not carried");
        continue;
      }
      if (s.hasCoding()) {
        reader.warn(at + ".specialty[" + i + "]", "only the text of a specialty is carried");
      }
      specialties.add(s.getText());
    }
    List<ContactPoint> telecom = telecom(r.getTelecom(), at + ".telecom", reader);
    KeyWorkerProfession prof = profession;
    return Fhir.build(at, () -> new PractitionerRole(Fhir.id(r), p, o, prof, active, period, specialties,
        telecom));
  }
}
