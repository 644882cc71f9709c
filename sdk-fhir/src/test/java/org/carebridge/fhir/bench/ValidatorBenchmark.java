package org.carebridge.fhir.bench;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.OperationOutcomes;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.RawHapi;
import org.carebridge.fhir.testing.TestPackage;
import org.carebridge.fhir.testing.UkCore;
import org.carebridge.fhir.FastPaths;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;

/**
 * Side-by-side benchmark of {@link CareBridgeValidator} and raw HAPI 8.8.1 ({@code FhirValidator} +
 * default {@code FhirInstanceValidator} over the same package). Not a unit test: run it by hand, on a quiet
 * machine (see docs/performance.md):
 *
 * <pre>
 * nice -n 10 ./mvnw -q -pl sdk-fhir -am -Pbench -DskipTests verify
 * </pre>
 *
 * <p>The orchestrator spawns a fresh child JVM (same class path, {@code -Xmx1g}) per measurement:
 * {@code cold} (JVM start to the first verdict on an example Bundle, 3 runs each, median), {@code heap}
 * (heap retained after a warm-up, after full GCs) and {@code warm} (per-Bundle time on the package examples
 * and on 1,000 generated variations, throughput on 2 threads, and a verdict comparison on every input).
 * Uses the CareBridge package from the classpath when present, otherwise (or with
 * {@code -Dbench.package=test}) the small test package and its generated 3-entry Bundles.
 */
public final class ValidatorBenchmark {

  private static final int GENERATED = Integer.getInteger("bench.generated", 1000);

  /** {@code -Dbench.package=test} forces the small test package and its corpus (small Bundles). */
  private static final String PACKAGE = System.getProperty("bench.package", "carebridge");

