package org.carebridge.service.report;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;

/**
 * {@code --format html}: one self-contained page (inline style, no script, no external resource; a
 * Content-Security-Policy forbids loading anything) that a person can open in a browser: the summary, a table
 * of every input with its result, then every issue of each input that has any, errors first, each with its
 * location, line and column. A severity toggle (errors only / errors and warnings / all) works without script:
 * radio buttons whose {@code :checked} state hides, through CSS sibling selectors, the rows and the inputs' sections
 * below the chosen severity. Everything taken from the input is escaped.
 */
final class HtmlReport extends WholeRunReport {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1d1d1f;\
      line-height:1.4}
      h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;word-break:break-all}
      .summary{font-size:1.1rem;padding:.75rem 1rem;border-radius:6px;border:1px solid}
      .summary.pass{background:#e8f5e9;border-color:#2e7d32}.summary.fail{background:#fdecea;border-color:#c62828}
      .meta{color:#555;font-size:.9rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}
      th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
      table.issues{table-layout:fixed}
      table.issues th:nth-child(1){width:6.5rem}table.issues th:nth-child(2),table.issues th:nth-child(3){width:4rem}
      table.issues th:nth-child(4){width:26%}table.issues th:nth-child(5){width:18%}
      th{background:#f3f3f3}td.input,td.loc{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
      td.code{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
      .valid{color:#2e7d32;font-weight:600}.invalid,.unreadable,.fatal,.error{color:#c62828;font-weight:600}
      .warning{color:#8a5a00;font-weight:600}.information{color:#555}
      .toggle{margin:1.5rem 0 .5rem;font-weight:600}
      input.shown{margin:0 .25rem 0 1rem}input.shown+label{cursor:pointer}
      .nothing{display:none;font-style:italic}
      #shown-error:checked~#issues tr.warning,#shown-error:checked~#issues tr.information,\
      #shown-warning:checked~#issues tr.information{display:none}
      #shown-error:checked~#issues section:not(.worst-error),\
      #shown-warning:checked~#issues section.worst-information{display:none}
      #shown-error:checked~#issues .nothing.no-error,#shown-warning:checked~#issues .nothing.no-warning,\
      #shown-information:checked~#issues .nothing.no-information{display:block}
      """;

  private static final Map<Level, String> TOGGLE_LABELS = Map.of(Level.error, "Errors only", Level.warning,
      "Errors and warnings", Level.information, "All issues");


  HtmlReport(PrintWriter out, Run run) {
    super(out, run);
  }

  @Override
  public void finish(Summary s) {
    boolean pass = s.exitCode() == 0;
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>CareBridge validation report</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>CareBridge validation report</h1>\n")
        .append("<p id=\"summary\" class=\"summary ").append(pass ? "pass" : "fail").append("\">")
        .append(pass ? "All inputs valid. " : "Not all inputs are valid. ").append(Html.escape(s.line()))
        .append(run.warningsAsErrors() ? " (warnings count as errors)" : "").append("</p>\n")
        .append("<p class=\"meta\">carebridge ").append(Html.escape(run.version())).append("; packages: ")
        .append(Html.escape(String.join(", ", run.packages())));
    if (run.profile() != null) {
      b.append("; profile: ").append(Html.escape(run.profile()));
    }
    if (run.shown() != Level.information) {
      b.append("; issues shown: ").append(run.shown() == Level.error ? "errors only" : "errors and warnings")
          .append(" (the counts are of every issue)");
    }
    b.append("</p>\n<h2>Inputs</h2>\n<table id=\"inputs\">\n<thead><tr><th>Input</th><th>Result</th><th>Errors</th>")
        .append("<th>Warnings</th><th>Information</th></tr></thead>\n<tbody>\n");
    for (int k = 0; k < outcomes.size(); k++) {
      Outcome o = outcomes.get(k);
      String result = result(o);
      b.append("<tr><td class=\"input\">");
      if (o.shown(run.shown()).isEmpty()) {
        b.append(Html.escape(o.label()));
      } else {
        b.append("<a href=\"#input-").append(k + 1).append("\">").append(Html.escape(o.label())).append("</a>");
      }
      b.append("</td><td class=\"").append(result).append("\">").append(result).append("</td><td>")
          .append(o.count(Severity.ERROR) + o.count(Severity.FATAL)).append("</td><td>")
          .append(o.count(Severity.WARNING)).append("</td><td>").append(o.count(Severity.INFORMATION))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<div id=\"report\">\n");
    toggle(b);
    b.append("<div id=\"issues\">\n");
    EnumSet<Level> present = EnumSet.noneOf(Level.class);
    for (int k = 0; k < outcomes.size(); k++) {
      Outcome o = outcomes.get(k);
      List<Issue> shown = o.shown(run.shown());
      if (shown.isEmpty()) {
        continue;
      }
      Level worst = level(shown.get(0).severity()); // errors first: the first issue is the most severe
      present.add(worst);
      b.append("<section id=\"input-").append(k + 1).append("\" class=\"worst-").append(worst.name())
          .append("\">\n<h2>").append(Html.escape(o.label()))
          .append(": <span class=\"").append(result(o)).append("\">").append(result(o)).append("</span></h2>\n")
          .append("<table class=\"issues\">\n<thead><tr><th>Severity</th><th>Line</th><th>Column</th>")
          .append("<th>Location</th><th>Code</th><th>Message</th></tr></thead>\n<tbody>\n");
      for (Issue i : shown) {
        String sev = Report.Format.severity(i.severity());
        b.append("<tr class=\"").append(level(i.severity()).name()).append("\"><td class=\"").append(sev)
            .append("\">").append(sev).append("</td><td class=\"line\">").append(i.line() > 0 ? i.line() : "")
            .append("</td><td class=\"column\">").append(i.column() > 0 ? i.column() : "")
            .append("</td><td class=\"loc\">").append(Html.escape(i.location().text())).append("</td><td class=\"code\">")
            .append(Html.escape(i.code())).append("</td><td>").append(Html.escape(i.message()))
            .append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }
    // What a person sees when the chosen severity leaves nothing to show.
    if (!present.contains(Level.error)) {
      b.append("<p class=\"nothing no-error\">No errors.</p>\n");
      if (!present.contains(Level.warning)) {
        b.append("<p class=\"nothing no-warning\">No errors or warnings.</p>\n");
        if (present.isEmpty()) {
          b.append("<p class=\"nothing no-information\">No issues.</p>\n");
        }
      }
    }
    b.append("</div>\n</div>\n</body>\n</html>\n");
    out.print(b);
    out.flush();
  }

  /**
   * The radio buttons that choose the severity shown, one per level still to choose from, the most inclusive
   * checked; they must be siblings before {@code #issues} for the CSS to reach it. None when there is no choice.
   */
  private void toggle(StringBuilder b) {
    List<Level> levels = run.shown().choices();
    if (levels.size() < 2) {
      b.append("<input type=\"radio\" name=\"shown\" id=\"shown-error\" checked hidden>\n");
      return;
    }
    b.append("<p class=\"toggle\" id=\"toggle\">Show:</p>\n");
    for (Level l : levels) {
      b.append("<input type=\"radio\" class=\"shown\" name=\"shown\" id=\"shown-").append(l.name()).append('"')
          .append(l == run.shown() ? " checked" : "").append("><label for=\"shown-").append(l.name()).append("\">")
          .append(TOGGLE_LABELS.get(l)).append("</label>\n");
    }
  }

  /** The toggle level an issue belongs to: errors (fatal or not), warnings, information. */
  private static Level level(Severity s) {
    return s.isError() ? Level.error : s == Severity.WARNING ? Level.warning : Level.information;
  }

  private static String result(Outcome o) {
    return o.unreadable() ? "unreadable" : o.valid() ? "valid" : "invalid";
  }
}
