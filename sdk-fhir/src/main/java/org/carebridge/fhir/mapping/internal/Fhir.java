package org.carebridge.fhir.mapping.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.codes.Coded;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** Internal: small conversions shared by the mappers. */
final class Fhir {
  static final String BASE = "https://carebridge.org.uk/fhir";
  static final String SD = BASE + "/StructureDefinition/";
  static final String GBP = "GBP";

  private Fhir() {}

  static String profile(String id) {
    return SD + id;
  }

  static Coding coding(Coded code) {
    return new Coding(code.system(), code.code(), code.display());
  }

  static CodeableConcept concept(Coded code) {
    return new CodeableConcept().addCoding(coding(code));
  }

  /** Finds the enum constant with the coding's system and code. */
  static <E extends Enum<E> & Coded> E decode(Class<E> type, Coding coding, String location) {
    if (coding == null || coding.isEmpty()) {
      throw new Problem(IssueCode.MAP_MISSING, location, "a code is required here");
    }
    for (E e : type.getEnumConstants()) {
      if (e.system().equals(coding.getSystem()) && e.code().equals(coding.getCode())) {
        return e;
      }
    }
    throw new Problem(IssueCode.MAP_UNKNOWN_CODE, location, "code '" + coding.getCode() + "' of system '"
        + coding.getSystem() + "' is not in the value set of " + type.getSimpleName());
  }

  /** Finds the first coding of the concept that decodes to the type. */
  static <E extends Enum<E> & Coded> E decode(Class<E> type, CodeableConcept concept, String location) {
    if (concept == null || !concept.hasCoding()) {
      throw new Problem(IssueCode.MAP_MISSING, location, "a coded value is required here");
    }
    Problem first = null;
    for (Coding c : concept.getCoding()) {
      try {
        return decode(type, c, location + ".coding");
      } catch (Problem p) {
        first = first == null ? p : first;
      }
    }
    throw first;
  }

  static <E extends Enum<E> & Coded> boolean has(Class<E> type, CodeableConcept concept) {
    for (Coding c : concept.getCoding()) {
      for (E e : type.getEnumConstants()) {
        if (e.system().equals(c.getSystem()) && e.code().equals(c.getCode())) {
          return true;
        }
      }
    }
    return false;
  }

  static DateType date(LocalDate date) {
    return new DateType(date.toString());
  }

  /** The calendar date of a date or dateTime (its first ten characters, as written). */
  static LocalDate localDate(Type value, String location) {
    if (!(value instanceof BaseDateTimeType) || ((BaseDateTimeType) value).getValueAsString() == null) {
      throw new Problem(IssueCode.MAP_MISSING, location, "a date is required here");
    }
    String text = ((BaseDateTimeType) value).getValueAsString();
    try {
      if (text.length() < 10) {
        throw new DateTimeParseException("partial", text, 0);
      }
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, location, "a full calendar date (YYYY-MM-DD) is required here");
    }
  }

  static Period period(DateRange range) {
    Period p = new Period().setStartElement(new DateTimeType(range.start().toString()));
    range.end().ifPresent(e -> p.setEndElement(new DateTimeType(e.toString())));
    return p;
  }

  static DateRange range(Period period, String location) {
    if (period == null || !period.hasStartElement()) {
      throw new Problem(IssueCode.MAP_MISSING, location + ".start", "a period start is required here");
    }
    LocalDate start = localDate(period.getStartElement(), location + ".start");
    Optional<LocalDate> end = period.hasEndElement()
        ? Optional.of(localDate(period.getEndElement(), location + ".end")) : Optional.empty();
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, location, "the period ends before it starts");
    }
    return new DateRange(start, end);
  }

  static org.hl7.fhir.r4.model.Money money(Money money) {
    return new org.hl7.fhir.r4.model.Money().setCurrency(GBP).setValueElement(
        new DecimalType(money.toPounds().toPlainString()));
  }

  static Money money(Type value, String location) {
    if (!(value instanceof org.hl7.fhir.r4.model.Money m) || !m.hasValue()) {
      throw new Problem(IssueCode.MAP_MISSING, location, "an amount of money is required here");
    }
    if (m.hasCurrency() && !GBP.equals(m.getCurrency())) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, location, "amounts must be in GBP, not " + m.getCurrency());
    }
    try {
      // a FHIR decimal may carry trailing zeros (297.500): the amount is the same
      return Money.parse(m.getValue().stripTrailingZeros().toPlainString());
    } catch (IllegalArgumentException e) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, location, e.getMessage());
    }
  }

  static DecimalType decimal(BigDecimal value) {
    return new DecimalType(value.toPlainString());
  }

  /** A decimal value, or empty when the value is absent or not a decimal. */
  static Optional<BigDecimal> decimal(Type value) {
    return value instanceof DecimalType d ? Optional.of(d.getValue()) : Optional.empty();
  }

  static Reference ref(String type, String id) {
    return new Reference(type + "/" + id);
  }

  /** A reference to a resource by its type and id. */
  static Reference ref(Resource r) {
    return ref(r.fhirType(), id(r));
  }

  /** A child extension's value, or null. */
  static Type sub(Extension parent, String url) {
    Extension e = parent.getExtensionByUrl(url);
    return e == null ? null : e.getValue();
  }

  /** An id derived from another: {@code base-suffix} when short enough, else a name-based UUID. */
  static String derivedId(String base, String suffix) {
    String id = base + "-" + suffix;
    if (id.length() <= 64) {
      return id;
    }
    return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String id(Resource r) {
    return r.getIdElement().getIdPart();
  }

  static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /** Checks meta.profile: when the resource declares profiles, one of them must be the expected one. */
  static void checkProfile(Resource r, String profileId, String location) {
    if (r.getMeta().hasProfile() && !r.getMeta().hasProfile(profile(profileId))) {
      throw new Problem(IssueCode.MAP_UNKNOWN_PROFILE, location + ".meta.profile",
          "the resource declares another profile than " + profileId);
    }
  }

  static void setProfile(Resource r, String profileId) {
    r.getMeta().addProfile(profile(profileId));
  }

  /** Runs a sdk-core constructor, turning its rejection into an INVALID_VALUE problem. */
  static <T> T build(String location, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, location, String.valueOf(e.getMessage()));
    }
  }
}
