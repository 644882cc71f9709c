package org.carebridge.core;

import java.util.List;
import org.carebridge.core.internal.Checks;

/**
 * A postal address in the UK.
 *
 * @param lines the street lines, first line first
 * @param city the town or city
 * @param postcode the postcode, e.g. {@code "ST17 4JX"}
 */
public record Address(List<String> lines, String city, String postcode) {

  /**
   * Creates an address, copying the lines.
   *
   * @param lines the street lines
   * @param city the town or city
   * @param postcode the postcode
   * @throws NullPointerException when an argument or a line is null
   * @throws IllegalArgumentException when the city, the postcode or a line is blank
   */
  public Address {
    lines = Checks.list(lines, "lines");
    for (int i = 0; i < lines.size(); i++) {
      Checks.notBlank(lines.get(i), "lines[" + i + "]");
    }
    Checks.notBlank(city, "city");
    Checks.notBlank(postcode, "postcode");
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
}
