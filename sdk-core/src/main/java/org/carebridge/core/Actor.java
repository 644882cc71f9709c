package org.carebridge.core;

/**
 * Who did something a record notes: the person the record is about ({@link #THE_PERSON}), a {@link Practitioner}
 * whose role is not stated, or a member of staff in a {@link PractitionerRole}. A care plan names actors as its
 * responsible worker and contributors, as who expressed a goal, assessed a need or decided on sharing; a discharge
 * notification as its author, the lead clinician and the liaison contact.
 *
 * <p>A practitioner and a role are actors themselves: pass them where an actor is asked for. Where only a member of
 * staff fits (a need's assessor, a plan's responsible worker, the clinicians of a discharge notification) the
 * builder refuses {@link #THE_PERSON} ("assessedBy must be a member of staff").
 */
public sealed interface Actor permits Actor.ThePerson, Practitioner, PractitionerRole {

  /** The person the record is about. */
  Actor THE_PERSON = new ThePerson();

  /**
   * Tells whether this actor is a member of staff: a practitioner or a practitioner role.
   *
   * @return false for {@link #THE_PERSON}
   */
  default boolean isStaff() {
    return !(this instanceof ThePerson);
  }

  /** The type of {@link #THE_PERSON}, its only instance. */
  final class ThePerson implements Actor {
    private ThePerson() {}

    /**
     * Names the actor.
     *
     * @return {@code "THE_PERSON"}
     */
    @Override
    public String toString() {
      return "THE_PERSON";
    }
  }
}
