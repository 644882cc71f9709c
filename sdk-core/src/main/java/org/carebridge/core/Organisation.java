package org.carebridge.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * An organisation: an NHS trust, a council (CASSR) or a provider, identified by its ODS code.
 *
 * <p>Build one with {@link #builder()}: an id, an ODS code and a name are required, the rest is optional.
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
   * Starts building an organisation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this organisation's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.odsCode = odsCode;
    b.name = name;
    b.active = active.orElse(null);
    b.kinds.addAll(kinds);
    b.addresses.addAll(addresses);
    b.telecom.addAll(telecom);
    return b;
  }

  /** Builds an {@link Organisation}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private OdsCode odsCode;
    private String name;
    private Boolean active;
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<ContactPoint> telecom = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.', e.g. {@code "staffordshire-cc"}
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the ODS code.
     *
     * @param odsCode e.g. {@code OdsCode.of("RJE")}
     * @return this builder
     * @throws NullPointerException "odsCode must not be null"
     */
    public Builder odsCode(OdsCode odsCode) {
      this.odsCode = Checks.notNull(odsCode, "odsCode");
      return this;
    }

    /**
     * Sets the organisation's name.
     *
     * @param name e.g. {@code "Staffordshire County Council"}
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder name(String name) {
      this.name = Checks.notBlank(name, "name");
      return this;
    }

    /**
     * States whether the organisation record is in active use.
     *
     * @param active whether in active use
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Adds a kind of organisation.
     *
     * @param kind e.g. {@link Kind#GOVERNMENT} for a council
     * @return this builder
     * @throws NullPointerException "kind must not be null"
     */
    public Builder addKind(Kind kind) {
      kinds.add(Checks.notNull(kind, "kind"));
      return this;
    }

    /**
     * Adds an address (the main address first); it may be partial, and is never a home address.
     *
     * @param address the address
     * @return this builder
     * @throws NullPointerException "address must not be null"
     * @throws IllegalArgumentException "address must not be a home address"
     */
    public Builder addAddress(Address address) {
      if (Checks.notNull(address, "address").use().equals(Optional.of(Address.AddressUse.HOME))) {
        throw new IllegalArgumentException("address must not be a home address");
      }
      addresses.add(address);
      return this;
    }

    /**
     * Adds a contact point; never a home one.
     *
     * @param contactPoint the contact point
     * @return this builder
     * @throws NullPointerException "telecom must not be null"
     * @throws IllegalArgumentException "telecom must not be a home contact point"
     */
    public Builder addTelecom(ContactPoint contactPoint) {
      if (Checks.notNull(contactPoint, "telecom").use().equals(Optional.of(ContactPoint.ContactUse.HOME))) {
        throw new IllegalArgumentException("telecom must not be a home contact point");
      }
      telecom.add(contactPoint);
      return this;
    }

    /**
     * Builds the organisation.
     *
     * @return the organisation
     * @throws IllegalStateException "id is required", "odsCode is required" or "name is required"
     */
    public Organisation build() {
      return new Organisation(Checks.required(id, "id"), Checks.required(odsCode, "odsCode"),
          Checks.required(name, "name"), Optional.ofNullable(active), kinds, addresses, telecom);
    }
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
