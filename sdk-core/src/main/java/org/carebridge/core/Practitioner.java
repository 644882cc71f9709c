package org.carebridge.core;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.internal.Checks;

/**
 * A member of staff: a nurse, a social worker, a health and social care co-ordinator... As an {@link Actor}, a
 * practitioner whose role is not stated. Build one with {@link #builder()}.
 *
 * @param id the record id, e.g. {@code "social-worker-patel"}
 * @param name the practitioner's name
 * @param identifiers registration numbers and staff ids (may be empty)
 * @param telecom how to contact the practitioner (may be empty)
 */
public record Practitioner(String id, HumanName name, List<Identifier> identifiers, List<ContactPoint> telecom)
    implements Actor {

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
   * Starts building a practitioner.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this practitioner's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.identifiers.addAll(identifiers);
    b.telecom.addAll(telecom);
    return b;
  }

  /** Builds a {@link Practitioner}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private HumanName name;
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<ContactPoint> telecom = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.', e.g. {@code "social-worker-patel"}
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the practitioner's name.
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException "name must not be null"
     */
    public Builder name(HumanName name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * Adds an identifier: a registration number or a staff id.
     *
     * @param identifier the identifier
     * @return this builder
     * @throws NullPointerException "identifier must not be null"
     */
    public Builder addIdentifier(Identifier identifier) {
      identifiers.add(Checks.notNull(identifier, "identifier"));
      return this;
    }

    /**
     * Adds a contact point, e.g. a work telephone number.
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
     * Builds the practitioner.
     *
     * @return the practitioner
     * @throws IllegalStateException "id is required" or "name is required"
     */
    public Practitioner build() {
      return new Practitioner(Checks.required(id, "id"), Checks.required(name, "name"), identifiers, telecom);
    }
  }

}
