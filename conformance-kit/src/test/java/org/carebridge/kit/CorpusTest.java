package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.FhirInput;
import org.carebridge.kit.CorpusEntry.Expectation;
import org.carebridge.kit.internal.Issues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole conformance corpus, one dynamic test per manifest entry, against the JVM's one validator; and the
 * manifest's completeness: every file listed, every profile, extension and invariant of the package covered.
 */
class CorpusTest {

  static final Path PACKAGE = Path.of("../profiles/src/main/fhir/package");
  /** The corpus folder in this module's sources (the same files as on the class path). */
  static final Path SOURCES = Path.of("src/main/resources" + ConformanceCorpus.RESOURCE_FOLDER);
  static final ConformanceCorpus CORPUS = ConformanceCorpus.load();

  @TestFactory
  Stream<DynamicTest> everyExampleBehavesAsTheManifestSays() {
    ConformanceKit kit = ConformanceKit.shared();
    return CORPUS.entries().stream().map(entry -> DynamicTest.dynamicTest(
        entry.expected().name().toLowerCase() + " " + entry.id() + " (" + entry.file() + ")", () -> {
          List<Issue> actual = Issues.validate(kit.validator(), FhirInput.of(entry.content()),
              entry.profile().orElse(null)).issues();
          assertThat(entry.mismatches(actual)).as("%s: mismatches with the manifest; all issues:%n%s", entry.file(),
              actual.stream().map(Issue::toString).collect(Collectors.joining("\n"))).isEmpty();
          assertThat(ConformanceCorpus.check(kit, entry)).isEmpty();
        }));
  }

  @Test
  void everyCorpusFileIsInTheManifestAndEveryEntryHasItsFile() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      onDisk = walk.filter(Files::isRegularFile).map(p -> SOURCES.relativize(p).toString()
          .replace('\\', '/')).filter(p -> !p.equals(ConformanceCorpus.MANIFEST)).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = CORPUS.entries().stream().map(CorpusEntry::file).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).as("files in manifest.json").containsExactlyElementsOf(onDisk);
    assertThat(CORPUS.entries()).allSatisfy(e -> assertThat(e.file())
        .startsWith(e.expected() == Expectation.VALID ? "positive/" : "negative/"));
  }

  @Test
  void everyProfileAndExtensionOfThePackageAppearsInAPositiveExample() throws IOException {
    String positives = CORPUS.entries().stream().filter(e -> e.expected() == Expectation.VALID)
        .map(e -> new String(e.content(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
    List<String> urls = structureDefinitions().values().stream().map(CorpusTest::urlInInstances).toList();
    assertThat(urls).hasSizeGreaterThan(30);
    assertThat(urls).allSatisfy(url -> assertThat(positives).as("a positive example uses " + url)
        .contains(url + "\""));
  }

  @Test
  void everyInvariantOfThePackageHasANegativeExample() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (JsonNode sd : structureDefinitions().values()) {
      for (JsonNode element : sd.path("differential").path("element")) {
        for (JsonNode constraint : element.path("constraint")) {
          if (constraint.path("key").asText().startsWith("cb-")) {
            keys.add(constraint.path("key").asText());
          }
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(20);
    Set<String> covered = CORPUS.entries().stream().flatMap(e -> e.issues().stream())
        .map(i -> i.code().substring(i.code().indexOf('#') + 1)).collect(Collectors.toSet());
    assertThat(keys).allSatisfy(key -> assertThat(covered).as("a negative example expects " + key).contains(key));
  }

  @Test
  void theNegativesCoverEveryKindOfDefect() {
    Set<String> codes = CORPUS.entries().stream().flatMap(e -> e.issues().stream()).map(i -> i.code())
        .collect(Collectors.toSet());
    assertThat(codes).contains(
        "CB-INPUT-006",                     // XML with a DOCTYPE: refused
        "CB-INPUT-004",                     // malformed JSON
        "CB-INPUT-007",                     // a JSON array, not a resource
        "Validation_VAL_Profile_WrongType", // a resource of the wrong type for its profile
        "Reference_REF_BadTargetType",      // a reference to the wrong resource type
        "Validation_VAL_Profile_Minimum",   // a required element missing
        "Bundle_BUNDLE_Entry_NotFound",     // a broken reference inside a Bundle
        "Terminology_TX_NoValid_12",        // a code outside a required value set
        "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1");  // NHS number
    assertThat(CORPUS.entries()).filteredOn(e -> e.file().endsWith(".xml"))
        .extracting(CorpusEntry::expected).contains(Expectation.VALID, Expectation.INVALID);
  }

  @Test
  void thePositivesHoldTheStoryAndTheNewScenariosAsCompleteBundles() {
    Map<String, List<CorpusEntry>> byScenario = CORPUS.entries().stream()
        .filter(e -> e.expected() == Expectation.VALID)
        .collect(Collectors.groupingBy(CorpusEntry::scenario, TreeMap::new, Collectors.toList()));
    assertThat(byScenario).containsKeys("founding story", "withdrawal after a cancelled operation",
        "personal health budget held by a nominated person", "key worker hand-over across organisations");
    for (String scenario : List.of("withdrawal after a cancelled operation",
        "personal health budget held by a nominated person", "key worker hand-over across organisations")) {
      assertThat(byScenario.get(scenario)).allSatisfy(e -> {
        String text = new String(e.content(), StandardCharsets.UTF_8);
        ca.uhn.fhir.parser.IParser parser = e.file().endsWith(".xml") ? FhirContext.forR4Cached().newXmlParser()
            : FhirContext.forR4Cached().newJsonParser();
        org.hl7.fhir.r4.model.Bundle bundle = parser.parseResource(org.hl7.fhir.r4.model.Bundle.class, text);
        assertThat(bundle.getType()).isIn(org.hl7.fhir.r4.model.Bundle.BundleType.MESSAGE,
            org.hl7.fhir.r4.model.Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).hasSizeGreaterThan(3);
      });
    }
  }

  /**
   * The URL an instance carries for a StructureDefinition: its own, except for an extension that fixes another
   * {@code Extension.url} (a profile of another package's extension, whose URL instances keep).
   */
  static String urlInInstances(JsonNode sd) {
    for (JsonNode element : sd.path("differential").path("element")) {
      if (element.path("path").asText().equals("Extension.url") && element.has("fixedUri")) {
        return element.path("fixedUri").asText();
      }
    }
    return sd.path("url").asText();
  }

  /** The package's StructureDefinitions by file name (read from the profiles module in this repository). */
  static Map<String, JsonNode> structureDefinitions() throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(PACKAGE)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("StructureDefinition-")).toList()) {
        out.put(f.getFileName().toString(), mapper.readTree(f.toFile()));
      }
    }
    return out;
  }
}
