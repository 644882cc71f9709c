package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.internal.Builds;

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
@Builds
public record PractitionerRole(
    @Builds.Check("id") String id,
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
    PractitionerRoleBuilderBase.checkComponents(id, practitioner, organisation, profession, active, period, specialties,
        telecom);
    specialties = List.copyOf(specialties);
    telecom = List.copyOf(telecom);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link PractitionerRole}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends PractitionerRoleBuilderBase {
    private Builder() {}
  }

}
