package org.carebridge.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.internal.Checks;

/**
 * A practitioner working for an organisation in a profession, e.g. district nurse Jones at the community
 * trust. Key workers are practitioner roles; as an {@link Actor}, a role is a member of staff in that role. Build one
 * with {@link #builder()}.
 *
 * @param id the record id, e.g. {@code "district-nurse-jones-mpft"}
 * @param practitioner the practitioner
 * @param organisation the employing organisation
 * @param profession the profession
 * @param active whether the practitioner still works in this role, when stated
 * @param period when the practitioner holds the role, when known
 * @param specialties the specialties or services the practitioner works in, in words, e.g. {@code "District
 *     nursing"} (may be empty)
 * @param telecom how to contact the practitioner in this role, e.g. a work telephone number (may be empty)
 */
public record PractitionerRole(
    String id,
    Practitioner practitioner,
    Organisation organisation,
    KeyWorkerProfession profession,
    Optional<Boolean> active,
    Optional<DateRange> period,
    List<String> specialties,
    List<ContactPoint> telecom) implements Actor {

  /**
   * Creates a practitioner role, copying the lists.
   *
   * @param id the record id (FHIR id syntax)
   * @param practitioner the practitioner
   * @param organisation the organisation
   * @param profession the profession
   * @param active whether current, or empty
   * @param period when the role is held, or empty
   * @param specialties the specialties, in words
   * @param telecom the contact points
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id, or "specialties[i] must not be blank"
   */
  public PractitionerRole {
    Checks.id(id, "id");
    Checks.notNull(practitioner, "practitioner");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(profession, "profession");
    Checks.optional(active, "active");
    Checks.optional(period, "period");
    specialties = Checks.list(specialties, "specialties");
    for (int i = 0; i < specialties.size(); i++) {
      Checks.notBlank(specialties.get(i), "specialties[" + i + "]");
    }
    telecom = Checks.list(telecom, "telecom");
  }

  /**
   * Starts building a practitioner role.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this role's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.practitioner = practitioner;
    b.organisation = organisation;
    b.profession = profession;
    b.active = active.orElse(null);
    b.period = period.orElse(null);
    b.specialties.addAll(specialties);
    b.telecom.addAll(telecom);
    return b;
  }

  /** Builds a {@link PractitionerRole}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private Practitioner practitioner;
    private Organisation organisation;
    private KeyWorkerProfession profession;
    private Boolean active;
    private DateRange period;
    private final List<String> specialties = new ArrayList<>();
    private final List<ContactPoint> telecom = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.', e.g. {@code "district-nurse-jones-mpft"}
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the practitioner.
     *
     * @param practitioner the practitioner
     * @return this builder
     * @throws NullPointerException "practitioner must not be null"
     */
    public Builder practitioner(Practitioner practitioner) {
      this.practitioner = Checks.notNull(practitioner, "practitioner");
      return this;
    }

    /**
     * Sets the employing organisation.
     *
     * @param organisation the organisation
     * @return this builder
     * @throws NullPointerException "organisation must not be null"
     */
    public Builder organisation(Organisation organisation) {
      this.organisation = Checks.notNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the profession.
     *
     * @param profession e.g. {@link KeyWorkerProfession#NURSE}
     * @return this builder
     * @throws NullPointerException "profession must not be null"
     */
    public Builder profession(KeyWorkerProfession profession) {
      this.profession = Checks.notNull(profession, "profession");
      return this;
    }

    /**
     * States whether the practitioner still works in this role.
     *
     * @param active whether current
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sets when the practitioner holds the role.
     *
     * @param period the period
     * @return this builder
     * @throws NullPointerException "period must not be null"
     */
    public Builder period(DateRange period) {
      this.period = Checks.notNull(period, "period");
      return this;
    }

    /**
     * Adds a specialty or service the practitioner works in, in words.
     *
     * @param specialty e.g. {@code "District nursing"}
     * @return this builder
     * @throws NullPointerException "specialty must not be null"
     * @throws IllegalArgumentException "specialty must not be blank"
     */
    public Builder addSpecialty(String specialty) {
      specialties.add(Checks.notBlank(specialty, "specialty"));
      return this;
    }

    /**
     * Adds a contact point for the practitioner in this role, e.g. a work telephone number.
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
     * Builds the role.
     *
     * @return the role
     * @throws IllegalStateException "id is required", "practitioner is required", "organisation is required" or
     *     "profession is required"
     */
    public PractitionerRole build() {
      return new PractitionerRole(Checks.required(id, "id"), Checks.required(practitioner, "practitioner"),
          Checks.required(organisation, "organisation"), Checks.required(profession, "profession"),
          Optional.ofNullable(active), Optional.ofNullable(period), specialties, telecom);
    }
  }

}
