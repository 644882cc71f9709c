package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.profiles.build.CorePackageWriter;
import org.hl7.fhir.r5.context.ILoggingService;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.utils.validation.IResourceValidator;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.ReferenceDestinationType;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher;
import org.hl7.fhir.r5.utils.validation.constants.BindingKind;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.utilities.npm.FilesystemPackageCacheManager;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidationEngine;
import org.hl7.fhir.validation.instance.advisor.BasePolicyAdvisorForFullValidation;
import org.hl7.fhir.validation.service.model.InstanceValidatorParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The judge of the differential tests: the HL7 validation engine ({@code org.hl7.fhir.validation.ValidationEngine}
 * of the core library 6.7.9 that HAPI 8.8.1 brings, the engine of validator_cli), configured the way the IG
 * Publisher validates an implementation guide's examples, and run offline.
 *
 * <ul>
 *   <li>FHIR R4 core from {@code hl7.fhir.r4.core#4.0.1}, which {@link CorePackageWriter} writes from
 *       hapi-fhir-validation-resources-r4 into a temporary package cache ({@code user.home} points at a temporary
 *       folder while the engine is built, so the engine's package cache manager finds only that cache);</li>
 *   <li>the CareBridge package (the .tgz the profiles module puts on the class path), its declared dependencies
 *       resolved from that cache, and, for {@link Setup#CAREBRIDGE_WITH_UK_CORE}, UK Core STU2 2.0.2 from
 *       {@code <repo>/../shared/ukcore-stu2} (extracted into the cache as {@code fhir.r4.ukcore.stu2#2.0.2});</li>
 *   <li>no terminology server; example URLs (example.org) allowed; references inside a Bundle resolved and the
 *       targets checked against the element's target profiles (reference policy CHECK_VALID, as the IG
 *       Publisher); a single resource's references resolved against the examples of the loaded packages, as the
 *       IG Publisher resolves an IG's examples ({@link PackageExamples}; a Bundle must be self-contained); every
 *       binding checked except ISO 4217 currencies ({@value #CURRENCIES}), which needs a terminology server;</li>
 *   <li>{@code hl7.fhir.xver-extensions#0.1.0}, which the engine always loads at start, is an empty stand-in
 *       (the real package only defines cross-version extensions, which no CareBridge input uses).</li>
 * </ul>
 *
 * <p>No network: every non-loopback connection the JVM would open is recorded by {@link NetworkGuard} and sent to
 * a closed loopback port, so it fails at once; {@link #networkAttempts()} lists them (tests assert it is empty).
 *
 * <p>One engine is kept per JVM (building one takes 15-60 s, depending on the machine's load); asking for another
 * {@link Setup} replaces it. Validation is thread-safe: each call gets its own HL7 InstanceValidator. The engine
 * reads package files lazily, so its temporary folder is deleted when the JVM exits.
 */
public final class OfficialEngine {

  /** UK Core STU2 2.0.2 as a FHIR package, next to the repository (never copied into it). */
  public static final Path UK_CORE_TGZ =
      Path.of("..", "..", "shared", "ukcore-stu2", "fhir.r4.ukcore.stu2-2.0.2.tgz").toAbsolutePath().normalize();

  /** UK Core's package id. */
  public static final String UK_CORE_ID = "fhir.r4.ukcore.stu2";

  /** UK Core's version. */
  public static final String UK_CORE_VERSION = "2.0.2";

  /** The one code system left unchecked: ISO 4217 currencies cannot be checked without a terminology server. */
  public static final String CURRENCIES = "urn:iso:std:iso:4217";

  private static final String CURRENCIES_VALUE_SET = "http://hl7.org/fhir/ValueSet/currencies";
  private static final String CORE = CorePackageWriter.NAME + "#" + CorePackageWriter.VERSION;
  private static final String XVER_ID = "hl7.fhir.xver-extensions";
  private static final String XVER_VERSION = "0.1.0";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Which packages the engine loads. */
  public enum Setup {
    /** The CareBridge package and UK Core STU2 2.0.2 (the differential's judge). */
    CAREBRIDGE_WITH_UK_CORE,
    /** The CareBridge package and only the packages its package.json declares. */
    CAREBRIDGE_AND_DECLARED_DEPENDENCIES
  }

  /**
   * One message of the engine.
   *
   * @param severity FATAL, ERROR, WARNING or INFORMATION
   * @param messageId the engine's message id (e.g. {@code Extension_EXT_Unknown}), or {@code (none)}
   * @param location the FHIRPath location
   * @param message the text
   */
  public record EngineIssue(String severity, String messageId, String location, String message) {

    /** Message id of the issue recorded when the engine throws instead of reporting. */
    public static final String ENGINE_EXCEPTION = "(engine exception)";

    /** Checks the components. */
    public EngineIssue {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }

    /** True for ERROR and FATAL: the input is rejected. */
    public boolean isError() {
      return severity.equals("ERROR") || severity.equals("FATAL");
    }

    @Override
    public String toString() {
      return severity + " " + messageId + " at " + location + ": " + message;
    }
  }

  private static OfficialEngine current;

  private final Setup setup;
  private final ValidationEngine engine;
  private final Duration buildTime;
  private final List<String> loadedPackages;

  private OfficialEngine(Setup setup, ValidationEngine engine, Duration buildTime, List<String> loadedPackages) {
    this.setup = setup;
    this.engine = engine;
    this.buildTime = buildTime;
    this.loadedPackages = loadedPackages;
  }

  /**
   * The engine for a setup, built on first use (and kept until another setup is asked for).
   *
   * @param setup which packages to load
   * @return the engine
   * @throws IllegalStateException when a package the setup needs is missing or the engine cannot be built
   */
  public static synchronized OfficialEngine get(Setup setup) {
    Objects.requireNonNull(setup, "setup");
    if (current == null || current.setup != setup) {
      current = null; // let the previous engine go before building the next one
      List<String> missing = missingPackages(setup);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("cannot build the official engine offline, missing: " + missing);
      }
      current = build(setup);
    }
    return current;
  }

  /**
   * Dynamic tests that need the engine with the given packages: a single skipped test naming what is missing when
   * a package is not available offline, otherwise the tests followed by a check that none of them reached the
   * network.
   */
  static Stream<DynamicTest> dynamicTests(Setup setup, Supplier<List<DynamicTest>> tests) {
    List<String> missing = missingPackages(setup);
    if (!missing.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("packages available offline",
          () -> Assumptions.assumeTrue(false, "not checked, packages missing: " + missing)));
    }
    return Stream.concat(tests.get().stream(), Stream.of(DynamicTest.dynamicTest("no network access was attempted",
        () -> assertThat(networkAttempts()).isEmpty())));
  }

  /**
   * What a setup needs that is not available offline: empty when the engine can be built. Tests skip (with this
   * list as the reason) when it is not empty.
   *
   * @param setup the setup
   * @return descriptions of the missing packages
   */
  public static List<String> missingPackages(Setup setup) {
    List<String> missing = new ArrayList<>();
    boolean ukCoreNeeded = setup == Setup.CAREBRIDGE_WITH_UK_CORE;
    for (String dependency : declaredDependencies()) {
      if (dependency.equals(UK_CORE_ID + "#" + UK_CORE_VERSION)) {
        ukCoreNeeded = true;
      } else if (!dependency.equals(CORE)) {
        missing.add(dependency + " (declared by the CareBridge package; no offline copy known to these tests)");
      }
    }
    if (ukCoreNeeded && !Files.isRegularFile(UK_CORE_TGZ)) {
      missing.add(UK_CORE_ID + "#" + UK_CORE_VERSION + " (expected at " + UK_CORE_TGZ + ")");
    }
    return missing;
  }

  /** The dependencies the CareBridge package declares in its package.json, as {@code id#version}. */
  public static List<String> declaredDependencies() {
    return List.copyOf(read(careBridgePackage()).dependencies());
  }

  /** The CareBridge package (.tgz) from the class path, where the profiles module puts it. */
  public static byte[] careBridgePackage() {
    try (InputStream in = OfficialEngine.class.getClassLoader()
        .getResourceAsStream(CareBridgeValidator.CAREBRIDGE_PACKAGE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(CareBridgeValidator.CAREBRIDGE_PACKAGE_RESOURCE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The examples a package ships ({@code package/examples/*.json}), by file name, sorted.
   *
   * @param tgz the package
   * @return file name to content
   */
  public static Map<String, byte[]> examples(byte[] tgz) {
    Map<String, byte[]> examples = new TreeMap<>();
    NpmPackage.NpmPackageFolder folder = read(tgz).getFolders().get("examples");
    if (folder != null) {
      folder.getContent().forEach((name, bytes) -> {
        if (name.endsWith(".json") && !name.startsWith(".")) {
          examples.put(name, bytes);
        }
      });
    }
    return examples;
  }

  /** A package .tgz read with the HL7 core library's own reader. */
  private static NpmPackage read(byte[] tgz) {
    try {
      return NpmPackage.fromPackage(new ByteArrayInputStream(tgz));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a FHIR package", e);
    }
  }

  /** The setup of this engine. */
  public Setup setup() {
    return setup;
  }

  /** How long building this engine took (writing the package cache, loading core and the packages). */
  public Duration buildTime() {
    return buildTime;
  }

  /** The packages the engine loaded, as {@code id#version}, in load order. */
  public List<String> loadedPackages() {
    return loadedPackages;
  }

  /**
   * The engine's definitions (its worker context), for the fast path's invariants that only the engine's FHIRPath
   * evaluates as the validator does (see {@code FastPath.useEngineDefinitions}).
   */
  public org.hl7.fhir.r5.context.IWorkerContext definitions() {
    return engine.getContext();
  }

  /** The non-loopback connections the JVM tried to open since the first engine was built (should be none). */
  public static List<String> networkAttempts() {
    return NetworkGuard.installedAttempts();
  }

  /**
   * Validates one resource (JSON or XML, told apart by the first character that is not white space).
   *
   * @param text the resource
   * @param profiles profiles to validate against besides those in {@code meta.profile}
   * @return every message, in the engine's order; an exception of the engine becomes one FATAL issue
   *     {@link EngineIssue#ENGINE_EXCEPTION}
   */
  public List<EngineIssue> validate(String text, List<String> profiles) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(profiles, "profiles");
    FhirFormat format = text.stripLeading().startsWith("<") ? FhirFormat.XML : FhirFormat.JSON;
    List<ValidationMessage> messages = new ArrayList<>();
    PackageExamples.SINGLE_RESOURCE.set(!isBundle(text, format));
    try {
      engine.validateAsFragments(text.getBytes(StandardCharsets.UTF_8), format, profiles, messages);
    } catch (Exception | StackOverflowError | AssertionError e) {
      List<EngineIssue> issues = new ArrayList<>(convert(messages));
      issues.add(new EngineIssue("FATAL", EngineIssue.ENGINE_EXCEPTION, "(input)",
          e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())));
      return issues;
    } finally {
      PackageExamples.SINGLE_RESOURCE.remove();
    }
    return convert(messages);
  }

  private static final java.util.regex.Pattern XML_ROOT =
      java.util.regex.Pattern.compile("^\\s*(?:<\\?.*?\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:\\w+:)?(\\w+)", java.util.regex.Pattern.DOTALL);

  private static boolean isBundle(String text, FhirFormat format) {
    if (format == FhirFormat.XML) {
      java.util.regex.Matcher m = XML_ROOT.matcher(text);
      return m.find() && m.group(1).equals("Bundle");
    }
    try {
      return "Bundle".equals(JSON.readTree(text).path("resourceType").asText());
    } catch (IOException e) {
      return false;
    }
  }

  private static List<EngineIssue> convert(List<ValidationMessage> messages) {
    List<EngineIssue> issues = new ArrayList<>(messages.size());
    for (ValidationMessage m : messages) {
      String severity = m.getLevel() == null ? "ERROR" : m.getLevel().name();
      issues.add(new EngineIssue(severity, m.getMessageId() == null ? "(none)" : m.getMessageId(),
          m.getLocation() == null ? "(input)" : m.getLocation(), m.getMessage() == null ? "" : m.getMessage()));
    }
    return issues;
  }

  private static OfficialEngine build(Setup setup) {
    NetworkGuard.install();
    long start = System.nanoTime();
    String previousHome = System.getProperty("user.home");
    try {
      Path home = Files.createTempDirectory("carebridge-official-engine-");
      deleteAtExit(home);
      Path cache = Files.createDirectories(home.resolve(".fhir").resolve("packages"));
      CorePackageWriter.write(cache);
      writeEmptyPackage(cache, XVER_ID, XVER_VERSION);
      boolean ukCore = setup == Setup.CAREBRIDGE_WITH_UK_CORE
          || declaredDependencies().contains(UK_CORE_ID + "#" + UK_CORE_VERSION);
      byte[] ukCoreTgz = ukCore ? Files.readAllBytes(UK_CORE_TGZ) : null;
      if (ukCore) {
        install(cache, UK_CORE_ID, UK_CORE_VERSION, ukCoreTgz);
      }
      Path careBridge = home.resolve("uk.carebridge.r4.tgz");
      Files.write(careBridge, careBridgePackage());

      System.setProperty("user.home", home.toString());
      InstanceValidatorParameters parameters = new InstanceValidatorParameters();
      parameters.setAllowExampleUrls(true);
      ValidationEngine engine = new ValidationEngine.ValidationEngineBuilder()
          .withCanRunWithoutTerminologyServer(true)
          .withNoTerminologyServer()
          .withVersion(CorePackageWriter.VERSION)
          .withDefaultInstanceValidatorParameters(parameters)
          .withLoggingService(new Quiet())
          .fromSource(CORE);
      if (!engine.getPcm().getFolder().startsWith(home.toString())) {
        throw new IllegalStateException("the engine's package cache is not the temporary one: " + engine.getPcm().getFolder());
      }
      if (setup == Setup.CAREBRIDGE_WITH_UK_CORE) {
        engine.loadPackage(UK_CORE_ID, UK_CORE_VERSION);
      }
      engine.loadPackage(careBridge.toString(), null);
      engine.setPolicyAdvisor(new IgPublisherLikeAdvisor());
      Map<String, byte[]> examples = new HashMap<>();
      List<String> canonicals = new ArrayList<>();
      addExamples(careBridgePackage(), examples, canonicals);
      if (ukCore) {
        addExamples(ukCoreTgz, examples, canonicals);
      }
      engine.setFetcher(new PackageExamples(engine.getContext(), Map.copyOf(examples), List.copyOf(canonicals)));
      List<String> loaded = List.copyOf(engine.getContext().getLoadedPackages());
      return new OfficialEngine(setup, engine, Duration.ofNanos(System.nanoTime() - start), loaded);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the official engine offline: " + e, e);
    } finally {
      System.setProperty("user.home", previousHome);
    }
  }

  /** The engine reads package files lazily, so its folder lives as long as the JVM. */
  private static void deleteAtExit(Path folder) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a temporary folder left behind is harmless
      }
    }, "official-engine-cleanup"));
  }

  /** Collects a package's examples by {@code Type/id}, and its canonical. */
  private static void addExamples(byte[] tgz, Map<String, byte[]> examples, List<String> canonicals)
      throws IOException {
    String canonical = read(tgz).canonical();
    if (canonical != null && !canonical.isBlank()) {
      canonicals.add(canonical);
    }
    for (byte[] json : examples(tgz).values()) {
      JsonNode resource = JSON.readTree(json);
      if (resource.hasNonNull("resourceType") && resource.hasNonNull("id")) {
        examples.putIfAbsent(resource.get("resourceType").asText() + "/" + resource.get("id").asText(), json);
      }
    }
  }

  /** Extracts a package into the cache as {@code id#version} with the cache manager's own installer. */
  private static void install(Path cache, String id, String version, byte[] tgz) throws IOException {
    FilesystemPackageCacheManager pcm = new FilesystemPackageCacheManager.Builder()
        .withCacheFolder(cache.toString()).withPackageServers(List.of()).build();
    pcm.addPackageToCache(id, version, new ByteArrayInputStream(tgz), id + "-" + version + ".tgz (offline copy)");
  }

  /** A package with no resources: {@code package/package.json} and an empty index. */
  private static void writeEmptyPackage(Path cache, String id, String version) throws IOException {
    Path folder = Files.createDirectories(cache.resolve(id + "#" + version).resolve("package"));
    ObjectNode packageJson = JSON.createObjectNode();
    packageJson.put("name", id);
    packageJson.put("version", version);
    packageJson.putArray("fhirVersions").add(CorePackageWriter.VERSION);
    packageJson.put("description", "Empty offline stand-in written by the CareBridge differential tests");
    packageJson.putObject("dependencies");
    Files.writeString(folder.resolve("package.json"), JSON.writeValueAsString(packageJson));
    ObjectNode index = JSON.createObjectNode();
    index.put("index-version", 2);
    index.putArray("files");
    Files.writeString(folder.resolve(".index.json"), JSON.writeValueAsString(index));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /**
   * The IG Publisher's choices for what a message carries: references inside the input checked fully (the
   * engine always resolves them and validates the target against the target profiles); references that leave
   * the input not followed, as validator_cli does without {@code -check-references} (an integrator's single
   * resource refers to records only its own system holds); every binding checked, except ISO 4217 currencies.
   * Implements everything itself: it never calls back into the engine (the engine's own advisor methods
   * delegate to this one, so calling back would recurse forever).
   */
  static final class IgPublisherLikeAdvisor extends BasePolicyAdvisorForFullValidation {

    IgPublisherLikeAdvisor() {
      super(ReferenceValidationPolicy.CHECK_VALID, null);
    }

    @Override
    public ReferenceValidationPolicy policyForReference(IResourceValidator validator, Object appContext, String path,
        String url, ReferenceDestinationType destinationType) {
      return destinationType == ReferenceDestinationType.EXTERNAL ? ReferenceValidationPolicy.IGNORE
          : ReferenceValidationPolicy.CHECK_VALID;
    }

    @Override
    public EnumSet<CodedContentValidationAction> policyForCodedContent(IResourceValidator validator,
        Object appContext, String stackPath, ElementDefinition definition, StructureDefinition structure,
        BindingKind kind, AdditionalBindingPurpose purpose, ValueSet valueSet, List<String> systems) {
      boolean currencies = (systems != null && systems.contains(CURRENCIES))
          || (valueSet != null && CURRENCIES_VALUE_SET.equals(valueSet.getUrl()));
      return currencies ? EnumSet.noneOf(CodedContentValidationAction.class)
          : super.policyForCodedContent(validator, appContext, stackPath, definition, structure, kind, purpose,
              valueSet, systems);
    }
  }

  /** Keeps the engine's progress messages out of the test output. */
  private static final class Quiet implements ILoggingService {
    @Override
    public void logMessage(String message) {
      // progress only
    }

    @Override
    public void logDebugMessage(LogCategory category, String message) {
      // progress only
    }
  }

  /**
   * Resolves references that leave the input, as the IG Publisher does for an IG's examples: {@code Type/id}
   * (relative, or absolute under a package's canonical) is looked up among the examples of the loaded packages.
   * Only for single resources: a Bundle (a message, a care plan Bundle) must be self-contained, so a reference
   * that resolves nowhere in it stays unresolved (an error under CHECK_VALID). Everything else answers "unknown",
   * exactly as the engine does without a fetcher; nothing calls back into the engine.
   */
  static final class PackageExamples implements IValidatorResourceFetcher {

    /** Set around each validation: true when the input is a single resource (not a Bundle). */
    static final ThreadLocal<Boolean> SINGLE_RESOURCE = ThreadLocal.withInitial(() -> false);

    private final IWorkerContext context;
    private final Map<String, byte[]> examples;
    private final List<String> canonicals;

    PackageExamples(IWorkerContext context, Map<String, byte[]> examples, List<String> canonicals) {
      this.context = context;
      this.examples = examples;
      this.canonicals = canonicals;
    }

    @Override
    public org.hl7.fhir.r5.elementmodel.Element fetch(IResourceValidator validator, Object appContext, String url)
        throws IOException {
      if (!SINGLE_RESOURCE.get() || url == null) {
        return null;
      }
      String key = url;
      for (String canonical : canonicals) {
        if (key.startsWith(canonical + "/")) {
          key = key.substring(canonical.length() + 1);
        }
      }
      byte[] json = examples.get(key);
      return json == null ? null : Manager.parseSingle(context, new ByteArrayInputStream(json), FhirFormat.JSON);
    }

    @Override
    public boolean resolveURL(IResourceValidator validator, Object appContext, String path, String url, String type,
        boolean canonical, List<CanonicalType> targets) {
      return false;
    }

    @Override
    public byte[] fetchRaw(IResourceValidator validator, String source) throws IOException {
      throw new IOException("offline: " + source + " is not fetched");
    }

    @Override
    public IValidatorResourceFetcher setLocale(Locale locale) {
      return this;
    }

    @Override
    public CanonicalResource fetchCanonicalResource(IResourceValidator validator, Object appContext, String url) {
      return null;
    }

    @Override
    public boolean fetchesCanonicalResource(IResourceValidator validator, String url) {
      return false;
    }

    @Override
    public Set<ResourceVersionInformation> fetchCanonicalResourceVersions(IResourceValidator validator,
        Object appContext, String url) {
      return Set.of();
    }
  }
}
