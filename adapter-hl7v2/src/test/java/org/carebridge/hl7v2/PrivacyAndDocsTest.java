package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carebridge.core.validation.Issue;
import org.junit.jupiter.api.Test;

/** No issue message reveals a name or a full NHS number; every issue code is documented and unique. */
class PrivacyAndDocsTest {

  /** Every name and NHS number written in the samples (including the invalid one). */
  private static final List<String> PERSONAL = List.of("Hollins", "Margaret", "Elizabeth", "Bennett", "Arthur",
      "Okoro", "Grace", "Price", "Doreen", "Okafor", "Chinedu", "Hughes", "Rachel", "Lichfield", "Weston",
      "9434765919", "9434765918", "4857773457", "4010232137", "4505577104", "943 476 5919", "485 777 3457");

  private static final Path DOCS = Path.of("..", "docs", "adapters", "hl7v2.md");

  @Test
  void noIssueMessage_revealsANameOrAFullNhsNumber() throws Exception {
    List<Issue> issues = new ArrayList<>();
    List<AdtConverter> converters = List.of(Samples.storyConverter(), Samples.bareConverter(),
        AdtConverter.builder().assessmentNotices(true).clock(Samples.CLOCK).build());
    for (String folder : List.of("valid", "malformed")) {
      for (Path p : Samples.all(folder)) {
        for (AdtConverter c : converters) {
          issues.addAll(c.convert(p).issues());
        }
        // Truncated and shuffled variants reach the error paths with personal data nearby.
        String text = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int cut = 0; cut < text.length(); cut += 7) {
          issues.addAll(Samples.storyConverter().convert(text.substring(0, cut)).issues());
        }
      }
    }
    assertThat(issues).hasSizeGreaterThan(100);
    for (Issue i : issues) {
      for (String s : PERSONAL) {
        assertThat(i.message()).as(i.toString()).doesNotContain(s);
        assertThat(i.location().text()).as(i.toString()).doesNotContain(s);
      }
    }
  }
}
