package org.carebridge.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.Checks;

/**
 * The person supported (profile {@code carebridge-person}). Build one with {@link #builder()}.
 *
 * <p>{@link #toString()} shows the id and the masked NHS number only: a person record never reveals a name,
 * an address or a full NHS number in a log line.
 *
 * @param id the record id, e.g. {@code "margaret-example"}
 * @param nhsNumber the NHS number, when known
 * @param nhsNumberVerificationStatus the verification status of the NHS number, when known
 * @param identifiers other identifiers, e.g. the council person id (may be empty)
 * @param name the person's name
 * @param birthDate the date of birth, when known
 * @param gender the administrative gender, when known
 * @param address the home address, when known; it has a town or city and a postcode
 *     ({@link Address#isComplete()})
 * @param telecom how to contact the person: telephone numbers, email addresses (may be empty)
 */
@Builds
public record Person(
    @Builds.Check("id") String id,
    Optional<NhsNumber> nhsNumber,
    Optional<NhsNumberVerificationStatus> nhsNumberVerificationStatus,
    List<Identifier> identifiers,
    HumanName name,
    Optional<LocalDate> birthDate,
    Optional<AdministrativeGender> gender,
    @Builds.Check("complete") Optional<Address> address,
    List<ContactPoint> telecom) {

  /**
   * Creates a person, copying the identifiers and the contact points.
   *
   * @param id the record id
   * @param nhsNumber the NHS number or empty
   * @param nhsNumberVerificationStatus the verification status or empty
   * @param identifiers other identifiers
   * @param name the name
   * @param birthDate the date of birth or empty
   * @param gender the gender or empty
   * @param address the address or empty
   * @param telecom the contact points
   * @throws NullPointerException when an argument or a list element is null
   * @throws IllegalArgumentException when the id is not an id, or "address must have a city and a postcode"
   */
  public Person {
    PersonBuilderBase.checkComponents(id, nhsNumber, nhsNumberVerificationStatus, identifiers, name, birthDate, gender,
        address, telecom);
    identifiers = List.copyOf(identifiers);
    telecom = List.copyOf(telecom);
  }

  /**
   * Starts building a person.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this person's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link Person}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends PersonBuilderBase {
    private Builder() {}
  }

  /**
   * Tells whether this and {@code other} are the same person: same NHS number when both have one,
   * otherwise the same record id.
   *
   * @param other the other person
   * @return true when they are the same person
   * @throws NullPointerException "other must not be null"
   */
  public boolean isSamePersonAs(Person other) {
    Checks.notNull(other, "other");
    if (nhsNumber.isPresent() && other.nhsNumber.isPresent()) {
      return nhsNumber.equals(other.nhsNumber);
    }
    return id.equals(other.id);
  }

  /**
   * Returns the id and the masked NHS number, nothing else.
   *
   * @return e.g. {@code "Person[id=margaret-example, nhsNumber=*** *** 5919]"}
   */
  @Override
  public String toString() {
    return "Person[id=" + id + ", nhsNumber=" + nhsNumber.map(NhsNumber::masked).orElse("none") + "]";
  }

}
