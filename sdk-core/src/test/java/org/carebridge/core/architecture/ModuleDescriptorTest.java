package org.carebridge.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the compiled {@code module-info.class}: tests run on the class path (see the surefire configuration),
 * so the module boundary is checked here, on the descriptor javac produced.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    Path moduleInfo = Path.of("target", "classes", "module-info.class");
    assertThat(moduleInfo).as("compiled module descriptor").exists();
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("org.carebridge.core");
    assertThat(module.exports()).allMatch(e -> !e.isQualified(), "exports are unqualified");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "org.carebridge.core",
            "org.carebridge.core.codes",
            "org.carebridge.core.careplan",
            "org.carebridge.core.careteam",
            "org.carebridge.core.budget",
            "org.carebridge.core.discharge",
            "org.carebridge.core.validation");
    // The implementation package exists and is absent from the exports above.
    assertThat(Path.of("target", "classes", "org", "carebridge", "core", "internal")).isDirectory();
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void requiresOnlyJavaBase() throws IOException {
    assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
        .containsExactly("java.base");
  }
}
