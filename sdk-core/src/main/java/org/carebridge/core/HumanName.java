package org.carebridge.core;

import java.util.List;
import org.carebridge.core.internal.Checks;

/**
 * A person's name: family name and given names in order.
 *
 * @param family the family name
 * @param given the given names, first name first (may be empty)
 */
public record HumanName(String family, List<String> given) {

  /**
   * Creates a name, copying the given names.
   *
   * @param family the family name
   * @param given the given names
   * @throws NullPointerException when an argument or a given name is null
   * @throws IllegalArgumentException "family must not be blank" / "given[i] must not be blank"
   */
  public HumanName {
    Checks.notBlank(family, "family");
    given = Checks.list(given, "given");
    for (int i = 0; i < given.size(); i++) {
      Checks.notBlank(given.get(i), "given[" + i + "]");
    }
  }

  /**
   * Creates a name.
   *
   * @param family the family name
   * @param given the given names, first name first
   * @return the name
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when a name is blank
   */
  public static HumanName of(String family, String... given) {
    return new HumanName(family, List.of(Checks.notNull(given, "given")));
  }

  /**
   * Returns a description without the name itself: names are personal data.
   *
   * @return {@code "HumanName[***]"}
   */
  @Override
  public String toString() {
    return "HumanName[***]";
  }
}
