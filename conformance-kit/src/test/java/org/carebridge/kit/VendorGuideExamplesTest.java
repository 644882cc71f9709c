package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.fhir.CareBridgeValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of docs/getting-started/vendors.md: each snippet region is compiled and run here. */
@CareBridgeConformanceTest
class VendorGuideExamplesTest {

  @Test
  void checkAFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("patient.json"), ConformanceKitTest.patient());
    Files.writeString(dir.resolve("broken.json"), ConformanceKitTest.brokenPatient());
    Path outputFolder = dir;
    ConformanceKit kit = ConformanceKit.shared();
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream capture = new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    ConformanceReport report;
    try {
      report = checkFolder(kit, outputFolder);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(report.passedCount()).isEqualTo(1);
    assertThat(report.failures()).extracting(FileResult::path).containsExactly("broken.json");
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("1 passed, 1 failed - FAIL").contains("FAIL  broken.json")
        .contains("broken.json: https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1 at "
            + "Patient.identifier[0]");
  }

  private static ConformanceReport checkFolder(ConformanceKit kit, Path outputFolder) {
    // snippet:check-folder
    ConformanceReport report = kit.check(outputFolder);   // every .json and .xml file below it
    System.out.print(report.toText());
    if (!report.isPassed()) {
      for (FileResult file : report.failures()) {
        file.result().errors().forEach(issue -> System.err.println(file.path() + ": " + issue.code() + " at " + issue.location()));
      }
    }
    // end-snippet
    return report;
  }

  @Test
  void buildAKit() {
    CareBridgeValidator shared = ConformanceKit.shared().validator();
    // snippet:build-kit
    ConformanceKit kit = ConformanceKit.builder()
        .validator(shared)                  // reuse a validator you already have, or let the kit build one
        .profile("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person")   // optional
        .failOnWarnings(true)               // optional: warnings fail a file too
        .build();
    // end-snippet
    assertThat(kit.validator()).isSameAs(shared);
  }

  /** Stands for the vendor's system: exports the care plan recipe's Bundle. */
  private final YourSystem yourSystem = new YourSystem();

  private static final class YourSystem {
    Bundle exportCarePlan() {
      return ConformanceKitTest.carePlanBundle();
    }
  }

  // snippet:junit
  @Test
  void myExportConforms() {
    Bundle exported = yourSystem.exportCarePlan();   // your system's output
    CareBridgeAssertions.assertConforms(exported);      // fails listing every issue's code and location
  }
  // end-snippet

  @Test
  void injected(ConformanceKit kit, CareBridgeValidator validator) {
    assertThat(kit.validator()).isSameAs(validator);
  }

  @Test
  void corpusAgainstYourReader() {
    List<String> accepted = new ArrayList<>();
    // snippet:corpus
    ConformanceCorpus corpus = ConformanceCorpus.load();
    for (CorpusEntry entry : corpus.entries()) {
      byte[] example = entry.content();                       // JSON or XML, as in the jar
      boolean shouldBeAccepted = entry.expected() == CorpusEntry.Expectation.VALID;
      // feed `example` to your own importer and compare with shouldBeAccepted
      if (shouldBeAccepted) {
        accepted.add(entry.id());
      }
    }
    // end-snippet
    assertThat(accepted).hasSizeGreaterThan(40).contains("pos-package-patient-margaret-example");
  }
}
