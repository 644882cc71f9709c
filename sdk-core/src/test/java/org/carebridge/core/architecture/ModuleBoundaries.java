package org.carebridge.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

/**
 * The boundary rules every CareBridge module holds on its main classes (docs/sdk/modules.md), written once: each
 * module's ArchitectureTest applies them to its root package, with its own list of modules it must not use, and
 * proves on a leaky fixture that they fail. Every rule fails on an empty set of classes, so that none passes by
 * matching nothing. A test fixture, in sdk-core's test jar.
 */
public final class ModuleBoundaries {

  /** The implementation packages of every module. */
  public static final String ANY_INTERNAL = "org.carebridge..internal..";

  private ModuleBoundaries() {}

  /**
   * Imports a module's main classes (no tests, no jars).
   *
   * @param root the module's root package, e.g. {@code org.carebridge.fhir}
   * @return the classes
   */
  public static JavaClasses mainClasses(String root) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(root);
  }

  /**
   * Public types outside the internal packages show no type of the given packages in a public or protected
   * signature (superclass, interfaces, methods, constructors, fields).
   *
   * @param root the module's root package
   * @param packages the forbidden packages, ArchUnit syntax (e.g. {@code com.fasterxml.jackson..})
   * @return the rule
   */
  public static ArchRule apiExposesNoTypeOf(String root, String packages) {
    return classes()
        .that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..internal..").and().arePublic()
        .should(exposeNoTypeThat(resideInAPackage(packages)))
        .allowEmptyShould(false);
  }

  /**
   * Other CareBridge modules are used through their API only: never their internal packages.
   *
   * @param root the module's root package
   * @return the rule
   */
  public static ArchRule usesOnlyTheApiOfOtherModules(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().dependOnClassesThat(resideInAPackage(ANY_INTERNAL).and(resideOutsideOfPackage(root + "..")))
        .allowEmptyShould(false);
  }

  /**
   * The module depends on none of the given packages.
   *
   * @param root the module's root package
   * @param because why
   * @param packages the packages (ArchUnit syntax)
   * @return the rule
   */
  public static ArchRule dependsOnNoneOf(String root, String because, String... packages) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAnyPackage(packages)
        .because(because)
        .allowEmptyShould(false);
  }

  /**
   * The condition: a type shows no type matching {@code forbidden} in a public or protected signature.
   *
   * @param forbidden what must not be exposed
   * @return the condition
   */
  public static ArchCondition<JavaClass> exposeNoTypeThat(DescribedPredicate<? super JavaClass> forbidden) {
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
