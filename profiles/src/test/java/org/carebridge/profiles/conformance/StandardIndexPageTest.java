package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The implementation guide's home page lists every profile, extension, code system and value set. */
class StandardIndexPageTest {

  static final Path INDEX = Path.of("..", "docs", "standard", "index.md");

  @Test
  void indexPageNamesEveryDefinitionOfThePackage() throws IOException {
    String page = Files.readString(INDEX, StandardCharsets.UTF_8);
    List<String> missing = PackageContents.get().definitions().values().stream()
        .map(r -> r.getIdElement().getIdPart())
        .filter(id -> !page.contains("`" + id + "`"))
        .distinct()
        .toList();
    assertThat(missing).as("definitions not listed (as `id`) in %s", INDEX).isEmpty();
  }
}
