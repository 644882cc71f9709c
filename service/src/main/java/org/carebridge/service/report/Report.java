package org.carebridge.service.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.carebridge.core.validation.Severity;

/**
 * A report format: receives the outcomes in input order, then the summary. Every format lists an input's issues
 * errors first, then warnings, then information ({@link Outcome#issues()}), and shows only those at or above
 * {@link Run#shown()}; counts and validity always reflect every issue.
 */
public interface Report {

  /**
   * What the report says about the run itself.
   *
   * @param version the command line's version
   * @param packages the FHIR packages in use, as {@code name#version}
   * @param profile the forced profile, or null
   * @param warningsAsErrors whether warnings made inputs invalid
   * @param shown the least severe issues the report shows ({@code --severity})
   */
  record Run(String version, List<String> packages, String profile, boolean warningsAsErrors, Level shown) {
    /**
     * Checks that the level is given.
     *
     * @param version the command line's version
     * @param packages the FHIR packages in use
     * @param profile the forced profile, or null
     * @param warningsAsErrors whether warnings made inputs invalid
     * @param shown the least severe issues shown
     */
    public Run {
      Objects.requireNonNull(shown, "shown");
    }
  }

  /**
   * One more outcome, in input order.
   *
   * @param outcome the outcome
   */
  void add(Outcome outcome);

  /**
   * All outcomes have been added; write the rest and flush.
   *
   * @param summary the totals
   */
  void finish(Summary summary);

  /**
   * The report for a {@code --format} value.
   *
   * @param format the format
   * @param out where it is written
   * @param run what it says about the run
   * @return the report
   */
  static Report of(Format format, PrintWriter out, Run run) {
    return switch (format) {
      case text -> new TextReport(out, run);
      case json -> new JsonReport(out, run);
      case operationoutcome -> new OperationOutcomeReport(out, run);
      case junit -> new JunitReport(out, run);
      case html -> new HtmlReport(out, run);
    };
  }

  /**
   * The {@code --severity} values: the least severe issues a report shows. It filters what is printed only:
   * the summary, the counts and the exit code always reflect every issue.
   */
  enum Level {
    /** Every issue (the default). */
    information(Severity.INFORMATION),
    /** Errors and warnings. */
    warning(Severity.WARNING),
    /** Errors (fatal or not) only. */
    error(Severity.ERROR);

    private final Severity least;

    Level(Severity least) {
      this.least = least;
    }

    /**
     * True when issues of this severity are shown.
     *
     * @param s the severity
     * @return whether shown
     */
    public boolean shows(Severity s) {
      return s.isError() || s.ordinal() <= least.ordinal();
    }

    /** The levels a person can still choose between in a report made at this level, errors only first. */
    List<Level> choices() {
      return switch (this) {
        case information -> List.of(error, warning, information);
        case warning -> List.of(error, warning);
        case error -> List.of(error);
      };
    }
  }

  /** The {@code --format} values. */
  enum Format {
    /** One line per issue and a summary. */
    text,
    /** One JSON document. */
    json,
    /** A FHIR OperationOutcome, or a Bundle of them. */
    operationoutcome,
    /** JUnit XML, one test case per input. */
    junit,
    /** A self-contained HTML page. */
    html;

    /** Lower-case severity name as used in the reports. */
    static String severity(org.carebridge.core.validation.Severity s) {
      return s.name().toLowerCase(Locale.ROOT);
    }
  }
}
