package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carebridge.core.HumanName;
import org.carebridge.core.Practitioner;
import org.carebridge.core.validation.Result;
import org.junit.jupiter.api.Test;

/**
 * The section "Names next to HAPI's" of docs/sdk/core.md: its example, compiled and run (the docs checker in
 * sdk-core compares it), and its list of the sdk-core names that HAPI's R4 model also has.
 */
class NamesNextToHapiTest {

  @Test
  void oneFileUsesBothPractitioners() {
    // snippet:names-next-to-hapi
    Practitioner jones = Practitioner.builder()                 // sdk-core's Practitioner: imported
        .id("amy-jones")
        .name(HumanName.builder().family("Jones").addGiven("Amy").build())
        .build();

    org.hl7.fhir.r4.model.Practitioner resource = CareBridgeMapper.toFhir(jones);   // HAPI's: in full
    Result<Practitioner> back = CareBridgeMapper.fromFhir(resource);
    // end-snippet

    assertThat(back.value()).contains(jones);
    assertThat(back.issues()).isEmpty();
    assertThat(resource.getNameFirstRep().getFamily()).isEqualTo("Jones");
    assertThat(resource.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-practitioner");
  }

  /** The section lists these; a new sdk-core type named like a HAPI class must be added there (and here). */
  @Test
  void theDocumentedNamesAreAllTheSdkCoreNamesThatHapisModelHasToo() {
    Set<String> shared = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.carebridge.core").stream()
        .filter(JavaClass::isTopLevelClass)
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().contains(".internal"))
        .map(JavaClass::getSimpleName)
        .filter(NamesNextToHapiTest::isHapiR4ModelClass)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(shared).containsExactly("Address", "CareTeam", "ContactPoint", "Goal", "HumanName", "Identifier",
        "Location", "Money", "Person", "Practitioner", "PractitionerRole");
  }

  private static boolean isHapiR4ModelClass(String simpleName) {
    try {
      Class.forName("org.hl7.fhir.r4.model." + simpleName, false, NamesNextToHapiTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
