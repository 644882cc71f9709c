package org.carebridge.core.discharge;

import java.util.Optional;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.internal.Checks;

/**
 * A member of hospital staff named on a discharge notification (the lead clinician, the hospital liaison contact,
 * the person responsible for the message): a practitioner, or a practitioner in a role at an organisation.
 * Create one with {@link #of(Practitioner)} or {@link #of(PractitionerRole)}.
 *
 * @param practitioner the practitioner (for a role, the role's practitioner)
 * @param role the role, when the clinician is named in a role
 */
public record Clinician(Practitioner practitioner, Optional<PractitionerRole> role) {

  /**
   * Creates a clinician.
   *
   * @param practitioner the practitioner
   * @param role the role of that practitioner, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "role must be a role of the practitioner"
   */
  public Clinician {
    Checks.notNull(practitioner, "practitioner");
    Checks.optional(role, "role");
    if (role.isPresent() && !role.get().practitioner().equals(practitioner)) {
      throw new IllegalArgumentException("role must be a role of the practitioner");
    }
  }

  /**
   * A clinician named as a practitioner.
   *
   * @param practitioner the practitioner
   * @return the clinician
   * @throws NullPointerException "practitioner must not be null"
   */
  public static Clinician of(Practitioner practitioner) {
    return new Clinician(practitioner, Optional.empty());
  }

  /**
   * A clinician named in a role.
   *
   * @param role the role
   * @return the clinician
   * @throws NullPointerException "role must not be null"
   */
  public static Clinician of(PractitionerRole role) {
    Checks.notNull(role, "role");
    return new Clinician(role.practitioner(), Optional.of(role));
  }
}
