package org.carebridge.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.carebridge.core.Actor;
import org.carebridge.core.Identifier;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Internal: the one entry point of {@code CareBridgeMapper} into the mappers (everything else here is
 * package-private): writing records, assembling and reading Bundles, and the boundary that turns problems into
 * issues.
 */
public final class Bundles {
  static final String CARE_PLAN_BUNDLE = "carebridge-care-plan-bundle";

  /** The sdk-core rules whose errors the FHIR form cannot hold (see {@link #refuseUnwritable}). */
  private static final Set<String> UNWRITABLE = Set.of(IssueCode.PLAN_GOAL_NEED_NOT_IN_PLAN.code(),
      IssueCode.CONSENT_RECORDED_AT_OTHER_DAY.code(), IssueCode.DISCHARGE_TIME_NOT_ON_DATE.code(),
      IssueCode.DISCHARGE_WARD_STAY_WITHOUT_WARD.code(), IssueCode.DISCHARGE_ONE_ID_TWO_RECORDS.code());
  /** Only rules that do not depend on today are looked at, so the clock does not matter. */
  private static final Validator RULES = Validator.create();

  private Bundles() {}

  /**
   * Collects resources by type/id, refusing two different resources with the same type and id. Every resource
   * added gets its narrative ({@link Narratives}).
   */
  static final class Entries {
    private final Map<String, Resource> byKey = new LinkedHashMap<>();

    Entries add(Resource r) {
      Narratives.describe(r);
      String key = r.fhirType() + "/" + r.getIdElement().getIdPart();
      Resource old = byKey.putIfAbsent(key, r);
      if (old != null && !old.equalsDeep(r)) {
        throw new IllegalArgumentException("two different " + key + " records cannot share one Bundle");
      }
      return this;
    }

    Entries addAll(List<? extends Resource> rs) {
      rs.forEach(this::add);
      return this;
    }

    Bundle toBundle(String base) {
      Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
      addTo(b, base);
      return b;
    }

    /** Adds the entries, in the order first added, to a Bundle, with fullUrls under the base. */
    void addTo(Bundle b, String base) {
      byKey.values().forEach(r -> Discharges.add(b, base, r));
    }
  }

  static void organisation(Entries e, Organisation o) {
    e.add(ActorsToFhir.organization(o));
  }

  /**
   * The resources a member of staff needs in a Bundle, the one to refer to first: a role with its practitioner
   * and its organisation, or a practitioner. None for the person.
   */
  static List<Resource> staff(Actor a) {
    if (a instanceof PractitionerRole r) {
      return List.of(ActorsToFhir.practitionerRole(r), ActorsToFhir.practitioner(r.practitioner()),
          ActorsToFhir.organization(r.organisation()));
    }
    if (a instanceof Practitioner p) {
      return List.of(ActorsToFhir.practitioner(p));
    }
    return List.of();
  }

  static void services(Entries e, List<PlannedService> services) {
    services.forEach(s -> s.provider().ifPresent(o -> organisation(e, o)));
  }

  static void plan(Entries e, JointCarePlan plan) {
    refuseUnwritable(RULES.validate(plan));
    List<Resource> rs = Plans.toFhir(plan);
    e.add(rs.get(0));
    e.add(ActorsToFhir.patient(plan.person()));
    e.addAll(rs.subList(1, rs.size()));
    services(e, plan.services());
  }

  static void team(Entries e, CareTeam team) {
    e.add(Teams.toFhir(team));
    e.add(ActorsToFhir.patient(team.person()));
    for (KeyWorkerAssignment a : team.keyWorkers()) {
      e.addAll(staff(a.keyWorker()));
    }
    e.addAll(Teams.managingOrganizations(team));
  }

  static void budget(Entries e, PersonalBudget b) {
    e.add(Budgets.toFhir(b));
    e.add(ActorsToFhir.patient(b.person()));
    organisation(e, b.setBy());
    services(e, b.services());
  }

