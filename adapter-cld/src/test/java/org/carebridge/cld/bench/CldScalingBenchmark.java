package org.carebridge.cld.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.cld.CldConverter;
import org.carebridge.core.testing.Scaling;

/**
 * How the CLD converter's cost grows with a long label value (not a unit test; see docs/performance.md): the sample
 * extract with one row's Gender (a labelled column, whose unknown value is compared with the labels to suggest the
 * nearest) replaced by a value 1x, 4x and 16x a base length, and, for contrast, with that many rows. Run:
 *
 * <pre>
 * nice -n 10 ./mvnw -q -o -pl adapter-cld -am -Pcld-scaling -DskipTests verify [-Dbench.base=25000 -Dbench.runs=5]
 * </pre>
 */
public final class CldScalingBenchmark {

  private static final int BASE = Integer.getInteger("bench.base", 25_000);
  private static final int RUNS = Integer.getInteger("bench.runs", 5);

  private CldScalingBenchmark() {}

  public static void main(String[] args) throws IOException {
    String sample;
    try (InputStream in = CldScalingBenchmark.class.getResourceAsStream("/samples/staffordshire-2026-q3.csv")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = sample.split("\n");
    CldConverter converter = CldConverter.builder().councilOdsCode("SCC01").councilName("Staffordshire County Council")
        .councilId("staffordshire-cc").build();
    System.out.println("- cores: " + Runtime.getRuntime().availableProcessors() + ", base " + BASE + ", " + RUNS
        + " timed runs per size");
    System.out.println("- load average (1 min) at start: " + Scaling.load());
    List<Scaling.Row> rows = new ArrayList<>();
    rows.addAll(Scaling.measure("characters in one Gender value", BASE,
        n -> lines[0] + "\n" + lines[1].replaceFirst(",Female,", ",F" + "e".repeat(n - 2) + ",") + "\n",
        text -> converter.convert(new StringReader(text)), RUNS));
    rows.addAll(Scaling.measure("rows (contrast)", BASE / 250,
        n -> lines[0] + "\n" + (lines[1] + "\n").repeat(n),
        text -> converter.convert(new StringReader(text)), RUNS));
    System.out.println();
    System.out.print(Scaling.table(rows));
    System.out.println();
    System.out.println("- load average (1 min) at the end: " + Scaling.load());
  }
}
