package org.carebridge.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.internal.Records;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.internal.BusinessRules;
import org.carebridge.fhir.internal.CoreDefinitions;
import org.carebridge.fhir.internal.Deadline;
import org.carebridge.fhir.internal.Limits;
import org.carebridge.fhir.internal.ReportLimits;
import org.carebridge.fhir.internal.Engine;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;
import org.carebridge.fhir.internal.Issues;
import org.carebridge.fhir.internal.Positions;
import org.carebridge.fhir.internal.Preflight;
import org.carebridge.fhir.internal.Redactor;
import org.carebridge.fhir.internal.Dependencies;
import org.carebridge.fhir.internal.SupportChains;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The offline validator for CareBridge FHIR R4 content: one instance per application, safe to share
 * between threads.
 *
 * <p>It checks JSON or XML (single resources, Bundles, messages) against FHIR R4, the CareBridge package
 * {@code uk.carebridge.r4} (read from the profiles jar on the classpath), any extra FHIR packages given to
 * the {@link Builder}, and any {@link RuleSource}s. It never touches the network: there is no terminology
 * server, no URL fetching and no package download in the chain. It never throws for bad input: malformed,
 * oversized, too deeply nested or unsafe input (XML with a DOCTYPE) gives a {@link Severity#FATAL} issue
 * with its line and column.
 *
 * <pre>{@code
 * CareBridgeValidator validator = CareBridgeValidator.builder().build();
 * Result<Void> result = validator.validate(FhirInput.of(Path.of("bundle.json")));
 * }</pre>
 */
public final class CareBridgeValidator {

  /** Where the profiles module puts the CareBridge package on the classpath. */
  public static final String CAREBRIDGE_PACKAGE_RESOURCE = "org/carebridge/profiles/uk.carebridge.r4-0.1.0.tgz";

  /** Default {@link Builder#maxInputBytes(long)}: 16 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;

  /** Default {@link Builder#maxDepth(int)}: 64 levels of JSON objects/arrays or XML elements. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** Default {@link Builder#maxArrayItems(int)}: 10,000 items in one JSON array or of one XML element in its parent. */
  public static final int DEFAULT_MAX_ARRAY_ITEMS = 10_000;

  /** Default {@link Builder#maxElements(int)}: 200,000 JSON values or XML elements in one input. */
  public static final int DEFAULT_MAX_ELEMENTS = 200_000;

  /** Default {@link Builder#maxRepeats(int)}: 50 copies of one extension in one element. */
  public static final int DEFAULT_MAX_REPEATS = 50;

  /** Default {@link Builder#maxStringLength(int)}: 1,048,576 characters (FHIR's limit on a string, 1 MB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_048_576;

  /** Default {@link Builder#maxIssues(int)}: 1,000 issues per input. */
  public static final int DEFAULT_MAX_ISSUES = 1_000;

  /** Default {@link Builder#maxMessageLength(int)}: 2,000 characters per message. */
  public static final int DEFAULT_MAX_MESSAGE_LENGTH = 2_000;

  private static final String WARM_UP = "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"warm-up\"}}";

  /** The HL7 engine, the validator's notices, which need it, and the packages in use. */
  private record Prepared(Engine engine, List<Issue> notices, List<String> names) { }

  private final CompletableFuture<Prepared> prepared;
  /** The thread that prepares the engine in the background, until started (with the fast path only). */
  private volatile Thread engineStart;
  private final FastPath fastPath;
  /**
   * The notices when the fast path's plan knows them (its packages are exactly the ones in use), so that they need
   * not wait for the engine; else null.
   */
  private volatile List<Issue> planNotices;
  private final Preflight preflight;
  private final List<RuleSource> ruleSources;
  private final List<String> packages;
  private final long maxInputBytes;
  private final int maxIssues;
  private final int maxMessageLength;
  private final Duration deadline;

  private CareBridgeValidator(CompletableFuture<Prepared> prepared, FastPath fastPath, Builder b,
      List<RuleSource> ruleSources, List<String> packages) {
    this.prepared = prepared;
    this.fastPath = fastPath;
    this.preflight = new Preflight(new Limits(b.maxInputBytes, b.maxDepth, b.maxArrayItems, b.maxElements,
        b.maxRepeats, b.maxStringLength));
    this.ruleSources = ruleSources;
    this.packages = packages;
    this.maxInputBytes = b.maxInputBytes;
    this.maxIssues = b.maxIssues;
    this.maxMessageLength = b.maxMessageLength;
    this.deadline = b.deadline;
  }

  /**
   * A builder with the CareBridge package, no extra packages, no rule sources and the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The packages in use, as {@code name#version}, in the order they are consulted: the CareBridge package,
   * the packages given to the builder, then the declared dependencies found in the FHIR package cache.
   *
   * @return the packages, as {@code name#version}
   */
  public List<String> packages() {
    return packages;
  }

  /**
   * What this validator cannot check, said once for all inputs rather than in every report: one
   * {@link IssueCode#DEPENDENCY_MISSING} warning per declared dependency that was not found (which one,
   * what is not checked without it, how to install it), and one {@link IssueCode#DEPENDENCY_VERSION}
   * warning per given package whose version differs from the declared one, and one
   * {@link IssueCode#TERMINOLOGY_OFFLINE} information per external code system (SNOMED CT, LOINC) the packages'
   * value sets list. Empty when every declared dependency is loaded and no value set lists an external code system.
   *
   * <p>With the fast path the notices come from its plan, compiled from the same packages, at once; otherwise this
   * waits for the HL7 engine to be prepared (a few seconds after {@code build()}, in the background).
   *
   * @return the notices
   */
  public List<Issue> notices() {
    return planNotices != null ? planNotices : prepared().notices();
  }

  /** Starts preparing the engine in the background, once (with the fast path). */
  private void startEngine() {
    Thread t = engineStart;
    if (t != null) {
      synchronized (this) {
        if (engineStart != null) {
          engineStart = null;
          t.start();
        }
      }
    }
  }

  /**
   * Waits until the validator is fully prepared. With the fast path the HL7 engine, which every input the fast path
   * hands on needs, is prepared in the background after the first verdict; this prepares it now and waits. A
   * service calls it before it takes requests, so that no request waits for the engine; a one-shot run need not.
   *
   * @return this validator
   * @throws IllegalStateException when the engine could not be prepared
   */
  public CareBridgeValidator awaitReady() {
    prepared();
    return this;
  }

  /** Whether the engine's preparation has started (false until the first verdict with the fast path). */
  boolean engineStarted() {
    return engineStart == null;
  }

  /** The engine and notices, waiting for them when they are still being prepared (with the fast path). */
  private Prepared prepared() {
    startEngine();
    try {
      return prepared.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the HL7 validation engine could not be prepared", cause);
    }
  }

  /**
   * Whether this validator has the fast path (docs/performance.md): on by default, used when the packages in use
   * are exactly those its plan was compiled from (the CareBridge package, and UK Core STU2 2.0.2 given as a
   * package file when the plan includes it), and off after {@link Builder#withoutFastPath()}. Either way the
   * verdicts and error messages are the HL7 engine's: the fast path only answers for inputs it is sure have no
   * errors, and hands every other input to the engine.
   *
   * @return true when the fast path is in use
   */
  public boolean fastPath() {
    return fastPath != null;
  }

  /** The fast path in use, once the engine is prepared (so with the engine's definitions); null when off. */
  FastPath preparedFastPath() {
    prepared();
    return fastPath;
  }

  /**
   * Validates one input. Never throws for bad input; see the class comment.
   *
   * @param input the input
   * @return every issue found
   */
  public Result<Void> validate(FhirInput input) {
    return validate(input, List.of());
  }

  /**
   * Validates one input against a profile chosen by the caller, in addition to the profiles the input
   * declares in {@code meta.profile} (like the HL7 validator's {@code -profile}). A profile URL that none of
   * the loaded packages defines gives one {@code Validation_VAL_Profile_Unknown} error.
   *
   * @param input the input
   * @param profileUrl the canonical URL of a StructureDefinition, e.g.
   *     {@code https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person}
   * @return every issue found
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the profile URL is blank
   */
  public Result<Void> validate(FhirInput input, String profileUrl) {
    Objects.requireNonNull(profileUrl, "profileUrl");
    if (profileUrl.isBlank()) {
      throw new IllegalArgumentException("profileUrl must not be blank");
    }
    return validate(input, List.of(profileUrl));
  }

  private Result<Void> validate(FhirInput input, List<String> forcedProfiles) {
    Preflight.Result checked = preflight(input);
    if (!checked.ok()) {
      return Result.empty(checked.issues());
    }
    return validateChecked(checked.text(), checked.format(), forcedProfiles);
  }

  private Preflight.Result preflight(FhirInput input) {
    Objects.requireNonNull(input, "input must not be null");
    if (input.textOrNull() != null) {
      return preflight.check(input.textOrNull());
    }
    try (InputStream in = input.open()) {
      return preflight.check(in);
    } catch (IOException e) {
      return Preflight.failed(Issues.input(IssueCode.INPUT_UNREADABLE,
          "The input (" + input.description() + ") could not be read (" + e.getClass().getSimpleName() + ")", 0, 0));
    }
  }

  /**
   * Validates a resource held in memory, e.g. one built or parsed with HAPI FHIR, as its JSON encoding. Issue
   * locations are FHIRPaths into the resource; there are no line and column, as there is no text.
   *
   * @param resource the R4 resource
   * @return every issue found
   * @throws NullPointerException "resource must not be null"
   * @throws IllegalArgumentException when the resource is not a FHIR R4 resource
   */
  public Result<Void> validate(IBaseResource resource) {
    Objects.requireNonNull(resource, "resource must not be null");
    if (resource.getStructureFhirVersionEnum() != FhirVersionEnum.R4) {
      throw new IllegalArgumentException("resource must be a FHIR R4 resource, got "
          + resource.getStructureFhirVersionEnum());
    }
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);
    return Result.empty(validate(FhirInput.of(json)).issues().stream().map(i -> i.at(0, 0)).toList());
  }

  /**
   * Reads an incoming message or resource into a record, with every issue: the one call for the common job of a
   * receiving system. The input is validated first; when it conforms it is read with {@link CareBridgeMapper},
   * and the result holds the record and the issues of both steps. When the input does not conform, the result
   * has the validation's issues and no record.
   *
   * <p>{@code type} is the record to read: {@link DischargeNotification} (a discharge message Bundle),
   * {@link JointCarePlan}, {@link CareTeam}, {@link PersonalBudget}, {@link PractitionerRole} or
   * {@link CarePlanRecords} (a care plan Bundle), {@link Person} (a Patient), {@link Organisation} (an
   * Organization) or {@link Practitioner} (a Practitioner).
   *
   * @param input the input, JSON or XML
   * @param type the record type
   * @param <T> the record type
   * @return the record when the input conforms and could be read, and every issue
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the type is not one of those above
   */
  public <T> Result<T> read(FhirInput input, Class<T> type) {
    Objects.requireNonNull(type, "type must not be null");
    Records.Reading<T> reading = Records.reading(type);
    Preflight.Result checked = preflight(input);
    if (!checked.ok()) {
      return Result.empty(checked.issues());
    }
    Result<Void> validation = validateChecked(checked.text(), checked.format(), List.of());
    if (!validation.isValid()) {
      return Result.empty(validation.issues());
    }
    return reading.read(checked.text(), checked.format() == Preflight.Format.XML).with(validation.issues());
  }

  /**
   * Same as {@code validate(FhirInput.of(text))}.
   *
   * @param text JSON or XML text
   * @return every issue found
   */
  public Result<Void> validate(String text) {
    return validate(FhirInput.of(text));
  }

  /**
   * Same as {@code validate(FhirInput.of(file))}.
   *
   * @param file a UTF-8 file holding JSON or XML
   * @return every issue found
   */
  public Result<Void> validate(Path file) {
    return validate(FhirInput.of(file));
  }

  /**
   * Same as {@code validate(FhirInput.of(stream))}; the stream is not closed.
   *
   * @param stream a UTF-8 stream holding JSON or XML
   * @return every issue found
   */
  public Result<Void> validate(InputStream stream) {
    return validate(FhirInput.of(stream));
  }

  /**
   * Validates newline-delimited JSON: one report per non-blank line, in order. Each issue's
   * {@link Issue#line()} is the line number in the NDJSON input. A line longer than the size limit gives a
   * {@link IssueCode#INPUT_TOO_LARGE} report and is skipped without being held in memory. The reader is not
   * closed.
   *
   * @param in the NDJSON text
   * @return one report per non-blank line, in order
   * @throws IOException when the reader fails
   */
  public List<Result<Void>> validateNdjson(Reader in) throws IOException {
    Objects.requireNonNull(in, "reader");
    NdjsonLines lines = new NdjsonLines(in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in),
        maxInputBytes);
    List<Result<Void>> reports = new ArrayList<>();
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      reports.add(ndjsonLine(line));
    }
    return reports;
  }

  /**
   * Same as {@link #validateNdjson(Reader)} for a UTF-8 file.
   *
   * @param file a UTF-8 NDJSON file
   * @return one report per non-blank line, in order
   * @throws IOException when the file cannot be read
   */
  public List<Result<Void>> validateNdjson(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return validateNdjson(r);
    }
  }

  private Result<Void> ndjsonLine(NdjsonLines.Line line) {
    int lineNumber = line.number();
    if (line.text() == null) {
      return Result.empty(List.of(Issues.input(IssueCode.INPUT_TOO_LARGE,
          "NDJSON line " + lineNumber + " is longer than the limit of " + maxInputBytes + " characters",
          lineNumber, 1)));
    }
    String text = line.text();
    Result<Void> report = validate(FhirInput.of(text));
    List<Issue> moved = new ArrayList<>(report.issues().size());
    for (Issue i : report.issues()) {
      moved.add(i.at(lineNumber, i.hasPosition() ? i.column() : 0));
    }
    return Result.empty(moved);
  }

  private Result<Void> validateChecked(String text, Preflight.Format format, List<String> forcedProfiles) {
    if (fastPath != null && format == Preflight.Format.JSON && forcedProfiles.isEmpty()) {
      Result<Void> fast = fast(text);
      startEngine();
      if (fast != null) {
        return fast;
      }
    }
    Engine.Outcome outcome;
    try {
      outcome = prepared().engine().validate(text, format, forcedProfiles, deadline == null ? 0 : deadline.toNanos());
    } catch (Deadline.Exceeded e) {
      int[] root = Preflight.rootPosition(text);
      return Result.empty(List.of(IssueCode.VALIDATION_DEADLINE.issue(Location.fhirPath(e.path()),
          "The validation took longer than the deadline of " + deadline.toMillis() + " ms and was stopped at "
              + e.path()).at(root[0], root[1])));
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // AssertionError: the HL7 library's own asserts, when the JVM runs with -ea
      return engineFailure(e);
    } catch (Error e) {
      // the HL7 library throws a plain java.lang.Error for some malformed inputs (a Reference with two
      // <reference> children); only the JVM's own failures (out of memory...) go on
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      return engineFailure(e);
    }
    List<Issue> issues = new ArrayList<>(prepared().engine().issues(outcome));
    boolean fatal = issues.stream().anyMatch(i -> i.severity() == Severity.FATAL);
    if (!ruleSources.isEmpty() && !fatal && outcome.root() != null && rulesMayApply(outcome.root())) {
      runRules(text, format, Redactor.forInstance(outcome.root()), issues, outcome.root());
    }
    return Result.empty(ReportLimits.bound(issues, maxIssues, maxMessageLength));
  }

  /**
   * The fast path's answer, or null when it is not sure or a rule source has something to say (then the engine
   * path runs, so that every issue is placed and worded as there).
   */
  private Result<Void> fast(String text) {
    FastPath.Verdict verdict = fastPath.check(text);
    if (verdict.waitsForEngine()) {
      // the engine is needed either way: once prepared, its definitions open the route this input waits for
      try {
        prepared();
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError vm) {
          throw vm;
        }
        return null; // the engine's path reports the failure
      }
      verdict = fastPath.check(text);
    }
    if (!verdict.certified()) {
      return null;
    }
    List<Issue> issues = new ArrayList<>(Engine.fastPathIssues(verdict.messages()));
    boolean builtInOnly = ruleSources.size() == 1 && ruleSources.get(0) instanceof BusinessRules;
    if (!ruleSources.isEmpty() && (!builtInOnly || BusinessRules.reads(verdict.parsed()))) {
      for (RuleSource source : ruleSources) {
        try {
          if (!source.check(verdict.parsed()).isEmpty()) {
            return null;
          }
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    return Result.empty(ReportLimits.bound(issues, maxIssues, maxMessageLength));
  }

  private static Result<Void> engineFailure(Throwable e) {
    return Result.empty(List.of(Issues.failure(IssueCode.VALIDATOR_FAILURE,
        "The FHIR validator could not process this input", e, Issues.FHIR_SOURCE)));
  }

  /** False when the only source is the built-in business rules and they have nothing to read in this input. */
  private boolean rulesMayApply(org.hl7.fhir.r5.elementmodel.Element root) {
    return !(ruleSources.size() == 1 && ruleSources.get(0) instanceof BusinessRules) || BusinessRules.reads(root);
  }

  private void runRules(String text, Preflight.Format format, Redactor redactor, List<Issue> issues,
      org.hl7.fhir.r5.elementmodel.Element root) {
    Resource resource;
    try {
      FhirContext ctx = FhirContext.forR4Cached();
      IParser parser = format == Preflight.Format.XML ? ctx.newXmlParser() : ctx.newJsonParser();
      parser.setParserErrorHandler(new LenientErrorHandler(false));
      resource = (Resource) parser.parseResource(text);
    } catch (RuntimeException e) {
      return; // the FHIR validation above has already said why this does not parse
    }
    for (RuleSource source : ruleSources) {
      try {
        for (Issue i : source.check(resource)) {
          Issue placed = i.hasPosition() ? i : Positions.place(i, root);
          issues.add(placed.toBuilder().message(redactor.redactText(placed.message(), placed.location().text())).build());
        }
      } catch (RuntimeException e) {
        issues.add(Issues.failure(IssueCode.RULE_SOURCE_FAILURE, "Rule source " + source.id() + " failed", e, source.id()));
      }
    }
  }

  /**
   * Configures a {@link CareBridgeValidator}. Every setter checks its argument at once and throws
   * {@link NullPointerException} or {@link IllegalArgumentException} naming the bad value. Not thread-safe.
   */
  public static final class Builder {
    private final List<byte[]> packageBytes = new ArrayList<>();
    private final List<Path> packageFolders = new ArrayList<>();
    private final List<String> packageNames = new ArrayList<>();
    private Path packageCache = Dependencies.defaultCache();
    private final List<RuleSource> ruleSources = new ArrayList<>();
    private boolean careBridgePackage = true;
    private boolean businessRules = true;
    private Clock clock = Clock.systemDefaultZone();
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxArrayItems = DEFAULT_MAX_ARRAY_ITEMS;
    private int maxElements = DEFAULT_MAX_ELEMENTS;
    private int maxRepeats = DEFAULT_MAX_REPEATS;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxIssues = DEFAULT_MAX_ISSUES;
    private int maxMessageLength = DEFAULT_MAX_MESSAGE_LENGTH;
    private Duration deadline;
    private boolean reuseValidators = true;
    private boolean fastPath = true;

    private Builder() {}

    /**
     * Turns the fast path off: every input goes through the HL7 engine (a reference run). The fast path is on by
     * default; it never changes a verdict or an error message (see {@link CareBridgeValidator#fastPath()}).
     *
     * @return this builder
     */
    public Builder withoutFastPath() {
      fastPath = false;
      return this;
    }

    /**
     * Adds a FHIR package, for example UK Core: a package file (.tgz), or an unpacked package folder (one
     * holding {@code package/package.json}, as in the FHIR package cache, or that {@code package} folder
     * itself). Packages are consulted in the order added, after the CareBridge package; a package given here
     * also satisfies a declared dependency of the same name, before the package cache is looked in.
     *
     * @param path the .tgz file or the package folder
     * @return this builder
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public Builder addPackage(Path path) {
      Objects.requireNonNull(path, "path");
      if (Files.isDirectory(path)) {
        packageFolders.add(path);
        return this;
      }
      try {
        packageBytes.add(Files.readAllBytes(path));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read FHIR package " + path, e);
      }
      packageNames.add(path.getFileName().toString());
      return this;
    }

    /**
     * The FHIR package cache in which declared dependencies are looked for, as
     * {@code <folder>/<name>#<version>/package/} (the layout SUSHI, the HL7 validator and Firely's tools use).
     * Default: {@code ~/.fhir/packages}. Nothing is ever downloaded into it or written to it.
     *
     * @param folder the cache folder (it need not exist)
     * @return this builder
     */
    public Builder packageCache(Path folder) {
      packageCache = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Looks for declared dependencies only among the packages given with {@link #addPackage(Path)}, never in
     * a package cache.
     *
     * @return this builder
     */
    public Builder withoutPackageCache() {
      packageCache = null;
      return this;
    }

    /**
     * Adds a FHIR package (.tgz) from a stream, read fully now; the stream is not closed.
     *
     * @param tgz the package
     * @return this builder
     * @throws java.io.UncheckedIOException when the stream cannot be read
     */
    public Builder addPackage(InputStream tgz) {
      Objects.requireNonNull(tgz, "tgz");
      try {
        packageBytes.add(readAll(tgz));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read FHIR package from stream", e);
      }
      packageNames.add("stream #" + packageBytes.size());
      return this;
    }

    /**
     * Leaves out the CareBridge package (only FHIR core and the added packages apply). For tests and for
     * validating against other profiles.
     *
     * @return this builder
     */
    public Builder withoutCareBridgePackage() {
      careBridgePackage = false;
      return this;
    }

    /**
     * Turns the CareBridge business rules of sdk-core off (they are on by default). With them on, a
     * discharge message or care plan Bundle is also read into sdk-core records and checked with
     * {@link Validator}; those issues have the source
     * {@code carebridge-rules} and codes such as {@code CB-BUDGET-003} (docs/sdk/issue-codes.md).
     *
     * @return this builder
     */
    public Builder withoutBusinessRules() {
      businessRules = false;
      return this;
    }

    /**
     * The clock the business rules use for "now" (for example: a notice must not be issued in the
     * future). Default: the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a source of business rules, run after the FHIR validation (see {@link RuleSource}).
     *
     * @param source the rule source
     * @return this builder
     */
    public Builder addRuleSource(RuleSource source) {
      ruleSources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Largest input accepted, in bytes (UTF-8); larger input gives a {@link IssueCode#INPUT_TOO_LARGE}
     * issue without being read further. Default {@link #DEFAULT_MAX_INPUT_BYTES}.
     *
     * @param bytes the limit, in bytes
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive, got " + bytes);
      }
      maxInputBytes = bytes;
      return this;
    }

    /**
     * Deepest nesting accepted (JSON objects and arrays, XML elements); deeper input gives a
     * {@link IssueCode#INPUT_TOO_DEEP} issue. Default {@link #DEFAULT_MAX_DEPTH}.
     *
     * @param levels the limit, in levels of nesting
     * @return this builder
     * @throws IllegalArgumentException when not between 8 and 1000
     */
    public Builder maxDepth(int levels) {
      if (levels < 8 || levels > 1000) {
        throw new IllegalArgumentException("maxDepth must be between 8 and 1000, got " + levels);
      }
      maxDepth = levels;
      return this;
    }

    /**
     * Most items in one JSON array, or most elements of one name in one XML parent; more give a
     * {@link IssueCode#INPUT_TOO_MANY_ITEMS} issue at the first item over the limit. Default
     * {@link #DEFAULT_MAX_ARRAY_ITEMS}.
     *
     * @param items the limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxArrayItems(int items) {
      maxArrayItems = positive("maxArrayItems", items);
      return this;
    }

    /**
     * Most elements in one input: JSON values (objects, arrays, strings, numbers, literals) or XML elements; more
     * give a {@link IssueCode#INPUT_TOO_MANY_ELEMENTS} issue at the first one over the limit. Default
     * {@link #DEFAULT_MAX_ELEMENTS}.
     *
     * @param elements the limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxElements(int elements) {
      maxElements = positive("maxElements", elements);
      return this;
    }

    /**
     * Most copies of one extension (the same {@code url}) in one element's {@code extension} or
     * {@code modifierExtension}; more give a {@link IssueCode#INPUT_TOO_MANY_REPEATS} issue at the first copy over
     * the limit. The HL7 validator's cost grows faster than the number of copies. Default
     * {@link #DEFAULT_MAX_REPEATS}.
     *
     * @param copies the limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxRepeats(int copies) {
      maxRepeats = positive("maxRepeats", copies);
      return this;
    }

    /**
     * Longest string, in characters: a JSON string or property name, an XML attribute value or an element's text;
     * longer gives a {@link IssueCode#INPUT_STRING_TOO_LONG} issue at the string (JSON) or its element (XML).
     * Default {@link #DEFAULT_MAX_STRING_LENGTH}; raise it for larger inline attachments.
     *
     * @param characters the limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxStringLength(int characters) {
      maxStringLength = positive("maxStringLength", characters);
      return this;
    }

    /**
     * Most issues kept per input: beyond it the most severe are kept and one {@link IssueCode#ISSUES_DROPPED}
     * issue says how many were dropped. Default {@link #DEFAULT_MAX_ISSUES}.
     *
     * @param issues the limit
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxIssues(int issues) {
      maxIssues = positive("maxIssues", issues);
      return this;
    }

    /**
     * Longest message of an issue, in characters; a longer one is cut and ends with a note of the limit.
     * Default {@link #DEFAULT_MAX_MESSAGE_LENGTH}.
     *
     * @param characters the limit
     * @return this builder
     * @throws IllegalArgumentException when less than 100
     */
    public Builder maxMessageLength(int characters) {
      if (characters < 100) {
        throw new IllegalArgumentException("maxMessageLength must be at least 100, got " + characters);
      }
      maxMessageLength = characters;
      return this;
    }

    /**
     * Stops the validation of one input once it has taken this long, with a {@link IssueCode#VALIDATION_DEADLINE}
     * issue (FATAL) instead of the findings; the check runs at every element the HL7 validator checks, on the
     * caller's thread (docs/sdk/validation.md says what it cannot stop). Default: no deadline.
     *
     * @param limit the time per input
     * @return this builder
     * @throws NullPointerException when the limit is null
     * @throws IllegalArgumentException when not positive
     */
    public Builder deadline(Duration limit) {
      Objects.requireNonNull(limit, "deadline");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("deadline must be positive, got " + limit);
      }
      deadline = limit;
      return this;
    }

    /**
     * No deadline (the default).
     *
     * @return this builder
     */
    public Builder withoutDeadline() {
      deadline = null;
      return this;
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }

    /** Internal switch for comparisons: false builds one HL7 InstanceValidator per call, like HAPI. */
    Builder reuseValidators(boolean reuse) {
      reuseValidators = reuse;
      return this;
    }

    /**
     * Loads the packages and prepares the validator (a few seconds; do it once).
     *
     * @return the validator
     * @throws IllegalStateException when the CareBridge package is wanted but not on the classpath
     * @throws IllegalArgumentException when a package is not a readable FHIR package
     */
    public CareBridgeValidator build() {
      FhirContext ctx = FhirContext.forR4Cached();
      byte[] careBridge = careBridgePackage ? careBridgeBytes() : null;
      List<RuleSource> sources = new ArrayList<>();
      if (businessRules && careBridgePackage) {
        sources.add(new BusinessRules(clock));
      }
      sources.addAll(ruleSources);
      // the builder may change after build(): what the background thread reads is copied now
      List<byte[]> bytes = List.copyOf(packageBytes);
      List<String> byteNames = List.copyOf(packageNames);
      List<Path> folders = List.copyOf(packageFolders);
      Path cache = packageCache;
      boolean reuse = reuseValidators;
      boolean planMayApply = fastPath && careBridge != null && folders.isEmpty();
      if (planMayApply) {
        FastPath.startWarmUp(); // while the plan loads
      }
      FastPlan plan = planMayApply ? FastPlan.load() : null;
      List<String> planNames = plan == null ? null : planNames(plan, careBridge, bytes);
      if (planNames == null) {
        Prepared p = prepare(ctx, careBridge, bytes, byteNames, folders, cache, reuse, false);
        CareBridgeValidator validator = new CareBridgeValidator(
            CompletableFuture.completedFuture(p), null, this, List.copyOf(sources), p.names());
        // Warm up on this thread: loads the core definitions and builds the first InstanceValidator before
        // any concurrent use (cold multi-threaded snapshot generation is fragile, hapi-fhir #5019).
        validator.validate(FhirInput.of(WARM_UP));
        return validator;
      }
      // The packages are the plan's, byte for byte: the fast path answers at once, and the packages and the HL7
      // engine are loaded on a background thread; an input the fast path hands on waits for them.
      FastPath fast = new FastPath(plan);
      CompletableFuture<Prepared> engine = new CompletableFuture<>();
      Thread t = new Thread(() -> {
        try {
          Prepared prepared = prepare(ctx, careBridge, bytes, byteNames, folders, cache, reuse, true);
          // from now on the invariants only the engine's FHIRPath evaluates as the validator does are on the fast
          // path too
          fast.useEngineDefinitions(prepared.engine().worker());
          engine.complete(prepared);
        } catch (RuntimeException | Error e) {
          engine.completeExceptionally(e);
        }
      }, "carebridge-engine-start");
      t.setDaemon(true);
      // started after the first verdict (or when first needed), so that it does not slow that verdict down
      CareBridgeValidator validator = new CareBridgeValidator(engine, fast, this, List.copyOf(sources), planNames);
      validator.engineStart = t;
      plan.terminologyNotices().ifPresent(systems -> validator.planNotices = systems.stream()
          .map(system -> IssueCode.TERMINOLOGY_OFFLINE.issue(Location.whole(), system)).toList());
      return validator;
    }

    private static byte[] careBridgeBytes() {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      if (cl == null) {
        cl = CareBridgeValidator.class.getClassLoader();
      }
      try (InputStream in = cl.getResourceAsStream(CAREBRIDGE_PACKAGE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The CareBridge package is not on the classpath (" + CAREBRIDGE_PACKAGE_RESOURCE
              + "): add org.carebridge:carebridge-profiles, or call withoutCareBridgePackage()");
        }
        return readAll(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the CareBridge package " + CAREBRIDGE_PACKAGE_RESOURCE, e);
      }
    }

    /**
     * The packages in use, as {@code name#version} in the order they are consulted, when they are exactly the
     * plan's (the CareBridge package and the given package files, compared by SHA-256; no folder, nothing from the
     * package cache, as every declared dependency is among them); else null.
     */
    private static List<String> planNames(FastPlan plan, byte[] careBridge, List<byte[]> bytes) {
      Map<String, String> byHash = new HashMap<>();
      plan.packages().forEach((id, hash) -> byHash.put(hash, id));
      List<String> names = new ArrayList<>();
      for (byte[] b : concat(careBridge, bytes)) {
        String id = byHash.remove(FastPlan.sha256(b));
        if (id == null) {
          return null;
        }
        names.add(id);
      }
      return byHash.isEmpty() ? List.copyOf(names) : null;
    }

    private static List<byte[]> concat(byte[] first, List<byte[]> rest) {
      List<byte[]> all = new ArrayList<>();
      all.add(first);
      all.addAll(rest);
      return all;
    }

    /**
     * Loads the packages and prepares the HL7 engine: what {@code build()} did before the fast path, on the
     * calling thread.
     */
    private static Prepared prepare(FhirContext ctx, byte[] careBridge, List<byte[]> packageBytes,
        List<String> packageNames, List<Path> packageFolders, Path packageCache, boolean reuseValidators,
        boolean warmUp) {
      CoreDefinitions core = CoreDefinitions.startLoading(ctx);
      List<SupportChains.LoadedPackage> loaded = new ArrayList<>();
      if (careBridge != null) {
        loaded.add(load(ctx, careBridge, CAREBRIDGE_PACKAGE_RESOURCE));
      }
      for (int i = 0; i < packageBytes.size(); i++) {
        loaded.add(load(ctx, packageBytes.get(i), packageNames.get(i)));
      }
      for (Path folder : packageFolders) {
        try {
          loaded.add(SupportChains.loadFolder(ctx, folder, folder.toString()));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException("cannot read FHIR package " + folder + ": " + e.getMessage(), e);
        }
      }
      Dependencies.Resolution resolution = Dependencies.resolve(ctx, loaded, packageCache);
      List<String> names = new ArrayList<>();
      for (SupportChains.LoadedPackage p : resolution.packages()) {
        names.add(p.id());
      }
      return prepare(ctx, core, resolution.packages(), resolution, packageCache, reuseValidators, warmUp, names);
    }

    /**
     * The HL7 engine for the loaded packages and what the validator says once about them; warmed up on the calling
     * thread when asked (before any other use of the engine).
     */
    private static Prepared prepare(FhirContext ctx, CoreDefinitions core, List<SupportChains.LoadedPackage> loaded,
        Dependencies.Resolution resolution, Path packageCache, boolean reuseValidators, boolean warmUp,
        List<String> names) {
      ValidationSupportChain chain;
      SupportChains.Missing missing = null;
      if (resolution.missing().isEmpty()) {
        chain = SupportChains.chain(ctx, loaded, core.awaitStructures());
      } else {
        missing = SupportChains.withMissingDependencies(ctx, loaded, core.awaitStructures());
        chain = missing.chain();
      }
      Set<String> externalSystems = SupportChains.externalSystems(loaded, chain);
      Engine engine = new Engine(chain, reuseValidators, externalSystems);
      if (missing != null) {
        engine.missingDependencies(missing.namespaces(), missing.definitions());
      }
      List<Issue> notices = new ArrayList<>();
      for (Dependencies.Missing m : resolution.missing()) {
        notices.add(IssueCode.DEPENDENCY_MISSING.issue(Location.whole(), m.id(), m.declaredBy(), engine.danglingCount(),
            packageCache == null ? "~/.fhir/packages" : packageCache.toString(), m.name(), m.version()));
      }
      for (String system : externalSystems) {
        notices.add(IssueCode.TERMINOLOGY_OFFLINE.issue(Location.whole(), system));
      }
      for (String mismatch : resolution.versionMismatches()) {
        notices.add(IssueCode.DEPENDENCY_VERSION.issue(Location.whole(), mismatch));
      }
      engine.prepareStructures();
      core.await();
      if (warmUp) {
        engine.issues(engine.validate(WARM_UP, Preflight.Format.JSON));
      }
      return new Prepared(engine, List.copyOf(notices), List.copyOf(names));
    }

    private static SupportChains.LoadedPackage load(FhirContext ctx, byte[] bytes, String what) {
      try {
        return SupportChains.loadPackage(ctx, bytes, what);
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read FHIR package " + what + ": " + e.getMessage(), e);
      }
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
