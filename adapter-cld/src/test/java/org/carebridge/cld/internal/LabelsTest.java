package org.carebridge.cld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Label look-up and the "did you mean" suggestion for a value that is not a label. */
class LabelsTest {

  @Test
  void aTypingSlip_getsTheNearestLabel() {
    assertThat(Labels.SERVICE_TYPE.nearest("Long Term Support: Comunity")).contains("Long Term Support: Community");
    assertThat(Labels.SERVICE_TYPE.nearest("long term support:   community ")).isPresent();
  }

  @Test
  void aValueFarFromEveryLabel_getsNoSuggestion() {
    assertThat(Labels.SERVICE_TYPE.nearest("Meals on wheels")).isEmpty();
    assertThat(Labels.SERVICE_TYPE.nearest("")).isEmpty();
  }

  /**
   * A value far longer than any label is never compared character by character (a 1 MB value was compared with
   * every label in full, 17 s for 16 MB): its length alone rules every label out, so it gets no suggestion.
   */
  @Test
  void aLongValue_isRuledOutByItsLength() {
    String label = "Long Term Support: Community";
    assertThat(Labels.SERVICE_TYPE.nearest(label.repeat(40_000))).isEmpty();
    assertThat(Labels.SERVICE_TYPE.nearest(label + "xx")).contains(label);
    assertThat(Labels.SERVICE_TYPE.nearest(label + "x".repeat(label.length()))).isEmpty();
  }
}
