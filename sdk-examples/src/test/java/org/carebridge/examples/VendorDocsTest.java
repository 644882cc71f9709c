package org.carebridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started/vendors.md embeds every recipe's snippets, equal to their source (the same rule as sdk-core's
 * DocsSnippetsTest, checked here too so that this module's build catches it). The kit's part of the page (its
 * artifact and codes) is checked by the conformance-kit module's KitDocsTest.
 */
class VendorDocsTest {

  static final Path ROOT = Path.of("..");
  static final Path PAGE = ROOT.resolve("docs/getting-started/vendors.md");
  static final Path RECIPES = Path.of("src/main/java/org/carebridge/examples/recipes");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->$");
  private static final Pattern REGION = Pattern.compile("^\\s*//\\s*snippet:(\\S+)\\s*$");

  static String page() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  @Test
  void everyRecipeSnippetIsEmbeddedInThePage() throws IOException {
    List<String> wanted = new ArrayList<>();
    try (Stream<Path> files = Files.list(RECIPES)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          Matcher m = REGION.matcher(line);
          if (m.matches()) {
            wanted.add("sdk-examples/" + RECIPES.resolve(f.getFileName()).toString().replace('\\', '/') + "#" + m.group(1));
          }
        }
      }
    }
    assertThat(wanted).hasSizeGreaterThanOrEqualTo(6);
    List<String> markers = markers().stream().map(m -> m[0] + "#" + m[1]).toList();
    assertThat(markers).containsAll(wanted);
  }

  @Test
  void everySnippetInThePageEqualsItsSourceRegion() throws IOException {
    List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i).strip());
      if (!m.matches()) {
        continue;
      }
      assertThat(lines.get(i + 1).strip()).as("line %d: a ```java block follows the marker", i + 2).isEqualTo("```java");
      List<String> block = new ArrayList<>();
      int j = i + 2;
      while (!lines.get(j).strip().equals("```")) {
        block.add(lines.get(j).stripTrailing());
        j++;
      }
      assertThat(block).as("%s#%s", m.group(1), m.group(2))
          .containsExactlyElementsOf(region(ROOT.resolve(m.group(1)), m.group(2)));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(12);
  }

  private static List<String[]> markers() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
      Matcher m = MARKER.matcher(line.strip());
      if (m.matches()) {
        out.add(new String[] {m.group(1), m.group(2)});
      }
    }
    return out;
  }

  private static List<String> region(Path source, String name) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (in && line.strip().equals("// end-snippet")) {
        break;
      }
      if (in) {
        region.add(line);
      }
      Matcher m = REGION.matcher(line);
      in |= m.matches() && m.group(1).equals(name);
    }
    assertThat(region).as("region %s in %s", name, source).isNotEmpty();
    int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }
}
