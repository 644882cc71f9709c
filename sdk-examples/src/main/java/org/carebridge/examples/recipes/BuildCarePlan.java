package org.carebridge.examples.recipes;

import java.time.Instant;
import java.time.LocalDate;
import org.carebridge.core.DateRange;
import org.carebridge.core.Person;
import org.carebridge.core.Story;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Recipe: build a joint care plan from scratch and write it as a CareBridge care plan Bundle
 * ({@code carebridge-care-plan-bundle}).
 */
public final class BuildCarePlan {

  private BuildCarePlan() {}

  /**
   * Builds Margaret's joint care plan with sdk-core and maps it to FHIR.
   *
   * @return a collection Bundle holding the CarePlan and everything it refers to
   */
  public static Bundle buildCarePlan() {
    Person margaret = Story.margaret();
    // snippet:build-care-plan
    JointCarePlan plan = JointCarePlan.builder()
        .id("margaret-joint-care-plan")
        .person(margaret)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .addNeed(Need.builder()
            .primarySupportReason(PrimarySupportReason.PHYSICAL_PERSONAL_CARE)
            .description("Help to wash and dress")
            .build())
        .addNeed(Need.builder()
            .primarySupportReason(PrimarySupportReason.SOCIAL_ISOLATION_OTHER)
            .description("Lonely since her husband died")
            .build())
        .addGoal(Goal.builder()
            .description("I want to stay in my own home and do my own shopping again")
            .build())
        .addGoal(Goal.builder()
            .description("I want to get to church on Sundays")
            .targetDate(LocalDate.of(2027, 1, 31))
            .build())
        .addService(Story.homeCare())
        .addService(Story.reablement())
        .reviewDate(LocalDate.of(2027, 2, 2))
        .agreedByPersonOn(LocalDate.of(2026, 11, 4))
        .contingencyPlan("If the home care visit is missed, call the council duty team")
        .sharingConsent(SharingConsent.builder()
            .status(ConsentStatus.GIVEN)
            .recordedOn(LocalDate.of(2026, 11, 4))
            .build())
        .build();

    Bundle bundle = CareBridgeMapper.carePlanBundle(
        CarePlanRecords.builder().plan(plan).build(),   // the plan alone; add a care team and budget if you have them
        "https://fhir.example.org/scc",          // entry fullUrls: base/Type/id
        Instant.parse("2026-11-04T10:00:00Z"));  // Bundle.timestamp
    // end-snippet
    return bundle;
  }

  /**
   * Prints the Bundle as JSON.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(Recipes.json(buildCarePlan()));
  }
}
