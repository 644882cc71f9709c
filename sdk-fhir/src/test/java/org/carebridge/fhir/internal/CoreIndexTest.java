package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build-time index serves the FHIR R4 core definitions exactly as HAPI's
 * {@link DefaultProfileValidationSupport} does: every definition, in the same order, with the same content,
 * ids, user data and XML comments, and the same answers to URL variants.
 */
class CoreIndexTest {

  private static final FhirContext CTX = FhirContext.forR4Cached();
  private static DefaultProfileValidationSupport hapi;
  private static CoreIndex index;

  @BeforeAll
  static void load() {
    assertThat(CoreIndex.available()).as("the process-classes step wrote the index").isTrue();
    hapi = new DefaultProfileValidationSupport(CTX);
    index = CoreIndex.open(CTX);
  }

  private static String url(IBaseResource r) {
    return DefaultProfileValidationSupport.getConformanceResourceUrl(CTX, r);
  }

  @Test
  void structureDefinitions_sameOrderContentIdsAndUserData() {
    List<IBaseResource> expected = hapi.fetchAllStructureDefinitions();
    List<IBaseResource> actual = index.fetchAllStructureDefinitions();
    assertThat(actual.stream().map(CoreIndexTest::url).toList())
        .isEqualTo(expected.stream().map(CoreIndexTest::url).toList());
    IParser json = CTX.newJsonParser();
    for (int i = 0; i < expected.size(); i++) {
      IBaseResource e = expected.get(i);
      IBaseResource a = actual.get(i);
      assertThat(json.encodeResourceToString(a)).as(url(e)).isEqualTo(json.encodeResourceToString(e));
      assertThat(a.getIdElement().getValue()).as(url(e)).isEqualTo(e.getIdElement().getValue());
      assertThat(a.getUserData("package")).as(url(e)).isEqualTo(e.getUserData("package"));
      assertThat(a.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID)).as(url(e))
          .isEqualTo(e.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID));
      assertThat(comments((Base) a)).as("XML comments of %s", url(e)).isEqualTo(comments((Base) e));
    }
    assertThat(expected).hasSizeGreaterThan(600);
  }

  @Test
  void codeSystemsAndValueSets_sameContentForEveryUrl() {
    hapi.fetchValueSet("http://hl7.org/fhir/ValueSet/administrative-gender"); // HAPI loads them all at once
    hapi.fetchAllStructureDefinitions();
    index.fetchAllStructureDefinitions();
    List<IBaseResource> expected = hapi.fetchAllConformanceResources();
    IParser json = CTX.newJsonParser();
    int terminology = 0;
    for (IBaseResource e : expected) {
      String type = CTX.getResourceType(e);
      if (type.equals("StructureDefinition")) {
        continue;
      }
      terminology++;
      IBaseResource a = type.equals("CodeSystem") ? index.fetchCodeSystem(url(e)) : index.fetchValueSet(url(e));
      IBaseResource h = type.equals("CodeSystem") ? hapi.fetchCodeSystem(url(e)) : hapi.fetchValueSet(url(e));
      if (h == null) { // a url with "|version" in it: not found by its own url, in HAPI either
        assertThat(a).as(url(e)).isNull();
        continue;
      }
      assertThat(json.encodeResourceToString(a)).as(url(e)).isEqualTo(json.encodeResourceToString(h));
      assertThat(a.getIdElement().getValue()).as(url(e)).isEqualTo(h.getIdElement().getValue());
      assertThat(a.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID))
          .isEqualTo(h.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID));
    }
    assertThat(terminology).isGreaterThan(1000);
    List<IBaseResource> all = index.fetchAllConformanceResources();
    assertThat(all).hasSameSizeAs(expected);
    for (int i = 0; i < all.size(); i++) {
      assertThat(CTX.getResourceType(all.get(i)) + " " + url(all.get(i))).as("entry %d", i)
          .isEqualTo(CTX.getResourceType(expected.get(i)) + " " + url(expected.get(i)));
    }
  }

  @Test
  void urlVariants_answeredAsHapiAnswersThem() {
    for (String u : List.of("Patient", "StructureDefinition/Patient", "http://hl7.org/fhir/StructureDefinition/Patient",
        "http://hl7.org/fhir/StructureDefinition/String", "http://hl7.org/fhir/StructureDefinition/Nope",
        "http://hl7.org/fhir/StructureDefinition/patient-birthPlace", "http://example.org/x")) {
      IBaseResource e = hapi.fetchStructureDefinition(u);
      IBaseResource a = index.fetchStructureDefinition(u);
      if (e == null) {
        assertThat(a).as(u).isNull();
      } else {
        assertThat(CTX.newJsonParser().encodeResourceToString(a)).as(u)
            .isEqualTo(CTX.newJsonParser().encodeResourceToString(e));
      }
    }
    assertThat(((StructureDefinition) index.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/String"))
        .getType()).isEqualTo("String");
    CodeSystem storage = (CodeSystem) hapi.fetchCodeSystem(CoreIndexGenerator.storageCodeSystemUrl(CTX));
    assertThat(storage).isNotNull();
    for (String suffix : List.of("", "|" + storage.getVersion(), "|no-such-version")) {
      String u = storage.getUrl() + suffix;
      assertThat(index.fetchCodeSystem(u) == null).as(u).isEqualTo(hapi.fetchCodeSystem(u) == null);
    }
    assertThat(index.fetchCodeSystem(storage.getUrl() + "|no-such-version")).isNull();
    // hl7.org systems ignore the version, as in HAPI
    assertThat(index.fetchValueSet("http://hl7.org/fhir/ValueSet/administrative-gender|9.9")).isNotNull();
    assertThat(index.fetchValueSet("http://example.org/nothing")).isNull();
  }

  /** The XML comments HAPI keeps on elements (they say which types are FHIRPath system types). */
  private static List<String> comments(Base b) {
    List<String> out = new ArrayList<>();
    collect(b, out);
    return out;
  }

  private static void collect(IBase b, List<String> out) {
    if (b instanceof Base base) {
      out.addAll(base.getFormatCommentsPre());
      out.addAll(base.getFormatCommentsPost());
      for (org.hl7.fhir.r4.model.Property p : base.children()) {
        for (Base v : p.getValues()) {
          collect(v, out);
        }
      }
    }
  }
}
