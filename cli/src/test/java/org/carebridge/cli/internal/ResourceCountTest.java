package org.carebridge.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The resources of one input, for the progress line's rate: JSON and XML, nested, malformed, hostile. */
class ResourceCountTest {

  @Test
  void jsonCountsEveryObjectWithAResourceType() {
    String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"fullUrl\":\"urn:uuid:1\",\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"resourceType\"}]}},"
        + "{\"resource\":{\"resourceType\":\"Observation\",\"contained\":[{\"resourceType\":\"Device\"}]}}]}";
    assertThat(ResourceCount.of(bundle)).isEqualTo(4); // a value "resourceType" is not a member name
    assertThat(ResourceCount.of(bundle.getBytes(StandardCharsets.UTF_8))).isEqualTo(4);
    assertThat(ResourceCount.of("  {\"resourceType\":\"Patient\"}")).isEqualTo(1);
    // a file as read from disk, with a byte order mark
    assertThat(ResourceCount.of("\uFEFF{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
  }

  @Test
  void xmlCountsTheRootAndWhatIsInsideResourceOrContained() {
    String bundle = "<?xml version=\"1.0\"?><Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>"
        + "<entry><resource><Patient><name><text value=\"x\"/></name></Patient></resource></entry>"
        + "<entry><resource><Observation><contained><Device/></contained><code/></Observation></resource></entry>"
        + "</Bundle>";
    assertThat(ResourceCount.of(bundle)).isEqualTo(4);
    assertThat(ResourceCount.of(bundle.getBytes(StandardCharsets.UTF_8))).isEqualTo(4);
    // not FHIR: nothing
    assertThat(ResourceCount.of("<Bundle xmlns=\"urn:other\"><resource><Patient/></resource></Bundle>")).isZero();
  }

  @Test
  void malformedOrHostileInputCountsWhatWasReadAndNeverThrows() {
    assertThat(ResourceCount.of("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\","))
        .isEqualTo(2);
    assertThat(ResourceCount.of("not FHIR at all")).isZero();
    assertThat(ResourceCount.of("")).isZero();
    assertThat(ResourceCount.of("[".repeat(200_000))).isZero();
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Patient xmlns=\"http://hl7.org/fhir\"><name><text value=\"&x;\"/></name></Patient>";
    assertThat(ResourceCount.of(xxe)).isLessThanOrEqualTo(1);
  }
}
