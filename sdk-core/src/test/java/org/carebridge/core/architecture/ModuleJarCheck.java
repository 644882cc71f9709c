package org.carebridge.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What every module's {@code ModuleNameIT} checks after {@code package} (failsafe), on the jar the build made: it
 * is the Java module its pom names ({@code carebridge.module.name}, docs/sdk/modules.md), and its sources and
 * javadoc jars are there. An explicit module (module-info) or an automatic one named by the manifest's
 * {@code Automatic-Module-Name}: without that entry the JDK would derive a name from the file name. Each module
 * extends this class; the failsafe configuration passes the paths and the name. A test fixture, in sdk-core's test
 * jar.
 */
public abstract class ModuleJarCheck {

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by the failsafe configuration)", name).isNotBlank();
    return value;
  }

  @Test
  void theJarIsTheModuleOfItsName() throws IOException {
    String expected = property("carebridge.module.name");
    Path jar = Path.of(property("carebridge.jar"));
    assertThat(jar).isRegularFile();
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertThat(found).hasSize(1);
    ModuleDescriptor module = found.iterator().next().descriptor();
    assertThat(module.name()).isEqualTo(expected);
    assertThat(module.isAutomatic()).as("automatic module (no module-info)")
        .isEqualTo(!Boolean.parseBoolean(property("carebridge.module.explicit")));
    try (JarFile file = new JarFile(jar.toFile())) {
      // explicit or automatic, the manifest names the module too (the JDK reads it only without module-info)
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(expected);
    }
  }

  @Test
  void theSourcesAndJavadocJarsAreBuilt() {
    assertThat(Path.of(property("carebridge.sources.jar"))).isRegularFile();
    if (!"true".equals(System.getProperty("carebridge.javadoc.skip"))) {
      assertThat(Path.of(property("carebridge.javadoc.jar"))).isRegularFile();
    }
  }
}
