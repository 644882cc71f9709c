package org.carebridge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.carebridge.cli.internal.Validators;
import org.carebridge.fhir.CareBridgeValidator;
import picocli.CommandLine.Option;

/** The package options of {@code validate} and {@code serve}: which FHIR packages the validator loads. */
final class PackageOptions {

  @Option(names = {"-p", "--package"}, paramLabel = "PACKAGE",
      description = "Also load this FHIR package, a .tgz file or an unpacked package folder (repeatable), for example"
          + " UK Core. The CareBridge package is always loaded; a package given here also stands in for a declared"
          + " dependency of the same name.")
  List<Path> packages = new ArrayList<>();

  @Option(names = "--package-cache", paramLabel = "DIR",
      description = "The FHIR package cache in which the CareBridge package's declared dependencies (UK Core) are"
          + " looked for, as DIR/<name>#<version>/package (default: ~/.fhir/packages, shared with SUSHI, the HL7"
          + " validator and Firely's tools). Nothing is ever downloaded.")
  Path packageCache;

  /**
   * The shared validator for these packages and the other settings given.
   *
   * @param settings what else sets the validator up (its limits), as the key it is shared by
   * @param customise applies those settings to the builder
   */
  CareBridgeValidator validator(List<Object> settings, Consumer<CareBridgeValidator.Builder> customise) {
    return Validators.get(packages, packageCache, settings, customise);
  }
}
