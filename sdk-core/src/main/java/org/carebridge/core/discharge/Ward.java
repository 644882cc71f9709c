package org.carebridge.core.discharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.OdsCode;
import org.carebridge.core.internal.Checks;

/**
 * A hospital ward (profile {@code carebridge-hospital-location}). Build one with {@link #builder()}.
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
   * Starts building a ward.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this ward's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.site = site;
    b.description = description.orElse(null);
    b.telecom.addAll(telecom);
    b.address = address.orElse(null);
    return b;
  }

  /** Builds a {@link Ward}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private OdsCode site;
    private String description;
    private final List<ContactPoint> telecom = new ArrayList<>();
    private Address address;

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.', e.g. {@code "ward-112"}
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the ward name.
     *
     * @param name e.g. {@code "Ward 112"}
     * @return this builder
     * @throws NullPointerException "name must not be null"
     * @throws IllegalArgumentException "name must not be blank"
     */
    public Builder name(String name) {
      this.name = Checks.notBlank(name, "name");
      return this;
    }

    /**
     * Sets the ODS site code of the hospital.
     *
     * @param site e.g. {@code OdsCode.of("RJE01")}
     * @return this builder
     * @throws NullPointerException "site must not be null"
     */
    public Builder site(OdsCode site) {
      this.site = Checks.notNull(site, "site");
      return this;
    }

    /**
     * Sets a description of the ward, including the hospital site name.
     *
     * @param description the description
     * @return this builder
     * @throws NullPointerException "description must not be null"
     * @throws IllegalArgumentException "description must not be blank"
     */
    public Builder description(String description) {
      this.description = Checks.notBlank(description, "description");
      return this;
    }

    /**
     * Adds a contact point of the ward, e.g. the nurses' station.
     *
     * @param contactPoint the contact point
     * @return this builder
     * @throws NullPointerException "telecom must not be null"
     */
    public Builder addTelecom(ContactPoint contactPoint) {
      telecom.add(Checks.notNull(contactPoint, "telecom"));
      return this;
    }

    /**
     * Sets the postal address of the hospital site.
     *
     * @param address the address
     * @return this builder
     * @throws NullPointerException "address must not be null"
     */
    public Builder address(Address address) {
      this.address = Checks.notNull(address, "address");
      return this;
    }

    /**
     * Builds the ward.
     *
     * @return the ward
     * @throws IllegalStateException "id is required", "name is required" or "site is required"
     */
    public Ward build() {
      return new Ward(Checks.required(id, "id"), Checks.required(name, "name"), Checks.required(site, "site"),
          Optional.ofNullable(description), telecom, Optional.ofNullable(address));
    }
  }

}
