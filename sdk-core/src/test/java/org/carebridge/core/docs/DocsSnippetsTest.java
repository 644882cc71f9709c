package org.carebridge.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every snippet in the repository's docs equals its region in compiled source. */
class DocsSnippetsTest {

  /** The repository root, seen from the module directory that surefire runs in. */
  private static final Path ROOT = Path.of("..");

  @Test
  void everySnippetInDocsMatchesItsSource() {
    SnippetChecker checker = SnippetChecker.check(ROOT, ROOT.resolve("docs"));
    assertThat(checker.markers()).as("snippet markers under docs/ (the SDK guide has some)")
        .anyMatch(m -> m.markdown().endsWith(Path.of("sdk", "core.md")));
    assertThat(checker.problems()).as("stale or broken snippets").isEmpty();
  }

  @Test
  void everyCareBridgeDependencySnippet_namesThisBuildsArtifactsAndVersion() {
    DependencySnippetChecker checker = DependencySnippetChecker.check(ROOT);
    assertThat(checker.dependencies()).as("org.carebridge dependencies in README.md and docs/")
        .anyMatch(d -> d.artifactId().equals("carebridge-bom") && d.version() != null
            && d.markdown().endsWith(Path.of("getting-started", "vendors.md")))
        .anyMatch(d -> d.artifactId().equals("carebridge-bom") && d.markdown().endsWith("README.md"));
    assertThat(checker.problems()).as("dependency snippets that do not resolve against this build").isEmpty();
  }

  @Test
  void dependencyChecker_reportsAWrongVersion_andAnUnknownArtifact(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.createDirectories(dir.resolve("core"));
    Files.writeString(dir.resolve("pom.xml"), "<project><groupId>org.carebridge</groupId>"
        + "<artifactId>carebridge-parent</artifactId><version>1.2.0-SNAPSHOT</version>"
        + "<modules><module>core</module></modules>"
        + "<dependencies><dependency><version>9.9</version></dependency></dependencies></project>");
    Files.writeString(dir.resolve("core/pom.xml"), "<project><parent><artifactId>carebridge-parent</artifactId>"
        + "</parent><artifactId>carebridge-core</artifactId></project>");
    Files.writeString(dir.resolve("docs/guide.md"), String.join("\n", "# Guide", "", "```xml",
        "<dependency>", "  <groupId>org.carebridge</groupId>", "  <artifactId>carebridge-core</artifactId>",
        "  <version>1.2.0</version>", "</dependency>", "<dependency>", "  <groupId>org.carebridge</groupId>",
        "  <artifactId>carebridge-gone</artifactId>", "</dependency>", "<dependency>",
        "  <groupId>org.other</groupId>", "  <artifactId>x</artifactId>", "  <version>1</version>", "</dependency>",
        "<dependency><groupId>org.carebridge</groupId><artifactId>carebridge-core</artifactId>"
            + "<version>1.2.0-SNAPSHOT</version></dependency>",
        "```", ""));
    DependencySnippetChecker checker = DependencySnippetChecker.check(dir);
    assertThat(checker.dependencies()).extracting(DependencySnippetChecker.Dependency::line).containsExactly(4, 9, 18);
    assertThat(checker.problems()).hasSize(2);
    assertThat(checker.problems().get(0)).contains("guide.md:4").contains("version 1.2.0,")
        .contains("is 1.2.0-SNAPSHOT");
    assertThat(checker.problems().get(1)).contains("guide.md:9").contains("carebridge-gone is not an artifact");
  }

  // The checker itself, on a throw-away repository.

  private static final String SOURCE = String.join("\n",
      "class Example {",
      "  void run() {",
      "    // snippet:hello",
      "    String greeting = \"hello\";",
      "",
      "    if (greeting.isEmpty()) {",
      "      throw new IllegalStateException();",
      "    }",
      "    // end-snippet",
      "  }",
      "}");

  private static Path repo(Path dir, String markdown) throws IOException {
    Files.createDirectories(dir.resolve("mod/src"));
    Files.createDirectories(dir.resolve("docs/deep"));
    Files.writeString(dir.resolve("mod/src/Example.java"), SOURCE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("docs/deep/guide.md"), markdown, StandardCharsets.UTF_8);
    return dir;
  }

  private static List<String> problems(Path dir) {
    return SnippetChecker.check(dir, dir.resolve("docs")).problems();
  }

  private static String doc(String marker, String... block) {
    return "# Guide\n\n" + marker + "\n```java\n" + String.join("\n", block) + "\n```\n";
  }

  @Test
  void checker_acceptsAnEqualBlock_withIndentationStripped(@TempDir Path dir) throws IOException {
    repo(dir, doc("<!-- snippet: mod/src/Example.java#hello -->", "String greeting = \"hello\";", "",
        "if (greeting.isEmpty()) {", "  throw new IllegalStateException();", "}"));
    assertThat(problems(dir)).isEmpty();
    assertThat(SnippetChecker.check(dir, dir.resolve("docs")).markers()).hasSize(1);
  }

  @Test
  void checker_reportsADifferentBlock(@TempDir Path dir) throws IOException {
    repo(dir, doc("<!-- snippet: mod/src/Example.java#hello -->", "String greeting = \"bonjour\";", "",
        "if (greeting.isEmpty()) {", "  throw new IllegalStateException();", "}"));
    assertThat(problems(dir)).singleElement().asString()
        .contains("guide.md:3").contains("block line 1 differs").contains("bonjour");
  }

  @Test
  void checker_reportsAShorterBlock(@TempDir Path dir) throws IOException {
    repo(dir, doc("<!-- snippet: mod/src/Example.java#hello -->", "String greeting = \"hello\";"));
    assertThat(problems(dir)).singleElement().asString().contains("<end of block>");
  }

  @Test
  void checker_reportsAMissingRegion(@TempDir Path dir) throws IOException {
    repo(dir, doc("<!-- snippet: mod/src/Example.java#goodbye -->", "x"));
    assertThat(problems(dir)).singleElement().asString().contains("region 'goodbye' not found");
  }

  @Test
  void checker_reportsAMissingSourceFile(@TempDir Path dir) throws IOException {
    repo(dir, doc("<!-- snippet: mod/src/Gone.java#hello -->", "x"));
    assertThat(problems(dir)).singleElement().asString().contains("source file not found");
  }

  @Test
  void checker_reportsAMarkerWithoutAJavaBlock(@TempDir Path dir) throws IOException {
    repo(dir, "<!-- snippet: mod/src/Example.java#hello -->\n\n```java\nx\n```\n");
    assertThat(problems(dir)).singleElement().asString().contains("followed directly by a ```java block");
  }

  @Test
  void checker_reportsAnUnclosedBlock(@TempDir Path dir) throws IOException {
    repo(dir, "<!-- snippet: mod/src/Example.java#hello -->\n```java\nString greeting = \"hello\";\n");
    assertThat(problems(dir)).singleElement().asString().contains("not closed");
  }

  @Test
  void dedent_keepsRelativeIndentation() {
    assertThat(SnippetChecker.dedent(List.of("    a", "      b", "", "    c")))
        .containsExactly("a", "  b", "", "c");
  }
}
