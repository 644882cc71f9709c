package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The quick start of docs/adapters/cld.md, compiled and run; the page must quote these lines exactly. */
class QuickStartTest {

  private static final Path DOCS = Path.of("../docs/adapters/cld.md");

  @Test
  void quickStart_convertsTheSampleAndThePageQuotesIt() throws IOException {
    Path csv = Samples.path(Samples.Q3);
    List<Bundle> sent = new ArrayList<>();
    // tag::quick-start[]
    CldConverter converter = CldConverter.builder()
        .councilOdsCode("SCC01")
        .councilName("Staffordshire County Council")
        .reportingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
        .build();

    // Small files: everything in memory.
    Result<CldConversion> result = converter.convert(csv);
    for (Issue issue : result.issues()) {
      System.out.println(issue); // e.g. "ERROR CB-CLD-012 at NHS Number (3:5): the NHS number is not valid ..."
    }
    List<Bundle> bundles = result.orElseThrow().bundles(); // one collection Bundle per person

    // Large files: bounded memory, Bundles handed over one person at a time at the end of the input.
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      converter.convert(in, new CldSink() {
        @Override
        public void accept(Bundle bundle) {
          sent.add(bundle); // e.g. write it to a FHIR server or an NDJSON file
        }

        @Override
        public void issue(Issue issue) {
          System.out.println(issue);
        }
      });
    }
    // end::quick-start[]
    assertThat(bundles).hasSize(6);
    assertThat(sent).hasSize(6);
    assertThat(result.orElseThrow().rowsRejected()).isZero();

    List<String> lines = Files.readAllLines(Path.of("src/test/java/org/carebridge/cld/QuickStartTest.java"));
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// tag::" + "quick-start[]")) {
        from = i + 1;
      } else if (lines.get(i).contains("// end::" + "quick-start[]")) {
        to = i;
      }
    }
    List<String> block = new ArrayList<>();
    for (String line : lines.subList(from, to)) {
      block.add(line.length() >= 4 ? line.substring(4) : line.strip());
    }
    String page = Files.readString(DOCS).replace("\r\n", "\n");
    assertThat(page).as("docs/adapters/cld.md quotes the quick start exactly").contains(String.join("\n", block));
  }
}
