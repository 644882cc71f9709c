package org.carebridge.fhir.mapping;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.OperationOutcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/** Shared test fixtures: one FhirContext, one validator (built lazily, once per JVM), the package examples. */
final class Fixtures {
  static final FhirContext FHIR = FhirContext.forR4Cached();
  static final Path EXAMPLES = Path.of("../profiles/src/main/fhir/package/examples");
  static final String BASE = "https://fhir.example.org/scc";

  private static CareBridgeValidator validator;

  private Fixtures() {}

  /**
   * The profiles only: generated records are arbitrary and need not keep the business rules (a generated
   * budget's services need not fit its amount), but their FHIR form must always conform.
   */
  static synchronized CareBridgeValidator validator() {
    if (validator == null) {
      validator = CareBridgeValidator.builder().withoutBusinessRules().build();
    }
    return validator;
  }

  static String json(IBaseResource r) {
    return FHIR.newJsonParser().encodeResourceToString(r);
  }

  /** Serialises and parses again, so that the mapping is tested on what travels. */
  @SuppressWarnings("unchecked")
  static <T extends IBaseResource> T reparse(T r) {
    return (T) FHIR.newJsonParser().parseResource(r.getClass(), json(r));
  }

  static <T extends Resource> T example(Class<T> type, String file) {
    try {
      String text = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
      return type.cast(FHIR.newJsonParser().parseResource(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dom-6 warnings of a report ("A resource should have narrative for robust management"): the mappers give
   * every resource they write a narrative, so there are none in their output.
   */
  static List<Issue> missingNarrative(Result<Void> report) {
    return report.issues().stream().filter(i -> i.code().endsWith("dom-6") || i.message().contains("dom-6"))
        .collect(Collectors.toList());
  }

  /** The errors the CareBridge validator reports for a resource. */
  static List<Issue> errors(IBaseResource r) {
    Result<Void> report = validator().validate(json(r));
    return report.issues().stream()
        .filter(i -> i.severity() == Severity.ERROR || i.severity() == Severity.FATAL)
        .collect(Collectors.toList());
  }
}
