package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Checks;
import org.carebridge.core.internal.CodeLookup;

/**
 * A person's name: family name and given names in order, and optionally the titles before the name (Mrs, Dr)
 * and what the name is for (official, usual...).
 *
 * @param family the family name
 * @param given the given names, first name first (may be empty)
 * @param use what the name is for, when stated
 * @param titles the titles before the name, e.g. {@code "Mrs"} or {@code "Dr"}, in order (may be empty)
 */
public record HumanName(String family, List<String> given, Optional<NameUse> use, List<String> titles) {

  /**
   * Creates a name, copying the given names and the titles.
   *
   * @param family the family name
   * @param given the given names
   * @param use what the name is for, or empty
   * @param titles the titles
   * @throws NullPointerException when an argument, a given name or a title is null
   * @throws IllegalArgumentException "family must not be blank" / "given[i] must not be blank" / "titles[i] must
   *     not be blank"
   */
  public HumanName {
    Checks.notBlank(family, "family");
    given = Checks.list(given, "given");
    for (int i = 0; i < given.size(); i++) {
      Checks.notBlank(given.get(i), "given[" + i + "]");
    }
    Checks.optional(use, "use");
    titles = Checks.list(titles, "titles");
    for (int i = 0; i < titles.size(); i++) {
      Checks.notBlank(titles.get(i), "titles[" + i + "]");
    }
  }

  /**
   * Creates a name without use or titles, copying the given names.
   *
   * @param family the family name
   * @param given the given names
   * @throws NullPointerException when an argument or a given name is null
   * @throws IllegalArgumentException "family must not be blank" / "given[i] must not be blank"
   */
  public HumanName(String family, List<String> given) {
    this(family, given, Optional.empty(), List.of());
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
   * This name with a use.
   *
   * @param use what the name is for
   * @return a new name
   * @throws NullPointerException "use must not be null"
   */
  public HumanName withUse(NameUse use) {
    return new HumanName(family, given, Optional.of(Checks.notNull(use, "use")), titles);
  }

  /**
   * This name with titles, replacing any it had.
   *
   * @param titles the titles, e.g. {@code "Mrs"}
   * @return a new name
   * @throws NullPointerException when the array or a title is null
   * @throws IllegalArgumentException "titles[i] must not be blank"
   */
  public HumanName withTitles(String... titles) {
    return new HumanName(family, given, use, List.of(Checks.notNull(titles, "titles")));
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

  /** What a name is for (FHIR {@code NameUse}, {@code http://hl7.org/fhir/name-use}). */
  public enum NameUse implements Coded {
    /** The name normally used ({@code usual}). */
    USUAL("usual", "Usual"),
    /** The formal name, as registered ({@code official}). */
    OFFICIAL("official", "Official"),
    /** A temporary name ({@code temp}). */
    TEMP("temp", "Temp"),
    /** A nickname ({@code nickname}). */
    NICKNAME("nickname", "Nickname"),
    /** An anonymous name ({@code anonymous}). */
    ANONYMOUS("anonymous", "Anonymous"),
    /** A name no longer in use ({@code old}). */
    OLD("old", "Old"),
    /** A name before marriage ({@code maiden}). */
    MAIDEN("maiden", "Name changed for Marriage");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/name-use";

    private final String code;
    private final String display;

    NameUse(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<NameUse> fromCode(String code) {
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
