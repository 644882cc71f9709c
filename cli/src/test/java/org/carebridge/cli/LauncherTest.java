package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The {@code ./carebridge} launcher at the repository root: POSIX sh that parses, strict mode, executable. */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "carebridge");

  @Test
  void launcher_isExecutableStrictPosixShell() throws Exception {
    assertThat(LAUNCHER).exists();
    assertThat(Files.isExecutable(LAUNCHER)).as("executable bit").isTrue();
    String text = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
    assertThat(text).startsWith("#!/bin/sh\n").contains("\nset -eu\n")
        .contains("./mvnw -q -B -ntp -pl cli -am package -DskipTests").contains("exec \"$java\"");
    Path sh = Path.of("/bin/sh");
    Assumptions.assumeTrue(Files.isExecutable(sh), "no /bin/sh here: syntax not checked");
    Process p = new ProcessBuilder(sh.toString(), "-n", LAUNCHER.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
