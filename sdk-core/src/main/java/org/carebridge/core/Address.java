package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.CodeLookup;

/**
 * A postal address in the UK.
 *
 * <p>A person's address always has a town or city and a postcode ({@link #isComplete()}; {@link Person} checks
 * it); an organisation's address may be partial, e.g. only the town a care provider works in. Build one with
 * {@link #builder()}.
 *
 * @param lines the street lines, first line first (may be empty)
 * @param city the town or city, when known
 * @param postcode the postcode, e.g. {@code "ST17 4JX"}, when known
 * @param use what the address is for (home, work...), when stated
 * @param district the county or district, e.g. {@code "Staffordshire"}, when stated
 * @param country the country, e.g. {@code "GB"}, when stated
 */
@Builds
public record Address(
    List<String> lines,
    Optional<String> city,
    Optional<String> postcode,
    Optional<AddressUse> use,
    Optional<String> district,
    Optional<String> country) {

  /**
   * Creates an address, copying the lines.
   *
   * @param lines the street lines
   * @param city the town or city, or empty
   * @param postcode the postcode, or empty
   * @param use what the address is for, or empty
   * @param district the county or district, or empty
   * @param country the country, or empty
   * @throws NullPointerException when an argument or a line is null
   * @throws IllegalArgumentException when a line or a present text is blank ("lines[i] must not be blank",
   *     "city must not be blank"...), or "an address needs a line, a city, a postcode, a district or a
   *     country" when it has none of them
   */
  public Address {
    AddressBuilderBase.checkComponents(lines, city, postcode, use, district, country);
    lines = List.copyOf(lines);
    if (lines.isEmpty() && city.isEmpty() && postcode.isEmpty() && district.isEmpty()
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
    return new Builder().fill(this);
  }

  /** Builds an {@link Address}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends AddressBuilderBase {
    private Builder() {}
  }

  /**
   * Tells whether the address has a town or city and a postcode, as a person's address must.
   *
   * @return true when both are known
   */
  public boolean isComplete() {
    return city.isPresent() && postcode.isPresent();
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
