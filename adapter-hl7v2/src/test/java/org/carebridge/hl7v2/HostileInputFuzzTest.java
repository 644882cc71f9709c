package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.carebridge.core.testing.Fuzzing;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;

/**
 * Hostile HL7 v2 never escapes {@link AdtConverter#convert(String)}: mutants (jqwik, see {@link Fuzzing}) of the
 * valid and malformed samples. Per input: no Throwable, a result within 2 s (of CPU time, see Fuzzing), and the converter's safety net (an
 * unexpected failure reported as {@code CB-HL7-010} "could not be converted") on fewer than 0.1% of inputs. The
 * converter is warmed up on the seeds first.
 *
 * <p>CI runs a few seconds; a long run: {@code ./mvnw -B -ntp -o -pl adapter-hl7v2 -am test
 * -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dcarebridge.hostile.seconds=600
 * -Dcarebridge.hostile.tries=1000000 [-Dcarebridge.hostile.seed=N]}.
 */
class HostileInputFuzzTest {

  private static final List<String> TOKENS = List.of("|", "^", "~", "\\", "&", "\r", "\n", "\r\n", "\u000b", "\u001c",
      "\u001c\r", "MSH|^~\\&|", "PID|", "PV1|", "EVN|", "ZDR|", "NH", "^^^^NH", "20261123", "2026112312000000",
      "99999999999999999999", "\\X0D\\", "\\E\\", "\u0000", "\uFFFE", "A01", "A03", "ADT^A08", "2.4", " ");

  @Example
  void adt_convert() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Samples.all("valid").stream(), Samples.all("malformed").stream())) {
      for (Path f : files.toList()) {
        seeds.add(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(seeds).hasSizeGreaterThan(20);
    AdtConverter story = Samples.storyConverter();
    AdtConverter bare = Samples.bareConverter();
    // the first conversions in a JVM load HAPI's v2 and FHIR models: not the input's cost
    seeds.forEach(seed -> internalFailure(story.convert(seed)));
    Fuzzing.Report report = Fuzzing.run("AdtConverter.convert (HL7 v2)", Fuzzing.Settings.of(Long.MAX_VALUE, 4),
        Fuzzing.mutants(seeds, TOKENS), input -> internalFailure(story.convert(input)) | internalFailure(bare.convert(input)),
        2000);
    assertThat(report.executions()).isGreaterThanOrEqualTo(100);
    assertThat(report.findings()).filteredOn(f -> !f.kind().equals("internal")).isEmpty();
    assertThat(report.internalRate()).isLessThan(0.001);
  }

  /** Whether the converter's safety net caught an unexpected failure. */
  static boolean internalFailure(Result<AdtConversion> result) {
    List<Issue> issues = new ArrayList<>(result.issues());
    result.value().ifPresent(c -> c.messages().forEach(m -> issues.addAll(m.result().issues())));
    return issues.stream().anyMatch(i -> i.code().equals(IssueCode.HL7_UNPARSEABLE.code())
        && i.message().contains("could not be converted"));
  }
}
