import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load harness for carebridge serve (docs/performance.md, "The service over HTTP"); JDK only, run with
 * {@code java service/bench/ServiceLoad.java BASE SECONDS CLIENTS EXAMPLES_DIR}. Inputs: every package example, and
 * three collection Bundles generated from them (5, 15 and all the non-Bundle examples). It first sends each input
 * once, alone, and keeps the answer; then CLIENTS threads post the inputs round robin for SECONDS; every answer is
 * compared with the single one (the OperationOutcome has no timestamp, so equal verdicts are equal bodies).
 */
public class ServiceLoad {
  public static void main(String[] args) throws Exception {
    URI validate = URI.create(args[0]).resolve("$validate");
    int seconds = Integer.parseInt(args[1]);
    int clients = Integer.parseInt(args[2]);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[3]))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> inputs = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f);
      inputs.add(text);
      if (!text.contains("\"resourceType\": \"Bundle\"") && !text.contains("\"resourceType\":\"Bundle\"")) {
        plain.add(text);
      }
    }
    for (int size : new int[] {5, 15, plain.size()}) {
      StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
      for (int i = 0; i < Math.min(size, plain.size()); i++) {
        b.append(i == 0 ? "" : ",").append("{\"fullUrl\":\"urn:uuid:00000000-0000-4000-8000-")
            .append(String.format("%012d", i)).append("\",\"resource\":").append(plain.get(i)).append('}');
      }
      inputs.add(b.append("]}").toString());
    }
    HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    Map<Integer, String> single = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      single.put(i, post(http, validate, inputs.get(i)).body());
    }
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger serverErrors = new AtomicInteger();
    AtomicInteger differing = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          int k = Math.floorMod(next.getAndIncrement(), inputs.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = post(http, validate, inputs.get(k));
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() >= 500) {
              serverErrors.incrementAndGet();
            } else if (!r.body().equals(single.get(k))) {
              differing.incrementAndGet();
            }
          } catch (Exception e) {
            serverErrors.incrementAndGet();
          }
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("inputs=%d (examples %d, generated Bundles 3) clients=%d seconds=%d%n", inputs.size(),
        files.size(), clients, seconds);
    System.out.printf("requests=%d requests/s=%.1f p50_ms=%.1f p99_ms=%.1f server_errors=%d verdicts_differing=%d%n",
        sorted.size(), sorted.size() / (double) seconds, sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6, serverErrors.get(), differing.get());
  }

  static HttpResponse<String> post(HttpClient http, URI uri, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
