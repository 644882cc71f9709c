package org.carebridge.core;

import org.carebridge.core.internal.Checks;

/**
 * An organisation: an NHS trust, a council (CASSR) or a provider, identified by its ODS code.
 *
 * @param id the record id, e.g. {@code "staffordshire-cc"}
 * @param odsCode the ODS code
 * @param name the organisation's name
 */
public record Organisation(String id, OdsCode odsCode, String name) {

  /**
   * Creates an organisation.
   *
   * @param id the record id (FHIR id syntax)
   * @param odsCode the ODS code
   * @param name the name
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank
   */
  public Organisation {
    Checks.id(id, "id");
    Checks.notNull(odsCode, "odsCode");
    Checks.notBlank(name, "name");
  }

  /**
   * Creates an organisation.
   *
   * @param id the record id (FHIR id syntax)
   * @param odsCode the ODS code, e.g. {@code "RJE"}
   * @param name the name
   * @return the organisation
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is invalid
   */
  public static Organisation of(String id, String odsCode, String name) {
    return new Organisation(id, OdsCode.of(odsCode), name);
  }
}
