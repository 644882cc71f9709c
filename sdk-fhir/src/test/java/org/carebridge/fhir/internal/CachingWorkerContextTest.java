package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.fhir.testing.Corpus;
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

  /** The core definitions and, when on the class path, the CareBridge package: every definition has a snapshot. */
  private static ValidationSupportChain snapshotChain() throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    byte[] carebridge = Corpus.careBridgePackageOrNull();
    return SupportChains.chain(ctx, carebridge == null ? List.of()
        : List.of(SupportChains.loadPackage(ctx, carebridge, "carebridge")), CoreIndex.open(ctx));
  }

  @Test
  void allStructureDefinitions_convertedOnce_equalToHapisAndTheObjectsHapiReturns() throws IOException {
    // two chains, so that HAPI converts its own R4 objects and cannot see ours
    CachingWorkerContext caching = new CachingWorkerContext(snapshotChain());
    WorkerContextValidationSupportAdapter plain = new WorkerContextValidationSupportAdapter(snapshotChain());
    List<StructureDefinition> ours = caching.fetchResourcesByType(StructureDefinition.class);
    List<StructureDefinition> hapis = plain.fetchResourcesByType(StructureDefinition.class);
    assertThat(caching.listsStructuresItself()).isTrue();
    assertThat(ours).hasSameSizeAs(hapis).hasSizeGreaterThan(600);
    Map<String, Integer> urlCount = new HashMap<>();
    for (int i = 0; i < ours.size(); i++) {
      StructureDefinition a = ours.get(i);
      StructureDefinition b = hapis.get(i);
      assertThat(a.getUrl()).isEqualTo(b.getUrl());
      assertThat(a.equalsDeep(b)).as(a.getUrl()).isTrue();
      assertThat(a.getSourcePackage() == null ? null : a.getSourcePackage().getId()).as(a.getUrl())
          .isEqualTo(b.getSourcePackage() == null ? null : b.getSourcePackage().getId());
      urlCount.merge(a.getUrl(), 1, Integer::sum);
    }
    // HAPI's own lookups find the forms we stored (the user-data key is HAPI's): the list and the lookups
    // hand the validator the very same objects, as in HAPI
    for (StructureDefinition sd : ours) {
      if (urlCount.get(sd.getUrl()) == 1) {
        assertThat(caching.fetchResource(StructureDefinition.class, sd.getUrl())).as(sd.getUrl()).isSameAs(sd);
      }
    }
    assertThat(caching.fetchResourcesByType(StructureDefinition.class)).isSameAs(ours);
    for (StructureDefinition sd : hapis) {
      assertThat(caching.isPrimitiveType(sd.getName())).as(sd.getName()).isEqualTo(plain.isPrimitiveType(sd.getName()));
      assertThat(caching.isDataType(sd.getName())).as(sd.getName()).isEqualTo(plain.isDataType(sd.getName()));
    }
    assertThat(caching.isPrimitiveType("string")).isTrue();
    assertThat(caching.isPrimitiveType("HumanName")).isFalse();
    for (String type : List.of("Extension", "Patient", "Bundle", "CarePlan", "string", "NoSuchType")) {
      assertThat(caching.fetchTypeDefinitions(type)).extracting(StructureDefinition::getUrl)
          .as(type).containsExactlyElementsOf(plain.fetchTypeDefinitions(type).stream().map(StructureDefinition::getUrl).toList());
    }
  }

  @Test
  void allStructureDefinitions_aDefinitionWithoutSnapshot_hapisOwnPathGeneratesIt() throws IOException {
    // the test package's profiles are differentials only: HAPI's path lists them, with generated snapshots
    CachingWorkerContext caching = new CachingWorkerContext(chain());
    WorkerContextValidationSupportAdapter plain = new WorkerContextValidationSupportAdapter(chain());
    List<StructureDefinition> ours = caching.fetchResourcesByType(StructureDefinition.class);
    List<StructureDefinition> hapis = plain.fetchResourcesByType(StructureDefinition.class);
    assertThat(caching.listsStructuresItself()).isFalse();
    assertThat(ours).extracting(StructureDefinition::getUrl)
        .containsExactlyElementsOf(hapis.stream().map(StructureDefinition::getUrl).toList());
    StructureDefinition person = ours.stream().filter(sd -> TestPackage.PERSON_PROFILE.equals(sd.getUrl())).findFirst()
        .orElseThrow();
    assertThat(person.getSnapshot().getElement()).isNotEmpty();
    assertThat(caching.isPrimitiveType("boolean")).isTrue();
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
