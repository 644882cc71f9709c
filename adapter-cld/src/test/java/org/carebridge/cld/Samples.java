package org.carebridge.cld;

import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/** Shared test fixtures: the samples, the Staffordshire converter, one validator per JVM. */
final class Samples {
  static final FhirContext FHIR = FhirContext.forR4Cached();
  static final Path DIR = Path.of("src/test/resources/samples");
  static final String Q3 = "staffordshire-2026-q3.csv";
  static final String RESUBMISSION = "staffordshire-2026-q3-resubmission.csv";
  static final String REORDERED = "staffordshire-reordered-upper-case.csv";
  static final String LA_ID_SYSTEM = "https://carebridge.org.uk/fhir/Id/la-person-id/SCC01";

  static final CldConverter STAFFORDSHIRE = CldConverter.builder()
      .councilOdsCode("SCC01")
      .councilName("Staffordshire County Council")
      .councilId("staffordshire-cc")
      .fhirBase("https://fhir.staffordshire.example/scc")
      .build();

  private static CareBridgeValidator validator;

  private Samples() {}

  static Path path(String name) {
    return DIR.resolve(name);
  }

  static synchronized CareBridgeValidator validator() {
    if (validator == null) {
      validator = CareBridgeValidator.builder().build();
    }
    return validator;
  }

  static String json(Bundle b) {
    return FHIR.newJsonParser().encodeResourceToString(b);
  }

  /** The Bundle of the person with this council person id. */
  static Bundle bundleOf(Result<CldConversion> c, String laPersonId) {
    return find(c.orElseThrow().bundles(), laPersonId).orElseThrow(() -> new AssertionError("no Bundle for " + laPersonId));
  }

  static Optional<Bundle> find(List<Bundle> bundles, String laPersonId) {
    return bundles.stream().filter(b -> patient(b).getIdentifier().stream()
        .anyMatch(i -> LA_ID_SYSTEM.equals(i.getSystem()) && laPersonId.equals(i.getValue()))).findFirst();
  }

  static Patient patient(Bundle b) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
  }

  static long count(Bundle b, String type) {
    return b.getEntry().stream().filter(e -> e.getResource().fhirType().equals(type)).count();
  }

  /** The personal budget of a Bundle that holds one Account, read back with the sdk-fhir mapper. */
  static PersonalBudget budget(Bundle b) {
    return CareBridgeMapper.readPersonalBudget(b).orElseThrow();
  }
}
