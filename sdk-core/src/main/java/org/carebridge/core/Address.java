package org.carebridge.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * A postal address in the UK.
 *
 * <p>A person's address always has a town or city and a postcode ({@link #isComplete()}; {@link Person} checks
 * it); an organisation's address may be partial, e.g. only the town a care provider works in. Build one with
 * {@link #builder()}.
 *
 * @param lines the street lines, first line first (may be empty)
 * @param cityIfKnown the town or city, when known ({@link #city()} for a complete address)
 * @param postcodeIfKnown the postcode, e.g. {@code "ST17 4JX"}, when known ({@link #postcode()} for a complete
 *     address)
 * @param use what the address is for (home, work...), when stated
 * @param district the county or district, e.g. {@code "Staffordshire"}, when stated
 * @param country the country, e.g. {@code "GB"}, when stated
 */
public record Address(
    List<String> lines,
    Optional<String> cityIfKnown,
    Optional<String> postcodeIfKnown,
    Optional<AddressUse> use,
    Optional<String> district,
    Optional<String> country) {

  /**
   * Creates an address, copying the lines.
   *
   * @param lines the street lines
   * @param cityIfKnown the town or city, or empty
   * @param postcodeIfKnown the postcode, or empty
   * @param use what the address is for, or empty
   * @param district the county or district, or empty
   * @param country the country, or empty
   * @throws NullPointerException when an argument or a line is null
   * @throws IllegalArgumentException when a line or a present text is blank ("lines[i] must not be blank",
   *     "cityIfKnown must not be blank"...), or "an address needs a line, a city, a postcode, a district or a
   *     country" when it has none of them
   */
  public Address {
    lines = Checks.list(lines, "lines");
    for (int i = 0; i < lines.size(); i++) {
      Checks.notBlank(lines.get(i), "lines[" + i + "]");
    }
    Checks.optionalText(cityIfKnown, "cityIfKnown");
    Checks.optionalText(postcodeIfKnown, "postcodeIfKnown");
    Checks.optional(use, "use");
    Checks.optionalText(district, "district");
    Checks.optionalText(country, "country");
    if (lines.isEmpty() && cityIfKnown.isEmpty() && postcodeIfKnown.isEmpty() && district.isEmpty()
        && country.isEmpty()) {
      throw new IllegalArgumentException("an address needs a line, a city, a postcode, a district or a country");
    }
  }

  /**
   * Starts building an address.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this address's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.lines.addAll(lines);
    b.city = cityIfKnown.orElse(null);
    b.postcode = postcodeIfKnown.orElse(null);
    b.use = use.orElse(null);
    b.district = district.orElse(null);
    b.country = country.orElse(null);
    return b;
  }

  /** Builds an {@link Address}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private String city;
    private String postcode;
    private AddressUse use;
    private String district;
    private String country;

    private Builder() {}

    /**
     * Adds a street line, after those already added.
     *
     * @param line the line, e.g. {@code "12 Lichfield Road"}
     * @return this builder
     * @throws NullPointerException "line must not be null"
     * @throws IllegalArgumentException "line must not be blank"
     */
    public Builder addLine(String line) {
      lines.add(Checks.notBlank(line, "line"));
      return this;
    }

    /**
     * Sets the town or city ({@link Address#cityIfKnown()}).
     *
     * @param city the town or city, e.g. {@code "Stafford"}
     * @return this builder
     * @throws NullPointerException "city must not be null"
     * @throws IllegalArgumentException "city must not be blank"
     */
    public Builder city(String city) {
      this.city = Checks.notBlank(city, "city");
      return this;
    }

    /**
     * Sets the postcode ({@link Address#postcodeIfKnown()}).
     *
     * @param postcode the postcode, e.g. {@code "ST17 4JX"}
     * @return this builder
     * @throws NullPointerException "postcode must not be null"
     * @throws IllegalArgumentException "postcode must not be blank"
     */
    public Builder postcode(String postcode) {
      this.postcode = Checks.notBlank(postcode, "postcode");
      return this;
    }

    /**
     * Sets what the address is for.
     *
     * @param use e.g. {@link AddressUse#HOME}
     * @return this builder
     * @throws NullPointerException "use must not be null"
     */
    public Builder use(AddressUse use) {
      this.use = Checks.notNull(use, "use");
      return this;
    }

    /**
     * Sets the county or district.
     *
     * @param district e.g. {@code "Staffordshire"}
     * @return this builder
     * @throws NullPointerException "district must not be null"
     * @throws IllegalArgumentException "district must not be blank"
     */
    public Builder district(String district) {
      this.district = Checks.notBlank(district, "district");
      return this;
    }

    /**
     * Sets the country.
     *
     * @param country e.g. {@code "GB"}
     * @return this builder
     * @throws NullPointerException "country must not be null"
     * @throws IllegalArgumentException "country must not be blank"
     */
    public Builder country(String country) {
      this.country = Checks.notBlank(country, "country");
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the address
     * @throws IllegalArgumentException "an address needs a line, a city, a postcode, a district or a country"
     */
    public Address build() {
      return new Address(lines, Optional.ofNullable(city), Optional.ofNullable(postcode), Optional.ofNullable(use),
          Optional.ofNullable(district), Optional.ofNullable(country));
    }
  }

  /**
   * Returns the town or city of a complete address.
   *
   * @return the town or city
   * @throws IllegalStateException "the address has no city" for a partial address (see {@link #cityIfKnown()})
   */
  public String city() {
    return cityIfKnown.orElseThrow(() -> new IllegalStateException("the address has no city"));
  }

  /**
   * Returns the postcode of a complete address.
   *
   * @return the postcode
   * @throws IllegalStateException "the address has no postcode" for a partial address (see
   *     {@link #postcodeIfKnown()})
   */
  public String postcode() {
    return postcodeIfKnown.orElseThrow(() -> new IllegalStateException("the address has no postcode"));
  }

  /**
   * Tells whether the address has a town or city and a postcode, as a person's address must.
   *
   * @return true when both are known
   */
  public boolean isComplete() {
    return cityIfKnown.isPresent() && postcodeIfKnown.isPresent();
  }

  /**
   * Returns a description without the address itself: addresses are personal data.
   *
   * @return {@code "Address[***]"}
   */
  @Override
  public String toString() {
    return "Address[***]";
  }

  /** What an address is for (FHIR {@code AddressUse}, {@code http://hl7.org/fhir/address-use}). */
  public enum AddressUse implements Coded {
    /** A home address ({@code home}). */
    HOME("home", "Home"),
    /** An office address ({@code work}). */
    WORK("work", "Work"),
    /** A temporary address ({@code temp}). */
    TEMP("temp", "Temporary"),
    /** No longer in use ({@code old}). */
    OLD("old", "Old / Incorrect"),
    /** For billing ({@code billing}). */
    BILLING("billing", "Billing");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/address-use";

    private final String code;
    private final String display;

    AddressUse(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<AddressUse> fromCode(String code) {
      return CodeLookup.find(values(), code);
    }

    @Override
    public String system() {
      return SYSTEM;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String display() {
      return display;
    }
  }
}
