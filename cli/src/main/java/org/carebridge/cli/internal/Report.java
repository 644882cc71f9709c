package org.carebridge.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A report format: receives the outcomes in input order, then the summary. */
public interface Report {

  /**
   * What the report says about the run itself.
   *
   * @param version the command line's version
   * @param packages the FHIR packages in use, as {@code name#version}
   * @param profile the forced profile, or null
   * @param warningsAsErrors whether warnings made inputs invalid
   */
  record Run(String version, List<String> packages, String profile, boolean warningsAsErrors) {}

  /** One more outcome, in input order. */
  void add(Outcome outcome);

  /** All outcomes have been added; write the rest and flush. */
  void finish(Summary summary);

  /** The report for a {@code --format} value. */
  static Report of(Format format, PrintWriter out, Run run) {
    return switch (format) {
      case text -> new TextReport(out, run);
      case json -> new JsonReport(out, run);
      case operationoutcome -> new OperationOutcomeReport(out);
      case junit -> new JunitReport(out, run);
      case html -> new HtmlReport(out, run);
    };
  }

  /** The {@code --format} values. */
  enum Format {
    text, json, operationoutcome, junit, html;

    /** Lower-case severity name as used in the reports. */
    static String severity(org.carebridge.core.validation.Severity s) {
      return s.name().toLowerCase(Locale.ROOT);
    }
  }
}
