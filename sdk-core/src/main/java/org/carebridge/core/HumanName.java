package org.carebridge.core;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.CodeLookup;

/**
 * A person's name: family name and given names in order, and optionally the titles before the name (Mrs, Dr)
 * and what the name is for (official, usual...). Build one with {@link #builder()}.
 *
 * @param family the family name
 * @param given the given names, first name first (may be empty)
 * @param use what the name is for, when stated
 * @param titles the titles before the name, e.g. {@code "Mrs"} or {@code "Dr"}, in order (may be empty)
 */
@Builds
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
    HumanNameBuilderBase.checkComponents(family, given, use, titles);
    given = List.copyOf(given);
    titles = List.copyOf(titles);
  }

  /**
   * Starts building a name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this name's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link HumanName}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends HumanNameBuilderBase {
    private Builder() {}
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
