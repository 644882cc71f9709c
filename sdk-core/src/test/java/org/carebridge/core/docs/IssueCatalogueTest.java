package org.carebridge.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.core.validation.IssueCode;
import org.junit.jupiter.api.Test;

/**
 * Holds the one issue catalogue ({@link IssueCode}), the repository's code and {@code docs/sdk/issue-codes.md}
 * together, across every module: codes are unique, defined nowhere else, documented with their severity, and
 * asserted by a test.
 */
class IssueCatalogueTest {

  private static final Path ROOT = Path.of("..");
  private static final Path DOC = ROOT.resolve(Path.of("docs", "sdk", "issue-codes.md"));
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`?(CB-[A-Z0-9]+-\\d{3})`?\\s*\\|\\s*([A-Z]+)\\s*\\|(.*)$");
  private static final Pattern CODE = Pattern.compile("CB-[A-Z0-9]+-\\d{3}");
  private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[sd]");
  private static final Pattern CODE_LITERAL = Pattern.compile("\"(CB-[A-Z0-9]+-\\d{3})\"");

  private static Map<String, String[]> documentedRows() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String[] cells = m.group(3).split("\\|");
        assertThat(rows.put(m.group(1), new String[] {m.group(2), cells[cells.length - 1].strip()}))
            .as("%s documented twice", m.group(1)).isNull();
        assertThat(cells.length).as("row %s has location, meaning and example", m.group(1)).isGreaterThanOrEqualTo(3);
      }
    }
    return rows;
  }

  private static List<Path> javaFiles(String sourceSet) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path dir = module.resolve(Path.of("src", sourceSet, "java"));
        if (Files.isDirectory(dir)) {
          try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
          }
        }
      }
    }
    assertThat(files).as("java files under */src/%s/java", sourceSet).isNotEmpty();
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> codes = Arrays.stream(IssueCode.values()).map(IssueCode::code).toList();
    assertThat(new TreeSet<>(codes)).as("duplicate issue codes in %s", codes).hasSameSizeAs(codes);
    assertThat(codes).allMatch(c -> CODE.matcher(c).matches(), "codes look like CB-AREA-nnn");
    for (IssueCode code : IssueCode.values()) {
      Matcher placeholders = PLACEHOLDER.matcher(code.template());
      Set<String> distinct = new TreeSet<>();
      int plain = 0;
      while (placeholders.find()) {
        if (placeholders.group(1) == null) {
          plain++;
        } else {
          distinct.add(placeholders.group(1));
        }
      }
      assertThat(plain + distinct.size()).as("placeholders of %s", code).isEqualTo(code.arguments().size());
      assertThat(IssueCode.of(code.code())).isSameAs(code);
    }
  }

  @Test
  void noMainSourceDefinesACodeOutsideTheCatalogue() throws IOException {
    Set<String> elsewhere = new TreeSet<>();
    for (Path file : javaFiles("main")) {
      if (file.getFileName().toString().equals("IssueCode.java")) {
        continue;
      }
      String code = read(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
      Matcher m = CODE_LITERAL.matcher(code);
      while (m.find()) {
        elsewhere.add(ROOT.relativize(file) + ": " + m.group(1));
      }
    }
    assertThat(elsewhere).as("code literals outside IssueCode: use the catalogue entry").isEmpty();
  }

  @Test
  void everyCodeIsDocumentedWithItsSeverityAndNothingElseIs() throws IOException {
    Map<String, String[]> documented = documentedRows();
    for (IssueCode code : IssueCode.values()) {
      assertThat(documented).as("docs/sdk/issue-codes.md documents %s", code.code()).containsKey(code.code());
      assertThat(documented.get(code.code())[0]).as("severity of %s", code.code()).isEqualTo(code.severity().name());
    }
    Set<String> known = Arrays.stream(IssueCode.values()).map(IssueCode::code).collect(Collectors.toSet());
    assertThat(documented.keySet()).allMatch(known::contains, "in the catalogue");
  }

  @Test
  void everyDocumentedExampleFitsItsTemplate() throws IOException {
    Map<String, String[]> documented = documentedRows();
    for (IssueCode code : IssueCode.values()) {
      if (PLACEHOLDER.matcher(code.template()).replaceAll("").isBlank()) {
        continue;   // the message is all argument: nothing fixed to compare
      }
      String example = documented.get(code.code())[1];
      int arrow = example.indexOf("\u2192 ");
      String message = arrow >= 0 ? example.substring(arrow + 2) : example;
      String regex = Arrays.stream(PLACEHOLDER.split(code.template(), -1)).map(Pattern::quote)
          .collect(Collectors.joining(".+"));
      assertThat(message).as("example message of %s", code.code()).matches(regex);
    }
  }

  @Test
  void everyCodeIsAssertedByATestInSomeModule() throws IOException {
    String tests = javaFiles("test").stream()
        .filter(p -> !p.getFileName().toString().equals("IssueCatalogueTest.java"))
        .map(IssueCatalogueTest::read).collect(Collectors.joining("\n"));
    Set<String> untested = new TreeSet<>();
    for (IssueCode code : IssueCode.values()) {
      // a code in a string or in a parameterised test's data, or the catalogue entry itself
      if (!Pattern.compile("\\b" + Pattern.quote(code.code()) + "\\b").matcher(tests).find()
          && !tests.contains("IssueCode." + code.name())) {
        untested.add(code.code());
      }
    }
    assertThat(untested).as("codes no test asserts").isEmpty();
  }
}
