package org.carebridge.cld;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.carebridge.cld.internal.Engine;
import org.carebridge.core.OdsCode;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Converts council Client Level Data (CLD) release 1 CSV extracts into CareBridge FHIR: one collection Bundle per
 * person with the {@code carebridge-person} Patient, the council's {@code carebridge-organisation} Organization and
 * one {@code carebridge-personal-budget} Account per reporting period in which the person has services delivered
 * as a direct payment or a CASSR managed personal budget. The field-by-field mapping, the update and grouping
 * rules are in {@code docs/adapters/cld.md}; the issue codes ({@code CB-CLD-nnn} in
 * {@link org.carebridge.core.validation.IssueCode}) in {@code docs/sdk/issue-codes.md}.
 *
 * <p>Rows are read one at a time with Jackson's streaming CSV parser: headers are matched ignoring case, white
 * space and column order; a byte order mark, quoted fields and CRLF line ends are accepted. Only a compact state
 * per person and per budget service is kept between rows, so memory grows with the number of people and budget
 * services, not with the number of rows. A later row with the same Event Reference replaces the earlier one
 * (also across the files of {@link #convert(List)}, taken in the order given). Rows with errors are reported and
 * kept out of the output, never altered. Malformed input gives issues, never exceptions.
 *
 * <p>Immutable and thread-safe: one converter can run several conversions at once.
 */
public final class CldConverter {


  private final Engine.Settings settings;
  private final Charset charset;

  private CldConverter(Engine.Settings settings, Charset charset) {
    this.settings = settings;
    this.charset = charset;
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
   * Converts one extract file, holding the result in memory.
   *
   * @param csv the file, in the builder's character set (UTF-8 by default)
   * @return the Bundles and row counts (even when rows were rejected), and every issue
   * @throws NullPointerException "csv must not be null"
   */
  public Result<CldConversion> convert(Path csv) {
    return convert(List.of(Objects.requireNonNull(csv, "csv must not be null")));
  }

  /**
   * Converts several extracts as successive submissions, in the order given: a row with the same Event Reference
   * as a row of an earlier file replaces it. Issue messages start with the file name.
   *
   * @param submissions the files, earliest first
   * @return the Bundles and row counts (even when rows were rejected), and every issue
   * @throws NullPointerException when the list or a file is null
   */
  public Result<CldConversion> convert(List<Path> submissions) {
    Collector c = new Collector();
    Engine engine = run(files(submissions), c);
    return c.result(engine);
  }

  /**
   * Converts one extract read from {@code in}, holding the result in memory. The reader is read to its end but
   * not closed.
   *
   * @param in the CSV text
   * @return the Bundles and row counts (even when rows were rejected), and every issue
   * @throws NullPointerException "in must not be null"
   */
  public Result<CldConversion> convert(Reader in) {
    Objects.requireNonNull(in, "in must not be null");
    Collector c = new Collector();
    Engine engine = new Engine(settings, c::issue);
    engine.read(in, "");
    engine.finish(c::people, c::accept);
    return c.result(engine);
  }

  /**
   * Converts one extract in bounded memory: issues go to the sink as rows are read, and each person's Bundle
   * goes to the sink at the end of the input, one at a time. The reader is read to its end but not closed.
   *
   * @param in the CSV text
   * @param sink receives the issues and Bundles
   * @throws NullPointerException when an argument is null
   */
  public void convert(Reader in, CldSink sink) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    Engine engine = new Engine(settings, sink::issue);
    engine.read(in, "");
    engine.finish(sink::people, sink::accept);
  }

  /**
   * Converts one extract file in bounded memory; see {@link #convert(Reader, CldSink)}.
   *
   * @param csv the file
   * @param sink receives the issues and Bundles
   * @throws NullPointerException when an argument is null
   */
  public void convert(Path csv, CldSink sink) {
    convert(List.of(Objects.requireNonNull(csv, "csv must not be null")), sink);
  }

  /**
   * Converts several extracts as successive submissions in bounded memory; see {@link #convert(List)} and
   * {@link #convert(Reader, CldSink)}.
   *
   * @param submissions the files, earliest first
   * @param sink receives the issues and Bundles
   * @throws NullPointerException when an argument or a file is null
   */
  public void convert(List<Path> submissions, CldSink sink) {
    Objects.requireNonNull(sink, "sink must not be null");
    run(files(submissions), sink);
  }

  private static List<Path> files(List<Path> submissions) {
    Objects.requireNonNull(submissions, "submissions must not be null");
    for (int i = 0; i < submissions.size(); i++) {
      Objects.requireNonNull(submissions.get(i), "submissions[" + i + "] must not be null");
    }
    return List.copyOf(submissions);
  }

  private Engine run(List<Path> files, CldSink sink) {
    Engine engine = new Engine(settings, sink::issue);
    for (Path file : files) {
      String prefix = files.size() > 1 ? file.getFileName() + ": " : "";
      try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder())) {
        engine.read(in, prefix);
      } catch (IOException e) {
        engine.unreadable(prefix, e);
      }
    }
    engine.finish(sink::people, sink::accept);
    return engine;
  }

  private CharsetDecoder decoder() {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Collects a conversion in memory. */
  private static final class Collector implements CldSink {
    final List<Bundle> bundles = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();

    @Override
    public void accept(Bundle bundle) {
      bundles.add(bundle);
    }

    @Override
    public void issue(Issue issue) {
      issues.add(issue);
    }

    Result<CldConversion> result(Engine engine) {
      return Result.partial(new CldConversion(bundles, engine.rowsRead(), engine.rowsRejected()), issues);
    }
  }

  /** Builds a {@link CldConverter}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder {
    private OdsCode council;
    private String councilName;
    private String councilId;
    private String base;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Charset charset = StandardCharsets.UTF_8;
    private Map<CldSetting, String> settingNames = names(CldSetting::builderMethod);

    private Builder() {}

    /**
     * Sets how issue messages name the settings they advise (see {@link CldSetting}). By default a message names
     * the builder method, e.g. "name it with CldConverter.builder().charset(...)"; a command line built on the
     * converter gives its options instead, e.g. {@code s -> s == CldSetting.CHARSET ? "--charset" : "--period"}.
     * The function is called once for every setting, here.
     *
     * @param names the name of each setting, never null or blank
     * @return this builder
     * @throws NullPointerException "settingNames must not be null"
     * @throws IllegalArgumentException "settingNames gives no name for &lt;SETTING&gt;" when a name is null or blank
     */
    public Builder settingNames(Function<CldSetting, String> names) {
      this.settingNames = names(Objects.requireNonNull(names, "settingNames must not be null"));
      return this;
    }

    private static Map<CldSetting, String> names(Function<CldSetting, String> names) {
      Map<CldSetting, String> m = new EnumMap<>(CldSetting.class);
      for (CldSetting s : CldSetting.values()) {
        String name = names.apply(s);
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("settingNames gives no name for " + s);
        }
        m.put(s, name);
      }
      return Map.copyOf(m);
    }

    /**
     * Sets the council's ODS code (required): the Organization's identifier and the suffix of the council person
     * id system {@code https://carebridge.org.uk/fhir/Id/la-person-id/<ODS>}. (The extract's LA Code column is an
     * ONS code, not an ODS code, so it cannot stand in for this.)
     *
     * @param odsCode 3 to 10 upper-case letters and digits, e.g. {@code "SCC01"}
     * @return this builder
     * @throws NullPointerException "odsCode must not be null"
     * @throws IllegalArgumentException "odsCode must be 3 to 10 upper-case letters and digits"
     */
    public Builder councilOdsCode(String odsCode) {
      this.council = OdsCode.of(odsCode);
      return this;
    }

    /**
     * Sets the council's name (required), e.g. {@code "Staffordshire County Council"}.
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException "councilName must not be null"
     * @throws IllegalArgumentException "councilName must not be blank"
     */
    public Builder councilName(String name) {
      Objects.requireNonNull(name, "councilName must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("councilName must not be blank");
      }
      this.councilName = name.strip();
      return this;
    }

    /**
     * Sets the record id of the council's Organization. Default: {@code council-} and the ODS code in lower
     * case, e.g. {@code council-scc01}.
     *
     * @param id 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.', e.g. {@code "staffordshire-cc"}
     * @return this builder
     * @throws NullPointerException "councilId must not be null"
     * @throws IllegalArgumentException "councilId must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'"
     */
    public Builder councilId(String id) {
      Objects.requireNonNull(id, "councilId must not be null");
      if (!Engine.isId(id)) {
        throw new IllegalArgumentException("councilId must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'");
      }
      this.councilId = id;
      return this;
    }

    /**
     * Sets the base of the Bundle entries' fullUrls ({@code base/Type/id}). Default:
     * {@code https://carebridge.org.uk/fhir/council/<ODS>}.
     *
     * @param base an http or https URL without a trailing slash
     * @return this builder
     * @throws NullPointerException "fhirBase must not be null"
     * @throws IllegalArgumentException "fhirBase must be an http(s) URL without a trailing slash"
     */
    public Builder fhirBase(String base) {
      Objects.requireNonNull(base, "fhirBase must not be null");
      if (!base.matches("https?://\\S+") || base.endsWith("/")) {
        throw new IllegalArgumentException("fhirBase must be an http(s) URL without a trailing slash");
      }
      this.base = base;
      return this;
    }

    /**
     * Restricts the rows to one reporting period: a row whose Reporting Period Start Date is before {@code start}
     * or whose Reporting Period End Date is after {@code end} is rejected ({@code CB-CLD-019}). Default: any
     * period. A year's range accepts all four quarterly submissions of that year.
     *
     * @param start the first day
     * @param end the last day
     * @return this builder
     * @throws NullPointerException "start must not be null" / "end must not be null"
     * @throws IllegalArgumentException "end must not be before start"
     */
    public Builder reportingPeriod(LocalDate start, LocalDate end) {
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(end, "end must not be null");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("end must not be before start");
      }
      this.periodStart = start;
      this.periodEnd = end;
      return this;
    }

    /**
     * Sets the character set of extract files ({@code convert(Path)}); text that is not valid in it is reported
     * as {@code CB-CLD-002}. Default: UTF-8 (with or without a byte order mark). Readers are already text.
     *
     * @param charset e.g. {@code Charset.forName("windows-1252")} for an older export
     * @return this builder
     * @throws NullPointerException "charset must not be null"
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset must not be null");
      return this;
    }

    /**
     * Builds the converter.
     *
     * @return the converter
     * @throws IllegalStateException "councilOdsCode is required" / "councilName is required"
     */
    public CldConverter build() {
      if (council == null) {
        throw new IllegalStateException("councilOdsCode is required");
      }
      if (councilName == null) {
        throw new IllegalStateException("councilName is required");
      }
      String id = councilId != null ? councilId : "council-" + council.value().toLowerCase(Locale.ROOT);
      String fullUrlBase = base != null ? base : "https://carebridge.org.uk/fhir/council/" + council.value();
      return new CldConverter(new Engine.Settings(council, councilName, id, fullUrlBase, periodStart, periodEnd,
          settingNames), charset);
    }
  }
}
