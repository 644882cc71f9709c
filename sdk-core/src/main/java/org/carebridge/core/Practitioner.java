package org.carebridge.core;

import java.util.List;
import org.carebridge.core.internal.Checks;

/**
 * A member of staff: a nurse, a social worker, a health and social care co-ordinator...
 *
 * @param id the record id, e.g. {@code "social-worker-patel"}
 * @param name the practitioner's name
 * @param identifiers registration numbers and staff ids (may be empty)
 * @param telecom how to contact the practitioner (may be empty)
 */
public record Practitioner(String id, HumanName name, List<Identifier> identifiers, List<ContactPoint> telecom) {

  /**
   * Creates a practitioner, copying the identifiers and the contact points.
   *
   * @param id the record id (FHIR id syntax)
   * @param name the name
   * @param identifiers the identifiers
   * @param telecom the contact points
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public Practitioner {
    Checks.id(id, "id");
    Checks.notNull(name, "name");
    identifiers = Checks.list(identifiers, "identifiers");
    telecom = Checks.list(telecom, "telecom");
  }

  /**
   * Creates a practitioner without contact points, copying the identifiers.
   *
   * @param id the record id (FHIR id syntax)
   * @param name the name
   * @param identifiers the identifiers
   * @throws NullPointerException when an argument or an identifier is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public Practitioner(String id, HumanName name, List<Identifier> identifiers) {
    this(id, name, identifiers, List.of());
  }

  /**
   * Creates a practitioner.
   *
   * @param id the record id (FHIR id syntax)
   * @param name the name
   * @param identifiers the identifiers
   * @return the practitioner
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id
   */
  public static Practitioner of(String id, HumanName name, Identifier... identifiers) {
    return new Practitioner(id, name, List.of(Checks.notNull(identifiers, "identifiers")));
  }

  /**
   * This practitioner with these contact points, replacing any they had.
   *
   * @param telecom the contact points, e.g. a work telephone number
   * @return a new practitioner
   * @throws NullPointerException when the list or an element is null
   */
  public Practitioner withTelecom(List<ContactPoint> telecom) {
    return new Practitioner(id, name, identifiers, telecom);
  }
}
