package org.carebridge.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;

/**
 * The hostile-input fuzzing harness shared by the modules' fuzz tests: jqwik arbitraries that mutate seed inputs
 * (real examples and samples) with text-level operations, and a driver that runs a target on each mutant and checks
 * that no {@link Throwable} escapes, that each call returns within a time bound, and how often the target reports an
 * unlocated internal failure. The time bound is on the calling thread's CPU time (wall time may take five times
 * it before it counts as a hang): on a shared machine the wall time of one call says more about the load than about
 * the input. The generator is driven by a {@link Random} with a fixed seed, so a run is repeatable;
 * a finding names the execution number, the seed and the input.
 *
 * <p>System properties (for every fuzz test): {@code carebridge.hostile.tries} (most executions per target),
 * {@code carebridge.hostile.seconds} (most time per target), {@code carebridge.hostile.seed},
 * {@code carebridge.hostile.only} (replay one execution; the inputs of findings are written to
 * {@code target/hostile-fuzz/}). CI runs a few seconds
 * per target; see docs/sdk/validation.md for the long run.
 */
public final class Fuzzing {

  /** Default seed. */
  public static final long DEFAULT_SEED = 20261207L;

  /**
   * The time bound is on the CPU time of the calling thread, which a shared machine's load does not stretch; wall time
   * over this many times the bound counts as a hang.
   */
  private static final int HANG_FACTOR = 5;

  /** {@code carebridge.hostile.only=N}: run the target on execution N only (to replay a finding); 0: every one. */
  private static final long ONLY = Long.getLong("carebridge.hostile.only", 0);

  private Fuzzing() {}

  /**
   * How long one run goes on.
   *
   * @param tries most executions
   * @param seconds most time, in seconds
   * @param seed the seed of the generator
   */
  public record Settings(long tries, double seconds, long seed) {

    /**
     * The settings from the system properties, with these defaults.
     *
     * @param tries default most executions
     * @param seconds default most time
     * @return the settings
     */
    public static Settings of(long tries, double seconds) {
      return new Settings(Long.getLong("carebridge.hostile.tries", tries),
          Double.parseDouble(System.getProperty("carebridge.hostile.seconds", String.valueOf(seconds))),
          Long.getLong("carebridge.hostile.seed", DEFAULT_SEED));
    }
  }

  /**
   * Something one execution did wrong.
   *
   * @param kind {@code throwable}, {@code slow} or {@code internal}
   * @param execution the execution's number
   * @param detail what happened
   * @param input the input (cut at 4,000 characters)
   */
  public record Finding(String kind, long execution, String detail, String input) {}

  /**
   * The outcome of one run.
   *
   * @param target what was run
   * @param settings the settings
   * @param executions how many inputs were run
   * @param findings what went wrong (at most 20 kept per kind; the counts are complete)
   * @param throwables how many calls threw
   * @param slow how many calls took more CPU time than the bound, or five times it in wall time
   * @param internal how many calls reported an unlocated internal failure
   * @param millis per-call time percentiles: p50, p90, p99, max
   * @param allocatedMb per-call allocation percentiles, MB: p50, p90, p99, max
   * @param seconds the run's wall time
   */
  public record Report(String target, Settings settings, long executions, List<Finding> findings, long throwables,
      long slow, long internal, double[] millis, double[] allocatedMb, double seconds) {

    /**
     * The internal-failure rate.
     *
     * @return internal failures over executions
     */
    public double internalRate() {
      return executions == 0 ? 0 : (double) internal / executions;
    }

    /**
     * One line for the logs and docs.
     *
     * @return a Markdown table row
     */
    public String row() {
      return String.format(Locale.ROOT, "| %s | %,d | %.0f s | %d | %d | %d (%.3f%%) | %.1f / %.1f / %.1f / %.0f ms"
          + " | %.2f / %.2f / %.1f / %.1f MB | %d |", target, executions, seconds, throwables, slow, internal,
          100 * internalRate(), millis[0], millis[1], millis[2], millis[3], allocatedMb[0], allocatedMb[1],
          allocatedMb[2], allocatedMb[3], settings.seed());
    }
  }

  /** A text mutation: positions are fractions of the length, so one operation fits any input. */
  private record Op(int kind, double at, double span, int count, String token) {

    void apply(StringBuilder b) {
      int n = b.length();
      int i = (int) (at * n);
      int len = Math.max(1, (int) (span * Math.min(n, 400)));
      int j = Math.min(n, i + len);
      switch (kind) {
        case 0 -> b.insert(i, token);
        case 1 -> b.delete(i, j);
        case 2 -> { // repeat a range: many copies of one element, one extension, one segment, one row
          String copy = b.substring(i, j);
          for (int c = 0; c < count && b.length() < 4_000_000; c++) {
            b.insert(j, copy);
          }
        }
        case 3 -> b.replace(i, j, token);
        case 4 -> b.setLength(i);
        case 5 -> { // swap two ranges
          int k = (int) (span * n);
          if (k > j) {
            String first = b.substring(i, j);
            String second = b.substring(k, Math.min(n, k + (j - i)));
            b.replace(k, k + second.length(), first);
            b.replace(i, j, second);
          }
        }
        default -> { // a long run of one token
          b.insert(i, token.repeat(Math.max(1, count * 64)));
        }
      }
    }
  }

