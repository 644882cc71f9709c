package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The samples shipped in the jar (for the CLI and the docs) are the tested ones and convert cleanly. */
class BundledSamplesTest {

  @ParameterizedTest
  @ValueSource(strings = {"story-stay-feed-v24.hl7", "story-a03-discharge-v24-mllp.hl7"})
  void shippedSample_sameAsTestedAndClean(String name) throws Exception {
    byte[] shipped;
    try (InputStream in = AdtConverter.class.getResourceAsStream("samples/" + name)) {
      assertThat(in).as("classpath org/carebridge/hl7v2/samples/" + name).isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(shipped).isEqualTo(Files.readAllBytes(Samples.sample("valid/" + name)));
    Result<AdtConversion> conversion = Samples.storyConverter().convert(new java.io.ByteArrayInputStream(shipped));
    assertThat(conversion.isValid()).isTrue();
    assertThat(conversion.orElseThrow().messages()).isNotEmpty();
  }
}
