package org.carebridge.fhir.bench;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.RawHapi;
import org.carebridge.fhir.testing.TestPackage;

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
    List<Long> coldOurs = new ArrayList<>();
    List<Long> coldRaw = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      coldOurs.add(Long.parseLong(spawn("cold", "ours").trim()));
      coldRaw.add(Long.parseLong(spawn("cold", "raw").trim()));
    }
    System.out.println("| measurement | CareBridgeValidator | raw HAPI |");
    System.out.println("|---|---|---|");
    System.out.println("| new JVM to first verdict (median of 3, runs) | " + median(coldOurs) + " ms " + coldOurs + " | "
        + median(coldRaw) + " ms " + coldRaw + " |");
    System.out.println("| heap retained after warm-up | " + spawn("heap", "ours").trim() + " MB | "
        + spawn("heap", "raw").trim() + " MB |");
    System.out.print(spawn("warm", "both"));
  }

  private static void child(String[] args) throws Exception {
    switch (args[0]) {
      case "cold" -> {
        String bundle = firstBundle();
        if (args[1].equals("ours")) {
          build().validate(bundle);
        } else {
          raw().validate(bundle);
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(System.currentTimeMillis() - start);
      }
      case "heap" -> {
        List<String> corpus = generated(100);
        Object keep;
        if (args[1].equals("ours")) {
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
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void warm() throws Exception {
    CareBridgeValidator ours = build();
    RawHapi raw = raw();
    List<String> examples = examples();
    List<String> generated = generated(GENERATED);
    // warm-up: every input once through each validator
    for (String s : examples) {
      ours.validate(s);
      raw.validate(s);
    }
    for (String s : generated.subList(0, Math.min(200, generated.size()))) {
      ours.validate(s);
      raw.validate(s);
    }
    int mismatches = 0;
    int invalid = 0;
    List<String> all = new ArrayList<>(examples);
    all.addAll(generated);
    for (String s : all) {
      ValidationReport r = ours.validate(s);
      if (!r.isValid()) {
        invalid++;
      }
      if (!errorSet(r).equals(errorSet(raw, s))) {
        mismatches++;
      }
    }
    double oursExamples = perItem(examples, ours::validate, 5);
    double rawExamples = perItem(examples, raw::validate, 5);
    double oursGenerated = perItem(generated, ours::validate, 1);
    double rawGenerated = perItem(generated, raw::validate, 1);
    double oursTp = throughput(generated, ours::validate);
    double rawTp = throughput(generated, raw::validate);
    System.out.printf("| warm, per package example (%d examples, mean) | %.2f ms | %.2f ms |%n", examples.size(),
        oursExamples, rawExamples);
    System.out.printf("| warm, per generated Bundle (%d, mean) | %.2f ms | %.2f ms |%n", generated.size(), oursGenerated,
        rawGenerated);
    System.out.printf("| throughput, 2 threads, generated Bundles | %.0f /s | %.0f /s |%n", oursTp, rawTp);
    System.out.printf("| speed-up (generated Bundles, warm) | %.1fx | 1x |%n", rawGenerated / oursGenerated);
    System.out.printf("%nVerdicts: %d inputs (%d invalid), error sets (severity, location, message id) different from "
        + "raw HAPI: %d%n", all.size(), invalid, mismatches);
  }

  interface Validation {
    Object run(String s);
  }

  private static double perItem(List<String> items, Validation v, int rounds) {
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String s : items) {
        v.run(s);
      }
    }
    return (System.nanoTime() - start) / 1e6 / (items.size() * (double) rounds);
  }

  private static double throughput(List<String> items, Validation v) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicInteger next = new AtomicInteger();
      long start = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        fs.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < items.size()) {
            v.run(items.get(i));
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      return items.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<String> errorSet(ValidationReport r) {
    Set<String> s = new TreeSet<>();
    for (Issue i : r.errors()) {
      s.add(i.severity() + "|" + i.code());
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

  private static CareBridgeValidator build() throws IOException {
    CareBridgeValidator.Builder b = CareBridgeValidator.builder();
    if (careBridge() == null) {
      b.withoutCareBridgePackage().addPackage(new ByteArrayInputStream(TestPackage.tgz()));
    }
    return b.build();
  }

  private static RawHapi raw() throws IOException {
    return new RawHapi(List.of(pkg()));
  }

  private static List<String> examples() throws IOException {
    byte[] cb = careBridge();
    return cb != null ? new ArrayList<>(Corpus.packageExamples(cb).values()) : new ArrayList<>(Corpus.named().values());
  }

  private static String firstBundle() throws IOException {
    for (String s : examples()) {
      if (s.contains("\"resourceType\" : \"Bundle\"") || s.contains("\"resourceType\":\"Bundle\"")) {
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
