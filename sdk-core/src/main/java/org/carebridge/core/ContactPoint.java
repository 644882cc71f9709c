package org.carebridge.core;

import java.util.Optional;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.internal.Builds;
import org.carebridge.core.internal.CodeLookup;

/**
 * A way to contact a person, a team or an organisation: a telephone number, an email address... Build one
 * with {@link #builder()}.
 *
 * @param system the kind of contact point
 * @param value the number or address, as written, e.g. {@code "01782 715444"}
 * @param use what it is for (work, home, mobile...), when stated
 */
@Builds
public record ContactPoint(ContactSystem system, String value, Optional<ContactUse> use) {

  /**
   * Creates a contact point.
   *
   * @param system the kind of contact point
   * @param value the number or address
   * @param use what it is for, or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException "value must not be blank"
   */
  public ContactPoint {
    ContactPointBuilderBase.checkComponents(system, value, use);
  }

  /**
   * Starts building a contact point.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this contact point's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link ContactPoint}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends ContactPointBuilderBase {
    private Builder() {}
  }

  /**
   * Returns a description without the value: a person's telephone number or email address is personal data.
   *
   * @return e.g. {@code "ContactPoint[phone, ***]"}
   */
  @Override
  public String toString() {
    return "ContactPoint[" + system.code() + ", ***]";
  }

  /** The kind of contact point (FHIR {@code ContactPointSystem}, {@code http://hl7.org/fhir/contact-point-system}). */
  public enum ContactSystem implements Coded {
    /** Telephone ({@code phone}). */
    PHONE("phone", "Phone"),
    /** Fax ({@code fax}). */
    FAX("fax", "Fax"),
    /** Email ({@code email}). */
    EMAIL("email", "Email"),
    /** Pager ({@code pager}). */
    PAGER("pager", "Pager"),
    /** A web address ({@code url}). */
    URL("url", "URL"),
    /** Text messages ({@code sms}). */
    SMS("sms", "SMS"),
    /** Other ({@code other}). */
    OTHER("other", "Other");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/contact-point-system";

    private final String code;
    private final String display;

    ContactSystem(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<ContactSystem> fromCode(String code) {
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

  /** What a contact point is for (FHIR {@code ContactPointUse}, {@code http://hl7.org/fhir/contact-point-use}). */
  public enum ContactUse implements Coded {
    /** Home ({@code home}). */
    HOME("home", "Home"),
    /** Work ({@code work}). */
    WORK("work", "Work"),
    /** Temporary ({@code temp}). */
    TEMP("temp", "Temp"),
    /** No longer in use ({@code old}). */
    OLD("old", "Old"),
    /** Mobile ({@code mobile}). */
    MOBILE("mobile", "Mobile");

    /** The code system URL. */
    public static final String SYSTEM = "http://hl7.org/fhir/contact-point-use";

    private final String code;
    private final String display;

    ContactUse(String code, String display) {
      this.code = code;
      this.display = display;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code the code (case-sensitive), may be null
     * @return the constant, or empty when the code is null or not in this code list
     */
    public static Optional<ContactUse> fromCode(String code) {
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
