package org.carebridge.profiles.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.carebridge.profiles.CareBridgePackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The profiles jar's boundary (docs/sdk/modules.md): its Java code depends on nothing outside the JDK, so that
 * reading the package never brings HAPI or Jackson in. The rule fails on an empty set of classes.
 */
class ArchitectureTest {

  private static final String ROOT = "org.carebridge.profiles";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(ROOT);
  }

  static final ArchRule DEPENDS_ON_THE_JDK_ONLY = classes().that().resideInAPackage(ROOT + "..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + "..")
      .because("the profiles jar is read by tools of every kind: it brings no library with it")
      .allowEmptyShould(false);

  @Test
  void mainClassesWereImported() {
    assertThat(main.contain(CareBridgePackage.class)).isTrue();
  }

  @Test
  void dependsOnNothingOutsideTheJdk() {
    DEPENDS_ON_THE_JDK_ONLY.check(main);
  }

  @Test
  void theRuleCatchesALibraryDependency() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyFixture.class);
    assertThatThrownBy(() -> DEPENDS_ON_THE_JDK_ONLY.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ca.uhn.fhir.context.FhirContext");
  }

  /** What the rule must refuse: code that reaches HAPI. */
  static final class LeakyFixture {
    Object context() {
      return ca.uhn.fhir.context.FhirContext.forR4Cached();
    }
  }
}
