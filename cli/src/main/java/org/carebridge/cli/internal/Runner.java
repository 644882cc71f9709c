package org.carebridge.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.NdjsonLines;
import org.carebridge.service.report.Issues;
import org.carebridge.service.report.Outcome;

/**
 * Validates the sources on a small thread pool and hands the outcomes to a sink in input order (so the
 * output does not depend on timing). NDJSON is read line by line as the pool drains, so a large file is
 * never held in memory.
 */
public final class Runner {

  /** Label of standard input in reports. */
  public static final String STDIN_LABEL = "(stdin)";

  private final Function<FhirInput, Result<Void>> check;
  private final boolean warningsAsErrors;
  private final int threads;
  private final long maxChars;
  private final boolean forceNdjson;
  /** Told how many resources each input holds, or null (set by {@link #run}). */
  private LongConsumer resources;

  /**
   * @param check the validation of one input (the shared validator, with or without a forced profile)
   * @param warningsAsErrors whether warnings make an input invalid
   * @param threads validation threads, at least 1
   * @param maxChars longest input (and NDJSON line) accepted, in characters
   * @param forceNdjson treat every input as NDJSON
   */
  public Runner(Function<FhirInput, Result<Void>> check, boolean warningsAsErrors, int threads, long maxChars,
      boolean forceNdjson) {
    this.check = check;
    this.warningsAsErrors = warningsAsErrors;
    this.threads = threads;
    this.maxChars = maxChars;
    this.forceNdjson = forceNdjson;
  }

  /** Validates every source; outcomes reach {@code sink} in order, on the calling thread. */
  public void run(List<Sources.Source> sources, InputStream stdin, Consumer<Outcome> sink) {
    run(sources, stdin, sink, null, null);
  }

