package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.fhir.mapping.MappingCodes;
import org.junit.jupiter.api.Test;

/** docs/sdk/issue-codes.md lists every code this module can raise. */
class IssueCodesPageTest {

  private static final Path PAGE = Path.of("..", "docs", "sdk", "issue-codes.md");

  static List<String> codes(Class<?> holder) throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field f : holder.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    return codes;
  }

  @Test
  void everyValidatorAndMapperCodeIsOnTheIssuesPage() throws IOException, IllegalAccessException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    List<String> codes = new ArrayList<>(codes(IssueCodes.class));
    codes.addAll(codes(MappingCodes.class));
    assertThat(codes).hasSizeGreaterThan(15);
    for (String code : codes) {
      assertThat(page).as("docs/sdk/issue-codes.md lists %s", code).contains("| `" + code + "` |");
    }
  }
}
