package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carebridge serve} as a real process (the built jar): SIGTERM with a request in flight lets that request
 * finish with its answer, and the process exits within 10 s.
 */
class ServeProcessIT {

  private static final Pattern READY = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir
  Path home;

  @Test
  void sigterm_letsTheRequestInFlightFinish_andExitsWithin10Seconds() throws Exception {
    Path jar = Path.of("target", "carebridge.jar");
    assertThat(jar).exists();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home, "-jar", jar.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          lines.add(l);
          Matcher m = READY.matcher(l);
          if (m.find()) {
            ready.complete(m.group(1));
          }
        }
      } catch (java.io.IOException e) {
        ready.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      URI base = URI.create(ready.get(120, TimeUnit.SECONDS));
      // A large Bundle (every package example but the Bundles): a few seconds of validation, in flight at the signal.
      StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
      List<Path> examples;
      try (var s = Files.list(Path.of("..", "profiles", "src", "main", "fhir", "package", "examples"))) {
        examples = s.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith("Bundle"))
            .sorted().toList();
      }
      int n = 0;
      for (int round = 0; round < 1; round++) {
        for (Path f : examples) {
          b.append(n == 0 ? "" : ",").append("{\"fullUrl\":\"urn:uuid:00000000-0000-4000-8000-")
              .append(String.format("%012d", n++)).append("\",\"resource\":").append(Files.readString(f)).append('}');
        }
      }
      String bundle = b.append("]}").toString();
      HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
      CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(base.resolve("$validate"))
          .header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(bundle)).build(),
          HttpResponse.BodyHandlers.ofString());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!http.send(HttpRequest.newBuilder(base.resolve("metrics")).build(), HttpResponse.BodyHandlers.ofString())
          .body().contains("carebridge_workers_busy 1") && !inFlight.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(inFlight.isDone()).as("the request is still in flight when the signal comes").isFalse();
      long t0 = System.nanoTime();
      p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
      HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"resourceType\": \"OperationOutcome\"");
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s of SIGTERM").isTrue();
      assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(10));
      reader.join(2000);
      assertThat(lines).anyMatch(l -> l.startsWith("carebridge: stopped after "));
      assertThat(lines).anyMatch(l -> l.startsWith("access method=POST path=/$validate operation=validate status=200"));
    } finally {
      p.destroyForcibly();
    }
  }
}
