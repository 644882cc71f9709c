package org.carebridge.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on standard error while many inputs are validated: inputs done, rate, invalid so far. On a terminal
 * the line is redrawn in place (at most five times a second); when forced with {@code --progress} onto
 * something that is not a terminal, a plain line is written at most once a second. The last state is always
 * written when the run ends (if more than one input was seen).
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPrint;
  private int done;
  private int invalid;
  private int errors;
  private int lastWidth;

  /**
   * @param err standard error
   * @param enabled whether to report at all
   * @param terminal whether {@code err} is a terminal (redraw in place)
   */
  public Progress(PrintWriter err, boolean enabled, boolean terminal) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = terminal;
    this.lastPrint = started;
  }

  /** One more input done. */
  public void add(Outcome o) {
    done++;
    if (!o.valid()) {
      invalid++;
    }
    errors += (int) o.issues().stream().filter(o::failing).count();
    if (!enabled || done < 2) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint >= (terminal ? 200_000_000L : 1_000_000_000L)) {
      lastPrint = now;
      print(false);
    }
  }

  /**
   * Erases the progress line on a terminal, so that report lines written to the same terminal are not mixed
   * with it; it is drawn again on the next update.
   */
  public void clear() {
    if (terminal && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }

  /** The run is over: final line (only when more than one input was validated). */
  public void finish() {
    if (enabled && done > 1) {
      print(true);
    }
  }

  private void print(boolean last) {
    double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
    String line = String.format(Locale.ROOT, "carebridge: %s %d inputs in %.1f s (%.1f/s), %d invalid, %d errors",
        last ? "validated" : "validating:", done, seconds, done / seconds, invalid, errors);
    if (terminal) {
      String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
      lastWidth = line.length();
      err.print("\r" + line + pad + (last ? "\n" : ""));
      if (last) {
        lastWidth = 0;
      }
    } else {
      err.println(line);
    }
    err.flush();
  }
}
