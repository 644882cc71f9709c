package org.carebridge.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
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
public record Person(
    String id,
    Optional<NhsNumber> nhsNumber,
    Optional<NhsNumberVerificationStatus> nhsNumberVerificationStatus,
    List<Identifier> identifiers,
    HumanName name,
    Optional<LocalDate> birthDate,
    Optional<AdministrativeGender> gender,
    Optional<Address> address,
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
    Checks.id(id, "id");
    Checks.optional(nhsNumber, "nhsNumber");
    Checks.optional(nhsNumberVerificationStatus, "nhsNumberVerificationStatus");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.notNull(name, "name");
    Checks.optional(birthDate, "birthDate");
    Checks.optional(gender, "gender");
    Checks.optional(address, "address").ifPresent(a -> {
      if (!a.isComplete()) {
        throw new IllegalArgumentException("address must have a city and a postcode");
      }
    });
    telecom = Checks.list(telecom, "telecom");
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
    Builder b = new Builder();
    b.id = id;
    b.nhsNumber = nhsNumber.orElse(null);
    b.verificationStatus = nhsNumberVerificationStatus.orElse(null);
    b.identifiers.addAll(identifiers);
    b.name = name;
    b.birthDate = birthDate.orElse(null);
    b.gender = gender.orElse(null);
    b.address = address.orElse(null);
    b.telecom.addAll(telecom);
    return b;
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

  /** Builds a {@link Person}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private String id;
    private NhsNumber nhsNumber;
    private NhsNumberVerificationStatus verificationStatus;
    private final List<Identifier> identifiers = new ArrayList<>();
    private HumanName name;
    private LocalDate birthDate;
    private AdministrativeGender gender;
    private Address address;
    private final List<ContactPoint> telecom = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the record id.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'
     * @return this builder
     * @throws NullPointerException "id must not be null"
     * @throws IllegalArgumentException when blank or not an id
     */
    public Builder id(String id) {
      this.id = Checks.id(id, "id");
      return this;
    }

    /**
     * Sets the NHS number.
     *
     * @param nhsNumber the NHS number
     * @return this builder
     * @throws NullPointerException "nhsNumber must not be null"
     */
    public Builder nhsNumber(NhsNumber nhsNumber) {
      this.nhsNumber = Checks.notNull(nhsNumber, "nhsNumber");
      return this;
    }

    /**
     * Parses and sets the NHS number.
     *
     * @param nhsNumber the NHS number, as {@link NhsNumber#parse(String)} accepts it
     * @return this builder
     * @throws NullPointerException "nhsNumber must not be null"
     * @throws IllegalArgumentException when not a valid NHS number
     */
    public Builder nhsNumber(String nhsNumber) {
      this.nhsNumber = NhsNumber.parse(nhsNumber);
      return this;
    }

    /**
     * Sets the NHS number verification status.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException "nhsNumberVerificationStatus must not be null"
     */
    public Builder nhsNumberVerificationStatus(NhsNumberVerificationStatus status) {
      this.verificationStatus = Checks.notNull(status, "nhsNumberVerificationStatus");
      return this;
    }

    /**
     * Adds an identifier, e.g. the council person id.
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
     * Sets the name.
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
     * Sets the date of birth.
     *
     * @param birthDate the date of birth
     * @return this builder
     * @throws NullPointerException "birthDate must not be null"
     */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = Checks.notNull(birthDate, "birthDate");
      return this;
    }

    /**
     * Sets the administrative gender.
     *
     * @param gender the gender
     * @return this builder
     * @throws NullPointerException "gender must not be null"
     */
    public Builder gender(AdministrativeGender gender) {
      this.gender = Checks.notNull(gender, "gender");
      return this;
    }

    /**
     * Sets the home address.
     *
     * @param address the address, with a town or city and a postcode
     * @return this builder
     * @throws NullPointerException "address must not be null"
     * @throws IllegalArgumentException "address must have a city and a postcode"
     */
    public Builder address(Address address) {
      if (!Checks.notNull(address, "address").isComplete()) {
        throw new IllegalArgumentException("address must have a city and a postcode");
      }
      this.address = address;
      return this;
    }

    /**
     * Adds a way to contact the person, e.g. a home telephone number.
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
     * Builds the person.
     *
     * @return the person
     * @throws IllegalStateException "id is required" / "name is required"
     */
    public Person build() {
      return new Person(
          Checks.required(id, "id"),
          Optional.ofNullable(nhsNumber),
          Optional.ofNullable(verificationStatus),
          identifiers,
          Checks.required(name, "name"),
          Optional.ofNullable(birthDate),
          Optional.ofNullable(gender),
          Optional.ofNullable(address),
          telecom);
    }
  }
}