  /**
   * Mutants of the seeds: one to four operations each (insert, delete, replace with a token of the format; repeat a
   * range up to 32 times; cut the text short; swap two ranges; insert a long run of a token), or a seed unchanged.
   *
   * @param seeds the inputs to start from, not empty
   * @param tokens the format's significant tokens (brackets, separators, escapes, markup...)
   * @return the arbitrary
   */
  public static Arbitrary<String> mutants(List<String> seeds, List<String> tokens) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no seeds");
    }
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(tokens),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 32), token).as(Op::new);
    Arbitrary<String> seed = Arbitraries.of(seeds);
    return Combinators.combine(seed, op.list().ofMinSize(0).ofMaxSize(4)).as((s, ops) -> {
      StringBuilder b = new StringBuilder(s);
      for (Op o : ops) {
        o.apply(b);
      }
      return b.toString();
    });
  }

  /**
   * Runs a target on generated inputs.
   *
   * @param target the target's name
   * @param settings how long
   * @param inputs the inputs
   * @param call the target: true when it reported an unlocated internal failure for the input
   * @param boundMillis the CPU time one call may take on its thread (wall time: five times that)
   * @return the report, also appended to {@code target/hostile-fuzz.md}
   */
  public static Report run(String target, Settings settings, Arbitrary<String> inputs, Predicate<String> call,
      long boundMillis) {
    Random random = new Random(settings.seed());
    RandomGenerator<String> generator = inputs.generator(1000);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    List<Double> times = new ArrayList<>();
    List<Double> allocations = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    long[] counts = new long[3];
    long start = System.nanoTime();
    long n = 0;
    while (n < settings.tries() && (System.nanoTime() - start) / 1e9 < settings.seconds()) {
      String input = generator.next(random).value();
      n++;
      if (ONLY > 0 && n != ONLY) {
        continue;
      }
      long allocated = threads.getThreadAllocatedBytes(thread);
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      String kind = null;
      String detail = null;
      try {
        if (call.test(input)) {
          kind = "internal";
          detail = "unlocated internal failure";
        }
      } catch (Throwable t) {
        if (t instanceof VirtualMachineError vm && !(vm instanceof StackOverflowError)) {
          throw vm;
        }
        kind = "throwable";
        detail = t.toString();
      }
      double millis = (System.nanoTime() - t0) / 1e6;
      double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      times.add(millis);
      allocations.add((threads.getThreadAllocatedBytes(thread) - allocated) / (1024.0 * 1024.0));
      if (kind == null && (cpuMillis > boundMillis || millis > HANG_FACTOR * boundMillis)) {
        kind = "slow";
        detail = String.format(Locale.ROOT, "%.0f ms, %.0f ms of CPU (bound %d ms of CPU, %d ms wall)", millis,
            cpuMillis, boundMillis, HANG_FACTOR * boundMillis);
      }
      if (kind != null) {
        int k = kind.equals("throwable") ? 0 : kind.equals("slow") ? 1 : 2;
        if (counts[k]++ < 20) {
          findings.add(new Finding(kind, n, detail, input.length() > 4000 ? input.substring(0, 4000) + "..." : input));
          keep(target, n, input);
        }
      }
    }
    Report report = new Report(target, settings, n, List.copyOf(findings), counts[0], counts[1], counts[2],
        percentiles(times), percentiles(allocations), (System.nanoTime() - start) / 1e9);
    record(report);
    return report;
  }

  /** Writes a finding's whole input to {@code target/hostile-fuzz/}, to turn it into a regression test. */
  private static void keep(String target, long execution, String input) {
    try {
      Path file = Path.of("target", "hostile-fuzz", target.replaceAll("[^A-Za-z0-9]+", "-") + "-" + execution + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, input, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] percentiles(List<Double> values) {
    if (values.isEmpty()) {
      return new double[4];
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return new double[] {sorted.get((n - 1) / 2), sorted.get((int) ((n - 1) * 0.9)), sorted.get((int) ((n - 1) * 0.99)),
        sorted.get(n - 1)};
  }

  private static void record(Report report) {
    System.out.println("hostile fuzz: " + report.row());
    for (Finding f : report.findings()) {
      System.out.println("  " + f.kind() + " at execution " + f.execution() + " (seed " + report.settings().seed() + "): "
          + f.detail() + "\n    input: " + f.input().replace("\n", "\\n").replace("\r", "\\r"));
    }
    try {
      Path file = Path.of("target", "hostile-fuzz.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report.row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
