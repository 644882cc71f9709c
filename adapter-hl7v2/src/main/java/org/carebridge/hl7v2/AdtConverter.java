package org.carebridge.hl7v2;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Validator;
import org.carebridge.hl7v2.internal.Framing;
import org.carebridge.hl7v2.internal.MessageConverter;
import org.carebridge.hl7v2.internal.PersonIds;
import org.carebridge.hl7v2.internal.RawMessage;
import org.carebridge.hl7v2.internal.Settings;

/**
 * Converts hospital HL7 v2 ADT messages (versions 2.3 to 2.5.1) into CareBridge discharge notifications and
 * their {@code carebridge-discharge-message} Bundles. Immutable and thread-safe; build one with
 * {@link #builder()} and reuse it.
 *
 * <p>An input holds one or many messages, MLLP-framed (0x0B ... 0x1C 0x0D) or plain, with CR, LF or CRLF
 * between segments; a message starts at each MSH segment. Which event becomes which notification, the
 * field-by-field mapping and every issue code are described in {@code docs/adapters/hl7v2.md}.
 *
 * <p>The converter never throws on bad input: every problem is an {@link Issue} with a {@code CB-HL7-nnn}
 * code ({@code CB-HL7-nnn} in {@link org.carebridge.core.validation.IssueCode}) located by segment and field (e.g. {@code PID-3.1}) and the line of that
 * segment in the input; the CareBridge business rules run on every record made. Messages never contain a
 * person's name or full NHS number.
 *
 * <pre>{@code
 * AdtConverter converter = AdtConverter.builder()
 *     .context(AdtContext.builder()
 *         .council(Organisation.builder().id("staffordshire-cc").odsCode(OdsCode.of("SCC01"))
 *             .name("Staffordshire County Council").build())
 *         .pathway(DischargePathway.PATHWAY_1)
 *         .build())
 *     .build();
 * AdtConversion conversion = converter.convert(Path.of("adt.hl7"));
 * }</pre>
 */
public final class AdtConverter {

