package org.carebridge.examples.recipes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.OperationOutcomes;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Recipe: a council system receives a discharge message and reads it into a sdk-core record with one call, which
 * validates it first; it answers the sender with an OperationOutcome listing every issue, and has the record only
 * when the message conforms.
 */
public final class ValidateIncomingMessage {

  private ValidateIncomingMessage() {}

  /**
   * What the receiver did with a message.
   *
   * @param notification the notification read from the message; empty when the message was refused
   * @param outcome every issue found, to send back to the sender (an information issue when there is none)
   */
  public record Received(Optional<DischargeNotification> notification, OperationOutcome outcome) {
    /**
     * Checks both are present.
     *
     * @param notification the notification read from the message; empty when the message was refused
     * @param outcome every issue found
     * @throws NullPointerException when an argument is null
     */
    public Received {
      Objects.requireNonNull(notification, "notification must not be null");
      Objects.requireNonNull(outcome, "outcome must not be null");
    }

    /**
     * Tells whether the message was accepted.
     *
     * @return true when a notification was read
     */
    public boolean accepted() {
      return notification.isPresent();
    }
  }

  /**
   * Validates an incoming message (JSON or XML) and reads it when it conforms.
   *
   * @param validator the application's shared validator (build it once: it takes seconds)
   * @param body the message as received
   * @return what was done with it; never throws for bad input
   * @throws NullPointerException when an argument is null
   */
  public static Received receive(CareBridgeValidator validator, String body) {
    Objects.requireNonNull(validator, "validator must not be null");
    Objects.requireNonNull(body, "body must not be null");
    // snippet:validate-incoming-message
    Result<DischargeNotification> read = validator.read(FhirInput.of(body), DischargeNotification.class);
    OperationOutcome answer = OperationOutcomes.of(read);   // every issue found, to send back to the sender
    return new Received(read.value(), answer);              // a notification only when the message conforms
    // end-snippet
  }

  /**
   * Validates the message in a file and prints the outcome.
   *
   * @param args the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    CareBridgeValidator validator = CareBridgeValidator.builder().build();
    Received received = receive(validator, Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    System.out.println(received.accepted() ? "accepted" : "refused");
    System.out.println(Recipes.json(received.outcome()));
  }
}
