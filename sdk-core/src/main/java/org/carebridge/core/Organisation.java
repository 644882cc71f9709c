package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
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
@Builds
public record Organisation(
    @Builds.Check("id") String id,
    OdsCode odsCode,
    String name,
    Optional<Boolean> active,
    List<Kind> kinds,
    @Builds.Singular("address") @Builds.Check("notHome") List<Address> addresses,
    @Builds.Check("notHome") List<ContactPoint> telecom) {

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
    OrganisationBuilderBase.checkComponents(id, odsCode, name, active, kinds, addresses, telecom);
    kinds = List.copyOf(kinds);
    addresses = List.copyOf(addresses);
    telecom = List.copyOf(telecom);
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
    return new Builder().fill(this);
  }

  /** Builds an {@link Organisation}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends OrganisationBuilderBase {
    private Builder() {}
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
