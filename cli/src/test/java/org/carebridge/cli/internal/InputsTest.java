package org.carebridge.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InputsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"resourceType\":\"Patient\"}\\n{\"resourceType\":\"Patient\"}\\n|true",
      "\\n\\n{\"a\":1}\\r\\n\\n{\"b\":2}|true",
      "{\"resourceType\":\"Patient\"}\\n|false",
      "{\\n  \"resourceType\": \"Patient\"\\n}\\n|false",
      "{\"resourceType\":\"Bundle\",\\n\"type\":\"collection\"}|false",
      "<Patient xmlns=\"http://hl7.org/fhir\"/>\\n<Patient/>|false",
      "{\"a\":1}\\nnot json|false",
      "''|false"})
  void looksLikeNdjson(String text, boolean expected) {
    assertThat(Sources.looksLikeNdjson(text.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(expected);
  }

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
