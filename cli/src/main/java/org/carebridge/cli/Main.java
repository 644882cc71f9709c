package org.carebridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.cli.internal.UserError;
import picocli.CommandLine;

/**
 * Entry point of the {@code carebridge} command (the executable jar's Main-Class). Exit codes: 0 every input
 * valid, 1 at least one invalid, 2 usage error or unreadable input.
 */
public final class Main {

  /** Exit code: every input valid (or the command succeeded). */
  public static final int OK = 0;
  /** Exit code: at least one input is invalid. */
  public static final int INVALID = 1;
  /** Exit code: usage error, or an input or package could not be read. */
  public static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = commandLine(System.in, out, err, stderrIsTerminal()).execute(args);
    } catch (OutOfMemoryError e) {
      err.println("carebridge: out of memory; give Java more, e.g. CAREBRIDGE_JAVA_OPTS=-Xmx2g");
      code = USAGE;
    } catch (Error e) {
      err.println("carebridge: internal error: " + e.getClass().getSimpleName());
      code = USAGE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The configured command line, reading standard input from {@code in} and writing to {@code out} and
   * {@code err}; {@code terminal} says whether {@code err} is a terminal (progress is shown only there unless
   * {@code --progress} is given).
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cl = new CommandLine(new CareBridgeCommand(in, terminal));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("carebridge: " + oneLine(ex.getMessage()) + " (see '" + c.getCommandSpec().qualifiedName()
          + " --help')");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof UserError) {
        c.getErr().println("carebridge: " + ex.getMessage());
      } else {
        // A bug, not a user error: still one line; CAREBRIDGE_DEBUG=1 shows the stack trace.
        c.getErr().println("carebridge: internal error: " + ex.getClass().getSimpleName()
            + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage())));
        if (System.getenv("CAREBRIDGE_DEBUG") != null) {
          ex.printStackTrace(c.getErr());
        }
      }
      c.getOut().flush();
      return USAGE;
    });
    return cl;
  }

  /**
   * Whether standard error is a terminal: on Linux from what {@code /proc/self/fd/2} points at, elsewhere
   * (Java 17 cannot ask for one stream) whether the process has a console at all.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // fall back below
    }
    return System.console() != null;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int n = s.indexOf('\n');
    return (n < 0 ? s : s.substring(0, n)).strip();
  }
}
