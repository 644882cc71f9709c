package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.carebridge.core.Story;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.kit.ConformanceKit;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class ValidateIncomingMessageTest {

  private static final CareBridgeValidator VALIDATOR = ConformanceKit.shared().validator();

  private static String notice() {
    return RecipeSupport.json(RaiseAndWithdrawDischargeNotice.raiseAndWithdraw().notice());
  }

  @Test
  void aConformantMessageIsAcceptedAndRead() {
    ValidateIncomingMessage.Received received = ValidateIncomingMessage.receive(VALIDATOR, notice());
    assertThat(received.accepted()).isTrue();
    assertThat(received.notification().orElseThrow().event()).isEqualTo(DischargeEvent.DISCHARGE_NOTICE);
    assertThat(received.outcome().getIssue())
        .noneMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR);
  }

  @Test
  void anXmlMessageIsAcceptedToo() {
    String xml = FhirContext.forR4Cached().newXmlParser()
        .encodeResourceToString(RaiseAndWithdrawDischargeNotice.raiseAndWithdraw().notice());
    assertThat(ValidateIncomingMessage.receive(VALIDATOR, xml).accepted()).isTrue();
  }

  @Test
  void aMessageWithABadNhsNumberIsRefusedWithTheReason() {
    String broken = notice().replace("9434765919", "9434765918");
    ValidateIncomingMessage.Received received = ValidateIncomingMessage.receive(VALIDATOR, broken);
    assertThat(received.accepted()).isFalse();
    assertThat(received.outcome().getIssue())
        .filteredOn(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR)
        .anySatisfy(i -> {
          assertThat(i.getDetails().getCodingFirstRep().getCode()).endsWith("#cb-nhs-1");
          assertThat(i.getExpression().get(0).getValue()).contains(".identifier[0]");
        });
    assertThat(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(received.outcome()))
        .doesNotContain("9434765918").doesNotContain("Hollins");
  }

  @Test
  void aValidBundleThatIsNotAMessageIsRefusedWithTheMappingCodes() {
    String carePlan = RecipeSupport.json(BuildCarePlan.buildCarePlan());
    ValidateIncomingMessage.Received received = ValidateIncomingMessage.receive(VALIDATOR, carePlan);
    assertThat(received.accepted()).isFalse();
    assertThat(received.outcome().getIssue())
        .anySatisfy(i -> assertThat(i.getDetails().getCodingFirstRep().getCode()).startsWith("CB-MAP-"));
  }

  @Test
  void malformedInputIsRefusedWithoutAnException() {
    ValidateIncomingMessage.Received received = ValidateIncomingMessage.receive(VALIDATOR, "{\"resourceType\": ");
    assertThat(received.accepted()).isFalse();
    assertThat(received.outcome().getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.FATAL);
  }

  @Test
  void aConformantResourceThatIsNotAMessageIsRefusedByTheReader() {
    String patient = RecipeSupport.json(org.carebridge.fhir.mapping.CareBridgeMapper.toFhir(Story.margaret()));
    assertThat(RecipeSupport.errors(FhirContext.forR4Cached().newJsonParser().parseResource(Patient.class, patient)))
        .isEmpty();
    ValidateIncomingMessage.Received received = ValidateIncomingMessage.receive(VALIDATOR, patient);
    assertThat(received.accepted()).isFalse();
    assertThat(received.outcome().getIssue()).anySatisfy(i -> {
      assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
      assertThat(i.getDetails().getCodingFirstRep().getCode()).isEqualTo("CB-MAP-004");
      assertThat(i.getDetails().getText()).isEqualTo("a Bundle is expected here, not a Patient");
    });
  }
}