  /** A collection Bundle holding the plan, its person, needs, goals, consent and service providers. */
  public static Bundle toFhir(JointCarePlan plan, String base) {
    Entries e = new Entries();
    plan(e, plan);
    return e.toBundle(base);
  }

  /** A collection Bundle holding the care team, its person, key workers' practitioners, roles, employers. */
  public static Bundle toFhir(CareTeam team, String base) {
    Entries e = new Entries();
    team(e, team);
    return e.toBundle(base);
  }

  /** A collection Bundle holding the Account, its person, the setting organisation and service providers. */
  public static Bundle toFhir(PersonalBudget budget, String base) {
    Entries e = new Entries();
    budget(e, budget);
    return e.toBundle(base);
  }

  /** A collection Bundle holding the role, its practitioner and organisation. */
  public static Bundle toFhir(PractitionerRole role, String base) {
    Entries e = new Entries();
    e.addAll(staff(role));
    return e.toBundle(base);
  }

  /** The carebridge-care-plan-bundle for the records. */
  public static Bundle carePlanBundle(CarePlanRecords records, String base, Instant timestamp) {
    Entries e = new Entries();
    plan(e, records.plan());
    CarePlan cp = (CarePlan) e.byKey.get("CarePlan/" + records.plan().id());
    records.careTeam().ifPresent(t -> {
      cp.addCareTeam(Fhir.ref("CareTeam", t.id()));
      team(e, t);
    });
    records.personalBudget().ifPresent(b -> budget(e, b));
    Bundle bundle = e.toBundle(base);
    bundle.setId(Fhir.derivedId(records.plan().id(), "bundle"));
    Fhir.setProfile(bundle, CARE_PLAN_BUNDLE);
    bundle.setTimestampElement(new InstantType(Date.from(timestamp)));
    records.bundleIdentifier().ifPresent(i -> bundle.setIdentifier(ActorsToFhir.identifier(i)));
    return bundle;
  }

  /** Runs a read, turning a problem (or an unexpected rejection) into a failed result. */
  public static <T> Result<T> run(Bundle context, Function<Reader, T> read) {
    Reader reader = new Reader(context);
    try {
      T value = read.apply(reader);
      return Result.of(value, reader.warnings());
    } catch (Problem p) {
      List<Issue> issues = new ArrayList<>(reader.warnings());
      issues.add(p.issue());
      return Result.empty(issues);
    } catch (RuntimeException e) {
      List<Issue> issues = new ArrayList<>(reader.warnings());
      issues.add(IssueCode.MAP_INVALID_VALUE.issue(Location.fhirPath(context == null ? "" : "Bundle"),
          "the input cannot be mapped: " + e.getClass().getSimpleName()));
      return Result.empty(issues);
    }
  }

  /** Reads the one resource of a type out of a Bundle. */
  static <R extends Resource> R only(Reader reader, Class<R> type) {
    List<R> found = reader.all(type);
    if (found.isEmpty()) {
      throw new Problem(IssueCode.MAP_MISSING, "Bundle.entry", "the Bundle has no " + type.getSimpleName());
    }
    if (found.size() > 1) {
      reader.warn("Bundle.entry", "the Bundle has " + found.size() + " " + type.getSimpleName()
          + " entries: the first is read");
    }
    return found.get(0);
  }

  static void requireType(Reader reader, Bundle.BundleType type) {
    Bundle b = reader.bundle().orElseThrow();
    if (b.getType() != type) {
      throw new Problem(IssueCode.MAP_WRONG_BUNDLE_TYPE, "Bundle.type",
          "a " + type.toCode() + " Bundle is expected, not " + (b.hasType() ? b.getType().toCode() : "none"));
    }
  }

