package org.carebridge.hl7v2;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What one ADT message of the input became.
 *
 * <p>{@link #notification()} is present when the message was read into a CareBridge record;
 * {@link #bundle()} is present only when that record has no error (neither from the adapter nor from the
 * CareBridge business rules), so every Bundle handed out is meant to validate. A message that produces no
 * notification by design (e.g. an A02 transfer) has an INFORMATION issue {@code CB-HL7-023} saying why.
 *
 * <p>The Bundle is a mutable HAPI object made for this result; copy it before changing it if the result is
 * shared.
 *
 * @param index the 0-based number of the message in the input
 * @param controlId the message control id (MSH-10), or {@code ""} when absent
 * @param event the ADT trigger event (MSH-9.2), e.g. {@code "A03"}, or {@code ""} when absent
 * @param notification the CareBridge record, when one was made
 * @param bundle the CareBridge discharge message, when the record has no error
 * @param issues this message's issues, located like {@code PID-3.1}, most severe first and otherwise in the order
 *     found ({@link ValidationReport#mostSevereFirst})
 */
public record AdtResult(
    int index,
    String controlId,
    String event,
    Optional<DischargeNotification> notification,
    Optional<Bundle> bundle,
    List<Issue> issues) {

  /**
   * Creates a result, copying the issues most severe first.
   *
   * @param index the message number
   * @param controlId the control id or {@code ""}
   * @param event the event or {@code ""}
   * @param notification the record or empty
   * @param bundle the Bundle or empty
   * @param issues the issues
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the index is negative
   */
  public AdtResult {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    Objects.requireNonNull(controlId, "controlId must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(bundle, "bundle must not be null");
    issues = ValidationReport.mostSevereFirst(Objects.requireNonNull(issues, "issues must not be null"));
  }

  /**
   * Tells whether this message has an error or fatal issue.
   *
   * @return true when an issue {@link Issue#isError() is an error}
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }
}
