package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/** HAPI's NpmPackageValidationSupport loads the built package and serves every definition by URL. */
class PackageLoadingTest {

  @Test
  void hapiLoadsEveryDefinitionOfThePackage() {
    NpmPackageValidationSupport npm = Validators.carebridgePackage();
    PackageContents contents = PackageContents.get();

    List<IBaseResource> loadedProfiles = npm.fetchAllStructureDefinitions();
    assertThat(loadedProfiles).extracting(r -> ((StructureDefinition) r).getUrl())
        .containsExactlyInAnyOrderElementsOf(
            contents.structureDefinitions().stream().map(StructureDefinition::getUrl).toList());

    contents.definitions().forEach((file, resource) -> {
      String url = ((MetadataResource) resource).getUrl();
      IBaseResource loaded = switch (resource.fhirType()) {
        case "StructureDefinition" -> npm.fetchStructureDefinition(url);
        case "CodeSystem" -> npm.fetchCodeSystem(url);
        case "ValueSet" -> npm.fetchValueSet(url);
        default -> npm.fetchResource(resource.getClass(), url);
      };
      assertThat(loaded).as("%s loaded by NpmPackageValidationSupport as %s", file, url).isNotNull();
    });
  }
}
