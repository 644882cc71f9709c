package org.carebridge.core.discharge;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.OdsCode;
import org.carebridge.core.internal.Checks;

/**
 * A hospital ward (profile {@code carebridge-hospital-location}).
 *
 * @param id the record id, e.g. {@code "ward-112"}
 * @param name the ward name, e.g. {@code "Ward 112"}
 * @param site the ODS site code of the hospital, e.g. {@code RJE01}
 * @param description a description of the ward, including the hospital site name, when stated
 * @param telecom how to contact the ward (e.g. the nurses' station), may be empty
 * @param address the postal address of the hospital site, when stated
 */
public record Ward(String id, String name, OdsCode site, Optional<String> description, List<ContactPoint> telecom,
    Optional<Address> address) {

  /**
   * Creates a ward, copying the contact points.
   *
   * @param id the record id
   * @param name the name
   * @param site the site code
   * @param description the description, or empty
   * @param telecom the contact points (may be empty)
   * @param address the site address, or empty
   * @throws NullPointerException when an argument or a contact point is null
   * @throws IllegalArgumentException when the id is not an id, or the name or a present description is blank
   */
  public Ward {
    Checks.id(id, "id");
    Checks.notBlank(name, "name");
    Checks.notNull(site, "site");
    Checks.optionalText(description, "description");
    telecom = Checks.list(telecom, "telecom");
    Checks.optional(address, "address");
  }

  /**
   * Creates a ward with no description, contact points or address.
   *
   * @param id the record id
   * @param name the name
   * @param site the site code
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank
   */
  public Ward(String id, String name, OdsCode site) {
    this(id, name, site, Optional.empty(), List.of(), Optional.empty());
  }

  /**
   * Creates a ward.
   *
   * @param id the record id
   * @param name the name
   * @param site the ODS site code
   * @return the ward
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is invalid
   */
  public static Ward of(String id, String name, String site) {
    return new Ward(id, name, OdsCode.of(site));
  }

  /**
   * This ward with a description.
   *
   * @param description the description, including the hospital site name
   * @return a new ward
   * @throws NullPointerException "description must not be null"
   * @throws IllegalArgumentException "description must not be blank"
   */
  public Ward withDescription(String description) {
    return new Ward(id, name, site, Optional.of(Checks.notBlank(description, "description")), telecom, address);
  }

  /**
   * This ward with contact points (replacing any it had).
   *
   * @param telecom the contact points
   * @return a new ward
   * @throws NullPointerException when the list or a contact point is null
   */
  public Ward withTelecom(List<ContactPoint> telecom) {
    return new Ward(id, name, site, description, telecom, address);
  }

  /**
   * This ward with the address of its hospital site.
   *
   * @param address the address
   * @return a new ward
   * @throws NullPointerException "address must not be null"
   */
  public Ward withAddress(Address address) {
    return new Ward(id, name, site, description, telecom, Optional.of(Checks.notNull(address, "address")));
  }
}
