package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;
import static org.carebridge.cld.Samples.path;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Bundle converted from a sample, malformed ones included, validates with zero errors and zero dom-6 warnings
 * (every resource carries a narrative).
 */
class OutputValidationTest {

  static Stream<List<Path>> samples() {
    return Stream.of(
        List.of(path(Samples.Q3)),
        List.of(path(Samples.Q3), path(Samples.RESUBMISSION)),
        List.of(path(Samples.REORDERED)),
        List.of(path("malformed/unknown-column.csv")),
        List.of(path("malformed/wrong-field-count.csv")),
        List.of(path("malformed/bad-values.csv")));
  }

  /** The check above can fail: the same validator finds a person converted without a name. */
  @org.junit.jupiter.api.Test
  void theValidatorRejectsABrokenConversion() {
    Bundle b = STAFFORDSHIRE.convert(path(Samples.Q3)).orElseThrow().bundles().get(0);
    Samples.patient(b).getName().clear();
    assertThat(Samples.validator().validate(Samples.json(b)).errors()).isNotEmpty();
  }

  /** The dom-6 check is not blind: a converted Bundle whose Account lost its narrative is reported. */
  @org.junit.jupiter.api.Test
  void missingNarrative_isReported() {
    Bundle b = STAFFORDSHIRE.convert(path(Samples.Q3)).orElseThrow().bundles().stream()
        .filter(x -> x.getEntry().stream().anyMatch(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Account))
        .findFirst().orElseThrow();
    org.hl7.fhir.r4.model.Account account = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Account.class::isInstance).map(org.hl7.fhir.r4.model.Account.class::cast)
        .findFirst().orElseThrow();
    assertThat(account.getText().getDivAsString()).contains("Personal budget");
    account.setText(null);
    assertThat(missingNarrative(Samples.validator().validate(Samples.json(b)))).hasSize(1);
  }

  /** The dom-6 warnings of a report: "A resource should have narrative for robust management". */
  static List<org.carebridge.core.validation.Issue> missingNarrative(Result<Void> report) {
    return report.issues().stream().filter(i -> i.code().endsWith("dom-6") || i.message().contains("dom-6"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyConvertedBundle_validatesWithZeroErrors(List<Path> files) {
    Result<CldConversion> c = STAFFORDSHIRE.convert(files);
    assertThat(c.orElseThrow().bundles()).isNotEmpty();
    for (Bundle b : c.orElseThrow().bundles()) {
      var report = Samples.validator().validate(Samples.json(b));
      assertThat(report.errors()).as("errors validating the Bundle of %s", b.getId()).isEmpty();
      assertThat(missingNarrative(report)).as("dom-6 warnings validating the Bundle of %s", b.getId()).isEmpty();
    }
  }
}
