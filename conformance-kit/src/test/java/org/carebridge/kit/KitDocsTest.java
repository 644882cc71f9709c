package org.carebridge.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kit's part of docs/getting-started/vendors.md: the dependency a vendor copies is this module's artifact,
 * and every kit code is named there and has its row in docs/sdk/issue-codes.md. (sdk-examples' VendorDocsTest
 * checks the page's snippets.)
 */
class KitDocsTest {

  static final Path PAGE = Path.of("../docs/getting-started/vendors.md");

  /** Where every code of the catalogue has its row. */
  static final Path CATALOGUE_PAGE = Path.of("../docs/sdk/issue-codes.md");

  static String page() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  /**
   * The page's dependency snippet imports the BOM and names this module's artifact, so that a vendor who copies
   * it gets the kit (sdk-core's DocsSnippetsTest checks the BOM's version against the build for every page).
   */
  @Test
  void theDependencySnippetImportsTheBom_andNamesThisModulesArtifact() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8).replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
    assertThat(artifact.find()).isTrue();
    String page = page();
    int start = page.indexOf("## Add the dependency");
    String section = page.substring(start, page.indexOf("\n## ", start + 1));
    String xml = section.substring(section.indexOf("```xml"), section.indexOf("```", section.indexOf("```xml") + 6));
    assertThat(xml.replaceAll("\\s+", "")).contains("<groupId>org.carebridge</groupId><artifactId>carebridge-bom</artifactId>")
        .contains("<type>pom</type><scope>import</scope>")
        .contains("<groupId>org.carebridge</groupId><artifactId>" + artifact.group(1) + "</artifactId>");
    assertThat(artifact.group(1)).isEqualTo("carebridge-conformance-kit");
  }

  @Test
  void everyKitCodeIsInTheVendorPage() throws IOException {
    List<String> codes = java.util.Arrays.stream(IssueCode.values()).map(IssueCode::code)
        .filter(c -> c.startsWith("CB-KIT-")).toList();
    assertThat(codes).hasSize(1).allMatch(c -> c.startsWith("CB-KIT-"));
    String page = page();
    String catalogue = Files.readString(CATALOGUE_PAGE, StandardCharsets.UTF_8);
    // The vendor page names each code and links to the catalogue page, where each has its row.
    assertThat(page).contains("(../sdk/issue-codes.md#conformance-kit-conformance-kit)");
    assertThat(codes).allSatisfy(code -> {
      assertThat(page).contains("`" + code + "`");
      assertThat(catalogue).containsPattern("(?m)^\\| " + code + " \\| ");
    });
  }
}
