package org.carebridge.core;

import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.internal.Checks;

/**
 * A practitioner working for an organisation in a profession, e.g. district nurse Jones at the community
 * trust. Key workers are practitioner roles.
 *
 * @param id the record id, e.g. {@code "district-nurse-jones-mpft"}
 * @param practitioner the practitioner
 * @param organisation the employing organisation
 * @param profession the profession
 */
public record PractitionerRole(
    String id, Practitioner practitioner, Organisation organisation, KeyWorkerProfession profession) {

  /**
   * Creates a practitioner role.
   *
   * @param id the record id (FHIR id syntax)
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param profession the profession
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public PractitionerRole {
    Checks.id(id, "id");
    Checks.notNull(practitioner, "practitioner");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(profession, "profession");
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
}
