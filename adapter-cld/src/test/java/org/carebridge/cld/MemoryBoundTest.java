package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory: a generated extract of 1,000,000 rows (several hundred megabytes of text, produced as it is
 * read and never held) is streamed through the converter in a forked JVM whose heap is capped at 64 MB, far
 * below the size of the input. Holding the rows would exhaust that heap; the state the converter keeps is one
 * entry per person and per budget service (here 2,000 people and 10,000 Event References, each updated 100
 * times). The test checks what came out, never how long it took.
 */
class MemoryBoundTest {

  private static final String HEAP = "-Xmx64m";

  @Test
  void millionRows_streamThroughA64MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Process p = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", classpath,
        MemoryBoundMain.class.getName(), "1000000", "2000", "10000")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("forked JVM output:%n%s", output).isZero();
    Matcher m = Pattern.compile("chars=(\\d+) heap=(\\d+) bundles=(\\d+) services=(\\d+) errors=(\\d+)")
        .matcher(output);
    assertThat(m.find()).as("forked JVM output:%n%s", output).isTrue();
    long chars = Long.parseLong(m.group(1));
    long heap = Long.parseLong(m.group(2));
    assertThat(heap).isLessThanOrEqualTo(64L * 1024 * 1024);
    // the text alone (two bytes a char in a Java string) is many times the heap
    assertThat(chars * 2).isGreaterThan(5 * heap);
    assertThat(List.of(m.group(3), m.group(4), m.group(5))).containsExactly("2000", "10000", "0");
  }
}
