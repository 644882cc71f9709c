package org.carebridge.examples.recipes;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.ValidationReport;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.MappingResult;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Recipe: a council system receives a discharge message, validates it before anything else, answers the sender
 * with an OperationOutcome when it is not conformant, and otherwise reads it into a sdk-core record.
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
    ValidationReport report = validator.validate(FhirInput.of(body));
    if (!report.isValid()) {
      return new Received(Optional.empty(), report.toOperationOutcome());   // refuse: tell the sender why
    }
    IParser parser = body.stripLeading().startsWith("<")
        ? FhirContext.forR4Cached().newXmlParser()                          // safe: the validator refuses DOCTYPEs
        : FhirContext.forR4Cached().newJsonParser();
    IBaseResource parsed = parser.parseResource(body);
    if (!(parsed instanceof Bundle message)) {
      return new Received(Optional.empty(), refusal(report, "a discharge message is a Bundle, not a " + parsed.fhirType()));
    }
    MappingResult<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    // end-snippet
    if (!read.isSuccess()) {
      OperationOutcome outcome = refusal(report, "the message cannot be read as a discharge notification");
      read.errors().forEach(i -> outcome.addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(OperationOutcome.IssueType.INVALID)
          .setDiagnostics(i.code())
          .addExpression(i.location())
          .getDetails().setText(i.message()));
      return new Received(Optional.empty(), outcome);
    }
    return new Received(read.value(), report.toOperationOutcome());
  }

  private static OperationOutcome refusal(ValidationReport report, String why) {
    OperationOutcome outcome = report.toOperationOutcome();
    outcome.getIssue().removeIf(i -> i.getSeverity() == OperationOutcome.IssueSeverity.INFORMATION);
    outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.NOTSUPPORTED).getDetails().setText(why);
    return outcome;
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
