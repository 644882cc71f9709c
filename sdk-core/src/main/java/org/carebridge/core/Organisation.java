package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * An organisation: an NHS trust, a council (CASSR) or a provider, identified by its ODS code.
 *
 * <p>{@link #of(String, String, String)} gives an organisation with only its id, ODS code and name; add the rest
 * with {@link #withActive(boolean)}, {@link #withKinds(List)}, {@link #withAddresses(List)} and
 * {@link #withTelecom(List)}.
 *
 * @param id the record id, e.g. {@code "staffordshire-cc"}
 * @param odsCode the ODS code
 * @param name the organisation's name
 * @param active whether the organisation record is in active use, when stated
 * @param kinds the kinds of organisation, e.g. a provider or a council (may be empty)
 * @param addresses the organisation's addresses, main address first; they may be partial (may be empty)
 * @param telecom how to contact the organisation (may be empty)
 */
public record Organisation(
    String id,
    OdsCode odsCode,
    String name,
    Optional<Boolean> active,
    List<Kind> kinds,
    List<Address> addresses,
    List<ContactPoint> telecom) {

  /**
   * Creates an organisation, copying the lists.
   *
   * @param id the record id (FHIR id syntax)
   * @param odsCode the ODS code
   * @param name the name
   * @param active whether in active use, or empty
   * @param kinds the kinds of organisation
   * @param addresses the addresses
   * @param telecom the contact points
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank, or "addresses[i] must not be
   *     a home address" / "telecom[i] must not be a home contact point" (an organisation has no home address or
   *     home telephone; FHIR invariants org-2 and org-3)
   */
  public Organisation {
    Checks.id(id, "id");
    Checks.notNull(odsCode, "odsCode");
    Checks.notBlank(name, "name");
    Checks.optional(active, "active");
    kinds = Checks.list(kinds, "kinds");
    addresses = Checks.list(addresses, "addresses");
    for (int i = 0; i < addresses.size(); i++) {
      if (addresses.get(i).use().equals(Optional.of(Address.AddressUse.HOME))) {
        throw new IllegalArgumentException("addresses[" + i + "] must not be a home address");
      }
    }
    telecom = Checks.list(telecom, "telecom");
    for (int i = 0; i < telecom.size(); i++) {
      if (telecom.get(i).use().equals(Optional.of(ContactPoint.ContactUse.HOME))) {
        throw new IllegalArgumentException("telecom[" + i + "] must not be a home contact point");
      }
    }
  }

  /**
   * Creates an organisation with only its id, ODS code and name.
   *
   * @param id the record id (FHIR id syntax)
   * @param odsCode the ODS code
   * @param name the name
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the id is not an id or the name is blank
   */
  public Organisation(String id, OdsCode odsCode, String name) {
    this(id, odsCode, name, Optional.empty(), List.of(), List.of(), List.of());
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

  /**
   * This organisation, stated to be in active use or not.
   *
   * @param active whether the organisation record is in active use
   * @return a new organisation
   */
  public Organisation withActive(boolean active) {
    return new Organisation(id, odsCode, name, Optional.of(active), kinds, addresses, telecom);
  }

  /**
   * This organisation with these kinds, replacing any it had.
   *
   * @param kinds the kinds, e.g. {@code List.of(Kind.PROVIDER)}
   * @return a new organisation
   * @throws NullPointerException when the list or an element is null
   */
  public Organisation withKinds(List<Kind> kinds) {
    return new Organisation(id, odsCode, name, active, kinds, addresses, telecom);
  }

  /**
   * This organisation with these addresses, replacing any it had.
   *
   * @param addresses the addresses, main address first
   * @return a new organisation
   * @throws NullPointerException when the list or an element is null
   * @throws IllegalArgumentException "addresses[i] must not be a home address"
   */
  public Organisation withAddresses(List<Address> addresses) {
    return new Organisation(id, odsCode, name, active, kinds, addresses, telecom);
  }

  /**
   * This organisation with these contact points, replacing any it had.
   *
   * @param telecom the contact points
   * @return a new organisation
   * @throws NullPointerException when the list or an element is null
   * @throws IllegalArgumentException "telecom[i] must not be a home contact point"
   */
  public Organisation withTelecom(List<ContactPoint> telecom) {
    return new Organisation(id, odsCode, name, active, kinds, addresses, telecom);
  }

  /**
   * The kind of organisation (FHIR {@code Organization.type}, code system
   * {@code http://terminology.hl7.org/CodeSystem/organization-type}). Councils are {@link #GOVERNMENT}, NHS trusts
   * and care providers {@link #PROVIDER}.
   */
  public enum Kind implements Coded {
    /** A healthcare or care provider: an NHS trust, a home care agency ({@code prov}). */
    PROVIDER("prov", "Healthcare Provider"),
    /** A department of a hospital ({@code dept}). */
    DEPARTMENT("dept", "Hospital Department"),
    /** A team ({@code team}). */
    TEAM("team", "Organizational team"),
    /** A government body, e.g. a council ({@code govt}). */
    GOVERNMENT("govt", "Government"),
    /** An insurance company ({@code ins}). */
    INSURANCE_COMPANY("ins", "Insurance Company"),
    /** A payer ({@code pay}). */
    PAYER("pay", "Payer"),
    /** An educational institute ({@code edu}). */
    EDUCATIONAL_INSTITUTE("edu", "Educational Institute"),
    /** A religious institution ({@code reli}). */
    RELIGIOUS_INSTITUTION("reli", "Religious Institution"),
    /** A clinical research sponsor ({@code crs}). */
    CLINICAL_RESEARCH_SPONSOR("crs", "Clinical Research Sponsor"),
    /** A community group, e.g. a charity ({@code cg}). */
    COMMUNITY_GROUP("cg", "Community Group"),
    /** A non-healthcare business ({@code bus}). */
    NON_HEALTHCARE_BUSINESS("bus", "Non-Healthcare Business or Corporation"),
    /** Another kind ({@code other}). */
    OTHER("other", "Other");

    /** The code system URL. */
    public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/organization-type";

    private final String code;
    private final String display;

    Kind(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<Kind> fromCode(String code) {
      return CodeLookup.find(values(), code);
    }

    @Override
    public String system() {
      return SYSTEM;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String display() {
      return display;
    }
  }
}