  private ValidatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && !args[0].equals("all")) {
      child(args);
      return;
    }
    System.out.println("# CareBridge validator benchmark");
    System.out.println();
    System.out.println("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", cores: " + Runtime.getRuntime().availableProcessors() + ", children run with -Xmx1g");
    System.out.println("- package: " + (careBridge() != null ? "uk.carebridge.r4 (classpath), generated Bundles are"
        + " variations of its example Bundles" : "test package, generated Bundles have 3 entries (about 1.5 KB)"));
    System.out.println();
    System.out.println("- UK Core STU2 2.0.2 for both validators: " + (UkCore.available() ? "yes (the fast path's packages)"
        : "no (../shared/ukcore-stu2 missing: the fast path is not used)"));
    System.out.println("- load average (1 min) at start: " + load());
    List<Long> coldOurs = new ArrayList<>();
    List<Long> coldRaw = new ArrayList<>();
    List<Long> cpuOurs = new ArrayList<>();
    List<Long> cpuRaw = new ArrayList<>();
    // the Bundle of the cold runs, in a file: a child reads it and nothing else before building its validator
    Path first = Files.createTempFile("carebridge-bench-first", ".json");
    Files.writeString(first, firstBundle());
    first.toFile().deleteOnExit();
    for (int i = 0; i < 3; i++) {
      String[] o = spawn("cold", "ours", first.toString()).trim().split(" ");
      String[] r = spawn("cold", "raw", first.toString()).trim().split(" ");
      coldOurs.add(Long.parseLong(o[0]));
      cpuOurs.add(Long.parseLong(o[1]));
      coldRaw.add(Long.parseLong(r[0]));
      cpuRaw.add(Long.parseLong(r[1]));
    }
    System.out.println("- load average (1 min) after the cold runs: " + load());
    System.out.println();
    System.out.println("| measurement | CareBridgeValidator | raw HAPI |");
    System.out.println("|---|---|---|");
    System.out.println("| new JVM to first verdict (median of 3, runs; alternated) | " + median(coldOurs) + " ms " + coldOurs
        + " | " + median(coldRaw) + " ms " + coldRaw + " |");
    System.out.println("| CPU time of that JVM until the verdict (all threads, incl. JIT; median) | " + median(cpuOurs) + " ms "
        + cpuOurs + " | " + median(cpuRaw) + " ms " + cpuRaw + " |");
    System.out.println("| heap retained after warm-up | " + spawn("heap", "ours").trim() + " MB (the fast path's"
        + " plan and FHIRPath engine alone: " + spawn("heap", "fastonly").trim() + " MB) | "
        + spawn("heap", "raw").trim() + " MB |");
    System.out.print(spawn("warm", "both"));
    System.out.println("- load average (1 min) at the end: " + load());
  }

  private static String load() {
    return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long processCpuMillis() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
  }

  private static void child(String[] args) throws Exception {
    switch (args[0]) {
      case "cold" -> {
        String bundle = args.length > 2 ? Files.readString(Path.of(args[2])) : firstBundle();
        if (args[1].equals("ours")) {
          build().validate(bundle);
        } else {
          raw().validate(bundle);
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long wall = System.currentTimeMillis() - start;
        System.out.println(wall + " " + processCpuMillis());
      }
      case "heap" -> {
        List<String> corpus = generated(100);
        Object keep;
        if (args[1].equals("fastonly")) {
          // the fast path alone: its plan, parsed invariants and FHIRPath engine, without the HL7 engine
          FastPath f = new FastPath(FastPlan.load());
          corpus.forEach(f::check);
          keep = f;
        } else if (args[1].equals("ours")) {
          CareBridgeValidator v = build();
          corpus.forEach(v::validate);
          keep = v;
        } else {
          RawHapi r = raw();
          corpus.forEach(r::validate);
          keep = r;
        }
        corpus = null;
        for (int i = 0; i < 4; i++) {
          System.gc();
          Thread.sleep(200);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println(used / (1024 * 1024));
        if (keep.hashCode() == 42) {
          System.out.println();
        }
      }
      case "warm" -> warm();
      case "ndjson" -> {
        // the bulk input of the command line's run (docs/performance.md): valid generated Bundles, one per line
        FastPath f = FastPaths.of(build());
        List<String> lines = new ArrayList<>();
        for (String s : generated(Integer.parseInt(args[2]))) {
          if (f.check(s).certified()) {
            lines.add(JACKSON.readTree(s).toString());
          }
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " Bundles written to " + args[1]);
      }
      case "bulk" -> bulk(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20);
      case "loop" -> loop(args.length > 1 ? args[1] : "ours", args.length > 2 ? Integer.parseInt(args[2]) : 60);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /**
   * The library's bulk rate in a JVM of its own, as the command line or a service runs it (not part of
   * {@code all}, whose JVM also holds the engine-path and raw HAPI validators): one validator as shipped, the
   * Bundles of an NDJSON file (written by the {@code ndjson} mode), each validated once to warm up (and checked
   * valid), then 1 and 2 threads in turn for the given seconds each, two rounds; Bundles and resources per second.
   */
  private static void bulk(Path file, int seconds) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    long resources = 0;
    for (String s : lines) {
      resources += 1 + JACKSON.readTree(s).path("entry").size();
    }
    double perBundle = (double) resources / lines.size();
    CareBridgeValidator v = build();
    for (String s : lines) {
      if (!v.validate(s).isValid()) {
        throw new IllegalStateException("the bulk input must be valid Bundles: " + s.substring(0, 60));
      }
    }
    System.out.printf("bulk: %d Bundles (%.2f resources each), %d s per measurement, load average %.2f%n",
        lines.size(), perBundle, seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int round = 1; round <= 2; round++) {
      for (int threads = 1; threads <= 2; threads++) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
          Thread th = new Thread(() -> {
            long i;
            while (System.nanoTime() < end) {
              i = next.getAndIncrement();
              if (!v.validate(lines.get((int) (i % lines.size()))).isValid()) {
                throw new IllegalStateException("a valid Bundle was rejected");
              }
              done.incrementAndGet();
            }
          });
          th.start();
          ts.add(th);
        }
        for (Thread th : ts) {
          th.join();
        }
        double perSecond = done.get() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("round %d, %d thread%s: %.0f Bundles/s, %.0f resources/s (load average %.2f)%n", round,
            threads, threads == 1 ? "" : "s", perSecond, perSecond * perBundle,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
  }

  /**
   * For profiling (not part of {@code all}): validates the generated Bundles in a loop for the given number of
   * seconds with one validator ({@code ours}, {@code norules} or {@code raw}). Run it under JFR, e.g.
   * {@code java -XX:StartFlightRecording=filename=warm.jfr,settings=profile -cp <test class path>
   * org.carebridge.fhir.bench.ValidatorBenchmark loop ours 60}.
   */
  private static void loop(String which, int seconds) throws Exception {
    Validation v = switch (which) {
      case "ours" -> build(true)::validate;
      case "norules" -> build(false)::validate;
      case "engine" -> build(true, false)::validate;
      case "raw" -> raw()::validate;
      default -> throw new IllegalArgumentException("ours, norules or raw: " + which);
    };
    List<String> generated = generated(GENERATED);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long count = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < end) {
      v.run(generated.get((int) (count % generated.size())));
      count++;
    }
    System.out.printf("%s: %d validations, %.2f ms each%n", which, count, (System.nanoTime() - start) / 1e6 / count);
  }

  private static void warm() throws Exception {
    CareBridgeValidator ours = build(true);
    // the reference run: the same validator without the fast path (every input through the HL7 engine)
    CareBridgeValidator noRules = careBridge() != null ? build(true, false) : ours;
    RawHapi raw = raw();
    List<String> examples = examples();
    List<String> generated = generated(GENERATED);
    // warm-up: every input once through each validator
    for (String s : examples) {
      ours.validate(s);
      noRules.validate(s);
      raw.validate(s);
    }
    for (String s : generated.subList(0, Math.min(200, generated.size()))) {
      ours.validate(s);
      noRules.validate(s);
      raw.validate(s);
    }
    int mismatches = 0;
    int invalid = 0;
    int ruleIssues = 0;
    int reportDiffers = 0;
    int engineMismatches = 0;
    List<String> all = new ArrayList<>(examples);
    all.addAll(generated);
    FastPath fastPath = ours.fastPath() ? FastPaths.of(ours) : null;
    int certifiedExamples = 0;
    int certifiedGenerated = 0;
    for (String s : examples) {
      certifiedExamples += fastPath != null && fastPath.check(s).certified() ? 1 : 0;
    }
    for (String s : generated) {
      certifiedGenerated += fastPath != null && fastPath.check(s).certified() ? 1 : 0;
    }
    for (String s : all) {
      if (!ours.validate(s).equals(noRules.validate(s))) {
        reportDiffers++;
      }
    }
    for (String s : all) {
      Result<Void> r = ours.validate(s);
      if (!r.isValid()) {
        invalid++;
      }
      ruleIssues += (int) r.issues().stream().filter(i -> RULES_SOURCE.equals(i.source())).count();
      Set<String> fhir = errorSet(r);
      if (!fhir.equals(errorSet(raw, s))) {
        mismatches++;
      }
      if (!fhir.equals(errorSet(noRules.validate(s)))) {
        engineMismatches++;
      }
    }
    boolean rules = noRules != ours;
    List<Validation> vs = rules ? List.of(ours::validate, noRules::validate, raw::validate)
        : List.of(ours::validate, raw::validate);
    double[] ex = interleaved(examples, vs, 5);
    double[] gen = interleaved(generated, vs, 1);
    List<String> certified = new ArrayList<>();
    for (String s : generated) {
      if (fastPath != null && fastPath.check(s).certified()) {
        certified.add(s);
      }
    }
    double[] cert = certified.isEmpty() ? new double[vs.size()] : interleaved(certified, vs, 1);
    double[] floor = interleaved(certified.isEmpty() ? generated : certified,
        List.of(ValidatorBenchmark::parseOnly), 3);
    double oursTp = throughput(generated, ours::validate);
    // bulk: valid Bundles the fast path answers, as resources per second (each Bundle and its entries)
    double[] bulk = new double[vs.size()];
    if (!certified.isEmpty()) {
      long resources = 0;
      for (String s : certified) {
        resources += 1 + JACKSON.readTree(s).path("entry").size();
      }
      double perBundle = (double) resources / certified.size();
      List<Validation> tps = rules ? List.of(ours::validate, noRules::validate, raw::validate)
          : List.of(ours::validate, raw::validate);
      for (int i = 0; i < tps.size(); i++) {
        bulk[i] = throughput(certified, tps.get(i)) * perBundle;
      }
    }
    double noRulesTp = rules ? throughput(generated, noRules::validate) : oursTp;
    double rawTp = throughput(generated, raw::validate);
    double rawEx = ex[vs.size() - 1];
    double rawGen = gen[vs.size() - 1];
    System.out.println();
    System.out.println("Warm (one JVM, validators timed in alternating blocks of 50 inputs"
        + (rules ? "; 'engine path' = builder().withoutFastPath()" : "") + "):");
    System.out.println();
    System.out.println(rules ? "| measurement | CareBridgeValidator (fast path, as shipped) | engine path | raw HAPI |"
        : "| measurement | CareBridgeValidator | raw HAPI |");
    System.out.println(rules ? "|---|---|---|---|" : "|---|---|---|");
    System.out.println(row(String.format("warm, per package example (%d examples, mean)", examples.size()), ex, "%.2f ms"));
    System.out.println(row(String.format("warm, per generated Bundle (%d, mean)", generated.size()), gen, "%.2f ms"));
    System.out.println(row(String.format("warm, per valid generated Bundle the fast path answers (%d, mean)",
        certified.size()), cert, "%.2f ms"));
    System.out.println(row("throughput, 2 threads, generated Bundles",
        rules ? new double[] {oursTp, noRulesTp, rawTp} : new double[] {oursTp, rawTp}, "%.0f /s"));
    System.out.println(row(String.format("throughput, 2 threads, valid generated Bundles the fast path answers (%d),"
        + " in resources per second", certified.size()), bulk, "%.0f /s"));
    double[] speedUp = new double[vs.size()];
    for (int i = 0; i < vs.size(); i++) {
      speedUp[i] = rawGen / gen[i];
    }
    System.out.println(row("speed-up, generated Bundles, warm (raw / ours)", speedUp, "%.1fx"));
    double[] speedUpEx = new double[vs.size()];
    for (int i = 0; i < vs.size(); i++) {
      speedUpEx[i] = rawEx / ex[i];
    }
    System.out.println(row("speed-up, package examples, warm (raw / ours)", speedUpEx, "%.1fx"));
    double[] speedUpCert = new double[vs.size()];
    for (int i = 0; i < vs.size(); i++) {
      speedUpCert[i] = cert[vs.size() - 1] / cert[i];
    }
    System.out.println(row("speed-up, valid generated Bundles the fast path answers, warm (raw / ours)", speedUpCert,
        "%.1fx"));
    System.out.printf("%nFloor: parsing a Bundle the fast path answers as it does (a Jackson tree, and HAPI R4 model"
        + " built from it without narrative XHTML, no validation): %.3f ms; the fast path takes %.1fx that floor.%n",
        floor[0],
        cert[0] / floor[0]);
    System.out.printf("Fast path: certified %d of %d package examples and %d of %d generated Bundles (the rest went to"
        + " the HL7 engine); inputs whose full report (every issue, all severities, locations, messages) differs"
        + " between the fast path and the engine path: %d.%n", certifiedExamples, examples.size(), certifiedGenerated,
        generated.size(), reportDiffers);
    System.out.printf("%nVerdicts: %d inputs (%d invalid as shipped; %d issues from the business rules). Inputs whose "
        + "FHIR error set (severity, message id; issues with source %s left out) differs from the engine path's: %d;"
        + " from raw HAPI's: %d (CareBridge is set up as the official HL7 engine, raw HAPI is not: see"
        + " docs/performance.md)%n", all.size(), invalid, ruleIssues, RULES_SOURCE, engineMismatches, mismatches);
  }

  private static final String RULES_SOURCE = "carebridge-rules";
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** The floor of the fast path: the two parses it makes of every input, and nothing else. */
  /** The fast path's own parsing of an input (a Jackson tree, HAPI's R4 model from it), and no validation. */
  private static Object parseOnly(String s) {
    try {
      return FastPath.parseOnly(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String row(String label, double[] values, String format) {
    StringBuilder sb = new StringBuilder("| " + label + " |");
    for (double v : values) {
      sb.append(' ').append(String.format(format, v)).append(" |");
    }
    return sb.toString();
  }

  /** Mean ms per item for each validator, the validators taking turns on blocks of 50 items. */
  private static double[] interleaved(List<String> items, List<Validation> vs, int rounds) {
    long[] nanos = new long[vs.size()];
    for (int r = 0; r < rounds; r++) {
      for (int from = 0; from < items.size(); from += 50) {
        List<String> block = items.subList(from, Math.min(items.size(), from + 50));
        for (int v = 0; v < vs.size(); v++) {
          long start = System.nanoTime();
          for (String s : block) {
            vs.get(v).run(s);
          }
          nanos[v] += System.nanoTime() - start;
        }
      }
    }
    double[] ms = new double[vs.size()];
    for (int v = 0; v < vs.size(); v++) {
      ms[v] = nanos[v] / 1e6 / (items.size() * (double) rounds);
    }
    return ms;
  }

  interface Validation {
    Object run(String s);
  }

  /**
   * Inputs per second on a pool of 2 threads, each taking the next input: at least one pass over the items and at
   * least {@code bench.throughputSeconds} (default 5) of wall time, so that the fast path's inputs, a pass of which
   * takes a fraction of a second, are measured in the steady state and not in the pool's start and end.
   */
  private static double throughput(List<String> items, Validation v) throws Exception {
    long minNanos = Long.getLong("bench.throughputSeconds", 5) * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicLong next = new AtomicLong();
      AtomicLong done = new AtomicLong();
      long start = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        fs.add(pool.submit(() -> {
          long i;
          while ((i = next.getAndIncrement()) < items.size() || System.nanoTime() - start < minNanos) {
            v.run(items.get((int) (i % items.size())));
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return done.get() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** FHIR errors only: the business rules' issues (source carebridge-rules) have no raw-HAPI counterpart. */
  private static Set<String> errorSet(Result<Void> r) {
    Set<String> s = new TreeSet<>();
    for (Issue i : r.errors()) {
      if (!RULES_SOURCE.equals(i.source())) {
        s.add(i.severity() + "|" + i.code());
      }
    }
    return s;
  }

  private static Set<String> errorSet(RawHapi raw, String input) {
    Set<String> s = new TreeSet<>();
    raw.messages(input).stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .forEach(m -> s.add(m.getSeverity().name() + "|" + (m.getMessageId() == null ? "CB-FHIR-001" : m.getMessageId())));
    return s;
  }

  private static byte[] careBridge() throws IOException {
    return PACKAGE.equals("test") ? null : Corpus.careBridgePackageOrNull();
  }

  private static byte[] pkg() throws IOException {
    byte[] cb = careBridge();
    return cb != null ? cb : TestPackage.tgz();
  }

  /** As shipped: {@code CareBridgeValidator.builder().build()} (with the business rules), or the test package. */
  private static CareBridgeValidator build() throws IOException {
    return build(true);
  }

  private static CareBridgeValidator build(boolean businessRules) throws IOException {
    return build(businessRules, true);
  }

  /**
   * The CareBridge package with its declared dependency UK Core STU2 given as a package file (as the CLI's
   * {@code --package}): the packages the fast path's plan is compiled from.
   */
  private static CareBridgeValidator build(boolean businessRules, boolean fastPath) throws IOException {
    CareBridgeValidator.Builder b = CareBridgeValidator.builder();
    if (careBridge() == null) {
      b.withoutCareBridgePackage().addPackage(new ByteArrayInputStream(TestPackage.tgz()));
    } else if (UkCore.available()) {
      b.withoutPackageCache().addPackage(UkCore.tgz());
    }
    if (!businessRules) {
      b.withoutBusinessRules();
    }
    if (!fastPath) {
      b.withoutFastPath();
    }
    return b.build();
  }

  private static RawHapi raw() throws IOException {
    if (careBridge() != null && UkCore.available()) {
      return new RawHapi(List.of(pkg(), Files.readAllBytes(UkCore.tgz())));
    }
    return new RawHapi(List.of(pkg()));
  }

  private static List<String> examples() throws IOException {
    byte[] cb = careBridge();
    return cb != null ? new ArrayList<>(Corpus.packageExamples(cb).values()) : new ArrayList<>(Corpus.named().values());
  }

  /** The first message Bundle of the examples (a valid message, as the target of the first verdict says). */
  private static String firstBundle() throws IOException {
    for (String s : examples()) {
      com.fasterxml.jackson.databind.JsonNode n = JACKSON.readTree(s);
      if ("Bundle".equals(n.path("resourceType").asText()) && "message".equals(n.path("type").asText())) {
        return s;
      }
    }
    return examples().get(0);
  }

  /** Variations of the example Bundles: new NHS numbers (one in ten failing Modulus 11), ids, dates. */
  static List<String> generated(int n) throws IOException {
    byte[] cb = careBridge();
    if (cb == null) {
      return Corpus.generated(n, 1);
    }
    List<String> bundles = new ArrayList<>();
    for (Map.Entry<String, String> e : Corpus.packageExamples(cb).entrySet()) {
      if (e.getKey().startsWith("Bundle-")) {
        bundles.add(e.getValue());
      }
    }
    Collections.sort(bundles);
    Random r = new Random(1);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String b = bundles.get(i % bundles.size());
      String nhs = nhsNumber(r, r.nextInt(10) == 0);
      b = b.replace(Corpus.NHS_NUMBER, nhs).replace("margaret-", "person" + i + "-")
          .replace("1942-03-14", String.format("19%02d-%02d-%02d", 20 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      out.add(b);
    }
    return out;
  }

  private static String nhsNumber(Random r, boolean broken) {
    while (true) {
      int[] d = new int[9];
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        d[i] = r.nextInt(10);
        sum += d[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check == 10) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (int x : d) {
        sb.append(x);
      }
      return sb.append(broken ? (check + 1) % 10 : check).toString();
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String spawn(String... args) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Dbench.package=" + PACKAGE,
        "-Dbench.generated=" + GENERATED, "-cp", classPath(), ValidatorBenchmark.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("child " + List.of(args) + " failed");
    }
    return out;
  }

  private static String classPath() {
    ClassLoader cl = ValidatorBenchmark.class.getClassLoader();
    if (cl instanceof URLClassLoader u && u.getURLs().length > 0) {
      List<String> parts = new ArrayList<>();
      for (URL url : u.getURLs()) {
        try {
          parts.add(new File(url.toURI()).getPath());
        } catch (Exception e) {
          parts.add(url.getPath());
        }
      }
      return String.join(File.pathSeparator, parts);
    }
    return System.getProperty("java.class.path");
  }
}
