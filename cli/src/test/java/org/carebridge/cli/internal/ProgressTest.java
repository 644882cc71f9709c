package org.carebridge.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: done, out of the total and what remains when known, time, rate, errors; how often. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(5 * SECOND);
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal, String verb, String noun, boolean countsInvalid) {
    return new Progress(new PrintWriter(err, true), true, terminal, verb, noun, countsInvalid, now::get);
  }

  @Test
  void notATerminal_firstLineAtTwoDone_thenAtMostOnceASecond_thenTheFinalLine() {
    Progress p = progress(false, "validated", "inputs", true);
    p.total(500);
    p.add(true, 3);
    assertThat(err.toString()).isEmpty();
    now.addAndGet(SECOND / 2);
    p.add(false, 0);
    assertThat(err.toString()).isEqualTo("carebridge: validated 2/500 inputs, 498 to go (0.5 s, 4.0/s), 1 invalid, 3 errors\n");
    for (int i = 0; i < 118; i++) {
      now.addAndGet(SECOND / 100);
      p.add(false, 0);
    }
    // 1.18 s more: one more line, at the first update a second after the last line
    assertThat(err.toString().lines()).hasSize(2).last().asString()
        .startsWith("carebridge: validated 102/500 inputs, 398 to go (1.5 s, ");
    p.finish();
    assertThat(err.toString().lines()).last().asString()
        .isEqualTo("carebridge: validated 120 inputs in 1.7 s (71.4/s), 1 invalid, 3 errors");
  }

  @Test
  void resourcesCounted_areShownWithTheirRate() {
    Progress p = progress(false, "validated", "inputs", true);
    p.total(4);
    p.resources(17);
    p.add(false, 0);
    p.resources(23);
    now.addAndGet(2 * SECOND);
    p.add(false, 0);
    assertThat(err.toString())
        .isEqualTo("carebridge: validated 2/4 inputs, 2 to go (2.0 s, 1.0/s, 20.0 resources/s), 0 invalid, 0 errors\n");
    p.finish();
    assertThat(err.toString().lines()).last().asString()
        .isEqualTo("carebridge: validated 2 inputs (40 resources) in 2.0 s (1.0/s, 20.0 resources/s), 0 invalid,"
            + " 0 errors");
  }

  @Test
  void unknownTotal_orMoreDoneThanCounted_showsNoTotal() {
    Progress p = progress(false, "converted", "messages", false);
    p.add(false, 0);
    p.add(true, 1);
    assertThat(err.toString()).isEqualTo("carebridge: converted 2 messages (0.0 s, 2000.0/s), 1 error\n");
    p.total(1);
    assertThat(p.line(false)).startsWith("carebridge: converted 2 messages (");
    p.total(2);
    assertThat(p.line(false)).startsWith("carebridge: converted 2/2 messages, 0 to go (");
  }

  @Test
  void terminal_redrawsInPlace_andClearErasesTheLine() {
    Progress p = progress(true, "validated", "inputs", true);
    p.total(3);
    p.add(false, 0);
    p.add(false, 0);
    String line = "carebridge: validated 2/3 inputs, 1 to go (0.0 s, 2000.0/s), 0 invalid, 0 errors";
    assertThat(err.toString()).isEqualTo("\r" + line);
    p.clear();
    assertThat(err.toString()).endsWith("\r" + " ".repeat(line.length()) + "\r");
    now.addAndGet(SECOND);
    p.add(false, 0);
    p.finish();
    // the final line, padded over the longer line it replaces
    assertThat(err.toString()).containsPattern("\rcarebridge: validated 3 inputs in 1\\.0 s \\(3\\.0/s\\), 0 invalid,"
        + " 0 errors +\n$");
  }

  @Test
  void disabled_orOneDone_printsNothing() {
    Progress off = new Progress(new PrintWriter(err, true), false, false);
    off.total(2);
    off.add(false, 0);
    off.add(false, 0);
    off.finish();
    Progress one = progress(false, "validated", "inputs", true);
    one.add(false, 0);
    one.finish();
    assertThat(err.toString()).isEmpty();
  }
}
