package org.carebridge.service;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carebridge.cld.CldConverter;
import org.carebridge.cld.CldSetting;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtConverter;
import org.carebridge.hl7v2.AdtSetting;

/**
 * The context of a conversion (the council, the trust, the site, the pathway, the field of the ready date...), by
 * the names of {@code carebridge convert}'s options, which are also the parameters of the service's
 * {@code $convert-hl7v2} and {@code $convert-cld}: one place turns them into an {@link AdtConverter} or a
 * {@link CldConverter}, for the command line and the service alike. Immutable.
 *
 * <pre>{@code
 * ConversionSettings s = ConversionSettings.builder(ConversionSettings.Naming.PARAMETERS)
 *     .set("council-ods", "SCC01").set("council-name", "Staffordshire County Council").build();
 * CldConverter converter = s.cldConverter();
 * }</pre>
 */
public final class ConversionSettings {

  /** Every setting's name, as {@code carebridge convert} spells its option without the leading {@code --}. */
  public static final List<String> NAMES = List.of("council-ods", "council-name", "council-id", "hospital-ods",
      "hospital-name", "site", "ready-date-field", "clinician-identifier-system", "spell-number-system", "pathway",
      "assessment-notices", "max-input-bytes", "period", "charset", "fhir-base");

  private static final List<String> HL7V2_ONLY = List.of("pathway", "site", "hospital-ods", "ready-date-field",
      "clinician-identifier-system", "spell-number-system", "max-input-bytes", "assessment-notices");

  /** How messages name the settings: as command line options or as HTTP parameters. */
  public enum Naming {
    /** {@code --council-ods}; the formats {@code --from hl7v2} and {@code --from cld}. */
    OPTIONS("--", "--from hl7v2", "--from cld"),
    /** {@code council-ods}; the operations {@code $convert-hl7v2} and {@code $convert-cld}. */
    PARAMETERS("", "$convert-hl7v2", "$convert-cld");

    private final String prefix;
    private final String hl7v2;
    private final String cld;

    Naming(String prefix, String hl7v2, String cld) {
      this.prefix = prefix;
      this.hl7v2 = hl7v2;
      this.cld = cld;
    }

    /**
     * A setting's name as this naming writes it.
     *
     * @param name the setting, e.g. {@code council-ods}
     * @return e.g. {@code --council-ods}
     */
    public String of(String name) {
      return prefix + name;
    }
  }

  private final Naming naming;
  private final Map<String, String> values;
  private final byte[] pseudonymKey;

  private ConversionSettings(Builder b) {
    this.naming = b.naming;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    this.pseudonymKey = b.pseudonymKey;
  }

  /**
   * A new builder.
   *
   * @param naming how messages name the settings
   * @return the builder
   * @throws NullPointerException when naming is null
   */
  public static Builder builder(Naming naming) {
    return new Builder(Objects.requireNonNull(naming, "naming must not be null"));
  }

