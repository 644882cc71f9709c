package org.carebridge.fhir.mapping;

import java.time.Instant;
import java.util.Objects;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.mapping.internal.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/**
 * Maps the sdk-core records to FHIR R4 resources that conform to the CareBridge profiles, and back.
 *
 * <p>Writing ({@code toFhir}, {@code carePlanBundle}) takes a record as sdk-core holds it, problems the validator
 * reports included, and fails only where one FHIR element cannot hold two values that contradict each other: a
 * time of day on another date than the one it goes with, a stay on a ward without the ward, two different records
 * with one id, a goal's need that is not the plan's, a consent's moment on another day than the day recorded
 * (the validator's CB-DISCHARGE-018, 020, 022, CB-PLAN-012, CB-CONSENT-004). Validate first. Reading
 * ({@code fromFhir}, {@code read...}) never throws for bad input: it returns a {@link Result} with issues
 * coded as in {@link IssueCode} (CB-MAP-nnn). Records that refer to others (care plans, care teams, budgets, practitioner
 * roles, discharge notifications) travel as a Bundle that also holds what they refer to; references inside it
 * are relative ({@code Patient/margaret-example}) and every entry's fullUrl is {@code base/Type/id}, so they
 * resolve by fullUrl or by type and id. What a record does not carry, and what FHIR elements are not read, is
 * listed in {@code docs/sdk/mapping.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CareBridgeMapper {

  private CareBridgeMapper() {}

  /**
   * Maps a person to a {@code carebridge-person} Patient.
   *
   * @param person the person
   * @return a new Patient
   */
  public static Patient toFhir(Person person) {
    return Bundles.toFhir(Objects.requireNonNull(person, "person must not be null"));
  }

  /**
   * Reads a person from a Patient.
   *
   * @param patient the Patient
   * @return the person, or the issues
   */
  public static Result<Person> fromFhir(Patient patient) {
    return Bundles.run(null, r -> Bundles.readPerson(r, Objects.requireNonNull(patient, "patient must not be null")));
  }

  /**
   * Maps an organisation to a {@code carebridge-organisation} Organization.
   *
   * @param organisation the organisation
   * @return a new Organization
   */
  public static Organization toFhir(Organisation organisation) {
    return Bundles.toFhir(Objects.requireNonNull(organisation, "organisation must not be null"));
  }

  /**
   * Reads an organisation from an Organization.
   *
   * @param organization the Organization
   * @return the organisation, or the issues
   */
  public static Result<Organisation> fromFhir(Organization organization) {
    return Bundles.run(null, r -> Bundles.readOrganisation(r, Objects.requireNonNull(organization, "organization must not be null")));
  }

  /**
   * Maps a practitioner to a {@code carebridge-practitioner} Practitioner.
   *
   * @param practitioner the practitioner
   * @return a new Practitioner
   */
  public static org.hl7.fhir.r4.model.Practitioner toFhir(Practitioner practitioner) {
    return Bundles.toFhir(Objects.requireNonNull(practitioner, "practitioner must not be null"));
  }

  /**
   * Reads a practitioner from a Practitioner.
   *
   * @param practitioner the Practitioner
   * @return the practitioner, or the issues
   */
  public static Result<Practitioner> fromFhir(org.hl7.fhir.r4.model.Practitioner practitioner) {
    return Bundles.run(null, r -> Bundles.readPractitioner(r, Objects.requireNonNull(practitioner, "practitioner must not be null")));
  }

  /**
   * Maps a practitioner role to a collection Bundle: the {@code carebridge-practitioner-role} PractitionerRole,
   * its Practitioner and its Organization.
   *
   * @param role the role
   * @param base the base for the entries' fullUrls, e.g. {@code https://fhir.example.org/scc}
   * @return a new Bundle
   */
  public static Bundle toFhir(PractitionerRole role, String base) {
    return Bundles.toFhir(Objects.requireNonNull(role, "role must not be null"), base(base));
  }

  /**
   * Reads the (first) practitioner role of a collection Bundle, resolving its practitioner and organisation.
   *
   * @param bundle the Bundle
   * @return the role, or the issues
   */
  public static Result<PractitionerRole> readPractitionerRole(Bundle bundle) {
    return Bundles.run(Objects.requireNonNull(bundle, "bundle must not be null"), Bundles::readRole);
  }

  /**
   * Maps a joint care plan to a collection Bundle: the CarePlan, its Patient, a Condition per need, a Goal per
   * goal, the Consent for the sharing agreement and the service providers' Organizations.
   *
   * @param plan the plan
   * @param base the base for the entries' fullUrls
   * @return a new Bundle
   * @throws IllegalArgumentException "the record cannot be written as FHIR: CB-PLAN-012 at ..." when a goal's need
   *     is not one of the plan's (likewise CB-CONSENT-004), or when two different records would share a resource
   *     type and id
   */
  public static Bundle toFhir(JointCarePlan plan, String base) {
    return Bundles.toFhir(Objects.requireNonNull(plan, "plan must not be null"), base(base));
  }

  /**
   * Reads the (first) joint care plan of a collection Bundle.
   *
   * @param bundle the Bundle
   * @return the plan, or the issues
   */
  public static Result<JointCarePlan> readJointCarePlan(Bundle bundle) {
    return Bundles.run(Objects.requireNonNull(bundle, "bundle must not be null"), Bundles::readPlan);
  }

  /**
   * Maps a care team to a collection Bundle: the CareTeam, its Patient, and for each key worker the
   * Practitioner, the PractitionerRole and the employing Organization.
   *
   * @param team the care team
   * @param base the base for the entries' fullUrls
   * @return a new Bundle
   */
  public static Bundle toFhir(CareTeam team, String base) {
    return Bundles.toFhir(Objects.requireNonNull(team, "team must not be null"), base(base));
  }

  /**
   * Reads the (first) care team of a collection Bundle.
   *
   * @param bundle the Bundle
   * @return the care team, or the issues
   */
  public static Result<CareTeam> readCareTeam(Bundle bundle) {
    return Bundles.run(Objects.requireNonNull(bundle, "bundle must not be null"), Bundles::readTeam);
  }

  /**
   * Maps a personal budget to a collection Bundle: the {@code carebridge-personal-budget} Account, its Patient,
   * the Organization that set it and the service providers.
   *
   * @param budget the budget
   * @param base the base for the entries' fullUrls
   * @return a new Bundle
   */
  public static Bundle toFhir(PersonalBudget budget, String base) {
    return Bundles.toFhir(Objects.requireNonNull(budget, "budget must not be null"), base(base));
  }

  /**
   * Reads the (first) personal budget of a collection Bundle.
   *
   * @param bundle the Bundle
   * @return the budget, or the issues
   */
  public static Result<PersonalBudget> readPersonalBudget(Bundle bundle) {
    return Bundles.run(Objects.requireNonNull(bundle, "bundle must not be null"), Bundles::readBudget);
  }

  /**
   * Maps a discharge notification to a {@code carebridge-discharge-message} Bundle: MessageHeader (first),
   * Encounter, Patient, hospital and council Organizations and the ward's Location. The Bundle's id is the
   * notification's id.
   *
   * @param notification the notification
   * @param base the base for the entries' fullUrls, e.g. the sending trust's FHIR base
   * @return a new message Bundle
   * @throws IllegalArgumentException "the record cannot be written as FHIR: CB-DISCHARGE-022 at ..." when the
   *     validator finds CB-DISCHARGE-018, 020 or 022 in the notification
   */
  public static Bundle toFhir(DischargeNotification notification, String base) {
    return Bundles.toFhir(Objects.requireNonNull(notification, "notification must not be null"), base(base));
  }

  /**
   * Reads a discharge notification from a discharge message Bundle.
   *
   * @param message the message Bundle
   * @return the notification, or the issues
   */
  public static Result<DischargeNotification> readDischargeNotification(Bundle message) {
    return Bundles.run(Objects.requireNonNull(message, "message must not be null"), Bundles::readDischarge);
  }

  /**
   * Assembles a {@code carebridge-care-plan-bundle}: the plan with everything it refers to, and the care team
   * and personal budget when given (the plan then refers to the care team).
   *
   * @param records the plan, care team and budget (all for the same person)
   * @param base the base for the entries' fullUrls
   * @param timestamp when the Bundle was assembled
   * @return a new collection Bundle
   * @throws IllegalArgumentException when two different records would share a resource type and id, or as
   *     {@link #toFhir(JointCarePlan, String)} for the plan
   */
  public static Bundle carePlanBundle(CarePlanRecords records, String base, Instant timestamp) {
    return Bundles.carePlanBundle(Objects.requireNonNull(records, "records must not be null"), base(base),
        Objects.requireNonNull(timestamp, "timestamp must not be null"));
  }

  /**
   * Reads the records of a care plan Bundle: the plan, and the care team and budget when present.
   *
   * @param bundle the Bundle
   * @return the records, or the issues
   */
  public static Result<CarePlanRecords> readCarePlanBundle(Bundle bundle) {
    return Bundles.run(Objects.requireNonNull(bundle, "bundle must not be null"), Bundles::readCarePlanBundle);
  }

  private static String base(String base) {
    Objects.requireNonNull(base, "base must not be null");
    if (!base.matches("https?://\\S+") || base.endsWith("/")) {
      throw new IllegalArgumentException("base must be an http(s) URL without a trailing slash");
    }
    return base;
  }
}
