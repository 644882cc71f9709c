package org.carebridge.service.report;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.OperationOutcomes;
import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * {@code --format operationoutcome}: a FHIR R4 OperationOutcome (JSON) for one input, or a collection Bundle
 * of them, one entry per input in input order, for several. Each OperationOutcome is the validator's own
 * ({@link OperationOutcomes}, errors first) of the issues shown ({@code --severity}), with a
 * generated narrative naming the input, since OperationOutcome has no element for it; entry {@code fullUrl}s are
 * name-based {@code urn:uuid}s.
 */
final class OperationOutcomeReport extends WholeRunReport {
  private final Level shown;

  OperationOutcomeReport(PrintWriter out, Run run) {
    super(out, run);
    this.shown = run.shown();
  }

  @Override
  public void finish(Summary s) {
    var parser = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true);
    if (outcomes.size() == 1) {
      out.println(parser.encodeResourceToString(outcome(outcomes.get(0), shown)));
    } else {
      Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
      for (Outcome o : outcomes) {
        b.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(o.label().getBytes(StandardCharsets.UTF_8)))
            .setResource(outcome(o, shown));
      }
      out.println(parser.encodeResourceToString(b));
    }
    out.flush();
  }

  static OperationOutcome outcome(Outcome o, Level shown) {
    return o.operationOutcome(shown);
  }
}
