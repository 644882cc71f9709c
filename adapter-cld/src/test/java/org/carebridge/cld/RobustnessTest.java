package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;

import org.carebridge.core.validation.Result;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Random;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * Damaged extracts (characters deleted, quotes, separators, line breaks and control characters inserted, lines
 * repeated, the text cut short) give issues, never exceptions; a FATAL issue means no Bundle; whatever is output
 * still maps back to sdk-core records. Seeded, so a failure is reproducible.
 */
class RobustnessTest {

  private static final String[] NOISE = {",", "\"", "\r\n", "\n", "\u0000", "x", "\u00e9", "/", "-", "9", " "};

  private static String damaged(String text, int seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(text);
    int mutations = 1 + r.nextInt(5);
    for (int m = 0; m < mutations; m++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(4)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, NOISE[r.nextInt(NOISE.length)]);
        case 2 -> {
          int start = b.lastIndexOf("\n", at) + 1;
          int end = b.indexOf("\n", at);
          if (end > start) {
            b.insert(start, b.substring(start, end + 1));
          }
        }
        default -> b.setLength(at);
      }
    }
    return b.toString();
  }

  /** What survives damage still validates with zero errors (a slice of the seeds: validation is slow). */
  @Test
  void damagedExtracts_outputStillValidates() throws Exception {
    String text = Files.readString(Samples.path(Samples.Q3));
    int validated = 0;
    for (int seed = 0; seed < 12; seed++) {
      for (Bundle bundle : STAFFORDSHIRE.convert(new StringReader(damaged(text, seed))).orElseThrow().bundles()) {
        assertThat(Samples.validator().validate(Samples.json(bundle)).errors()).as("seed " + seed).isEmpty();
        validated++;
      }
    }
    assertThat(validated).isGreaterThan(20);
  }

  @Test
  void damagedExtracts_issuesNeverExceptions() throws Exception {
    String text = Files.readString(Samples.path(Samples.Q3));
    for (int seed = 0; seed < 400; seed++) {
      String b = damaged(text, seed);
      Result<CldConversion> c = STAFFORDSHIRE.convert(new StringReader(b));
      String why = "seed " + seed;
      assertThat(c.orElseThrow().rowsRejected()).as(why).isLessThanOrEqualTo(c.orElseThrow().rowsRead());
      assertThat(c.issues()).as(why).allSatisfy(i -> assertThat(i.source()).isIn("cld", "carebridge-rules"));
      if (c.issues().stream().anyMatch(i -> i.severity() == Severity.FATAL)) {
        assertThat(c.orElseThrow().bundles()).as(why).isEmpty();
      }
      for (Bundle bundle : c.orElseThrow().bundles()) {
        if (Samples.count(bundle, "Account") > 0) {
          assertThat(CareBridgeMapper.readPersonalBudget(bundle).issues()).as(why).noneMatch(Issue::isError);
        }
      }
    }
  }
}
