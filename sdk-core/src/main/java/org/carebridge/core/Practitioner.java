package org.carebridge.core;

import java.util.List;
import org.carebridge.core.internal.Builds;

/**
 * A member of staff: a nurse, a social worker, a health and social care co-ordinator... As an {@link Actor}, a
 * practitioner whose role is not stated. Build one with {@link #builder()}.
 *
 * @param id the record id, e.g. {@code "social-worker-patel"}
 * @param name the practitioner's name
 * @param identifiers registration numbers and staff ids (may be empty)
 * @param telecom how to contact the practitioner (may be empty)
 */
@Builds
public record Practitioner(
    @Builds.Check("id") String id, HumanName name, List<Identifier> identifiers, List<ContactPoint> telecom)
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
    PractitionerBuilderBase.checkComponents(id, name, identifiers, telecom);
    identifiers = List.copyOf(identifiers);
    telecom = List.copyOf(telecom);
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
    return new Builder().fill(this);
  }

  /** Builds a {@link Practitioner}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends PractitionerBuilderBase {
    private Builder() {}
  }

}
