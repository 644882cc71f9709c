package org.carebridge.kit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.carebridge.core.architecture.ModuleBoundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type nor a Jackson type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest {

  private static final String ROOT = "org.carebridge.kit";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = ModuleBoundaries.mainClasses(ROOT);
  }

  @Test
  void mainClassesWereImported() {
    assertThat(main.contain(org.carebridge.kit.ConformanceKit.class)).isTrue();
    assertThat(main.size()).isGreaterThan(8);
  }

  /** Public types outside the internal packages: no internal type (any module's) in a visible signature. */
  static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = ModuleBoundaries.apiExposesNoTypeOf(ROOT, ModuleBoundaries.ANY_INTERNAL);

  @Test
  void apiExposesNoInternalType() {
    API_EXPOSES_NO_INTERNAL_TYPE.check(main);
  }

  /** Public types outside the internal packages: no Jackson type (implementation) in a visible signature. */
  static final ArchRule API_EXPOSES_NO_JACKSON_TYPE = ModuleBoundaries.apiExposesNoTypeOf(ROOT, "com.fasterxml.jackson..");

  @Test
  void apiExposesNoJacksonType() {
    API_EXPOSES_NO_JACKSON_TYPE.check(main);
  }

  /** Other CareBridge modules are used through their API only: never their internal packages. */
  static final ArchRule USES_ONLY_THE_API_OF_OTHER_MODULES = ModuleBoundaries.usesOnlyTheApiOfOtherModules(ROOT);

  @Test
  void usesOnlyTheApiOfOtherModules() {
    USES_ONLY_THE_API_OF_OTHER_MODULES.check(main);
  }

  @Test
  void dependsOnNoModuleItMustNot() {
    ModuleBoundaries.dependsOnNoneOf(ROOT,
        "the kit stands on sdk-fhir alone: the recipes, the adapters and the command line are not part of it",
        "org.carebridge.examples..", "org.carebridge.hl7v2..", "org.carebridge.cld..", "org.carebridge.cli..").check(main);
  }

  @Test
  void theRulesCatchALeak() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyFixture.class);
    assertThatThrownBy(() -> API_EXPOSES_NO_INTERNAL_TYPE.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes org.carebridge.kit.internal.Issues");
    assertThatThrownBy(() -> API_EXPOSES_NO_JACKSON_TYPE.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes com.fasterxml.jackson.databind.JsonNode");
    assertThatThrownBy(() -> USES_ONLY_THE_API_OF_OTHER_MODULES.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.carebridge.core.internal.NhsNumberCheck");
  }

  /** What the rules must refuse: a public type that leaks an internal type and calls into sdk-core's internals. */
  public static final class LeakyFixture {
    /**
     * Leaks.
     *
     * @return nothing
     */
    public java.util.List<org.carebridge.kit.internal.Issues> issues() {
      return java.util.List.of();
    }

    /**
     * Leaks.
     *
     * @return nothing
     */
    public com.fasterxml.jackson.databind.JsonNode manifest() {
      return null;
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }

}
