package org.carebridge.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.IssueType;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's architecture, held by the build. */
class ArchitectureTest {

  private static final String ROOT = "org.carebridge.core";
  private static final String INTERNAL = "org.carebridge.core.internal..";

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
    // Guards the rules below against passing vacuously on an empty import.
    org.assertj.core.api.Assertions.assertThat(main.contain(Issue.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(main.size()).isGreaterThan(40);
  }

  @Test
  void dependsOnNothingOutsideTheJdk() {
    classes().that().resideInAPackage(ROOT + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + "..")
        .because("sdk-core has no runtime dependency outside the JDK")
        .check(main);
  }

  @Test
  void apiPackagesDoNotDependOnJdkInternals() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage("sun..", "jdk..", "com.sun..", "javax..", "java.sql..")
        .check(main);
  }

  /** Public API types (outside the internal package) must not mention internal types in a visible signature. */
  private static final ArchRule NO_INTERNAL_TYPE_IN_API =
      ModuleBoundaries.apiExposesNoTypeOf(ROOT, ModuleBoundaries.ANY_INTERNAL);

  @Test
  void publicApiNeverExposesInternalTypes() {
    NO_INTERNAL_TYPE_IN_API.check(main);
  }

  @Test
  void publicApiCheck_catchesALeak() {
    // javac's -Xlint:exports (an error under -Werror) already rejects such a signature in main code, so the
    // ArchUnit rule is proven on a test fixture that leaks an internal type through a generic return type.
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApiFixture.class);
    assertThatThrownBy(() -> NO_INTERNAL_TYPE_IN_API.check(leaky))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes org.carebridge.core.internal.RecordIssues");
  }

  /** A public type whose public method returns {@code List<RecordIssues>}: what the API must never do. */
  public static final class LeakyApiFixture {
    /** Leaks. @return nothing */
    public java.util.List<org.carebridge.core.internal.RecordIssues> rules() {
      return java.util.List.of();
    }
  }

  /** The rule below, which must fail on a class that makes an issue without the catalogue. */
  private static final ArchRule ISSUES_FROM_THE_CATALOGUE = noClasses()
      .that().resideInAPackage(ROOT + "..")
      .and().doNotBelongToAnyOf(IssueCode.class, Issue.class, Issue.Builder.class)
      .should().callConstructor(Issue.class, String.class, Severity.class, IssueType.class, Location.class,
          String.class, java.util.Map.class, int.class, int.class, String.class)
      .orShould().callMethod(Issue.class, "builder", String.class, Severity.class)
      .because("every issue of sdk-core comes from IssueCode, the catalogue docs/sdk/issue-codes.md documents");

  @Test
  void issuesAreCreatedOnlyByTheCatalogue() {
    ISSUES_FROM_THE_CATALOGUE.check(main);
  }

  @Test
  void theCatalogueRuleCatchesAnIssueMadeByHand() {
    JavaClasses byHand = new ClassFileImporter().importClasses(IssueByHandFixture.class);
    assertThatThrownBy(() -> ISSUES_FROM_THE_CATALOGUE.check(byHand)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("IssueByHandFixture");
  }

  /** Makes an issue without the catalogue: what sdk-core must never do. */
  static final class IssueByHandFixture {
    Issue make() {
      return Issue.builder("CB-X-001", Severity.ERROR).message("m").build();
    }
  }

  @Test
  void codeListsAreEnumsImplementingCoded() {
    classes().that().resideInAPackage(ROOT + ".codes").and().areNotInterfaces()
        .and().areTopLevelClasses()
        .should().beEnums().andShould().implement(org.carebridge.core.codes.Coded.class)
        .check(main);
  }

  @Test
  void recordTypesAreFinal() {
    classes().that().resideOutsideOfPackage(INTERNAL).and().areAssignableTo(Record.class)
        .should().haveModifier(JavaModifier.FINAL)
        .check(main);
  }

  /** The value types: one static factory each, no builder (docs/sdk/core.md, "One way to make each thing"). */
  private static final Set<String> VALUE_TYPES = Set.of("NhsNumber", "OdsCode", "Money", "Identifier", "DateRange",
      "KeyWorkerAssignment", "FundingContribution");

  private static java.util.List<Class<?>> apiRecordsAndValues() {
    java.util.List<Class<?>> found = new java.util.ArrayList<>();
    for (JavaClass c : main) {
      String pkg = c.getPackageName();
      boolean recordPackage = pkg.equals(ROOT) || pkg.equals(ROOT + ".careplan") || pkg.equals(ROOT + ".careteam")
          || pkg.equals(ROOT + ".budget") || pkg.equals(ROOT + ".discharge");
      if (recordPackage && c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
          && (c.reflect().isRecord() || VALUE_TYPES.contains(c.getSimpleName()))) {
        found.add(c.reflect());
      }
    }
    return found;
  }

  @Test
  void oneWayToMakeEachThing() {
    java.util.List<Class<?>> types = apiRecordsAndValues();
    assertThat(types).hasSizeGreaterThan(20);
    for (Class<?> type : types) {
      boolean value = VALUE_TYPES.contains(type.getSimpleName());
      long constructors = java.util.Arrays.stream(type.getConstructors()).count();
      assertThat(constructors).as("%s has no public constructor besides the canonical one", type.getSimpleName())
          .isLessThanOrEqualTo(1);
      java.util.List<String> methods = java.util.Arrays.stream(type.getDeclaredMethods())
          .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName)
          .collect(java.util.stream.Collectors.toList());
      assertThat(methods).as("%s has no withers", type.getSimpleName()).noneMatch(n -> n.matches("with[A-Z].*"));
      java.util.List<String> factories = java.util.Arrays.stream(type.getDeclaredMethods())
          .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())
              && java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type)
          .map(java.lang.reflect.Method::getName).collect(java.util.stream.Collectors.toList());
      if (value) {
        assertThat(methods).as("value type %s has no builder", type.getSimpleName()).doesNotContain("builder");
        assertThat(factories).as("value type %s has one static factory", type.getSimpleName())
            .hasSize(type == org.carebridge.core.DateRange.class ? 2 : 1);
      } else {
        assertThat(methods).as("record %s has builder() and toBuilder()", type.getSimpleName())
            .contains("builder", "toBuilder");
        assertThat(factories).as("record %s has no factory besides its builder", type.getSimpleName()).isEmpty();
      }
    }
  }

}
