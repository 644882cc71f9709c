package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
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
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.CodeSystem;
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
    Path dir = folder.resolve("package");
    if (!Files.isRegularFile(dir.resolve("package.json"))) {
      if (Files.isRegularFile(folder.resolve("package.json")) && "package".equals(String.valueOf(folder.getFileName()))) {
        dir = folder;
      } else {
        throw new IOException(what + " is not a FHIR package folder: it has no package/package.json");
      }
    }
    // Read here rather than with NpmPackage.fromFolder, which writes missing index files into the folder
    // (a shared package cache is never written to).
    JsonObject manifest;
    try {
      manifest = JsonParser.parseString(Files.readString(dir.resolve("package.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IOException(what + ": package/package.json is not a JSON object", e);
    }
    String name = manifest.has("name") ? manifest.get("name").getAsString() : null;
    String version = manifest.has("version") ? manifest.get("version").getAsString() : null;
    if (name == null || version == null) {
      throw new IOException(what + ": package/package.json has no name or version");
    }
    List<String> dependencies = new ArrayList<>();
    if (manifest.has("dependencies") && manifest.get("dependencies").isJsonObject()) {
      for (Map.Entry<String, JsonElement> d : manifest.getAsJsonObject("dependencies").entrySet()) {
        dependencies.add(d.getKey() + "#" + d.getValue().getAsString());
      }
    }
    List<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
    }
    Path from = dir;
    return load(ctx, name, version, dependencies, files, f -> Files.readAllBytes(from.resolve(f)));
  }

  private static LoadedPackage load(FhirContext ctx, NpmPackage npm, String what) throws IOException {
    NpmPackage.NpmPackageFolder folder = npm.getFolders().get("package");
    if (folder == null) {
      throw new IOException(what + " is not a FHIR package: it has no package/ folder");
    }
    return load(ctx, npm.name(), npm.version(), npm.dependencies(), folder.listFiles(), folder::fetchFile);
  }

  /** Reads one file of a package folder (null: absent). */
  private interface FileReader {
    byte[] read(String file) throws IOException;
  }

  private static LoadedPackage load(FhirContext ctx, String name, String version, List<String> dependencies,
      List<String> files, FileReader reader) throws IOException {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(ctx);
    IParser parser = ctx.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    int count = 0;
    for (String file : files) {
      String lower = file.toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".json") || lower.equals("package.json") || lower.startsWith(".")) {
        continue;
      }
      byte[] bytes = reader.read(file);
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
    return new LoadedPackage(name, version, List.copyOf(dependencies), support, count);
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
    return chain(ctx, null, packages, core);
  }

  /** The chain: {@code first} (when not null), the packages, the core definitions, then terminology and snapshots. */
  private static ValidationSupportChain chain(FhirContext ctx, IValidationSupport first, List<LoadedPackage> packages,
      DefaultProfileValidationSupport core) {
    List<IValidationSupport> supports = new ArrayList<>();
    if (first != null) {
      supports.add(first);
    }
    for (LoadedPackage p : packages) {
      supports.add(p.support());
    }
    supports.add(core);
    supports.add(new CommonCodeSystemsTerminologyService(ctx));
    supports.add(terminology(ctx));
    supports.add(new SnapshotGeneratingValidationSupport(ctx));
    return new ValidationSupportChain(supports);
  }

  /**
   * What the validator needs when declared dependencies are missing: the chain with stand-ins for their
   * extension definitions, and their namespaces and the number of their definitions the packages use.
   *
   * @param chain the chain, now with the stand-ins first
   * @param namespaces the missing packages' namespaces (see {@link Dangling#namespaces})
   * @param definitions how many of their definitions the loaded packages use
   */
  public record Missing(ValidationSupportChain chain, Set<String> namespaces, int definitions) {}

  /** The chain over the packages, and what is missing from it (see {@link Missing}). */
  public static Missing withMissingDependencies(FhirContext ctx, List<LoadedPackage> packages,
      DefaultProfileValidationSupport core) {
    ValidationSupportChain chain = chain(ctx, packages, core);
    Dangling.Found found = Dangling.find(packages, chain);
    if (!found.extensions().isEmpty()) {
      chain = chain(ctx, Dangling.standIns(ctx, found.extensions(), chain), packages, core);
    }
    return new Missing(chain, Dangling.namespaces(found.urls()), found.urls().size());
  }

  /**
   * In-memory terminology that checks displays as the official engine does: a display that is not the code's
   * (compared without regard to case, but not to white space: the engine's {@code Display_Name_WS_...} is an
   * error too) is an error. HAPI's worker context asks without display checking.
   */
  private static InMemoryTerminologyServerValidationSupport terminology(FhirContext ctx) {
    return new InMemoryTerminologyServerValidationSupport(ctx) {
      @Override
      public CodeValidationResult validateCode(ValidationSupportContext context, ConceptValidationOptions options,
          String system, String code, String display, String valueSetUrl) {
        CodeValidationResult incomplete = incomplete(system, code);
        if (incomplete != null) {
          return incomplete;
        }
        return checkDisplay(ctx, context, super.validateCode(context, options, system, code, display, valueSetUrl),
            system, code, display);
      }

      @Override
      public CodeValidationResult validateCodeInValueSet(ValidationSupportContext context,
          ConceptValidationOptions options, String system, String code, String display, IBaseResource valueSet) {
        CodeValidationResult incomplete = incomplete(system, code);
        if (incomplete != null) {
          return incomplete;
        }
        return checkDisplay(ctx, context,
            super.validateCodeInValueSet(context, options, system, code, display, valueSet), system, code, display);
      }
    };
  }

  /**
   * A coding with a system and no code: as the official engine, a warning about the coding ("no code provided"),
   * not "unknown code" (HAPI's in-memory answer, an error), and a binding that is not met. Null otherwise.
   *
   * <p>A coding with a code and no system stays HAPI's "not in the value set": the engine then leaves a required
   * binding unjudged but still refuses the coding where a slice is told apart by that binding; one answer cannot
   * give both here, and the stricter one never accepts what the engine rejects.
   */
  private static IValidationSupport.CodeValidationResult incomplete(String system, String code) {
    if (system != null && !system.isBlank() && (code == null || code.isBlank())) {
      // not a valid coding, so a required binding is not met (an error there, a warning for an extensible one),
      // but what is said about the coding itself is a warning, as the engine says it
      String message = "No code provided for CodeSystem '" + system + "'";
      return new IValidationSupport.CodeValidationResult().setSeverity(IValidationSupport.IssueSeverity.ERROR)
          .setMessage(message).addIssue(new IValidationSupport.CodeValidationIssue(message,
              IValidationSupport.IssueSeverity.WARNING, IValidationSupport.CodeValidationIssueCode.INVALID,
              IValidationSupport.CodeValidationIssueCoding.INVALID_CODE));
    }
    return null;
  }

  /**
   * The result, or a display mismatch when the code system is one a package holds whole (an external one, such
   * as SNOMED CT, cannot be checked offline beyond the value sets that list its codes).
   */
  private static IValidationSupport.CodeValidationResult checkDisplay(FhirContext ctx, ValidationSupportContext context,
      IValidationSupport.CodeValidationResult result, String system, String code, String display) {
    if (result == null || !result.isOk() || display == null || display.isBlank() || result.getDisplay() == null
        || result.getDisplay().isBlank() || sameDisplay(display, result.getDisplay()) || system == null
        || !(context.getRootValidationSupport().fetchCodeSystem(system) instanceof CodeSystem cs)
        || cs.getContent() != CodeSystem.CodeSystemContentMode.COMPLETE) {
      return result;
    }
    return InMemoryTerminologyServerValidationSupport.createResultForDisplayMismatch(ctx, code, display,
        result.getDisplay(), system, result.getCodeSystemVersion(), IValidationSupport.IssueSeverity.ERROR);
  }

  private static boolean sameDisplay(String a, String b) {
    return a.equalsIgnoreCase(b);
  }

  /** See {@link Dangling#externalSystems}. */
  public static Set<String> externalSystems(List<LoadedPackage> packages, IValidationSupport chain) {
    return Dangling.externalSystems(packages, chain);
  }
}