  /**
   * The settings given, by name, in the order of {@link #NAMES}.
   *
   * @return the values
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * The HL7 v2 ADT converter these settings describe.
   *
   * @return the converter
   * @throws IllegalArgumentException when a setting is not acceptable (the message names it) or applies to CLD only
   */
  public AdtConverter adtConverter() {
    if (values.containsKey("period") || values.containsKey("charset")) {
      throw new IllegalArgumentException(naming.of("period") + " and " + naming.of("charset") + " apply to "
          + naming.cld + " only");
    }
    AdtConverter.Builder b = AdtConverter.builder().settingNames(this::name)
        .assessmentNotices(flag("assessment-notices"));
    try {
      AdtContext.Builder context = AdtContext.builder();
      String councilOds = values.get("council-ods");
      if (councilOds != null) {
        String id = values.getOrDefault("council-id", "council-" + councilOds.toLowerCase(Locale.ROOT));
        context.council(Organisation.builder().id(id).odsCode(OdsCode.of(councilOds))
            .name(values.getOrDefault("council-name", councilOds)).build());
      }
      if (values.containsKey("pathway")) {
        context.pathway(pathway(values.get("pathway")));
      }
      if (values.containsKey("clinician-identifier-system")) {
        context.clinicianIdentifierSystem(values.get("clinician-identifier-system"));
      }
      b.context(context.build());
      String hospitalOds = values.get("hospital-ods");
      if (hospitalOds != null) {
        b.hospital(Organisation.builder().id(hospitalOds.toLowerCase(Locale.ROOT)).odsCode(OdsCode.of(hospitalOds))
            .name(values.getOrDefault("hospital-name", hospitalOds)).build());
      }
      if (values.containsKey("site")) {
        b.siteCode(values.get("site"));
      }
      if (values.containsKey("ready-date-field")) {
        b.dischargeReadyDateField(values.get("ready-date-field"));
      }
      if (values.containsKey("spell-number-system")) {
        b.spellNumberSystem(values.get("spell-number-system"));
      }
      if (values.containsKey("fhir-base")) {
        b.fhirBase(values.get("fhir-base"));
      }
      if (values.containsKey("max-input-bytes")) {
        b.maxInputBytes(number("max-input-bytes"));
      }
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.valueOf(e.getMessage())
          .replace("maxInputBytes", naming.of("max-input-bytes")), e);
    }
    if (pseudonymKey != null) {
      b.pseudonymKey(pseudonymKey);
    }
    return b.build();
  }

  /**
   * The CLD converter these settings describe.
   *
   * @return the converter
   * @throws IllegalArgumentException when the council is not given, a setting is not acceptable (the message
   *     names it) or applies to HL7 v2 only
   */
  public CldConverter cldConverter() {
    if (!values.containsKey("council-ods") || !values.containsKey("council-name")) {
      throw new IllegalArgumentException(naming.cld + " needs " + naming.of("council-ods") + " and "
          + naming.of("council-name"));
    }
    if (HL7V2_ONLY.stream().anyMatch(values::containsKey) || pseudonymKey != null) {
      List<String> listed = List.of("pathway", "site", "hospital-ods", "ready-date-field", "clinician-identifier-system",
          "spell-number-system", "max-input-bytes", "pseudonym-key-file");
      throw new IllegalArgumentException(String.join(", ", listed.stream().map(naming::of).toList()) + " and "
          + naming.of("assessment-notices") + " apply to "
          + naming.hl7v2 + " only");
    }
    CldConverter.Builder b = CldConverter.builder().settingNames(this::name);
    String period = values.get("period");
    try {
      b.councilOdsCode(values.get("council-ods")).councilName(values.get("council-name"));
      if (values.containsKey("council-id")) {
        b.councilId(values.get("council-id"));
      }
      if (values.containsKey("fhir-base")) {
        b.fhirBase(values.get("fhir-base"));
      }
      if (period != null) {
        String[] parts = period.split("\\.\\.", -1);
        if (parts.length != 2) {
          throw new IllegalArgumentException(naming.of("period") + " must be START..END, e.g. 2026-07-01..2026-09-30,"
              + " got '" + period + "'");
        }
        b.reportingPeriod(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
      }
      if (values.containsKey("charset")) {
        b.charset(charset());
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(naming.of("period") + " dates must be YYYY-MM-DD, got '" + period + "'", e);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
    }
    return b.build();
  }

  /**
   * The character set of CLD extracts: {@code charset}, UTF-8 when not given.
   *
   * @return the character set
   * @throws IllegalArgumentException when the name is not a character set this Java knows
   */
  public Charset charset() {
    String name = values.get("charset");
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(naming.of("charset") + ": unknown character set '" + name + "'", e);
    }
  }

  /**
   * How advice in the HL7 v2 adapter's messages names a setting.
   *
   * @param setting the adapter's setting
   * @return e.g. {@code --pathway}
   */
  public String name(AdtSetting setting) {
    return switch (setting) {
      case COUNCIL -> naming.of("council-ods") + " and " + naming.of("council-name");
      case PATHWAY -> naming.of("pathway");
      case CLINICIAN_IDENTIFIER_SYSTEM -> naming.of("clinician-identifier-system");
      case HOSPITAL -> naming.of("hospital-ods");
      case SITE_CODE -> naming.of("site");
      case DISCHARGE_READY_DATE_FIELD -> naming.of("ready-date-field");
      case ASSESSMENT_NOTICES -> naming.of("assessment-notices");
      case MAX_INPUT_BYTES -> naming.of("max-input-bytes");
    };
  }

  /**
   * How advice in the CLD adapter's messages names a setting.
   *
   * @param setting the adapter's setting
   * @return e.g. {@code --period}
   */
  public String name(CldSetting setting) {
    return switch (setting) {
      case REPORTING_PERIOD -> naming.of("period");
      case CHARSET -> naming.of("charset");
    };
  }

  private boolean flag(String name) {
    String v = values.get(name);
    if (v == null || v.isEmpty() || v.equalsIgnoreCase("true")) {
      return v != null;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(naming.of(name) + " must be true or false, got '" + v + "'");
  }

  private long number(String name) {
    try {
      return Long.parseLong(values.get(name).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(naming.of(name) + " must be a number of bytes, got '" + values.get(name) + "'",
          e);
    }
  }

  private DischargePathway pathway(String text) {
    for (DischargePathway p : DischargePathway.values()) {
      if (p.name().endsWith("_" + text.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(naming.of("pathway") + " must be 0, 1, 2 or 3, got " + text);
  }

  /** Builds {@link ConversionSettings}; not thread-safe. */
  public static final class Builder {
    private final Naming naming;
    private final Map<String, String> values = new LinkedHashMap<>();
    private byte[] pseudonymKey;

    private Builder(Naming naming) {
      this.naming = naming;
    }

    /**
     * Sets one setting; a null value leaves it unset.
     *
     * @param name one of {@link #NAMES}
     * @param value its value as the command line or the HTTP parameter gives it (a flag: {@code true}, or empty)
     * @return this builder
     * @throws IllegalArgumentException when the name is not a setting, or the setting was set already
     */
    public Builder set(String name, String value) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown setting '" + name + "': the settings are " + String.join(", ",
            NAMES));
      }
      if (value != null && values.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException(naming.of(name) + " is given twice");
      }
      return this;
    }

    /**
     * The HL7 v2 pseudonym key ({@code --pseudonym-key-file}'s bytes), for people known by NHS number only.
     *
     * @param key at least 32 secret bytes, copied
     * @return this builder
     * @throws IllegalArgumentException when shorter than 32 bytes
     */
    public Builder pseudonymKey(byte[] key) {
      if (key.length < 32) {
        throw new IllegalArgumentException("a pseudonym key needs at least 32 bytes, got " + key.length);
      }
      this.pseudonymKey = key.clone();
      return this;
    }

    /**
     * The settings.
     *
     * @return the immutable settings
     */
    public ConversionSettings build() {
      return new ConversionSettings(this);
    }
  }
}
