package org.carebridge.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.codes.CareTeamRole;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/** Internal: CareTeam with key worker assignments to and from FHIR CareTeam. */
final class Teams {
  static final String CARE_TEAM = "carebridge-key-worker-care-team";
  static final String CONTINUITY = Fhir.SD + "carebridge-key-worker-continuity";

  private Teams() {}

  /** The CareTeam (practitioners, organisations and roles are referenced, not included). */
  static org.hl7.fhir.r4.model.CareTeam toFhir(CareTeam team) {
    org.hl7.fhir.r4.model.CareTeam t = new org.hl7.fhir.r4.model.CareTeam();
    t.setId(team.id());
    Fhir.setProfile(t, CARE_TEAM);
    t.addExtension(CONTINUITY, new BooleanType(team.continuityRequired()));
    t.setStatus(CareTeamStatus.ACTIVE);
    team.name().ifPresent(t::setName);
    Reference subject = Fhir.ref("Patient", team.person().id());
    t.setSubject(subject);
    team.period().ifPresent(p -> t.setPeriod(Fhir.period(p)));
    for (KeyWorkerAssignment a : team.keyWorkers()) {
      CareTeamParticipantComponent p = t.addParticipant();
      p.addRole(Fhir.concept(CareTeamRole.KEY_WORKER));
      p.addRole(Fhir.concept(a.keyWorker().profession()));
      p.setMember(Fhir.ref("Practitioner", a.keyWorker().practitioner().id()));
      p.setOnBehalfOf(Fhir.ref("Organization", a.keyWorker().organisation().id()));
      p.setPeriod(Fhir.period(a.period()));
    }
    // The person is a member of their own team; this also keeps participant 1..* when there is no key worker.
    t.addParticipant().setMember(subject.copy());
    team.managingOrganisations().forEach(o -> t.addManagingOrganization(Fhir.ref("Organization", o.id())));
    return t;
  }

  /** The Organization resources the team's managing organisations need in the Bundle. */
  static List<Organization> managingOrganizations(CareTeam team) {
    return team.managingOrganisations().stream().map(ActorsToFhir::organization).toList();
  }

  static CareTeam fromFhir(org.hl7.fhir.r4.model.CareTeam t, Reader reader) {
    String at = reader.location(t, "CareTeam");
    Fhir.checkProfile(t, CARE_TEAM, at);
    Person person = ActorsFromFhir.person(reader.resolve(t, t.getSubject(), Patient.class, at + ".subject"), reader);
    List<KeyWorkerAssignment> keyWorkers = new ArrayList<>();
    for (int i = 0; i < t.getParticipant().size(); i++) {
      CareTeamParticipantComponent p = t.getParticipant().get(i);
      String where = at + ".participant[" + i + "]";
      boolean keyWorker = p.getRole().stream().anyMatch(r -> Fhir.has(CareTeamRole.class, r));
      if (!keyWorker) {
        continue;
      }
      KeyWorkerProfession profession = null;
      for (int r = 0; r < p.getRole().size(); r++) {
        CodeableConcept role = p.getRole().get(r);
        if (!Fhir.has(CareTeamRole.class, role)) {
          profession = Fhir.decode(KeyWorkerProfession.class, role, where + ".role[" + r + "]");
        }
      }
      if (profession == null) {
        throw new Problem(IssueCode.MAP_MISSING, where + ".role", "the key worker has no profession");
      }
      Practitioner member = reader.resolve(t, p.getMember(), Practitioner.class, where + ".member");
      Organization employer = reader.resolve(t, p.getOnBehalfOf(), Organization.class, where + ".onBehalfOf");
      DateRange period = Fhir.range(p.getPeriod(), where + ".period");
      // The role as the Bundle states it (with the member as its practitioner and the employer as its organisation), so that the same role read elsewhere (a plan's author) is equal.
      var role = ActorsFromFhir.practitionerRole(statedRole(member, employer, profession, reader, where), reader);
      keyWorkers.add(Fhir.build(where, () -> KeyWorkerAssignment.of(role, period)));
    }
    boolean continuity = continuity(t.getExtensionsByUrl(CONTINUITY), at);
    Optional<String> name = Fhir.text(t.getName());
    Optional<DateRange> period = t.hasPeriod() ? Optional.of(Fhir.range(t.getPeriod(), at + ".period"))
        : Optional.empty();
    List<Organisation> managing = ActorsFromFhir.organisations(t, t.getManagingOrganization(),
        at + ".managingOrganization", reader);
    return Fhir.build(at, () -> new CareTeam(Fhir.id(t), person, keyWorkers, continuity, name, period, managing));
  }

  /** The key worker continuity extension; absent means false. */
  private static boolean continuity(List<Extension> found, String at) {
    if (found.isEmpty()) {
      return false;
    }
    String where = at + ".extension('" + CONTINUITY + "')";
    if (found.size() > 1) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, where, "the key worker continuity is stated more than once");
    }
    if (!(found.get(0).getValue() instanceof BooleanType) || !((BooleanType) found.get(0).getValue()).hasValue()) {
      throw new Problem(IssueCode.MAP_MISSING, where + ".value", "a boolean value is required here");
    }
    return ((BooleanType) found.get(0).getValue()).booleanValue();
  }

  /** The PractitionerRole in the Bundle for this practitioner, employer and profession. */
  private static PractitionerRole statedRole(Practitioner member, Organization employer,
      KeyWorkerProfession profession, Reader reader, String where) {
    for (PractitionerRole r : reader.all(PractitionerRole.class)) {
      boolean samePractitioner = reader.tryResolve(r, r.getPractitioner()).map(x -> x == member)
          .orElse(Reader.idOf(r.getPractitioner(), "Practitioner").orElse("").equals(Fhir.id(member)));
      boolean sameOrganisation = reader.tryResolve(r, r.getOrganization()).map(x -> x == employer)
          .orElse(Reader.idOf(r.getOrganization(), "Organization").orElse("").equals(Fhir.id(employer)));
      boolean sameProfession = r.getCode().stream().anyMatch(c -> c.getCoding().stream().anyMatch(
          x -> profession.system().equals(x.getSystem()) && profession.code().equals(x.getCode())));
      if (samePractitioner && sameOrganisation && sameProfession) {
        return r;
      }
    }
    throw new Problem(IssueCode.MAP_DANGLING_REFERENCE, where,
        "no PractitionerRole in the Bundle for this key worker's practitioner, organisation and profession");
  }
}
