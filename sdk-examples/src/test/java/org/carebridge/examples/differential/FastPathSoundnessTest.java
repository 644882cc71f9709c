package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carebridge.examples.differential.OfficialEngine.EngineIssue;
import org.carebridge.examples.differential.OfficialEngine.Setup;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the fast path's soundness, on many more mutants than {@link OfficialEngineDifferentialTest} can afford.
 * Every mutant (both series of {@link Mutants}, from their own seed) is checked by the fast path alone; each one it
 * certifies ("no errors") is validated by the {@link OfficialEngine}, which must not reject it.
 *
 * <p>Why the engine runs only on certified mutants: an input the fast path does not certify goes, in
 * {@code CareBridgeValidator}, through the HL7 engine path unchanged, whose agreement with the official engine is
 * what {@link OfficialEngineDifferentialTest} measures. The one new way to be wrong is a certificate, so that is
 * what this test counts, and it can run a hundred thousand mutants in the time the full differential runs a few
 * thousand.
 *
 * <p>Sizes: {@value #MUTANTS_PROPERTY} (default {@value #DEFAULT_MUTANTS}: the CI sample; a fifth of them from the
 * second series), seed {@value #SEED_PROPERTY} (default {@value #DEFAULT_SEED}). The large run, with its summary in
 * {@code target/differential/fast-path-soundness.txt}:
 * {@code ./mvnw -B -ntp -o -pl sdk-examples verify -Dtest=FastPathSoundnessTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dcarebridge.soundness.mutants=100000}.
 */
class FastPathSoundnessTest {

  static final String MUTANTS_PROPERTY = "carebridge.soundness.mutants";
  static final String SEED_PROPERTY = "carebridge.soundness.seed";
  static final int DEFAULT_MUTANTS = 3000;
  static final long DEFAULT_SEED = 20261207L;
  static final int PROGRESS_EVERY = 5000;

  @Test
  void noMutantTheFastPathCertifiesIsRejectedByTheOfficialEngine() throws Exception {
    List<String> missing = OfficialEngine.missingPackages(Setup.CAREBRIDGE_WITH_UK_CORE);
    Assumptions.assumeTrue(missing.isEmpty(), () -> "soundness run not made, packages missing: " + missing);
    int count = Integer.getInteger(MUTANTS_PROPERTY, DEFAULT_MUTANTS);
    long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    long start = System.nanoTime();
    OfficialEngine engine = OfficialEngine.get(Setup.CAREBRIDGE_WITH_UK_CORE);
    FastPath fastPath = new FastPath(FastPlan.load());
    fastPath.useEngineDefinitions(engine.definitions());
    Mutants mutants = new Mutants(seed, OfficialEngineDifferentialTest.bases());
    int second = count / 5;

    Map<Mutants.Operator, int[]> byOperator = new EnumMap<>(Mutants.Operator.class); // {mutants, certified}
    List<String> rejected = new ArrayList<>();
    int certified = 0;
    long fastNanos = 0;
    ExecutorService engineThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "official-engine");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<String>> window = new ArrayDeque<>();
    try {
      for (int i = 0; i < count; i++) {
        Mutants.Mutant m = i < count - second ? mutants.mutant(i) : mutants.extraMutant(i - (count - second));
        int[] tally = byOperator.computeIfAbsent(m.operator(), o -> new int[2]);
        tally[0]++;
        long t0 = System.nanoTime();
        boolean sure = fastPath.check(m.json()).certified();
        fastNanos += System.nanoTime() - t0;
        if ((i + 1) % PROGRESS_EVERY == 0) {
          // a long run says where it is, so that a run cut short still tells what it checked (the rejections
          // counted are those of the engine's verdicts collected so far)
          System.out.printf(Locale.ROOT, "fast path soundness: %d of %d mutants, %d certified, %d rejected so far,"
              + " %.0f s%n", i + 1, count, certified + (sure ? 1 : 0), rejected.size(),
              (System.nanoTime() - start) / 1e9);
        }
        if (!sure) {
          continue;
        }
        certified++;
        tally[1]++;
        window.add(engineThread.submit(() -> {
          List<EngineIssue> errors = engine.validate(m.json(), List.of()).stream().filter(EngineIssue::isError)
              .toList();
          return errors.isEmpty() ? null : m.describe() + " -> " + errors.get(0).messageId() + " at "
              + errors.get(0).location();
        }));
        while (window.size() > 64) {
          collect(window.poll(), rejected);
        }
      }
      while (!window.isEmpty()) {
        collect(window.poll(), rejected);
      }
    } finally {
      engineThread.shutdownNow();
    }

    StringBuilder summary = new StringBuilder();
    summary.append(String.format(Locale.ROOT, "Fast path soundness: %d mutants (seed %d; %d of the second series):"
        + " certified %d, of which the official engine rejects %d; %.1f s in all, fast path %.2f ms per mutant%n",
        count, seed, second, certified, rejected.size(), Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0,
        count == 0 ? 0.0 : fastNanos / 1e6 / count));
    byOperator.forEach((op, t) -> summary.append(String.format(Locale.ROOT, "  %-18s %7d mutants, %6d certified%n",
        op, t[0], t[1])));
    rejected.forEach(r -> summary.append("  REJECTED: ").append(r).append('\n'));
    Files.createDirectories(OfficialEngineDifferentialTest.OUT);
    Files.writeString(OfficialEngineDifferentialTest.OUT.resolve("fast-path-soundness.txt"), summary);
    System.out.print(summary);

    assertThat(OfficialEngine.networkAttempts()).as("network access attempted").isEmpty();
    assertThat(rejected).as("mutants the fast path certified and the official engine rejects").isEmpty();
    // the check has something to check: the fast path certifies some mutants (e.g. reordered entries), and
    // refuses most
    assertThat(certified).as("mutants certified").isPositive().isLessThan(count);
  }

  private static void collect(Future<String> verdict, List<String> rejected) throws InterruptedException {
    try {
      String r = verdict.get();
      if (r != null) {
        rejected.add(r);
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the official engine failed outside validation", e.getCause());
    }
  }
}
