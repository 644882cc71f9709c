package org.carebridge.cli.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The start-up reference for {@code carebridge validate}: raw HAPI FHIR 8.8.1 set up the way its documentation
 * shows (a {@link FhirValidator} with a {@link FhirInstanceValidator} over the core definitions, the CareBridge
 * package, common code systems, in-memory terminology and snapshot generation), validating one file in a new
 * process. Not a test. Run it on the same class path as the command line, with the same JVM options, and time
 * the whole process:
 *
 * <pre>
 * ./mvnw -q -pl cli -am package -DskipTests && ./mvnw -q -o -pl cli test-compile
 * time java -cp cli/target/carebridge.jar:cli/target/test-classes org.carebridge.cli.bench.RawHapiStart \
 *     profiles/src/main/fhir/package/examples/Bundle-discharge-notice-example.json [fhir.r4.ukcore.stu2-2.0.2.tgz]
 * </pre>
 *
 * <p>A second argument is a package file whose definitions and terminology are added to the chain (as
 * {@code carebridge validate --package} adds UK Core).
 */
public final class RawHapiStart {
  private RawHapiStart() {}

  public static void main(String[] args) throws Exception {
    FhirContext ctx = FhirContext.forR4Cached();
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(ctx);
    npm.loadPackageFromClasspath(CareBridgePackage.CLASSPATH_LOCATION);
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), npm,
        new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
        new SnapshotGeneratingValidationSupport(ctx));
    if (args.length > 1) {
      // a second package file (UK Core, as carebridge validate --package gets it): its definitions and terminology
      PrePopulatedValidationSupport extra = new PrePopulatedValidationSupport(ctx);
      NpmPackage p = NpmPackage.fromPackage(Files.newInputStream(Path.of(args[1])));
      IParser parser = ctx.newJsonParser();
      for (String type : List.of("StructureDefinition", "ValueSet", "CodeSystem")) {
        for (String f : p.listResources(type)) {
          try (InputStream in = p.load("package", f)) {
            extra.addResource(parser.parseResource(in));
          }
        }
      }
      chain.addValidationSupport(1, extra);
    }
    FhirValidator validator = ctx.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    ValidationResult result = validator.validateWithResult(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    long errors = result.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL).count();
    System.out.println(args[0] + ": " + result.getMessages().size() + " messages, " + errors + " errors");
    System.exit(errors == 0 ? 0 : 1);
  }
}
