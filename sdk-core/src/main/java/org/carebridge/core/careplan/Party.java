package org.carebridge.core.careplan;

import java.util.Optional;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.internal.Checks;

/**
 * Who did something a care record notes (wrote or contributed to a plan, expressed a goal, assessed a need, gave
 * an information-sharing agreement): the person the record is about, a member of staff in a practitioner role,
 * or a practitioner whose role is not stated. Create one with {@link #thePerson()} or {@code of(...)}.
 *
 * @param role the member of staff in their role, when it is one
 * @param practitioner the practitioner, when it is one whose role is not stated
 */
public record Party(Optional<PractitionerRole> role, Optional<Practitioner> practitioner) {

  private static final Party THE_PERSON = new Party(Optional.empty(), Optional.empty());

  /**
   * Creates a party: the person when both are empty.
   *
   * @param role the practitioner role or empty
   * @param practitioner the practitioner or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "a party is a practitioner role or a practitioner, not both"
   */
  public Party {
    Checks.optional(role, "role");
    Checks.optional(practitioner, "practitioner");
    if (role.isPresent() && practitioner.isPresent()) {
      throw new IllegalArgumentException("a party is a practitioner role or a practitioner, not both");
    }
  }

  /**
   * The person the record is about.
   *
   * @return the party
   */
  public static Party thePerson() {
    return THE_PERSON;
  }

  /**
   * A member of staff in a practitioner role.
   *
   * @param role the role
   * @return the party
   * @throws NullPointerException "role must not be null"
   */
  public static Party of(PractitionerRole role) {
    return new Party(Optional.of(Checks.notNull(role, "role")), Optional.empty());
  }

  /**
   * A practitioner whose role is not stated.
   *
   * @param practitioner the practitioner
   * @return the party
   * @throws NullPointerException "practitioner must not be null"
   */
  public static Party of(Practitioner practitioner) {
    return new Party(Optional.empty(), Optional.of(Checks.notNull(practitioner, "practitioner")));
  }

  /**
   * Tells whether this party is the person the record is about.
   *
   * @return true for {@link #thePerson()}
   */
  public boolean isThePerson() {
    return role.isEmpty() && practitioner.isEmpty();
  }
}
