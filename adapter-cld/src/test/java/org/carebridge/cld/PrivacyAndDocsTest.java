package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;

import org.carebridge.core.validation.IssueCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carebridge.cld.internal.Column;
import org.carebridge.core.validation.Issue;
import org.junit.jupiter.api.Test;

class PrivacyAndDocsTest {

  private static final Path DOCS = Path.of("../docs/adapters/cld.md");

  private static List<String> codeConstants() {
    return java.util.Arrays.stream(IssueCode.values()).map(IssueCode::code).filter(c -> c.startsWith("CB-CLD-"))
        .toList();
  }

  @Test
  void issueCodes_uniqueAndNumberedWithoutGaps() throws Exception {
    List<String> codes = codeConstants();
    assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= codes.size(); i++) {
      expected.add(String.format("CB-CLD-%03d", i));
    }
    assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyReleaseOneColumn_isInTheDocsPageMappingTable() throws IOException {
    String page = Files.readString(DOCS);
    for (String header : Column.headers()) {
      assertThat(page).as("docs/adapters/cld.md maps column %s", header).contains("| " + header + " |");
    }
  }

  @Test
  void releaseOneLayout_has51ColumnsMatchedIgnoringCaseAndSpace() {
    assertThat(Column.headers()).hasSize(51).doesNotHaveDuplicates();
    assertThat(Column.forHeader("  cost frequency   (UNIT TYPE) ")).contains(Column.COST_FREQUENCY);
    assertThat(Column.forHeader("NHS No")).isEmpty();
  }

  /** Every sample, converted: no message holds a full NHS number (of any form) or a name from the samples. */
  @Test
  void noMessageHoldsAFullNhsNumberOrAName() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Samples.DIR)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    Set<String> secrets = new HashSet<>();
    Pattern tenDigits = Pattern.compile("(?<![0-9])[0-9]{10}(?![0-9])");
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
      Matcher m = tenDigits.matcher(text);
      while (m.find()) {
        secrets.add(m.group());
      }
    }
    assertThat(secrets).contains("9434765919", "9434765918");
    List<String> names = List.of("Margaret", "Hollins", "Derek", "Whitmore", "Priya", "Sandhu", "Albert",
        "Fenwick", "Joan", "Ashby", "Kwame", "Mensah");
    List<Issue> issues = new ArrayList<>();
    for (Path f : files) {
      issues.addAll(STAFFORDSHIRE.convert(f).issues());
    }
    issues.addAll(STAFFORDSHIRE.convert(files).issues());
    assertThat(issues).hasSizeGreaterThan(30);
    for (Issue i : issues) {
      String text = i.message() + " " + i.location();
      assertThat(tenDigits.matcher(text.replace(" ", "")).find()).as("issue %s", i).isFalse();
      for (String secret : secrets) {
        String grouped = secret.substring(0, 3) + " " + secret.substring(3, 6) + " " + secret.substring(6);
        assertThat(text).doesNotContain(secret).doesNotContain(grouped);
      }
      for (String name : names) {
        assertThat(text).as("issue %s", i).doesNotContain(name);
      }
    }
  }
}
