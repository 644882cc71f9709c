package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carebridge.profiles.CareBridgePackage;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/**
 * The package .tgz as built by Maven: package.json, and .index.json files that describe exactly the files
 * next to them. Catches a hand-edited or stale package without needing Node or SUSHI.
 */
class PackageStructureTest {

  /** Definition types that belong at the package's top level (everything else is an example). */
  static final Set<String> CONFORMANCE_TYPES = Set.of(
      "CapabilityStatement", "CodeSystem", "CompartmentDefinition", "ConceptMap", "GraphDefinition",
      "ImplementationGuide", "MessageDefinition", "NamingSystem", "OperationDefinition", "SearchParameter",
      "StructureDefinition", "StructureMap", "TerminologyCapabilities", "ValueSet");

  private final PackageContents contents = PackageContents.get();

  @Test
  void packageJsonDescribesTheCareBridgePackage() {
    JsonNode pkg = contents.json("package/package.json");
    assertThat(pkg.path("name").asText()).isEqualTo(CareBridgePackage.NAME);
    assertThat(pkg.path("version").asText()).isEqualTo(CareBridgePackage.VERSION);
    assertThat(pkg.path("canonical").asText()).isEqualTo(CareBridgePackage.CANONICAL);
    assertThat(pkg.path("url").asText()).isEqualTo(CareBridgePackage.CANONICAL);
    assertThat(pkg.path("fhirVersions").isArray()).isTrue();
    assertThat(pkg.path("fhirVersions")).extracting(JsonNode::asText).containsExactly(CareBridgePackage.FHIR_VERSION);
    assertThat(pkg.path("dependencies").properties()).hasSize(2);
    assertThat(pkg.path("dependencies").path("hl7.fhir.r4.core").asText()).isEqualTo("4.0.1");
    assertThat(pkg.path("dependencies").path("fhir.r4.ukcore.stu2").asText()).as("UK Core STU2 is the declared base")
        .isEqualTo("2.0.2");
    assertThat(pkg.path("license").asText()).isEqualTo("Apache-2.0");
    assertThat(pkg.path("author").asText()).isEqualTo("CareBridge");
    assertThat(pkg.path("title").asText()).isNotBlank();
    assertThat(pkg.path("description").asText()).isNotBlank();
  }

  /**
   * The profiles of the resources UK Core STU2 2.0.2 profiles actively derive from them; CarePlan and
   * CareTeam (draft in UK Core, not in 2.0.2) derive from the base resources.
   */
  @Test
  void profilesDeriveFromUkCoreStu2() {
    Map<String, String> expected = Map.of(
        "carebridge-person", "UKCore-Patient",
        "carebridge-organisation", "UKCore-Organization",
        "carebridge-practitioner", "UKCore-Practitioner",
        "carebridge-practitioner-role", "UKCore-PractitionerRole",
        "carebridge-hospital-encounter", "UKCore-Encounter",
        "carebridge-hospital-location", "UKCore-Location",
        "carebridge-need", "UKCore-Condition");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      JsonNode sd = contents.json("package/StructureDefinition-" + e.getKey() + ".json");
      assertThat(sd.path("baseDefinition").asText()).as(e.getKey())
          .isEqualTo("https://fhir.hl7.org.uk/StructureDefinition/" + e.getValue());
    }
    assertThat(contents.json("package/StructureDefinition-carebridge-joint-care-plan.json").path("baseDefinition").asText())
        .isEqualTo("http://hl7.org/fhir/StructureDefinition/CarePlan");
    assertThat(contents.json("package/StructureDefinition-carebridge-key-worker-care-team.json").path("baseDefinition").asText())
        .isEqualTo("http://hl7.org/fhir/StructureDefinition/CareTeam");
  }

  @Test
  void archiveHoldsOnlyPackageFiles() {
    for (String path : contents.files().keySet()) {
      assertThat(path)
          .as("every entry sits in package/ or package/examples/ and is JSON")
          .matches("package/(examples/)?[^/]+\\.json");
    }
    assertThat(contents.files()).containsKeys(
        "package/package.json", "package/.index.json", "package/examples/.index.json");
  }

  @Test
  void topLevelIndexListsExactlyTheDefinitions() {
    checkIndex(PackageContents.DEFINITIONS, contents.definitions());
  }

  @Test
  void examplesIndexListsExactlyTheExamples() {
    checkIndex(PackageContents.EXAMPLES, contents.examples());
  }

  @Test
  void definitionsAndExamplesAreInTheRightFolder() {
    contents.definitions().forEach((file, resource) ->
        assertThat(CONFORMANCE_TYPES).as("%s is a definition", file).contains(resource.fhirType()));
    contents.examples().forEach((file, resource) ->
        assertThat(CONFORMANCE_TYPES).as("%s is an example instance", file).doesNotContain(resource.fhirType()));
  }

  @Test
  void definitionsUseTheCareBridgeCanonicalAndVersion() {
    contents.definitions().forEach((file, resource) -> {
      MetadataResource definition = (MetadataResource) resource;
      assertThat(definition.getUrl()).as("%s url", file)
          .isEqualTo(CareBridgePackage.canonicalUrl(resource.fhirType(), resource.getIdElement().getIdPart()));
      assertThat(definition.getVersion()).as("%s version", file).isEqualTo(CareBridgePackage.VERSION);
    });
  }

  private void checkIndex(String folder, Map<String, Resource> resources) {
    JsonNode index = contents.json(folder + ".index.json");
    assertThat(index.path("index-version").asInt()).as(folder + ".index.json index-version").isEqualTo(2);

    Map<String, JsonNode> entries = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    for (JsonNode entry : index.path("files")) {
      String filename = entry.path("filename").asText();
      assertThat(entries.put(filename, entry)).as("duplicate index entry %s", filename).isNull();
      order.add(filename);
    }
    Set<String> filesInFolder = new TreeSet<>();
    for (String path : contents.files().keySet()) {
      String rest = path.substring(Math.min(path.length(), folder.length()));
      if (path.startsWith(folder) && !rest.contains("/") && !rest.equals(".index.json")
          && !rest.equals("package.json")) {
        filesInFolder.add(rest);
      }
    }
    assertThat(entries.keySet()).as(folder + ".index.json lists exactly the files in " + folder)
        .containsExactlyInAnyOrderElementsOf(filesInFolder);
    assertThat(order).as(folder + ".index.json is sorted by filename").isSorted();

    resources.forEach((filename, resource) -> {
      JsonNode entry = entries.get(filename);
      String id = resource.getIdElement().getIdPart();
      assertThat(filename).isEqualTo(resource.fhirType() + "-" + id + ".json");
      assertThat(entry.path("resourceType").asText()).as(filename).isEqualTo(resource.fhirType());
      assertThat(entry.path("id").asText()).as(filename).isEqualTo(id);
      String url = resource instanceof MetadataResource m ? m.getUrl() : null;
      String version = resource instanceof MetadataResource m ? m.getVersion() : null;
      assertThat(text(entry, "url")).as(filename + " url").isEqualTo(url);
      assertThat(text(entry, "version")).as(filename + " version").isEqualTo(version);
      if (resource instanceof StructureDefinition sd) {
        assertThat(text(entry, "kind")).as(filename + " kind").isEqualTo(sd.getKind().toCode());
        assertThat(text(entry, "type")).as(filename + " type").isEqualTo(sd.getType());
      } else {
        assertThat(entry.has("kind") || entry.has("type")).as(filename + " kind/type only for profiles").isFalse();
      }
    });
  }

  private static String text(JsonNode entry, String field) {
    return entry.has(field) ? entry.get(field).asText() : null;
  }
}
