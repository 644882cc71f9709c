package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

  @Test
  void ndjsonLines_countBlankLines_stripCr_andSkipTooLongLinesWithoutHoldingThem() throws IOException {
    String text = "{\"a\":1}\r\n\n   \n" + "{\"long\":\"" + "x".repeat(100) + "\"}\n{\"b\":2}";
    NdjsonLines lines = new NdjsonLines(new StringReader(text), 50);
    List<NdjsonLines.Line> read = new ArrayList<>();
    for (NdjsonLines.Line l = lines.next(); l != null; l = lines.next()) {
      read.add(l);
    }
    assertThat(read).containsExactly(new NdjsonLines.Line(1, "{\"a\":1}"), new NdjsonLines.Line(4, null),
        new NdjsonLines.Line(5, "{\"b\":2}"));
  }
}
