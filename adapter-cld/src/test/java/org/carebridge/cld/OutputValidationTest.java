package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;
import static org.carebridge.cld.Samples.path;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Bundle converted from a sample, malformed ones included, validates with zero errors. */
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
    Bundle b = STAFFORDSHIRE.convert(path(Samples.Q3)).bundles().get(0);
    Samples.patient(b).getName().clear();
    assertThat(Samples.validator().validate(Samples.json(b)).errors()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyConvertedBundle_validatesWithZeroErrors(List<Path> files) {
    CldConversion c = STAFFORDSHIRE.convert(files);
    assertThat(c.bundles()).isNotEmpty();
    for (Bundle b : c.bundles()) {
      var report = Samples.validator().validate(Samples.json(b));
      assertThat(report.errors()).as("errors validating the Bundle of %s", b.getId()).isEmpty();
    }
  }
}
