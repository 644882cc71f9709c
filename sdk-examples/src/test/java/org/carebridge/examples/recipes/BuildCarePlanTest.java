package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;

class BuildCarePlanTest {

  @Test
  void theBuiltPlanValidatesWithNoErrorAfterMapping() {
    Bundle bundle = BuildCarePlan.buildCarePlan();
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(bundle.getMeta().getProfile().get(0).getValue())
        .isEqualTo("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-care-plan-bundle");
    assertThat(RecipeSupport.errors(bundle)).isEmpty();
  }

  @Test
  void theBundleReadsBackToThePlanThatWasBuilt() {
    JointCarePlan plan = CareBridgeMapper.readCarePlanBundle(BuildCarePlan.buildCarePlan()).orElseThrow().plan();
    assertThat(plan.id()).isEqualTo("margaret-joint-care-plan");
    assertThat(plan.needs()).extracting(n -> n.primarySupportReason())
        .containsExactly(PrimarySupportReason.PHYSICAL_PERSONAL_CARE, PrimarySupportReason.SOCIAL_ISOLATION_OTHER);
    assertThat(plan.goals()).hasSize(2);
    assertThat(plan.services()).hasSize(2);
    assertThat(plan.reviewDate()).isEqualTo(LocalDate.of(2027, 2, 2));
    assertThat(RecipeSupport.RULES.validate(plan).errors()).isEmpty();
  }

  @Test
  void theCarePlanEntryCarriesTheJointCategory() {
    CarePlan carePlan = (CarePlan) BuildCarePlan.buildCarePlan().getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource).filter(CarePlan.class::isInstance).findFirst().orElseThrow();
    assertThat(carePlan.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("joint-health-social-care");
  }
}
