package org.carebridge.profiles.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Offline validators, built once per test JVM and shared by every test (building one costs seconds; a
 * warm validation costs milliseconds). Nothing here reaches the network: the chain holds only the R4 core
 * definitions from hapi-fhir-validation-resources-r4, the CareBridge package from the classpath and (for
 * the UK Core checks only) the UK Core files from ../shared/ukcore.
 */
final class Validators {

  static final FhirContext CTX = FhirContext.forR4Cached();

  /** UK Core R4 development snapshot (draft CarePlan/CareTeam), outside the repository: {@code ../shared/ukcore}. */
  static final Path UK_CORE_DIR = Path.of("..", "..", "shared", "ukcore").toAbsolutePath().normalize();

  /**
   * UK Core STU2 2.0.2, the package's declared dependency, outside the repository:
   * {@code ../shared/ukcore-stu2/fhir.r4.ukcore.stu2-2.0.2.tgz}.
   */
  static final Path UK_CORE_STU2 = Path.of("..", "..", "shared", "ukcore-stu2", "fhir.r4.ukcore.stu2-2.0.2.tgz")
      .toAbsolutePath().normalize();

  private Validators() {}

  private static final class Core {
    static final DefaultProfileValidationSupport DEFINITIONS = new DefaultProfileValidationSupport(CTX);
  }

  private static final class CareBridge {
    static final NpmPackageValidationSupport PACKAGE = loadPackage();
    static final PrePopulatedValidationSupport UK_CORE_STU2_PACKAGE = loadUkCoreStu2();
    static final ValidationSupportChain CHAIN = chain(PACKAGE, UK_CORE_STU2_PACKAGE);
    static final FhirValidator VALIDATOR = validator(CHAIN);
  }

  private static final class UkCore {
    static final ValidationSupportChain CHAIN = chain(loadUkCore(), CareBridge.PACKAGE, CareBridge.UK_CORE_STU2_PACKAGE);
    static final FhirValidator VALIDATOR = validator(CHAIN);
  }

  /** The package loaded by HAPI's NpmPackageValidationSupport from the built .tgz on the classpath. */
  static NpmPackageValidationSupport carebridgePackage() {
    return CareBridge.PACKAGE;
  }

  /**
   * Core definitions + CareBridge package + its dependency UK Core STU2 + offline terminology + snapshot
   * generation. Skips the calling test when UK Core STU2 is absent: the profiles derive from it.
   */
  static ValidationSupportChain carebridgeChain() {
    assumeUkCoreStu2();
    return CareBridge.CHAIN;
  }

  /**
   * Validates against the given profile (and any profile in meta.profile) with the CareBridge chain. Skips
   * the calling test when UK Core STU2 is absent.
   */
  static ValidationResult validate(IBaseResource resource, String profileUrl) {
    assumeUkCoreStu2();
    return CareBridge.VALIDATOR.validateWithResult(resource, new ValidationOptions().addProfile(profileUrl));
  }

  /** Skips the calling test, saying why, when UK Core STU2 2.0.2 is not at {@link #UK_CORE_STU2}. */
  static void assumeUkCoreStu2() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(UK_CORE_STU2), "UK Core STU2 2.0.2 is not at "
        + UK_CORE_STU2 + " (../shared/ukcore-stu2 beside the repository); the CareBridge profiles derive from it");
  }

  static boolean ukCoreAvailable() {
    return Files.isDirectory(UK_CORE_DIR.resolve("structuredefinitions"));
  }

  /** Validates with the CareBridge chain plus UK Core (only call when {@link #ukCoreAvailable()}). */
  static ValidationResult validateWithUkCore(IBaseResource resource, String profileUrl) {
    return UkCore.VALIDATOR.validateWithResult(resource, new ValidationOptions().addProfile(profileUrl));
  }

  /** Whether UK Core defines the given StructureDefinition (by canonical URL). */
  static boolean ukCoreHasProfile(String url) {
    return UkCore.CHAIN.fetchStructureDefinition(url) != null;
  }

  static List<SingleValidationMessage> errors(ValidationResult result) {
    return result.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .collect(Collectors.toList());
  }

  /** All messages, one a line, for failure output. */
  static String describe(List<SingleValidationMessage> messages) {
    return messages.stream()
        .map(m -> "  " + m.getSeverity() + " @ " + m.getLocationString() + " [" + m.getMessageId() + "] "
            + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  private static NpmPackageValidationSupport loadPackage() {
    NpmPackageValidationSupport support = new NpmPackageValidationSupport(CTX);
    try {
      support.loadPackageFromClasspath(CareBridgePackage.CLASSPATH_LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return support;
  }

  private static ValidationSupportChain chain(IValidationSupport... packages) {
    List<IValidationSupport> modules = new java.util.ArrayList<>(List.of(packages));
    modules.add(Core.DEFINITIONS);
    modules.add(new CommonCodeSystemsTerminologyService(CTX));
    modules.add(new InMemoryTerminologyServerValidationSupport(CTX));
    modules.add(new SnapshotGeneratingValidationSupport(CTX));
    return new ValidationSupportChain(modules);
  }

  private static FhirValidator validator(ValidationSupportChain chain) {
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    // A meta.profile (or requested profile) that the chain does not know is an error, not a silent pass.
    module.setErrorForUnknownProfiles(true);
    return CTX.newValidator().registerValidatorModule(module);
  }

  /** UK Core's StructureDefinitions, CodeSystems and ValueSets (XML, differential only). */
  /** The resources of UK Core STU2's package/ folder (empty when the package is absent). */
  private static PrePopulatedValidationSupport loadUkCoreStu2() {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(CTX);
    if (!Files.isRegularFile(UK_CORE_STU2)) {
      return support;
    }
    var parser = CTX.newJsonParser();
    try (InputStream in = Files.newInputStream(UK_CORE_STU2)) {
      NpmPackage npm = NpmPackage.fromPackage(in);
      NpmPackage.NpmPackageFolder folder = npm.getFolders().get("package");
      for (String file : folder.listFiles()) {
        if (file.endsWith(".json") && !file.startsWith(".") && !file.equals("package.json")) {
          support.addResource(parser.parseResource(new String(folder.fetchFile(file), java.nio.charset.StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return support;
  }

  private static PrePopulatedValidationSupport loadUkCore() {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(CTX);
    var parser = CTX.newXmlParser();
    for (String folder : List.of("structuredefinitions", "codesystems", "valuesets")) {
      Path dir = UK_CORE_DIR.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            support.addResource(parser.parseResource(in));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return support;
  }
}
