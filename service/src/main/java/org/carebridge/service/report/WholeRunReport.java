package org.carebridge.service.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report written as a whole when the run ends (a document that cannot be streamed: JUnit XML, HTML, one
 * OperationOutcome or a Bundle of them): the outcomes are kept, in input order, until {@link #finish}.
 */
abstract class WholeRunReport implements Report {
  protected final PrintWriter out;
  protected final Run run;
  protected final List<Outcome> outcomes = new ArrayList<>();

  WholeRunReport(PrintWriter out, Run run) {
    this.out = out;
    this.run = run;
  }

  @Override
  public final void add(Outcome o) {
    outcomes.add(o);
  }
}
