package org.carebridge.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Build aid: writes the FHIR R4 core definitions that HAPI ships in {@code hapi-fhir-validation-resources-r4}
 * as an NPM-style package folder {@code hl7.fhir.r4.core#4.0.1/package/}, so that SUSHI can compile the
 * CareBridge FSH without reaching the FHIR package registry.
 *
 * <p>The result is a <em>synthesized</em> stand-in for the official {@code hl7.fhir.r4.core} package, good
 * enough for SUSHI (StructureDefinitions with snapshots, ValueSets, CodeSystems, SearchParameters). It is
 * never published and never committed: {@code profiles/scripts/regenerate.sh} writes it into a git-ignored
 * cache folder.
 *
 * <p>Usage: {@code CorePackageWriter <packages-dir>}; writes {@code <packages-dir>/hl7.fhir.r4.core#4.0.1}.
 * The folder is first written next to its final place and then moved, so an interrupted run never leaves a
 * half-written package behind.
 */
public final class CorePackageWriter {

  /** Name of the package written. */
  public static final String NAME = "hl7.fhir.r4.core";

  /** Version of the package written. */
  public static final String VERSION = "4.0.1";

  /** The R4 definition bundles inside hapi-fhir-validation-resources-r4. */
  private static final List<String> CORE_BUNDLES = List.of(
      "/org/hl7/fhir/r4/model/profile/profiles-types.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-resources.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-others.xml",
      "/org/hl7/fhir/r4/model/extension/extension-definitions.xml",
      "/org/hl7/fhir/r4/model/valueset/valuesets.xml",
      "/org/hl7/fhir/r4/model/valueset/v2-tables.xml",
      "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml");

  private CorePackageWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CorePackageWriter <packages-dir>");
      System.exit(2);
    }
    Path packagesDir = Path.of(args[0]).toAbsolutePath();
    int count = write(packagesDir);
    System.out.println("Wrote " + count + " core resources to " + packagesDir.resolve(NAME + "#" + VERSION));
  }

  /**
   * Writes the package folder {@code <packagesDir>/hl7.fhir.r4.core#4.0.1}, replacing any previous one.
   *
   * @return the number of resources written
   */
  public static int write(Path packagesDir) throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    DefaultProfileValidationSupport support = new DefaultProfileValidationSupport(ctx);

    // Key "<ResourceType>-<id>" keeps the output sorted and de-duplicated (fetchAllConformanceResources
    // already contains the StructureDefinitions; SearchParameters come separately).
    Map<String, Resource> resources = new TreeMap<>();
    List<IBaseResource> all = new ArrayList<>(support.fetchAllConformanceResources());
    all.addAll(support.fetchAllStructureDefinitions());
    all.addAll(support.fetchAllSearchParameters());
    // DefaultProfileValidationSupport loads ValueSets and CodeSystems lazily, one URL at a time, and never lists
    // them; the same jar's bundles do, together with the other conformance resources
    // (OperationDefinition, CompartmentDefinition, ConceptMap, ...).
    IParser xml = ctx.newXmlParser();
    for (String bundle : CORE_BUNDLES) {
      try (InputStream in = CorePackageWriter.class.getResourceAsStream(bundle)) {
        if (in == null) {
          throw new IllegalStateException(bundle + " is not on the classpath (hapi-fhir-validation-resources-r4)");
        }
        Bundle parsed = xml.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
        for (Bundle.BundleEntryComponent entry : parsed.getEntry()) {
          if (entry.hasResource()) {
            all.add(entry.getResource());
          }
        }
      }
    }
    for (IBaseResource base : all) {
      Resource resource = (Resource) base;
      String type = resource.fhirType();
      String id = resource.getIdElement().getIdPart();
      if (id == null || id.isBlank()) {
        throw new IllegalStateException("core " + type + " without id: " + describe(resource));
      }
      resources.putIfAbsent(type + "-" + id, resource);
    }

    Files.createDirectories(packagesDir);
    Path target = packagesDir.resolve(NAME + "#" + VERSION);
    Path work = Files.createTempDirectory(packagesDir, ".core-writing-");
    Path packageDir = work.resolve("package");
    Files.createDirectories(packageDir);

    IParser parser = ctx.newJsonParser().setPrettyPrint(true);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode index = mapper.createObjectNode();
    index.put("index-version", 2);
    ArrayNode files = index.putArray("files");
    for (Map.Entry<String, Resource> entry : resources.entrySet()) {
      Resource resource = entry.getValue();
      String filename = entry.getKey() + ".json";
      Files.writeString(packageDir.resolve(filename), parser.encodeResourceToString(resource),
          StandardCharsets.UTF_8);
      files.add(indexEntry(mapper, filename, resource));
    }
    mapper.writeValue(packageDir.resolve(".index.json").toFile(), index);

    ObjectNode packageJson = mapper.createObjectNode();
    packageJson.put("name", NAME);
    packageJson.put("version", VERSION);
    packageJson.put("tools-version", 3);
    packageJson.put("type", "Core");
    packageJson.putArray("fhirVersions").add(VERSION);
    packageJson.put("description",
        "Synthesized from hapi-fhir-validation-resources-r4 for offline SUSHI builds (build aid, never published)");
    packageJson.put("url", "http://hl7.org/fhir/R4");
    packageJson.put("canonical", "http://hl7.org/fhir");
    packageJson.put("license", "CC0-1.0");
    packageJson.putObject("dependencies");
    mapper.writeValue(packageDir.resolve("package.json").toFile(), packageJson);

    deleteRecursively(target);
    Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    return resources.size();
  }

  private static ObjectNode indexEntry(ObjectMapper mapper, String filename, Resource resource) {
    ObjectNode node = mapper.createObjectNode();
    node.put("filename", filename);
    node.put("resourceType", resource.fhirType());
    node.put("id", resource.getIdElement().getIdPart());
    if (resource instanceof MetadataResource metadata) {
      if (metadata.hasUrl()) {
        node.put("url", metadata.getUrl());
      }
      if (metadata.hasVersion()) {
        node.put("version", metadata.getVersion());
      }
    }
    if (resource instanceof StructureDefinition sd) {
      if (sd.hasKind()) {
        node.put("kind", sd.getKind().toCode());
      }
      if (sd.hasType()) {
        node.put("type", sd.getType());
      }
      if (sd.hasDerivation()) {
        node.put("derivation", sd.getDerivation().toCode());
      }
    } else if (resource instanceof CodeSystem cs && cs.hasContent()) {
      node.put("content", cs.getContent().toCode());
    }
    return node;
  }

  private static String describe(Resource resource) {
    return resource instanceof MetadataResource m && m.hasUrl() ? m.getUrl() : resource.toString();
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
