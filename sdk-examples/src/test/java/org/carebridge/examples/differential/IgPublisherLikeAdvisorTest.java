package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.carebridge.examples.differential.OfficialEngine.IgPublisherLikeAdvisor;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.CodedContentValidationAction;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.ReferenceDestinationType;
import org.hl7.fhir.r5.utils.validation.constants.BindingKind;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.junit.jupiter.api.Test;

/** The official engine's policy: references checked fully, every binding checked but ISO 4217 currencies. */
class IgPublisherLikeAdvisorTest {

  private final IgPublisherLikeAdvisor advisor = new IgPublisherLikeAdvisor();

  @Test
  void currenciesAreTheOnlyBindingLeftUnchecked() {
    assertThat(coded(List.of(OfficialEngine.CURRENCIES), null)).isEmpty();
    assertThat(coded(List.of(), new ValueSet().setUrl("http://hl7.org/fhir/ValueSet/currencies"))).isEmpty();
    assertThat(coded(List.of("https://carebridge.org.uk/fhir/CodeSystem/budget-type"),
        new ValueSet().setUrl("https://carebridge.org.uk/fhir/ValueSet/budget-type")))
        .isEqualTo(EnumSet.allOf(CodedContentValidationAction.class));
    assertThat(coded(List.of("http://snomed.info/sct"), null))
        .isEqualTo(EnumSet.allOf(CodedContentValidationAction.class));
  }

  @Test
  void referencesInsideTheInputAreResolvedAndTheirTargetsValidated_externalOnesAreNotFollowed() {
    assertThat(advisor.policyForReference(null, null, "CarePlan.subject", "Patient/margaret-example",
        ReferenceDestinationType.INTERNAL)).isEqualTo(ReferenceValidationPolicy.CHECK_VALID);
    assertThat(advisor.policyForReference(null, null, "CarePlan.subject", "Patient/margaret-example",
        ReferenceDestinationType.EXTERNAL)).isEqualTo(ReferenceValidationPolicy.IGNORE);
  }

  private EnumSet<CodedContentValidationAction> coded(List<String> systems, ValueSet valueSet) {
    return advisor.policyForCodedContent(null, null, "Account.extension", null, null, BindingKind.PRIMARY, null,
        valueSet, systems);
  }
}
