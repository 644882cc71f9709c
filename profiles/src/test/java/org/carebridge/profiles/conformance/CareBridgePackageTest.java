package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.carebridge.profiles.CareBridgePackage;
import org.junit.jupiter.api.Test;

class CareBridgePackageTest {

  @Test
  void opensThePackagedTgzFromTheClasspath() throws Exception {
    try (InputStream in = CareBridgePackage.openPackage()) {
      byte[] head = in.readNBytes(2);
      assertThat(head).as("gzip magic number").containsExactly(0x1f, 0x8b);
    }
    assertThat(CareBridgePackage.FILE_NAME).isEqualTo("uk.carebridge.r4-0.1.0.tgz");
    assertThat(CareBridgePackage.class.getClassLoader().getResource(CareBridgePackage.RESOURCE_PATH)).isNotNull();
  }

  @Test
  void buildsCanonicalUrls() {
    assertThat(CareBridgePackage.canonicalUrl("StructureDefinition", "carebridge-person"))
        .isEqualTo("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person");
    assertThatThrownBy(() -> CareBridgePackage.canonicalUrl("ValueSet", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
