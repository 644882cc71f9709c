package org.carebridge.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The boundary tests of a module (docs/sdk/modules.md), written once: a module's {@code ArchitectureTest} extends
 * this with what is its own (root package, a class that must be there, an implementation library its API must not
 * show, the modules it must not use, and a leaky fixture on which the rules must fail). Every rule fails on an empty
 * set of classes ({@link ModuleBoundaries}). A test fixture, in sdk-core's test jar.
 */
public abstract class ModuleBoundaryTest {

  private static final Map<String, JavaClasses> MAIN = new ConcurrentHashMap<>();

  /**
   * What one module holds.
   *
   * @param root the root package, e.g. {@code org.carebridge.kit}
   * @param anchor a main class that must be imported
   * @param library the implementation library its API must not show (ArchUnit package syntax), or null
   * @param because why it must not use {@code mustNotUse}
   * @param mustNotUse the packages of the modules it must not depend on
   * @param leaky a class that leaks: an internal type and a library type in its API, and a call into sdk-core's
   *     internals
   * @param leakedInternal the internal type the fixture leaks
   * @param leakedLibrary the library type the fixture leaks, or null
   */
  protected record Module(String root, Class<?> anchor, String library, String because, List<String> mustNotUse,
      Class<?> leaky, String leakedInternal, String leakedLibrary) {
    /**
     * Checks the values.
     *
     * @param root the root package
     * @param anchor a main class
     * @param library the library, or null
     * @param because why
     * @param mustNotUse the forbidden packages
     * @param leaky the fixture
     * @param leakedInternal the leaked internal type
     * @param leakedLibrary the leaked library type, or null
     */
    public Module {
      Objects.requireNonNull(root, "root must not be null");
      Objects.requireNonNull(anchor, "anchor must not be null");
      Objects.requireNonNull(because, "because must not be null");
      mustNotUse = List.copyOf(mustNotUse);
      Objects.requireNonNull(leaky, "leaky must not be null");
      Objects.requireNonNull(leakedInternal, "leakedInternal must not be null");
    }
  }

  private final Module module;
  private final ArchRule noInternalType;
  private final ArchRule noLibraryType;
  private final ArchRule onlyOtherModulesApi;

  /**
   * Sets the module up.
   *
   * @param module what the module holds
   */
  protected ModuleBoundaryTest(Module module) {
    this.module = module;
    noInternalType = ModuleBoundaries.apiExposesNoTypeOf(module.root(), ModuleBoundaries.ANY_INTERNAL);
    noLibraryType = module.library() == null ? null : ModuleBoundaries.apiExposesNoTypeOf(module.root(), module.library());
    onlyOtherModulesApi = ModuleBoundaries.usesOnlyTheApiOfOtherModules(module.root());
  }

  private JavaClasses main() {
    return MAIN.computeIfAbsent(module.root(), ModuleBoundaries::mainClasses);
  }

  @Test
  void mainClassesWereImported() {
    assertThat(main().contain(module.anchor())).isTrue();
    assertThat(main().size()).isGreaterThan(4);
  }

  @Test
  void apiExposesNoInternalType() {
    noInternalType.check(main());
  }

  @Test
  void apiExposesNoImplementationLibraryType() {
    if (noLibraryType != null) {
      noLibraryType.check(main());
    }
  }

  @Test
  void usesOnlyTheApiOfOtherModules() {
    onlyOtherModulesApi.check(main());
  }

  @Test
  void dependsOnNoModuleItMustNot() {
    ModuleBoundaries.dependsOnNoneOf(module.root(), module.because(), module.mustNotUse().toArray(String[]::new))
        .check(main());
  }

  @Test
  void theRulesCatchALeak() {
    JavaClasses leaky = new ClassFileImporter().importClasses(module.leaky());
    assertThatThrownBy(() -> noInternalType.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes " + module.leakedInternal());
    if (noLibraryType != null) {
      assertThatThrownBy(() -> noLibraryType.check(leaky)).isInstanceOf(AssertionError.class)
          .hasMessageContaining("exposes " + module.leakedLibrary());
    }
    assertThatThrownBy(() -> onlyOtherModulesApi.check(leaky)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.carebridge.core.internal.NhsNumberCheck");
  }
}
