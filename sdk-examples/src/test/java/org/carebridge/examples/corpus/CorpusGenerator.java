package org.carebridge.examples.corpus;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes the generated part of the conformance kit's corpus, in the conformance-kit module's sources (run by hand
 * from this module's folder, never by the build; it lives here because the recipes make part of the corpus):
 * the scenario Bundles of {@link Scenarios}, the package examples (copied from the profiles module, two of them
 * also as XML) and the negative examples made by {@link Negatives}. The files are committed; the tests check them
 * and never regenerate them.
 */
public final class CorpusGenerator {

  static final Path CORPUS = Path.of("../conformance-kit/src/main/resources/org/carebridge/kit/corpus");
  static final Path PACKAGE_EXAMPLES = Path.of("../profiles/src/main/fhir/package/examples");
  static final FhirContext FHIR = FhirContext.forR4Cached();
  static final String WITHDRAW_ALL_JSON = "positive/scenarios/cancelled-operation-2-withdraw-all.json";
  static final String WITHDRAW_ALL_XML = "positive/scenarios/cancelled-operation-2-withdraw-all.xml";

  private CorpusGenerator() {}

  static String json(Resource r) {
    return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(r) + "\n";
  }

  static String xml(Resource r) {
    return FHIR.newXmlParser().setPrettyPrint(true).encodeResourceToString(r) + "\n";
  }

  static void write(String path, String text) throws IOException {
    Path file = CORPUS.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Writes the files.
   *
   * @param args not used
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    for (Map.Entry<String, Bundle> e : Scenarios.all().entrySet()) {
      write(e.getKey(), json(e.getValue()));
    }
    write(WITHDRAW_ALL_XML, xml(Scenarios.all().get(WITHDRAW_ALL_JSON)));
    try (Stream<Path> files = Files.list(PACKAGE_EXAMPLES)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        write("positive/package/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    write("positive/package-xml/Patient-margaret-example.xml", xml(read("Patient-margaret-example.json")));
    write("positive/package-xml/Bundle-discharge-notice-example.xml", xml(read("Bundle-discharge-notice-example.json")));
    write("positive/profile/unclaimed-patient.json", json(unclaimed()));
    for (Map.Entry<String, String> e : Negatives.all().entrySet()) {
      write(e.getKey(), e.getValue());
    }
  }

  /** The story's Patient without meta.profile: conforms when checked against carebridge-person. */
  static Resource unclaimed() throws IOException {
    Resource patient = read("Patient-margaret-example.json");
    patient.setMeta(null);
    return patient;
  }

  static Resource read(String packageExample) throws IOException {
    return (Resource) FHIR.newJsonParser()
        .parseResource(Files.readString(PACKAGE_EXAMPLES.resolve(packageExample), StandardCharsets.UTF_8));
  }
}
