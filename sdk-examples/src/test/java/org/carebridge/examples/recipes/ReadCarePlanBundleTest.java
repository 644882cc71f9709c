package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.carebridge.core.Money;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.junit.jupiter.api.Test;

class ReadCarePlanBundleTest {

  private static String storyBundle() throws IOException {
    try (InputStream in = ReadCarePlanBundleTest.class.getResourceAsStream(
        "/org/carebridge/kit/corpus/positive/package/Bundle-margaret-care-plan-bundle.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theStoryBundleReadsIntoThePlanTheTeamAndTheBudget() throws IOException {
    CarePlanRecords records = ReadCarePlanBundle.read(storyBundle());
    assertThat(records.plan().id()).isEqualTo("margaret-joint-care-plan");
    assertThat(records.plan().person().nhsNumber()).map(n -> n.masked()).contains("*** *** 5919");
    assertThat(records.careTeam().orElseThrow().keyWorkerOn(LocalDate.of(2026, 11, 23)))
        .map(k -> k.keyWorker().id()).contains("social-worker-patel-scc");
    assertThat(records.personalBudget().orElseThrow().amount()).isEqualTo(Money.parse("412.50"));
    assertThat(records.personalBudget().orElseThrow().clientContribution()).isEqualTo(Money.parse("65.00"));
  }

  @Test
  void aBundleBuiltByTheOtherRecipeReadsBack() {
    CarePlanRecords records = ReadCarePlanBundle.read(RecipeSupport.json(BuildCarePlan.buildCarePlan()));
    assertThat(records.careTeam()).isEmpty();
    assertThat(records.personalBudget()).isEmpty();
    assertThat(records.plan().goals()).hasSize(2);
  }

  @Test
  void aBundleWithoutItsPatientIsRefusedWithCodesNotPersonalData() throws IOException {
    String noPatient = storyBundle().replaceFirst("\"resourceType\": \"Patient\"", "\"resourceType\": \"Basic\"");
    assertThatThrownBy(() -> ReadCarePlanBundle.read(noPatient))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CB-MAP-")
        .hasMessageNotContaining("9434765919")
        .hasMessageNotContaining("Hollins");
  }
}
