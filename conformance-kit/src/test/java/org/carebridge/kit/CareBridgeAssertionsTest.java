package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CareBridgeAssertionsTest {

  private static final String NHS_CODE = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person#cb-nhs-1";

  private static String wrongCheckDigit() throws IOException {
    return ConformanceKitTest.patient().replace("9434765919", "9434765918");
  }

  @Test
  void conformingInputPassesInEveryForm(@TempDir Path dir) throws IOException {
    String json = ConformanceKitTest.patient();
    assertThatCode(() -> CareBridgeAssertions.assertConforms(json)).doesNotThrowAnyException();
    Path file = Files.writeString(dir.resolve("p.json"), json);
    assertThatCode(() -> CareBridgeAssertions.assertConforms(file)).doesNotThrowAnyException();
    assertThatCode(() -> CareBridgeAssertions.assertConforms(ConformanceKitTest.carePlanBundle())).doesNotThrowAnyException();
  }

  @Test
  void theFailureMessageNamesCodeAndLocationButNoNhsNumberOrName() throws IOException {
    String json = wrongCheckDigit();
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms(json))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the FHIR text does not conform to CareBridge: 1 error")
        .hasMessageContaining("ERROR " + NHS_CODE + " at Patient.identifier[0] (")
        .hasMessageNotContaining("9434765918")
        .hasMessageNotContaining("943 476 5918")
        .hasMessageNotContaining("Hollins");
  }

  @Test
  void aResourceIsCheckedAsJson() throws IOException {
    Patient patient = FhirContext.forR4Cached().newJsonParser().parseResource(Patient.class, wrongCheckDigit());
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms(patient))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the Patient does not conform to CareBridge")
        .hasMessageContaining(NHS_CODE + " at Patient.identifier[0]")
        .hasMessageNotContaining("9434765918");
  }

  @Test
  void aFileIsNamedByItsFileNameOnly(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("export-q3.json"), wrongCheckDigit());
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms(file))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("file export-q3.json does not conform")
        .hasMessageNotContaining(dir.toString())
        .hasMessageNotContaining("9434765918");
  }

  @Test
  void aKitOfYourOwnIsUsed() throws IOException {
    ConformanceKit strict = ConformanceKit.builder().validator(ConformanceKit.shared().validator())
        .failOnWarnings(true).build();
    String consent = ConformanceKitTest.corpus("positive/package/Consent-margaret-sharing-consent.json");
    assertThatCode(() -> CareBridgeAssertions.assertConforms(consent)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms(strict, consent))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("0 errors, ")
        .hasMessageContaining("WARNING ");
  }

  @Test
  void nullsAreRejectedWithTheArgumentName() {
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("fhir must not be null");
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file must not be null");
    assertThatThrownBy(() -> CareBridgeAssertions.assertConforms((Patient) null))
        .isInstanceOf(NullPointerException.class).hasMessage("resource must not be null");
  }
}
