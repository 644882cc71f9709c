package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.Money;
import org.carebridge.core.Story;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.junit.jupiter.api.Test;

class RecordDirectPaymentTest {

  @Test
  void theContributionsAddUpToTheBudget() {
    PersonalBudget budget = RecordDirectPayment.directPayment(Story.margaret(), Money.parse("40.00"));
    assertThat(budget.amount()).isEqualTo(Money.parse("155.00"));
    assertThat(budget.clientContribution()).isEqualTo(Money.parse("40.00"));
    assertThat(budget.contributions()).extracting(FundingContribution::source, FundingContribution::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FundingSource.COUNCIL, Money.parse("115.00")),
            org.assertj.core.groups.Tuple.tuple(FundingSource.CLIENT_CONTRIBUTION, Money.parse("40.00")));
    assertThat(budget.contributionsTotal()).isEqualTo(budget.amount());
    assertThat(budget.management()).isEqualTo(BudgetManagement.DIRECT_PAYMENT);
    assertThat(RecipeSupport.RULES.validate(budget).errors()).isEmpty();
  }

  @Test
  void theBudgetValidatesAsFhir() {
    PersonalBudget budget = RecordDirectPayment.directPayment(Story.margaret(), Money.parse("40.00"));
    assertThat(RecipeSupport.errors(CareBridgeMapper.toFhir(budget, Story.BASE))).isEmpty();
  }

  @Test
  void aContributionLargerThanTheCostIsRefused() {
    assertThatThrownBy(() -> RecordDirectPayment.directPayment(Story.margaret(), Money.parse("155.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientContribution must not be more than the weekly cost");
  }

  @Test
  void aContributionOfTheWholeCostLeavesTheCouncilNothing() {
    PersonalBudget budget = RecordDirectPayment.directPayment(Story.margaret(), Money.parse("155.00"));
    assertThat(budget.contributions().get(0).amount()).isEqualTo(Money.ZERO);
    assertThat(budget.contributionsTotal()).isEqualTo(budget.amount());
  }
}
