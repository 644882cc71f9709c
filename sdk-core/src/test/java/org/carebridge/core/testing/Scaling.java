package org.carebridge.core.testing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A scaling harness (not a test): times one target on an input made at 1x, 4x and 16x of a base size, and reports the
 * median of each and its ratio to 1x. A cost that grows linearly shows ratios of about 4 and 16; a quadratic one 16
 * and 256. Each size is run once to warm up, then {@code runs} times; the machine's load average is reported with
 * the figures, as they depend on it. The benchmarks that use it are documented in docs/performance.md.
 */
public final class Scaling {

  /** The factors measured. */
  public static final int[] FACTORS = {1, 4, 16};

  /**
   * One measured size.
   *
   * @param shape what grows
   * @param units how many of it
   * @param chars the input's length
   * @param medianMillis median time
   * @param runs every time, in order
   * @param ratio median over the 1x median
   */
  public record Row(String shape, int units, int chars, double medianMillis, List<Double> runs, double ratio) {}

  private Scaling() {}

  /**
   * Measures a target on the input at each factor.
   *
   * @param shape what grows, for the table
   * @param base the size at 1x
   * @param input makes the input for a size
   * @param target the work to time
   * @param runs timed runs per size
   * @return one row per factor
   */
  public static List<Row> measure(String shape, int base, IntFunction<String> input, Consumer<String> target, int runs) {
    List<Row> rows = new ArrayList<>();
    double first = 0;
    for (int factor : FACTORS) {
      String text = input.apply(base * factor);
      target.accept(text);
      List<Double> times = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        target.accept(text);
        times.add((System.nanoTime() - start) / 1e6);
      }
      double median = median(times);
      if (factor == 1) {
        first = median;
      }
      rows.add(new Row(shape, base * factor, text.length(), median, times, median / first));
    }
    return rows;
  }

  /**
   * The rows as a Markdown table.
   *
   * @param rows the rows
   * @return the table, with a header
   */
  public static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder("| shape | units | input chars | median ms | ratio to 1x | runs (ms) |\n"
        + "|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      List<String> runs = r.runs().stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList();
      out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %s |%n", r.shape(), r.units(), r.chars(),
          r.medianMillis(), r.ratio(), String.join("; ", runs)));
    }
    return out.toString();
  }

  /**
   * The 1-minute load average, two decimals.
   *
   * @return e.g. {@code "1.84"}
   */
  public static String load() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * The median of some numbers.
   *
   * @param values the numbers, not empty
   * @return the median
   */
  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
