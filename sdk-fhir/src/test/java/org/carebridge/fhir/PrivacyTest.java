package org.carebridge.fhir;

import org.carebridge.core.validation.Issue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carebridge.fhir.internal.Scrubber;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.Shared;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Messages never carry a full NHS number or a person's name, even where the HL7 validator echoes values. */
class PrivacyTest {

  private final CareBridgeValidator validator = Shared.testPackageValidator();

  /** Inputs whose raw HL7 messages echo the NHS number or the name. */
  private static List<String> echoingInputs() {
    String nhsAsDate = Corpus.patient("p1", Corpus.NHS_NUMBER, Corpus.FAMILY, Corpus.GIVEN, Corpus.NHS_NUMBER, "alpha");
    String nameAsCode = Corpus.patient("p2", Corpus.NHS_NUMBER, Corpus.FAMILY, Corpus.GIVEN, "1942-03-14", Corpus.FAMILY);
    String nameAsGender = Corpus.validPatient().replace("\"gender\":\"female\"", "\"gender\":\"Margaret Hollins\"");
    String spacedNumber = Corpus.validPatient().replace("\"birthDate\":\"1942-03-14\"", "\"birthDate\":\"943 476 5919\"");
    String nameInXml = """
        <Patient xmlns="http://hl7.org/fhir"><name><family value="Hollins"/><given value="Margaret"/></name>
          <birthDate value="Hollins"/><gender value="9434765919"/></Patient>""";
    return List.of(nhsAsDate, nameAsCode, nameAsGender, spacedNumber, nameInXml,
        Corpus.collectionBundle(nameAsCode, "c1"));
  }

  @Test
  void messagesAndLocations_neverContainTheNhsNumberOrTheName() {
    for (String input : echoingInputs()) {
      ValidationReport report = validator.validate(input);
      assertThat(report.isValid()).as(input).isFalse();
      assertThat(report.issues()).as(input).anySatisfy(i -> assertThat(i.message()).containsAnyOf(
          "[NHS number removed]", "[name removed]"));
      for (Issue i : report.issues()) {
        for (String text : List.of(i.message(), i.location(), i.source(), i.code())) {
          assertThat(text).doesNotContain(Corpus.NHS_NUMBER).doesNotContain("943 476 5919")
              .doesNotContainIgnoringCase(Corpus.FAMILY).doesNotContainIgnoringCase(Corpus.GIVEN);
        }
      }
      String outcome = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser()
          .encodeResourceToString((OperationOutcome) report.toOperationOutcome());
      assertThat(outcome).doesNotContain(Corpus.NHS_NUMBER).doesNotContainIgnoringCase(Corpus.FAMILY)
          .doesNotContainIgnoringCase(Corpus.GIVEN);
    }
  }

  @Test
  void scrubber_keepsOrdinaryWordsAndLongerNumbers() {
    Scrubber s = Scrubber.forNames(List.of("Ann Lee"));
    assertThat(s.scrub("Annual review by Lee, code 975701000000106, NHS 943-476-5919, ann"))
        .isEqualTo("Annual review by [name removed], code 975701000000106, NHS [NHS number removed], [name removed]");
  }
}
