package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The quick start of docs/adapters/hl7v2.md, compiled and run; the page must show it verbatim. */
class QuickStartTest {

  private static final Path SOURCE = Path.of("src", "test", "java", "org", "carebridge", "hl7v2",
      "QuickStartTest.java");
  private static final Path DOCS = Path.of("..", "docs", "adapters", "hl7v2.md");

  @Test
  void quickStart_runs() {
    Path file = Samples.sample("valid/story-stay-feed-v24.hl7");
    List<Bundle> messages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    // quick-start:begin
    AdtConverter converter = AdtConverter.builder()
        .hospital(Organisation.builder().id("uhnm").odsCode(OdsCode.of("RJE"))
            .name("University Hospitals of North Midlands NHS Trust").build())
        .dischargeReadyDateField("ZDR-1") // where this trust's feed carries the discharge ready date
        .context(AdtContext.builder()
            .council(Organisation.builder().id("staffordshire-cc").odsCode(OdsCode.of("SCC01"))
                .name("Staffordshire County Council").build())
            .pathway(DischargePathway.PATHWAY_1)
            .build())
        .build();
    Result<AdtConversion> conversion = converter.convert(file);
    for (AdtMessage message : conversion.orElseThrow().messages()) {
      // A Bundle is there only when the message became a notification without error.
      message.bundle().ifPresent(messages::add);
    }
    for (Issue issue : conversion.issues()) {
      problems.add(issue.toString()); // e.g. "ERROR CB-HL7-014 at PID-3.1 (3:8): ..."
    }
    // quick-start:end
    // Discharge ready date set and changed (from ZDR-1), patient discharged; the A01 (no assessment notices
    // here) and the A02 (ready date unchanged) say why they produce nothing.
    assertThat(messages).hasSize(3);
    assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("INFORMATION CB-HL7-023"));
  }

  @Test
  void docsPage_showsTheQuickStartVerbatim() throws Exception {
    String source = Files.readString(SOURCE);
    String snippet = source.substring(source.indexOf("// quick-start:begin\n") + "// quick-start:begin\n".length(),
        source.indexOf("    // quick-start:end"));
    String unindented = snippet.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    assertThat(Files.readString(DOCS)).contains(unindented);
  }
}
