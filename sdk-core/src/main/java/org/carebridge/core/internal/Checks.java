package org.carebridge.core.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carebridge.core.Actor;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;

/**
 * Argument checks shared by the builders and factories. Every message names the offending field and never
 * repeats the offending value (it may be a person's data). Not API.
 */
public final class Checks {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private Checks() {}

  /**
   * Returns {@code value} or throws when it is null.
   *
   * @param <T> the value type
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws NullPointerException "{field} must not be null"
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /**
   * Returns {@code value} or throws when it is null or blank.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must not be blank"
   */
  public static String notBlank(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Checks a record id: FHIR id syntax, 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'.
   *
   * @param value the id
   * @param field the field name for the message
   * @return the id
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank or not an id
   */
  public static String id(String value, String field) {
    notBlank(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of {@code values}, naming the first null element in the message.
   *
   * @param <T> the element type
   * @param values the values
   * @param field the field name for the message
   * @return an unmodifiable copy
   * @throws NullPointerException when the collection or an element is null
   */
  public static <T> List<T> list(Collection<? extends T> values, String field) {
    notNull(values, field);
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /**
   * Checks that an optional field holder is not itself null.
   *
   * @param <T> the value type
   * @param value the optional
   * @param field the field name for the message
   * @return the optional
   * @throws NullPointerException when null
   */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    return notNull(value, field);
  }

  /**
   * Checks that an optional text, when present, is not blank.
   *
   * @param value the optional text
   * @param field the field name for the message
   * @return the optional
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when present and blank
   */
  public static Optional<String> optionalText(Optional<String> value, String field) {
    notNull(value, field);
    value.ifPresent(v -> notBlank(v, field));
    return value;
  }

  /**
   * Checks that a builder field was set before {@code build()}.
   *
   * @param <T> the value type
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalStateException "{field} is required"
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException(field + " is required");
    }
    return value;
  }

  /**
   * Checks a strictly positive decimal.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must be greater than zero"
   */
  public static BigDecimal positive(BigDecimal value, String field) {
    notNull(value, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be greater than zero");
    }
    return value;
  }

  /**
   * Checks that an actor is a member of staff (a practitioner or a role), not the person.
   *
   * @param value the actor
   * @param field the field name for the message
   * @return the actor
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must be a member of staff"
   */
  public static Actor staff(Actor value, String field) {
    if (!notNull(value, field).isStaff()) {
      throw new IllegalArgumentException(field + " must be a member of staff");
    }
    return value;
  }

  /**
   * Checks that an optional actor holder is not null and, when present, is a member of staff.
   *
   * @param value the optional actor
   * @param field the field name for the message
   * @return the optional
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must be a member of staff"
   */
  public static Optional<Actor> optionalStaff(Optional<Actor> value, String field) {
    notNull(value, field).ifPresent(a -> staff(a, field));
    return value;
  }

  /**
   * Checks a whole number that must be 1 or more.
   *
   * @param value the number
   * @param field the field name for the message
   * @return the number
   * @throws IllegalArgumentException "{field} must be at least 1"
   */
  public static int atLeastOne(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be at least 1");
    }
    return value;
  }

  /**
   * Checks text that must be neither blank nor hold white space, such as an endpoint address.
   *
   * @param value the text
   * @param field the field name for the message
   * @return the text
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must not be blank" or "{field} must not contain white space"
   */
  public static String noWhiteSpace(String value, String field) {
    if (notBlank(value, field).chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(field + " must not contain white space");
    }
    return value;
  }

  /**
   * Checks that an address has a town or city and a postcode, as a person's address must.
   *
   * @param value the address
   * @param field the field name for the message
   * @return the address
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must have a city and a postcode"
   */
  public static Address complete(Address value, String field) {
    if (!notNull(value, field).isComplete()) {
      throw new IllegalArgumentException(field + " must have a city and a postcode");
    }
    return value;
  }

  /**
   * Checks that an address is not a home address (an organisation has none).
   *
   * @param value the address
   * @param field the field name for the message
   * @return the address
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must not be a home address"
   */
  public static Address notHome(Address value, String field) {
    if (notNull(value, field).use().equals(Optional.of(Address.AddressUse.HOME))) {
      throw new IllegalArgumentException(field + " must not be a home address");
    }
    return value;
  }

  /**
   * Checks that a contact point is not a home one (an organisation has none).
   *
   * @param value the contact point
   * @param field the field name for the message
   * @return the contact point
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must not be a home contact point"
   */
  public static ContactPoint notHome(ContactPoint value, String field) {
    if (notNull(value, field).use().equals(Optional.of(ContactPoint.ContactUse.HOME))) {
      throw new IllegalArgumentException(field + " must not be a home contact point");
    }
    return value;
  }

  /**
   * Checks that a time of day is in whole seconds.
   *
   * @param value the time
   * @param field the field name for the message
   * @return the time
   * @throws NullPointerException when null
   * @throws IllegalArgumentException "{field} must be whole seconds"
   */
  public static LocalTime wholeSeconds(LocalTime value, String field) {
    if (notNull(value, field).getNano() != 0) {
      throw new IllegalArgumentException(field + " must be whole seconds");
    }
    return value;
  }
}
