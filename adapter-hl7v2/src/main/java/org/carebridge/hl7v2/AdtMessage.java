package org.carebridge.hl7v2;

import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What one ADT message of the input became.
 *
 * <p>{@link #result()} holds the message's issues (located like {@code PID-3.1}) and, when the message was read
 * into a CareBridge record, the notification, even when the CareBridge business rules found errors in it (they
 * are among the issues). {@link #bundle()} is present only when the record has no error at all, so every Bundle
 * handed out is meant to validate. A message that produces no notification by design (e.g. an A02 transfer)
 * has an INFORMATION issue {@code CB-HL7-023} saying why.
 *
 * <p>The Bundle is a mutable HAPI object made for this message; copy it before changing it if it is shared.
 *
 * @param index the 0-based number of the message in the input
 * @param controlId the message control id (MSH-10), or {@code ""} when absent
 * @param event the ADT trigger event (MSH-9.2), e.g. {@code "A03"}, or {@code ""} when absent
 * @param result the notification when one was made, and this message's issues
 * @param bundle the CareBridge discharge message, when the record has no error
 */
public record AdtMessage(int index, String controlId, String event, Result<DischargeNotification> result,
    Optional<Bundle> bundle) {

  /**
   * Checks the values.
   *
   * @param index the message number
   * @param controlId the control id or {@code ""}
   * @param event the event or {@code ""}
   * @param result the notification and issues
   * @param bundle the Bundle or empty
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the index is negative
   */
  public AdtMessage {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    Objects.requireNonNull(controlId, "controlId must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(bundle, "bundle must not be null");
  }
}
