package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.carebridge.core.testing.Fuzzing;

/**
 * Hostile CSV never escapes {@link CldConverter#convert(java.io.Reader)}: mutants (jqwik, see {@link Fuzzing}) of the
 * CLD samples, valid and malformed. Per input: no Throwable and a result within 2 s (of CPU time, see Fuzzing) (the converter has no safety net
 * of its own: any exception is a crash here). The converter is warmed up on the seeds first.
 *
 * <p>CI runs a few seconds; a long run: {@code ./mvnw -B -ntp -o -pl adapter-cld -am test -Dtest=HostileInputFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcarebridge.hostile.seconds=600 -Dcarebridge.hostile.tries=1000000
 * [-Dcarebridge.hostile.seed=N]}.
 */
class HostileInputFuzzTest {

  private static final List<String> TOKENS = List.of(",", "\"", "\"\"", "\r\n", "\n", "\r", "\u0000", "\uFEFF",
      "\uFFFE", "9434765919", "31/02/2026", "01/10/2026", "-1", "1e400", "999999999999999999999", "Female",
      "Service User", "Hospital discharge", "Request", ",,,,,,,,,,", "x".repeat(200), " ", "\t");

  @Example
  void cld_convert() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Samples.DIR)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        seeds.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    assertThat(seeds).hasSizeGreaterThan(10);
    // the first conversion in a JVM loads HAPI's FHIR model (over 2 s on a loaded machine): not the input's cost
    seeds.forEach(seed -> Samples.STAFFORDSHIRE.convert(new StringReader(seed)));
    Fuzzing.Report report = Fuzzing.run("CldConverter.convert (CSV)", Fuzzing.Settings.of(Long.MAX_VALUE, 4),
        Fuzzing.mutants(seeds, TOKENS), input -> {
          Samples.STAFFORDSHIRE.convert(new StringReader(input));
          return false;
        }, 2000);
    assertThat(report.executions()).isGreaterThanOrEqualTo(100);
    assertThat(report.findings()).isEmpty();
  }
}
