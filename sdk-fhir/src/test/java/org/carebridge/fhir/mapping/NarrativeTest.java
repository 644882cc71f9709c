package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.OperationOutcomes;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The narrative the mappers write: safe XHTML, a summary that names no person, and ignored when reading. */
class NarrativeTest {

  @Test
  void organisationName_isEscapedIntoValidNarrative() {
    Organisation o = Organisation.builder().id("smith-sons").odsCode(OdsCode.of("ABC12"))
        .name("Smith & <Sons> \"Care\"").build();
    Organization r = Fixtures.reparse(CareBridgeMapper.toFhir(o));
    assertThat(r.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
    assertThat(r.getText().getDivAsString()).isEqualTo("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Organisation:"
        + " Smith &amp; &lt;Sons&gt; &quot;Care&quot;</p></div>");
    Result<Void> report = Fixtures.validator().validate(Fixtures.json(r));
    assertThat(report.errors()).isEmpty();
    assertThat(Fixtures.missingNarrative(report)).isEmpty();
    assertThat(CareBridgeMapper.fromFhir(r).orElseThrow()).isEqualTo(o);
  }

  @Test
  void personNarrative_namesTheRecordNotThePerson_andReadingIgnoresIt() {
    Patient example = Fixtures.example(Patient.class, "Patient-margaret-example.json");
    Person margaret = CareBridgeMapper.fromFhir(example).orElseThrow();
    Patient written = CareBridgeMapper.toFhir(margaret);
    assertThat(written.getText().getDivAsString()).contains("Person: record " + margaret.id())
        .doesNotContain(margaret.name().family());
    // Whatever narrative a sender writes, the record read is the same.
    Patient other = written.copy();
    other.getText().setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Someone else entirely</p></div>");
    assertThat(CareBridgeMapper.fromFhir(other).orElseThrow()).isEqualTo(margaret);
    other.setText(null);
    assertThat(CareBridgeMapper.fromFhir(other).orElseThrow()).isEqualTo(margaret);
  }
}
