package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (failsafe) on the jar the build made: the HL7 v2 adapter is the Java module {@value #NAME},
 * and its sources and javadoc jars are there (docs/sdk/modules.md).
 */
class ModuleNameIT {

  static final String NAME = "org.carebridge.hl7v2";

  private static Path built(String property) {
    String file = System.getProperty(property);
    assertThat(file).as("system property %s (set by the failsafe configuration)", property).isNotBlank();
    return Path.of(file);
  }

  @Test
  void theJarIsTheModuleOfItsName() throws IOException {
    Path jar = built("carebridge.jar");
    assertThat(jar).isRegularFile();
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertThat(found).hasSize(1);
    ModuleDescriptor module = found.iterator().next().descriptor();
    assertThat(module.name()).isEqualTo(NAME);
    Attributes manifest;
    try (JarFile file = new JarFile(jar.toFile())) {
      manifest = file.getManifest().getMainAttributes();
    }
    // No module-info.java (HAPI's split packages): an automatic module, named by the manifest. Without the entry
    // the JDK would derive a name from the file name (carebridge.sdk.fhir and the like).
    assertThat(module.isAutomatic()).as("automatic module").isTrue();
    assertThat(manifest.getValue("Automatic-Module-Name")).isEqualTo(NAME);
  }

  @Test
  void theSourcesAndJavadocJarsAreBuilt() {
    assertThat(built("carebridge.sources.jar")).isRegularFile();
    if (!"true".equals(System.getProperty("carebridge.javadoc.skip"))) {
      assertThat(built("carebridge.javadoc.jar")).isRegularFile();
    }
  }
}
