package org.carebridge.cli.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line's boundaries (docs/sdk/modules.md), held on its main classes: its public API shows no
 * implementation ({@code ..internal..}) type; it uses other CareBridge modules only through their
 * API; it depends on no module it must not. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing.
 */
class ArchitectureTest {

  private static final String ROOT = "org.carebridge.cli";
  private static final String ANY_INTERNAL = "org.carebridge..internal..";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(ROOT);
  }

  @Test
  void mainClassesWereImported() {
    assertThat(main.contain(org.carebridge.cli.Main.class)).isTrue();
    assertThat(main.size()).isGreaterThan(10);
  }

  /** Public types outside the internal packages: no internal type (any module's) in a visible signature. */
  static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = classes()
      .that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage("..internal..").and().arePublic()
      .should(exposeNoTypeThat(resideInAPackage(ANY_INTERNAL)))
      .allowEmptyShould(false);

  @Test
  void apiExposesNoInternalType() {
    API_EXPOSES_NO_INTERNAL_TYPE.check(main);
  }

  /** Other CareBridge modules are used through their API only: never their internal packages. */
  static final ArchRule USES_ONLY_THE_API_OF_OTHER_MODULES = noClasses()
      .that().resideInAPackage(ROOT + "..")
      .should().dependOnClassesThat(resideInAPackage(ANY_INTERNAL).and(resideOutsideOfPackage(ROOT + "..")))
      .allowEmptyShould(false);

  @Test
  void usesOnlyTheApiOfOtherModules() {
    USES_ONLY_THE_API_OF_OTHER_MODULES.check(main);
  }

  @Test
  void dependsOnNoModuleItMustNot() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.carebridge.kit..", "org.carebridge.examples..")
        .because("the command line uses the SDK and the adapters; the kit and the recipes are for vendors' own code")
        .allowEmptyShould(false)
        .check(main);
  }

  @Test
  void theRulesCatchALeak() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyFixture.class);
    assertThatThrownBy(() -> API_EXPOSES_NO_INTERNAL_TYPE.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes org.carebridge.cli.internal.UserError");
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
    public java.util.Optional<org.carebridge.cli.internal.UserError> error() {
      return java.util.Optional.empty();
    }

    String digits(String text) {
      return org.carebridge.core.internal.NhsNumberCheck.digits(text);
    }
  }

  private static ArchCondition<JavaClass> exposeNoTypeThat(DescribedPredicate<? super JavaClass> forbidden) {
    return new ArchCondition<>("expose no type that " + forbidden.getDescription()
        + " in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> exposed = new LinkedHashSet<>();
        type.getSuperclass().ifPresent(s -> exposed.addAll(s.getAllInvolvedRawTypes()));
        type.getInterfaces().forEach(i -> exposed.addAll(i.getAllInvolvedRawTypes()));
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isVisible(unit.getModifiers())) {
            exposed.addAll(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(p -> exposed.addAll(p.getAllInvolvedRawTypes()));
            exposed.addAll(unit.getThrowsClause().getTypes());
          }
        }
        for (JavaField field : type.getFields()) {
          if (isVisible(field.getModifiers())) {
            exposed.addAll(field.getType().getAllInvolvedRawTypes());
          }
        }
        for (JavaClass t : exposed) {
          if (forbidden.test(t)) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes " + t.getName()));
          }
        }
      }
    };
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
