package org.carebridge.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
