package org.carebridge.profiles.conformance;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/** The built package .tgz, read once from the classpath (where the build puts it) and parsed. */
final class PackageContents {

  static final String DEFINITIONS = "package/";
  static final String EXAMPLES = "package/examples/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> files;
  private final Map<String, Resource> definitions = new TreeMap<>();
  private final Map<String, Resource> examples = new TreeMap<>();

  private PackageContents() {
    try (InputStream in = CareBridgePackage.openPackage()) {
      files = Collections.unmodifiableMap(Tgz.readFiles(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var parser = FhirContext.forR4Cached().newJsonParser();
    files.forEach((path, bytes) -> {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (!name.endsWith(".json") || name.equals("package.json") || name.equals(".index.json")) {
        return;
      }
      Resource resource = (Resource) parser.parseResource(new String(bytes, StandardCharsets.UTF_8));
      if (path.startsWith(EXAMPLES)) {
        examples.put(name, resource);
      } else if (path.startsWith(DEFINITIONS) && path.indexOf('/', DEFINITIONS.length()) < 0) {
        definitions.put(name, resource);
      }
    });
  }

  private static final class Holder {
    static final PackageContents INSTANCE = new PackageContents();
  }

  static PackageContents get() {
    return Holder.INSTANCE;
  }

  /** Every file of the archive by path (e.g. {@code package/package.json}). */
  Map<String, byte[]> files() {
    return files;
  }

  JsonNode json(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new AssertionError(path + " is missing from the package");
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new AssertionError(path + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Top-level resources (the definitions) by file name. */
  Map<String, Resource> definitions() {
    return Collections.unmodifiableMap(definitions);
  }

  /** Resources under examples/ by file name. */
  Map<String, Resource> examples() {
    return Collections.unmodifiableMap(examples);
  }

  List<StructureDefinition> structureDefinitions() {
    List<StructureDefinition> result = new ArrayList<>();
    for (Resource r : definitions.values()) {
      if (r instanceof StructureDefinition sd) {
        result.add(sd);
      }
    }
    return result;
  }

  /** Invariant keys starting with {@code cb-} declared by any CareBridge StructureDefinition. */
  Map<String, String> careBridgeInvariants() {
    Map<String, String> keys = new TreeMap<>();
    for (StructureDefinition sd : structureDefinitions()) {
      List<ElementDefinition> elements = new ArrayList<>(sd.getDifferential().getElement());
      elements.addAll(sd.getSnapshot().getElement());
      for (ElementDefinition element : elements) {
        for (ElementDefinition.ElementDefinitionConstraintComponent c : element.getConstraint()) {
          if (c.getKey() != null && c.getKey().startsWith("cb-")) {
            keys.putIfAbsent(c.getKey(), sd.getId() + " " + element.getPath() + ": " + c.getHuman());
          }
        }
      }
    }
    return keys;
  }
}