  /** Reads the records of a care plan Bundle. */
  public static CarePlanRecords readCarePlanBundle(Reader reader) {
    Bundle b = reader.bundle().orElseThrow();
    Fhir.checkProfile(b, CARE_PLAN_BUNDLE, "Bundle");
    requireType(reader, Bundle.BundleType.COLLECTION);
    only(reader, Patient.class);
    JointCarePlan plan = Plans.fromFhir(only(reader, CarePlan.class), reader);
    Optional<CareTeam> team = reader.all(org.hl7.fhir.r4.model.CareTeam.class).stream().findFirst()
        .map(t -> Teams.fromFhir(t, reader));
    Optional<PersonalBudget> budget = reader.all(Account.class).stream().findFirst()
        .map(a -> Budgets.fromFhir(a, reader));
    Optional<Identifier> identifier = b.hasIdentifier()
        ? Optional.of(ActorsFromFhir.identifier(b.getIdentifier(), "Bundle.identifier")) : Optional.empty();
    return new CarePlanRecords(plan, team, budget, identifier);
  }

  /** Reads the plan of a collection Bundle. */
  public static JointCarePlan readPlan(Reader reader) {
    requireType(reader, Bundle.BundleType.COLLECTION);
    return Plans.fromFhir(only(reader, CarePlan.class), reader);
  }

  /** Reads the care team of a collection Bundle. */
  public static CareTeam readTeam(Reader reader) {
    requireType(reader, Bundle.BundleType.COLLECTION);
    return Teams.fromFhir(only(reader, org.hl7.fhir.r4.model.CareTeam.class), reader);
  }

  /** Reads the budget of a collection Bundle. */
  public static PersonalBudget readBudget(Reader reader) {
    requireType(reader, Bundle.BundleType.COLLECTION);
    return Budgets.fromFhir(only(reader, Account.class), reader);
  }

  /** Reads the practitioner role of a collection Bundle. */
  public static PractitionerRole readRole(Reader reader) {
    requireType(reader, Bundle.BundleType.COLLECTION);
    return ActorsFromFhir.practitionerRole(only(reader, org.hl7.fhir.r4.model.PractitionerRole.class), reader);
  }

  /** Reads a discharge message Bundle. */
  public static DischargeNotification readDischarge(Reader reader) {
    return Discharges.fromFhir(reader.bundle().orElseThrow(), reader);
  }

  /** Person to Patient. */
  public static Patient toFhir(Person person) {
    return Narratives.describe(ActorsToFhir.patient(person));
  }

  /** Organisation to Organization. */
  public static Organization toFhir(Organisation organisation) {
    return Narratives.describe(ActorsToFhir.organization(organisation));
  }

  /** Practitioner to Practitioner. */
  public static org.hl7.fhir.r4.model.Practitioner toFhir(Practitioner practitioner) {
    return Narratives.describe(ActorsToFhir.practitioner(practitioner));
  }

  /** DischargeNotification to the discharge message Bundle. */
  public static Bundle toFhir(DischargeNotification notification, String base) {
    refuseUnwritable(RULES.validate(notification));
    return Discharges.toFhir(notification, base);
  }

  /**
   * Refuses a record whose values contradict each other in a way one FHIR element cannot hold (a time of day on
   * another date than the one it goes with, a stay on a ward without the ward, two records with one id, a goal's
   * need outside the plan, a consent's moment on another day): rather than write it with one of the values lost,
   * the writer throws, naming the validator's rule. Records read from FHIR never have these problems.
   */
  private static void refuseUnwritable(Result<?> result) {
    for (Issue issue : result.issues()) {
      if (UNWRITABLE.contains(issue.code())) {
        throw new IllegalArgumentException("the record cannot be written as FHIR: " + issue.code() + " at "
            + issue.location().text() + ": " + issue.message());
      }
    }
  }

  /** Reads a Patient. */
  public static Person readPerson(Reader reader, Patient p) {
    return ActorsFromFhir.person(p, reader);
  }

  /** Reads an Organization. */
  public static Organisation readOrganisation(Reader reader, Organization o) {
    return ActorsFromFhir.organisation(o, reader);
  }

  /** Reads a Practitioner. */
  public static Practitioner readPractitioner(Reader reader, org.hl7.fhir.r4.model.Practitioner p) {
    return ActorsFromFhir.practitioner(p, reader);
  }
}
