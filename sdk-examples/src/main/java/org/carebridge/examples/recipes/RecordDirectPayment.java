package org.carebridge.examples.recipes;

import java.time.LocalDate;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Person;
import org.carebridge.core.Story;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Recipe: record a social care personal budget taken wholly as a direct payment, with the person's assessed
 * (means-tested) contribution; the council pays the rest.
 */
public final class RecordDirectPayment {

  private RecordDirectPayment() {}

  /**
   * A direct payment that pays for a personal assistant: the budget is the weekly cost of the service, the
   * person contributes {@code clientContribution} a week and the council the difference.
   *
   * @param person who the budget is for (and who holds it)
   * @param clientContribution the person's assessed weekly contribution
   * @return the budget
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the contribution is more than the cost of the service
   */
  public static PersonalBudget directPayment(Person person, Money clientContribution) {
    java.util.Objects.requireNonNull(person, "person must not be null");
    java.util.Objects.requireNonNull(clientContribution, "clientContribution must not be null");
    PlannedService personalAssistant = Story.personalAssistant();   // £15.50 x 10 hours, paid by direct payment
    // snippet:direct-payment
    Money weeklyCost = personalAssistant.costPer(BudgetFrequency.WEEKLY).orElseThrow();   // £155.00
    Money councilShare = weeklyCost.minus(clientContribution);                            // the rest
    if (councilShare.isNegative()) {
      throw new IllegalArgumentException("clientContribution must not be more than the weekly cost");
    }

    PersonalBudget budget = PersonalBudget.builder()
        .id("margaret-direct-payment")
        .person(person)
        .holder(BudgetHolder.builder().build())       // the person holds it; a direct payment names who does
        .setBy(Story.COUNCIL)
        .budgetType(BudgetType.PERSONAL_BUDGET)
        .stage(BudgetStage.AGREED)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2)))
        .amount(weeklyCost).frequency(BudgetFrequency.WEEKLY)
        .management(BudgetManagement.DIRECT_PAYMENT)
        .addContribution(FundingContribution.of(FundingSource.COUNCIL, councilShare))
        .addContribution(FundingContribution.of(FundingSource.CLIENT_CONTRIBUTION, clientContribution))
        .addService(personalAssistant)
        .build();
    // end-snippet
    return budget;
  }

  /**
   * Prints the story's direct payment (a £40.00 weekly contribution) as a FHIR Bundle.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Bundle bundle = CareBridgeMapper.toFhir(directPayment(Story.margaret(), Money.parse("40.00")), Story.BASE);
    System.out.println(Recipes.json(bundle));
  }
}
