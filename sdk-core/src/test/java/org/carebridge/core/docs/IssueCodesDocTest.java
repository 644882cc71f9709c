package org.carebridge.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.core.internal.Rule;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code docs/sdk/issue-codes.md} and the issue catalogue together. The catalogue ({@link Rule}) is every
 * code the engine can emit: ArchitectureTest proves that issues are created only through it.
 */
class IssueCodesDocTest {

  private static final Path DOC = Path.of("..", "docs", "sdk", "issue-codes.md");
  private static final Pattern ROW = Pattern.compile("^\\|\\s*(CB-[A-Z]+-\\d{3})\\s*\\|\\s*([A-Z]+)\\s*\\|(.*)$");
  private static final Pattern CODE = Pattern.compile("CB-[A-Z]+-\\d{3}");

  private static Map<String, String> documentedSeverities() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        assertThat(rows.put(m.group(1), m.group(2))).as("%s documented twice", m.group(1)).isNull();
        String[] cells = m.group(3).split("\\|");
        assertThat(cells.length).as("row %s has location, meaning and example", m.group(1)).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < 3; i++) {
          assertThat(cells[i]).as("row %s cell %d", m.group(1), i + 3).isNotBlank();
        }
      }
    }
    return rows;
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> codes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toList());
    Set<String> unique = new HashSet<>(codes);
    assertThat(unique).as("duplicate issue codes in %s", codes).hasSameSizeAs(codes);
    assertThat(codes).allMatch(c -> CODE.matcher(c).matches(), "codes look like CB-AREA-nnn");
  }

  @Test
  void everyCodeTheEngineCanEmitIsDocumentedWithItsSeverity() throws IOException {
    assertThat(DOC).as("docs/sdk/issue-codes.md").exists();
    Map<String, String> documented = documentedSeverities();
    for (Rule rule : Rule.values()) {
      assertThat(documented).as("docs/sdk/issue-codes.md documents %s", rule.code()).containsKey(rule.code());
      assertThat(documented.get(rule.code())).as("severity of %s", rule.code()).isEqualTo(rule.severity().name());
    }
  }

  @Test
  void everyDocumentedExampleFitsTheEnginesMessageTemplate() throws IOException {
    Map<String, String> examples = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String[] cells = m.group(3).split("\\|");
        String example = cells[cells.length - 1].strip();
        int arrow = example.indexOf("\u2192 ");
        examples.put(m.group(1), arrow >= 0 ? example.substring(arrow + 2) : example);
      }
    }
    for (Rule rule : Rule.values()) {
      String regex = Arrays.stream(rule.template().split("%[sd]", -1)).map(Pattern::quote)
          .collect(Collectors.joining(".+"));
      assertThat(examples.get(rule.code())).as("example message of %s", rule.code()).matches(regex);
    }
  }

  @Test
  void everyCodeIsExercisedByATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
      tests = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("IssueCodesDocTest.java"))
          .map(IssueCodesDocTest::read).collect(Collectors.joining("\n"));
    }
    for (Rule rule : Rule.values()) {
      assertThat(tests).as("a rule test asserts %s", rule.code()).contains("\"" + rule.code() + "\"");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDocumentListsNoCodeTheEngineDoesNotHave() throws IOException {
    Set<String> engine = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
    assertThat(documentedSeverities().keySet()).allMatch(engine::contains, "known to the engine");
  }
}
