package org.carebridge.core.discharge;

import org.carebridge.core.OdsCode;
import org.carebridge.core.internal.Checks;

/**
 * A hospital ward (profile {@code carebridge-hospital-location}).
 *
 * @param id the record id, e.g. {@code "ward-112"}
 * @param name the ward name, e.g. {@code "Ward 112"}
 * @param site the ODS site code of the hospital, e.g. {@code RJE01}
 */
public record Ward(String id, String name, OdsCode site) {

  /**
   * Creates a ward.
   *
   * @param id the record id
   * @param name the name
   * @param site the site code
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank
   */
  public Ward {
    Checks.id(id, "id");
    Checks.notBlank(name, "name");
    Checks.notNull(site, "site");
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
}