  /**
   * Validates every source; outcomes reach {@code sink} in order, on the calling thread. When {@code total} is
   * given, it first learns how many outcomes there will be (one per file, one per non-blank NDJSON line), counted
   * before validation starts (NDJSON files are read twice for it). When {@code resources} is given, it learns
   * how many resources each input holds (see {@link ResourceCount}), from the validation threads.
   */
  public void run(List<Sources.Source> sources, InputStream stdin, Consumer<Outcome> sink, LongConsumer total,
      LongConsumer resources) {
    this.resources = resources;
    String stdinText = null;
    IOException stdinFailure = null;
    if (sources.stream().anyMatch(Sources.Stdin.class::isInstance)) {
      try {
        stdinText = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        stdinFailure = e;
      }
    }
    if (total != null) {
      long n = 0;
      for (Sources.Source s : sources) {
        n += units(s, stdinText);
      }
      total.accept(n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "carebridge-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
      Jobs jobs = new Jobs(sources, stdinText, stdinFailure);
      while (jobs.hasNext()) {
        window.add(pool.submit(jobs.next()));
        if (window.size() >= threads * 4) {
          sink.accept(take(window.poll()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(take(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome take(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted");
    } catch (ExecutionException e) {
      // The validator never throws for bad input; anything here is a bug: one line, no stack trace.
      Throwable c = e.getCause();
      throw new IllegalStateException("validation failed unexpectedly: " + c.getClass().getSimpleName(), c);
    }
  }

  private Outcome whole(String label, FhirInput input) {
    return new Outcome(label, 0, check.apply(input).issues(), false, warningsAsErrors);
  }

  private Outcome line(String label, NdjsonLines.Line line) {
    List<Issue> issues;
    if (line.text() == null) {
      issues = List.of(Issues.atLine(Issues.input(IssueCode.INPUT_TOO_LARGE,
          "NDJSON line " + line.number() + " is longer than the limit of " + maxChars + " characters"), line.number()));
    } else {
      count(line.text());
      issues = check.apply(FhirInput.of(line.text())).issues().stream().map(i -> Issues.atLine(i, line.number()))
          .toList();
    }
    return new Outcome(label, line.number(), issues, false, warningsAsErrors);
  }

  private void count(String text) {
    if (resources != null) {
      resources.accept(ResourceCount.of(text));
    }
  }

  private Outcome unreadable(String label, String reason) {
    return new Outcome(label, 0, List.of(Issues.input(IssueCode.CLI_INPUT_UNREADABLE,
        "The input cannot be read: " + reason)), true, warningsAsErrors);
  }

  /** How many outcomes a source gives, decided as {@link Jobs} decides it: its non-blank NDJSON lines, or 1. */
  private long units(Sources.Source source, String stdinText) {
    if (source instanceof Sources.Stdin) {
      return stdinText != null && (forceNdjson || Sources.looksLikeNdjson(stdinText))
          ? lines(new StringReader(stdinText)) : 1;
    }
    if (!(source instanceof Sources.File f)) {
      return 1;
    }
    try {
      if (forceNdjson || f.ndjson()) {
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f.path()),
            StandardCharsets.UTF_8))) {
          return lines(r);
        }
      }
      if (Files.size(f.path()) > maxChars) {
        return 1;
      }
      byte[] bytes = Files.readAllBytes(f.path());
      if (bytes.length > 0 && (bytes[0] == '{' || bytes[0] == (byte) 0xEF || Character.isWhitespace(bytes[0]))) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (Sources.looksLikeNdjson(text)) {
          return lines(new StringReader(text));
        }
      }
      return 1;
    } catch (IOException e) {
      return 1; // reported as unreadable when its turn comes
    }
  }

  private long lines(Reader r) {
    NdjsonLines lines = new NdjsonLines(r, maxChars);
    long n = 0;
    try {
      while (lines.next() != null) {
        n++;
      }
    } catch (IOException e) {
      n++; // the read error is one outcome
    }
    return n;
  }

  /** Produces the jobs lazily, reading NDJSON sources one line per job. */
  private final class Jobs implements Iterator<Callable<Outcome>> {
    private final Iterator<Sources.Source> sources;
    private final String stdinText;
    private final IOException stdinFailure;
    private NdjsonLines lines;
    private Reader linesReader;
    private String linesLabel;
    private Callable<Outcome> next;

    Jobs(List<Sources.Source> sources, String stdinText, IOException stdinFailure) {
      this.sources = sources.iterator();
      this.stdinText = stdinText;
      this.stdinFailure = stdinFailure;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (lines != null) {
          try {
            NdjsonLines.Line l = lines.next();
            if (l != null) {
              String label = linesLabel;
              next = () -> line(label, l);
              break;
            }
          } catch (IOException e) {
            String label = linesLabel;
            String reason = "read error (" + e.getClass().getSimpleName() + ")";
            next = () -> unreadable(label, reason);
          }
          closeLines();
          continue;
        }
        if (!sources.hasNext()) {
          return false;
        }
        next = open(sources.next());
      }
      return true;
    }

    @Override
    public Callable<Outcome> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Callable<Outcome> n = next;
      next = null;
      return n;
    }

    private void closeLines() {
      try {
        if (linesReader != null) {
          linesReader.close();
        }
      } catch (IOException e) {
        // read-only: nothing to lose
      }
      lines = null;
      linesReader = null;
    }

    /** A job for the source, or null when it starts NDJSON lines (then {@link #lines} is set). */
    private Callable<Outcome> open(Sources.Source source) {
      if (source instanceof Sources.Missing m) {
        return () -> unreadable(m.label(), m.reason());
      }
      if (source instanceof Sources.Stdin) {
        if (stdinText == null) {
          String reason = "read error (" + stdinFailure.getClass().getSimpleName() + ")";
          return () -> unreadable(STDIN_LABEL, reason);
        }
        String text = stdinText;
        if (forceNdjson || Sources.looksLikeNdjson(text)) {
          startLines(new StringReader(text), STDIN_LABEL);
          return null;
        }
        return () -> {
          count(text);
          return whole(STDIN_LABEL, FhirInput.of(text));
        };
      }
      Sources.File f = (Sources.File) source;
      try {
        if (forceNdjson || f.ndjson()) {
          startLines(new BufferedReader(new InputStreamReader(Files.newInputStream(f.path()), StandardCharsets.UTF_8)),
              f.label());
          return null;
        }
        if (Files.size(f.path()) > maxChars) {
          return () -> whole(f.label(), FhirInput.of(f.path())); // the validator reports it as too large
        }
        byte[] bytes = Files.readAllBytes(f.path());
        if (bytes.length > 0 && (bytes[0] == '{' || bytes[0] == (byte) 0xEF || Character.isWhitespace(bytes[0]))) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          if (Sources.looksLikeNdjson(text)) {
            startLines(new StringReader(text), f.label());
            return null;
          }
        }
        return () -> {
          if (resources != null) {
            resources.accept(ResourceCount.of(bytes));
          }
          return whole(f.label(), FhirInput.of(bytes));
        };
      } catch (IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
            : "read error (" + e.getClass().getSimpleName() + ")";
        return () -> unreadable(f.label(), reason);
      }
    }

    private void startLines(Reader reader, String label) {
      linesReader = reader;
      lines = new NdjsonLines(reader instanceof BufferedReader || reader instanceof StringReader ? reader
          : new BufferedReader(reader), maxChars);
      linesLabel = label;
    }
  }
}