  /** The default size limit of one input: 8 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 8L * 1024 * 1024;

  private final Settings settings;

  private AdtConverter(Settings settings) {
    this.settings = settings;
  }

  /**
   * Starts building a converter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Converts the messages of a file.
   *
   * @param file the file (UTF-8, or ISO-8859-1 when it is not valid UTF-8)
   * @return the conversion; a file that cannot be read or is too large gives a FATAL issue and no result
   * @throws NullPointerException "file must not be null"
   */
  public Result<AdtConversion> convert(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try {
      long size = Files.size(file);
      if (size > settings.maxInputBytes()) {
        return tooLarge(size);
      }
      return convertBytes(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return unreadable("the file does not exist");
    } catch (IOException | SecurityException e) {
      return unreadable("the file could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Converts the messages of a stream, reading it to its end (or just past the size limit). The stream is
   * not closed.
   *
   * @param in the stream (UTF-8, or ISO-8859-1 when it is not valid UTF-8)
   * @return the conversion; a stream that fails or is too large gives a FATAL issue and no result
   * @throws NullPointerException "in must not be null"
   */
  public Result<AdtConversion> convert(InputStream in) {
    Objects.requireNonNull(in, "in must not be null");
    try {
      long limit = settings.maxInputBytes();
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        return tooLarge(-1);
      }
      return convertBytes(bytes);
    } catch (IOException e) {
      return unreadable("the stream could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Converts the messages of a text.
   *
   * @param text the messages; its length in characters counts against the size limit
   * @return the conversion
   * @throws NullPointerException "text must not be null"
   */
  public Result<AdtConversion> convert(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.length() > settings.maxInputBytes()) {
      return tooLarge(text.length());
    }
    Framing.Result framed = Framing.split(text);
    List<AdtMessage> results = new ArrayList<>();
    List<Issue> issues = new ArrayList<>(framed.issues());
    List<RawMessage> messages = framed.messages();
    Map<NhsNumber, String> pseudonyms;
    try (MessageConverter converter = new MessageConverter(settings)) {
      for (int i = 0; i < messages.size(); i++) {
        AdtMessage r = converter.convert(messages.get(i), i);
        results.add(r);
        issues.addAll(r.result().issues());
      }
      pseudonyms = converter.pseudonyms();
    }
    issues.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return Result.partial(new AdtConversion(results, pseudonyms), issues);
  }

  private Result<AdtConversion> convertBytes(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return convert(text);
  }

  private Result<AdtConversion> tooLarge(long size) {
    String message = (size >= 0 ? "the input is " + size + " bytes, more than" : "the input is larger than")
        + " the limit of " + settings.maxInputBytes() + " bytes; nothing was read: split the input or raise "
        + "the limit with " + settings.name(AdtSetting.MAX_INPUT_BYTES);
    return Result.partial(new AdtConversion(List.of(), Map.of()),
        List.of(IssueCode.HL7_INPUT_TOO_LARGE.issue(Location.whole(), message)));
  }

  private static Result<AdtConversion> unreadable(String why) {
    return Result.partial(new AdtConversion(List.of(), Map.of()),
        List.of(IssueCode.HL7_INPUT_UNREADABLE.issue(Location.whole(), why)));
  }

  /** Builds an {@link AdtConverter}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private boolean assessmentNotices;
    private Organisation hospital;
    private OdsCode site;
    private String fhirBase;
    private AdtContext context = AdtContext.builder().build();
    private Function<AdtStay, AdtContext> resolver;
    private Clock clock;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private String readyDateField;
    private String spellNumberSystem;
    private PersonIds.Key pseudonymKey;
    private Map<AdtSetting, String> settingNames = names(AdtSetting::builderMethod);

    private Builder() {}

    /**
     * Sets the deployment's secret key for the ids of people the feed names by NHS number only (no local
     * patient number in PID-3): their Patient id becomes {@code person-} and 128 bits of the HMAC-SHA256 of the
     * NHS number under this key, the same in every conversion and every process that uses the key, and
     * reversible only by someone who holds it. Without a key such ids are random for each conversion (see
     * {@link AdtConversion#pseudonyms()}): an id derived from the NHS number alone would be reversible by
     * hashing the billion valid NHS numbers. Generate the key once (e.g. 32 bytes from
     * {@link java.security.SecureRandom}), keep it secret, and use the same key for every run of one feed. The
     * array is copied; the key never appears in any output, message or {@code toString()}.
     *
     * @param key at least 32 bytes (256 bits) of secret
     * @return this builder
     * @throws NullPointerException "pseudonymKey must not be null"
     * @throws IllegalArgumentException when shorter than 32 bytes
     */
    public Builder pseudonymKey(byte[] key) {
      Objects.requireNonNull(key, "pseudonymKey must not be null");
      if (key.length < PersonIds.MIN_KEY_BYTES) {
        throw new IllegalArgumentException("pseudonymKey must be at least " + PersonIds.MIN_KEY_BYTES
            + " bytes (256 bits) of secret, got " + key.length);
      }
      this.pseudonymKey = new PersonIds.Key(key);
      return this;
    }

    /**
     * Sets how issue messages name the settings they advise (see {@link AdtSetting}). By default a message names
     * the builder method, e.g. "set it with AdtContext.builder().pathway(...)"; a command line built on the
     * converter gives its options instead, e.g. {@code s -> s == AdtSetting.PATHWAY ? "--pathway" : ...}. The
     * function is called once for every setting, here.
     *
     * @param names the name of each setting, never null or blank
     * @return this builder
     * @throws NullPointerException "settingNames must not be null"
     * @throws IllegalArgumentException "settingNames gives no name for &lt;SETTING&gt;" when a name is null or blank
     */
    public Builder settingNames(Function<AdtSetting, String> names) {
      this.settingNames = names(Objects.requireNonNull(names, "settingNames must not be null"));
      return this;
    }

    private static Map<AdtSetting, String> names(Function<AdtSetting, String> names) {
      Map<AdtSetting, String> m = new EnumMap<>(AdtSetting.class);
      for (AdtSetting s : AdtSetting.values()) {
        String name = names.apply(s);
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("settingNames gives no name for " + s);
        }
        m.put(s, name);
      }
      return Map.copyOf(m);
    }

    /**
     * Names the field that carries the discharge ready date (the date the person is clinically ready to
     * leave hospital, recorded by every trust since April 2023). HL7 v2.4 has no standard field for it:
     * some trusts carry it in a Z-segment (e.g. {@code "ZDR-1"}), others in PV2-9. Only this field produces
     * the "discharge ready date set" and "discharge ready date changed" notifications; without it (the
     * default) none is produced. PV2-9 (expected discharge date) is otherwise read as the proposed discharge
     * date; naming {@code "PV2-9"} here reads it as the discharge ready date instead (and not as the
     * proposed date).
     *
     * @param field a segment and field, optionally a component: {@code SEG-n} or {@code SEG-n.c}, e.g.
     *     {@code "ZDR-1"}, {@code "PV2-9"}, {@code "ZU1-3.1"}
     * @return this builder
     * @throws NullPointerException "dischargeReadyDateField must not be null"
     * @throws IllegalArgumentException when not of the form {@code SEG-n} or {@code SEG-n.c}
     */
    public Builder dischargeReadyDateField(String field) {
      Objects.requireNonNull(field, "dischargeReadyDateField must not be null");
      if (!field.matches("[A-Z][A-Z0-9]{2}-[1-9][0-9]{0,2}(\\.[1-9][0-9]?)?") || field.startsWith("MSH-")) {
        throw new IllegalArgumentException("dischargeReadyDateField must name a segment and field such as "
            + "\"ZDR-1\" or \"PV2-9\" (SEG-n or SEG-n.c, upper case, not MSH)");
      }
      this.readyDateField = field.endsWith(".1") ? field.substring(0, field.length() - 2) : field;
      return this;
    }

    /**
     * Makes A01 admissions produce an assessment notice (and A11 cancel admits its withdrawal). Off by
     * default: most admissions need no council assessment, and a notice needs the statements of
     * {@link AdtContext} (consent, carer consulted ...) that a feed does not carry.
     *
     * @param on true to send assessment notices
     * @return this builder
     */
    public Builder assessmentNotices(boolean on) {
      this.assessmentNotices = on;
      return this;
    }

    /**
     * Sets the hospital trust: used when the feed's ODS code (MSH-4, PV1-3.4, PV1-39) starts with its code,
     * and when the feed has none. Without it the trust is named "Hospital trust" and its ODS code.
     *
     * @param hospital the trust, e.g. {@code Organisation.builder().id("uhnm").odsCode(OdsCode.of("RJE"))
     *     .name("University Hospitals of North Midlands NHS Trust").build()}
     * @return this builder
     * @throws NullPointerException "hospital must not be null"
     */
    public Builder hospital(Organisation hospital) {
      this.hospital = Objects.requireNonNull(hospital, "hospital must not be null");
      return this;
    }

    /**
     * Sets the ODS site code used for the ward when PV1-3.4 (facility) holds none.
     *
     * @param siteCode e.g. {@code "RJE01"}
     * @return this builder
     * @throws NullPointerException "siteCode must not be null"
     * @throws IllegalArgumentException when not 3 to 10 upper-case letters and digits
     */
    public Builder siteCode(String siteCode) {
      Objects.requireNonNull(siteCode, "siteCode must not be null");
      try {
        this.site = OdsCode.of(siteCode);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("siteCode must be 3 to 10 upper-case letters and digits");
      }
      return this;
    }

    /**
     * Sets the base of the Bundle entries' fullUrls, e.g. the trust's FHIR base. Default:
     * {@code https://fhir.example.org/<trust ODS code in lower case>}.
     *
     * @param base an http(s) URL without a trailing slash
     * @return this builder
     * @throws NullPointerException "fhirBase must not be null"
     * @throws IllegalArgumentException when not an http(s) URL without a trailing slash
     */
    public Builder fhirBase(String base) {
      Objects.requireNonNull(base, "fhirBase must not be null");
      if (!base.matches("https?://\\S+") || base.endsWith("/")) {
        throw new IllegalArgumentException("fhirBase must be an http(s) URL without a trailing slash");
      }
      this.fhirBase = base;
      return this;
    }

    /**
     * Sets the identifier system of the trust's visit numbers (the hospital provider spell number in PV1-19.1),
     * so that each notification states the stay's identifier ({@code Encounter.identifier}). Without it PV1-19
     * still keys the stay (notification ids) but is not sent: there is no national system for spell numbers.
     *
     * @param uri an absolute {@code http:}, {@code https:} or {@code urn:} URI without spaces or a trailing slash,
     *     e.g. {@code "https://fhir.uhnm.example/Id/spell-number"}
     * @return this builder
     * @throws NullPointerException "spellNumberSystem must not be null"
     * @throws IllegalArgumentException when not such a URI
     */
    public Builder spellNumberSystem(String uri) {
      Objects.requireNonNull(uri, "spellNumberSystem must not be null");
      if (!uri.matches("(https?://|urn:)\\S+") || uri.endsWith("/") || uri.endsWith(":")) {
        throw new IllegalArgumentException("spellNumberSystem must be an absolute URI (http:, https: or urn:) without "
            + "spaces or a trailing slash, e.g. \"https://fhir.trust.example/Id/spell-number\"");
      }
      this.spellNumberSystem = uri;
      return this;
    }

    /**
     * Sets what the feed cannot supply, the same for every message (default: a context that states nothing, {@code AdtContext.builder().build()}).
     *
     * @param context the context
     * @return this builder
     * @throws NullPointerException "context must not be null"
     */
    public Builder context(AdtContext context) {
      this.context = Objects.requireNonNull(context, "context must not be null");
      return this;
    }

    /**
     * Sets a function that gives the context of one hospital stay (e.g. looked up in the discharge team's
     * records); it is called for each message whose NHS number is valid, and its answer replaces the
     * default context (a null answer keeps the default). It must be thread-safe when the converter is shared.
     * An exception from it becomes an issue {@code CB-HL7-028}.
     *
     * @param resolver the function
     * @return this builder
     * @throws NullPointerException "resolver must not be null"
     */
    public Builder contextResolver(Function<AdtStay, AdtContext> resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver must not be null");
      return this;
    }

    /**
     * Sets the clock of the business rules (a notification issued in the future is an error). Default: the
     * system clock in Europe/London.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException "clock must not be null"
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Sets the size limit of one input (default {@link #DEFAULT_MAX_INPUT_BYTES}); a larger input gives a
     * FATAL issue {@code CB-HL7-001} and is not read.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException "maxInputBytes must be at least 1"
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxInputBytes must be at least 1");
      }
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * Builds the converter.
     *
     * @return the converter
     */
    public AdtConverter build() {
      Validator validator = clock == null ? Validator.create() : Validator.withClock(clock);
      return new AdtConverter(new Settings(assessmentNotices, Optional.ofNullable(hospital),
          Optional.ofNullable(site), Optional.ofNullable(fhirBase), context, Optional.ofNullable(resolver),
          validator, maxInputBytes, Optional.ofNullable(readyDateField), Optional.ofNullable(spellNumberSystem),
          Optional.ofNullable(pseudonymKey), settingNames));
    }
  }
}
