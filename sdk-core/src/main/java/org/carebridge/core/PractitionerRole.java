package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.internal.Checks;

/**
 * A practitioner working for an organisation in a profession, e.g. district nurse Jones at the community
 * trust. Key workers are practitioner roles.
 *
 * <p>{@link #of(String, Practitioner, Organisation, KeyWorkerProfession)} gives a role with only these four; add
 * the rest with {@link #withActive(boolean)}, {@link #withPeriod(DateRange)}, {@link #withSpecialties(List)} and
 * {@link #withTelecom(List)}.
 *
 * @param id the record id, e.g. {@code "district-nurse-jones-mpft"}
 * @param practitioner the practitioner
 * @param organisation the employing organisation
 * @param profession the profession
 * @param active whether the practitioner still works in this role, when stated
 * @param period when the practitioner holds the role, when known
 * @param specialties the specialties or services the practitioner works in, in words, e.g. {@code "District
 *     nursing"} (may be empty)
 * @param telecom how to contact the practitioner in this role, e.g. a work telephone number (may be empty)
 */
public record PractitionerRole(
    String id,
    Practitioner practitioner,
    Organisation organisation,
    KeyWorkerProfession profession,
    Optional<Boolean> active,
    Optional<DateRange> period,
    List<String> specialties,
    List<ContactPoint> telecom) {

  /**
   * Creates a practitioner role, copying the lists.
   *
   * @param id the record id (FHIR id syntax)
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param profession the profession
   * @param active whether current, or empty
   * @param period when the role is held, or empty
   * @param specialties the specialties, in words
   * @param telecom the contact points
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id, or "specialties[i] must not be blank"
   */
  public PractitionerRole {
    Checks.id(id, "id");
    Checks.notNull(practitioner, "practitioner");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(profession, "profession");
    Checks.optional(active, "active");
    Checks.optional(period, "period");
    specialties = Checks.list(specialties, "specialties");
    for (int i = 0; i < specialties.size(); i++) {
      Checks.notBlank(specialties.get(i), "specialties[" + i + "]");
    }
    telecom = Checks.list(telecom, "telecom");
  }

  /**
   * Creates a practitioner role with only its practitioner, organisation and profession.
   *
   * @param id the record id (FHIR id syntax)
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param profession the profession
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public PractitionerRole(
      String id, Practitioner practitioner, Organisation organisation, KeyWorkerProfession profession) {
    this(id, practitioner, organisation, profession, Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  /**
   * Creates a practitioner role.
   *
   * @param id the record id (FHIR id syntax)
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param profession the profession
   * @return the role
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public static PractitionerRole of(
      String id, Practitioner practitioner, Organisation organisation, KeyWorkerProfession profession) {
    return new PractitionerRole(id, practitioner, organisation, profession);
  }

  /**
   * This role, stated to be current or not.
   *
   * @param active whether the practitioner still works in this role
   * @return a new role
   */
  public PractitionerRole withActive(boolean active) {
    return new PractitionerRole(id, practitioner, organisation, profession, Optional.of(active), period,
        specialties, telecom);
  }

  /**
   * This role with the period it is held.
   *
   * @param period when the practitioner holds the role
   * @return a new role
   * @throws NullPointerException "period must not be null"
   */
  public PractitionerRole withPeriod(DateRange period) {
    return new PractitionerRole(id, practitioner, organisation, profession, active,
        Optional.of(Checks.notNull(period, "period")), specialties, telecom);
  }

  /**
   * This role with these specialties, replacing any it had.
   *
   * @param specialties the specialties or services, in words
   * @return a new role
   * @throws NullPointerException when the list or an element is null
   * @throws IllegalArgumentException "specialties[i] must not be blank"
   */
  public PractitionerRole withSpecialties(List<String> specialties) {
    return new PractitionerRole(id, practitioner, organisation, profession, active, period, specialties, telecom);
  }

  /**
   * This role with these contact points, replacing any it had.
   *
   * @param telecom the contact points
   * @return a new role
   * @throws NullPointerException when the list or an element is null
   */
  public PractitionerRole withTelecom(List<ContactPoint> telecom) {
    return new PractitionerRole(id, practitioner, organisation, profession, active, period, specialties, telecom);
  }
}
