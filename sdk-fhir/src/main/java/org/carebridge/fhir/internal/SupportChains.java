package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Builds the offline HAPI validation support chain: the FHIR R4 core definitions, the given FHIR packages,
 * the built-in code systems, in-memory terminology and snapshot generation. Nothing in it can reach a
 * terminology server or fetch a URL. The raw-HAPI comparison in the tests builds its chain here too, with
 * HAPI's own {@link DefaultProfileValidationSupport}, while the validator passes the build-time
 * {@link CoreIndex} (which serves the same core definitions; {@code CoreIndexTest}).
 */
public final class SupportChains {

  private SupportChains() {}

  /**
   * One loaded FHIR package.
   *
   * @param name the package name, e.g. {@code uk.carebridge.r4}
   * @param version its version
   * @param dependencies the packages it declares, as {@code name#version}
   * @param support its resources
   * @param resources how many resources it holds
   */
  public record LoadedPackage(String name, String version, List<String> dependencies, PrePopulatedValidationSupport support,
      int resources) {

    /** {@code name#version}. */
    public String id() {
      return name + "#" + version;
    }
  }

  /**
   * Reads a FHIR NPM package (.tgz) in memory, the same way as HAPI's {@code NpmPackageValidationSupport}:
   * every {@code .json} file of the {@code package/} folder becomes a resource; examples and other folders
   * are ignored. Nothing is written to disk.
   *
   * @throws IOException when the archive cannot be read or has no {@code package/} folder
   */
  public static LoadedPackage loadPackage(FhirContext ctx, byte[] tgz, String what) throws IOException {
    return load(ctx, NpmPackage.fromPackage(new ByteArrayInputStream(tgz)), what);
  }

  /**
   * Reads an unpacked FHIR package: a folder holding {@code package/package.json}, as in the FHIR package
   * cache ({@code ~/.fhir/packages/<name>#<version>}), or the {@code package} folder itself. Nothing is
   * written to the folder.
   *
   * @throws IOException when the folder cannot be read or is not a FHIR package
   */
  public static LoadedPackage loadFolder(FhirContext ctx, Path folder, String what) throws IOException {
    Path root = folder;
    if (!Files.isRegularFile(root.resolve("package").resolve("package.json"))) {
      if (Files.isRegularFile(root.resolve("package.json")) && root.getParent() != null
          && "package".equals(String.valueOf(root.getFileName()))) {
        root = root.getParent();
      } else {
        throw new IOException(what + " is not a FHIR package folder: it has no package/package.json");
      }
    }
    return load(ctx, NpmPackage.fromFolder(root.toString(), false), what);
  }

  private static LoadedPackage load(FhirContext ctx, NpmPackage npm, String what) throws IOException {
    NpmPackage.NpmPackageFolder folder = npm.getFolders().get("package");
    if (folder == null) {
      throw new IOException(what + " is not a FHIR package: it has no package/ folder");
    }
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(ctx);
    IParser parser = ctx.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    int count = 0;
    for (String file : folder.listFiles()) {
      String lower = file.toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".json") || lower.equals("package.json") || lower.startsWith(".")) {
        continue;
      }
      byte[] bytes = folder.fetchFile(file);
      if (bytes == null) {
        continue;
      }
      try {
        support.addResource(parser.parseResource(new String(bytes, StandardCharsets.UTF_8)));
        count++;
      } catch (RuntimeException e) {
        // Not a resource HAPI can read (e.g. an index or a non-FHIR JSON file): skipped, as HAPI does not
        // know what to do with it either.
      }
    }
    return new LoadedPackage(npm.name(), npm.version(), List.copyOf(npm.dependencies()), support, count);
  }

  /** The validation support chain over the given packages (in order, before the core definitions). */
  public static ValidationSupportChain chain(FhirContext ctx, List<LoadedPackage> packages) {
    return chain(ctx, packages, new DefaultProfileValidationSupport(ctx));
  }

  /**
   * As {@link #chain(FhirContext, List)}, with a given core definitions support: one that may already be
   * loaded, or the {@link CoreIndex}.
   */
  public static ValidationSupportChain chain(FhirContext ctx, List<LoadedPackage> packages,
      DefaultProfileValidationSupport core) {
    List<IValidationSupport> supports = new ArrayList<>();
    for (LoadedPackage p : packages) {
      supports.add(p.support());
    }
    supports.add(core);
    supports.add(new CommonCodeSystemsTerminologyService(ctx));
    supports.add(new InMemoryTerminologyServerValidationSupport(ctx));
    supports.add(new SnapshotGeneratingValidationSupport(ctx));
    return new ValidationSupportChain(supports);
  }
}
