package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.fhir.testing.Reproducers;
import org.junit.jupiter.api.Test;

/**
 * Each reliability reproducer gets its one located error in a fresh JVM with a 512 MB heap, on its first validation
 * and after a warm-up ({@link ReproducersInAFreshJvmMain} runs in a child JVM started with {@code -Xmx512m}). The
 * time bound here is a generous guard against a hang (10 s per input: the child shares two cores with the build);
 * the measured times are in docs/performance.md.
 */
class ReproducersInAFreshJvmTest {

  @Test
  void eachReproducer_locatedError_in512MbHeap_freshAndWarm() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), ReproducersInAFreshJvmMain.class.getName())
        .redirectErrorStream(true).start();
    byte[] out = child.getInputStream().readAllBytes();
    assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as("exit code; output:\n%s", text).isZero();
    Map<String, String[]> lines = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split(" ");
      if (f.length == 7) {
        lines.put(f[0] + " " + f[1], f);
      }
    }
    assertThat(text).contains("max-heap-mb ");
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, Reproducers.Case> c : Reproducers.all().entrySet()) {
      for (String pass : List.of("fresh", "warm")) {
        String[] f = lines.get(c.getKey() + " " + pass);
        assertThat(f).as("%s %s in:\n%s", c.getKey(), pass, text).isNotNull();
        assertThat(c.getValue().codes()).extracting(IssueCode::code).as("%s %s", c.getKey(), pass).contains(f[2]);
        assertThat(Integer.parseInt(f[3])).as("line of %s %s", c.getKey(), pass).isPositive();
        assertThat(Integer.parseInt(f[4])).as("column of %s %s", c.getKey(), pass).isPositive();
        assertThat(Long.parseLong(f[5])).as("ms of %s %s", c.getKey(), pass).isLessThan(10_000);
        assertThat(f[6]).as("one error for %s %s", c.getKey(), pass).isEqualTo("1");
        checked.add(c.getKey() + " " + pass + " " + f[5] + " ms");
      }
    }
    System.out.println("reproducers in a fresh JVM, -Xmx512m: " + checked);
  }
}
