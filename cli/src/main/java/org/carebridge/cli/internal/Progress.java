package org.carebridge.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.carebridge.service.report.Outcome;

/**
 * Progress on standard error while many inputs (or messages, or people) are worked through: how many are done,
 * out of how many and how many are left when the total is known, the time and rate, and the errors so far:
 *
 * <pre>
 * carebridge: validated 120/500 inputs, 380 to go (3.1 s, 38.7/s, 580.6 resources/s), 2 invalid, 4 errors
 * </pre>
 *
 * <p>On a terminal the line is redrawn in place (at most five times a second); when forced with {@code --progress}
 * onto something that is not a terminal, a plain line is written as soon as two are done, then at most once a
 * second. The last state is always written when the run ends (if more than one was done), without the total:
 * {@code carebridge: validated 500 inputs (7500 resources) in 13.0 s (38.5/s, 576.9 resources/s), 2 invalid, 4 errors}.
 * The resources (an input's own and those inside it, such as a Bundle's entries) appear once some were counted
 * (see {@link #resources(long)}).
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private final String verb;
  private final String noun;
  private final boolean countsInvalid;
  private final LongSupplier clock;
  private final long started;
  private long lastPrint;
  private boolean printed;
  private long total = -1;
  private long done;
  private long invalid;
  private long errors;
  private final AtomicLong resources = new AtomicLong();
  private int lastWidth;

  /**
   * Progress of {@code validate}: inputs (files, NDJSON lines), invalid ones and errors.
   *
   * @param err standard error
   * @param enabled whether to report at all
   * @param terminal whether {@code err} is a terminal (redraw in place)
   */
  public Progress(PrintWriter err, boolean enabled, boolean terminal) {
    this(err, enabled, terminal, "validated", "inputs", true, System::nanoTime);
  }

  /**
   * Progress of other work, e.g. {@code convert}: {@code carebridge: converted 12/40 messages, 28 to go (...)}.
   *
   * @param err standard error
   * @param enabled whether to report at all
   * @param terminal whether {@code err} is a terminal (redraw in place)
   * @param verb what was done, e.g. {@code converted}
   * @param noun what it was done to, plural, e.g. {@code messages}
   */
  public Progress(PrintWriter err, boolean enabled, boolean terminal, String verb, String noun) {
    this(err, enabled, terminal, verb, noun, false, System::nanoTime);
  }

  Progress(PrintWriter err, boolean enabled, boolean terminal, String verb, String noun, boolean countsInvalid,
      LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = terminal;
    this.verb = verb;
    this.noun = noun;
    this.countsInvalid = countsInvalid;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastPrint = started;
  }

  /** Whether anything is reported at all: when not, the caller may skip the work of counting a total. */
  public boolean enabled() {
    return enabled;
  }

  /** How many there are in all, once known (a negative number: not known). */
  public void total(long total) {
    this.total = total;
  }

  /**
   * Resources counted in an input (its own and those inside it); may be called from any thread.
   *
   * @param count how many
   */
  public void resources(long count) {
    resources.addAndGet(count);
  }

  /** One more input done. */
  public void add(Outcome o) {
    add(!o.valid(), (int) o.issues().stream().filter(o::failing).count());
  }

  /**
   * One more done.
   *
   * @param failed whether it was invalid
   * @param newErrors how many errors it had
   */
  public void add(boolean failed, int newErrors) {
    done++;
    if (failed) {
      invalid++;
    }
    errors += newErrors;
    if (!enabled || done < 2) {
      return;
    }
    long now = clock.getAsLong();
    if (!printed || now - lastPrint >= (terminal ? 200_000_000L : 1_000_000_000L)) {
      lastPrint = now;
      printed = true;
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

  /** The run is over: final line (only when more than one was done). */
  public void finish() {
    if (enabled && done > 1) {
      print(true);
    }
  }

  /** The line as it would be printed now. */
  String line(boolean last) {
    double seconds = Math.max((clock.getAsLong() - started) / 1e9, 0.001);
    long counted = resources.get();
    String perSecond = counted == 0 ? "" : String.format(Locale.ROOT, ", %.1f resources/s", counted / seconds);
    StringBuilder b = new StringBuilder("carebridge: ").append(verb).append(' ').append(done);
    if (last) {
      b.append(' ').append(noun);
      if (counted > 0) {
        b.append(" (").append(counted).append(counted == 1 ? " resource)" : " resources)");
      }
      b.append(String.format(Locale.ROOT, " in %.1f s (%.1f/s%s)", seconds, done / seconds, perSecond));
    } else {
      if (total >= done) {
        b.append('/').append(total).append(' ').append(noun).append(", ").append(total - done).append(" to go");
      } else {
        b.append(' ').append(noun);
      }
      b.append(String.format(Locale.ROOT, " (%.1f s, %.1f/s%s)", seconds, done / seconds, perSecond));
    }
    if (countsInvalid) {
      b.append(", ").append(invalid).append(" invalid");
    }
    return b.append(", ").append(errors).append(errors == 1 ? " error" : " errors").toString();
  }

  private void print(boolean last) {
    String line = line(last);
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
