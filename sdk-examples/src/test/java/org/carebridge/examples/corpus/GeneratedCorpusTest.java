package org.carebridge.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The committed generated files still equal what {@link CorpusGenerator} would write (it is never run by the
 * build: when one of these fails, run it by hand, review the change and commit it).
 */
class GeneratedCorpusTest {

  private static String committed(String path) throws IOException {
    return Files.readString(CorpusGenerator.CORPUS.resolve(path), StandardCharsets.UTF_8);
  }

  private static String compact(Resource r) {
    return CorpusGenerator.FHIR.newJsonParser().encodeResourceToString(r);
  }

  @Test
  void theScenarioBundlesAreWhatTheRecipesAndScenariosBuild() throws IOException {
    for (Map.Entry<String, Bundle> e : Scenarios.all().entrySet()) {
      Resource onDisk = (Resource) CorpusGenerator.FHIR.newJsonParser().parseResource(committed(e.getKey()));
      assertThat(compact(onDisk)).as(e.getKey()).isEqualTo(compact(e.getValue()));
    }
    Resource xml = (Resource) CorpusGenerator.FHIR.newXmlParser().parseResource(committed(CorpusGenerator.WITHDRAW_ALL_XML));
    // The pretty-printed XML indents the narrative's XHTML: white space between its tags is not content.
    assertThat(compact(xml).replaceAll(">(\\\\n *)+<", "><"))
        .isEqualTo(compact(Scenarios.all().get(CorpusGenerator.WITHDRAW_ALL_JSON)));
  }

  @Test
  void thePackageExamplesAreCopiedUnchanged() throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(CorpusGenerator.PACKAGE_EXAMPLES)) {
      examples = files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThan(20);
    for (Path example : examples) {
      assertThat(committed("positive/package/" + example.getFileName())).as(example.getFileName().toString())
          .isEqualTo(Files.readString(example, StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(CorpusGenerator.CORPUS.resolve("positive/package"))) {
      assertThat(files.count()).isEqualTo(examples.size());
    }
    assertThat(committed("positive/profile/unclaimed-patient.json")).isEqualTo(CorpusGenerator.json(CorpusGenerator.unclaimed()));
    assertThat(committed("positive/package-xml/Patient-margaret-example.xml"))
        .isEqualTo(CorpusGenerator.xml(CorpusGenerator.read("Patient-margaret-example.json")));
  }

  @Test
  void theNegativesAreWhatTheGeneratorWrites() throws IOException {
    Map<String, String> negatives = Negatives.all();
    assertThat(negatives).hasSizeGreaterThan(50);
    for (Map.Entry<String, String> e : negatives.entrySet()) {
      assertThat(committed(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }
}
