package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.util.List;
import org.carebridge.fhir.testing.TestPackage;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The remembering worker context answers as HAPI's does, with the same objects, and stays bounded. */
class CachingWorkerContextTest {

  private static ValidationSupportChain chain() throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    return SupportChains.chain(ctx, List.of(SupportChains.loadPackage(ctx, TestPackage.tgz(), "test")),
        CoreIndex.open(ctx));
  }

  @Test
  void answers_sameAsHapiAndSameObjectEachTime() throws IOException {
    ValidationSupportChain chain = chain();
    CachingWorkerContext caching = new CachingWorkerContext(chain);
    WorkerContextValidationSupportAdapter plain = new WorkerContextValidationSupportAdapter(chain);
    List<String> urls = List.of("http://hl7.org/fhir/StructureDefinition/Patient",
        "http://hl7.org/fhir/StructureDefinition/patient-birthPlace", TestPackage.PERSON_PROFILE,
        "http://hl7.org/fhir/StructureDefinition/bodyweight", "http://example.org/no-such-profile",
        "http://hl7.org/fhir/StructureDefinition/Patient|4.0.1");
    for (String url : urls) {
      StructureDefinition first = caching.fetchResource(StructureDefinition.class, url);
      StructureDefinition expected = plain.fetchResource(StructureDefinition.class, url);
      assertThat(first == null).as(url).isEqualTo(expected == null);
      if (first != null) {
        assertThat(first.getUrl()).isEqualTo(expected.getUrl());
        assertThat(caching.fetchResource(StructureDefinition.class, url)).as(url).isSameAs(first);
        // HAPI keeps its converted form too: the very object it returns is the one remembered
        assertThat(plain.fetchResource(StructureDefinition.class, url)).isSameAs(expected);
      }
    }
    assertThat(caching.fetchTypeDefinition("Quantity").getUrl())
        .isEqualTo(plain.fetchTypeDefinition("Quantity").getUrl());
    assertThat(caching.fetchTypeDefinition("Quantity")).isSameAs(caching.fetchTypeDefinition("Quantity"));
    assertThat(caching.fetchTypeDefinition("NoSuchType")).isNull();
    Resource versioned = caching.fetchResource(StructureDefinition.class, "http://hl7.org/fhir/StructureDefinition/Patient",
        "4.0.1", null);
    assertThat(versioned == null).isEqualTo(plain.fetchResource(StructureDefinition.class,
        "http://hl7.org/fhir/StructureDefinition/Patient", "4.0.1", null) == null);
    ValueSet gender = caching.fetchResource(ValueSet.class, "http://hl7.org/fhir/ValueSet/administrative-gender");
    assertThat(gender).isNotNull();
    assertThat(caching.fetchResource(ValueSet.class, "http://hl7.org/fhir/ValueSet/administrative-gender")).isSameAs(gender);
    assertThat(caching.fetchResource(CodeSystem.class, "http://hl7.org/fhir/administrative-gender").getUrl())
        .isEqualTo("http://hl7.org/fhir/administrative-gender");
  }

  @Test
  void remembered_boundedWhatever_theInputAsksFor() throws IOException {
    CachingWorkerContext caching = new CachingWorkerContext(chain());
    for (int i = 0; i < CachingWorkerContext.MAX_ENTRIES + 50; i++) {
      assertThat(caching.fetchResource(StructureDefinition.class, "http://example.org/unknown/" + i)).isNull();
    }
    assertThat(caching.size()).isEqualTo(CachingWorkerContext.MAX_ENTRIES);
    // beyond the bound it still answers, it just does not remember
    assertThat(caching.fetchResource(StructureDefinition.class, "http://hl7.org/fhir/StructureDefinition/Patient"))
        .isNotNull();
    assertThat(caching.size()).isEqualTo(CachingWorkerContext.MAX_ENTRIES);
  }
}
