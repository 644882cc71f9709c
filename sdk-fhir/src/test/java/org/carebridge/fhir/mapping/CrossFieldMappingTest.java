package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.carebridge.core.Money;
import org.carebridge.core.Practitioner;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.WardStay;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.internal.BusinessRules;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Account;
import org.junit.jupiter.api.Test;

/**
 * Values that are well formed one by one but contradict each other: the records hold them, the mappers read them
 * without an error of their own and the sdk-core validator's rules report them; what one FHIR element cannot hold
 * is refused on writing, naming the rule.
 */
class CrossFieldMappingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

  private static DischargeNotification discharged() {
    return CareBridgeMapper.readDischargeNotification(Fixtures.example(Bundle.class, "Bundle-discharged-example.json"))
        .orElseThrow();
  }

  @Test
  void aWardStayEndingBeforeItStarts_isRead_andReportedByTheRules() {
    Bundle message = Fixtures.example(Bundle.class, "Bundle-discharged-example.json");
    Encounter encounter = (Encounter) message.getEntry().get(1).getResource();
    encounter.getLocationFirstRep().getPeriod().setEndElement(new DateTimeType("2026-10-02T14:19:00+01:00"));
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(message);
    assertThat(read.issues()).as("no mapping issue: the record holds the values as sent").isEmpty();
    WardStay stay = read.orElseThrow().stay().wardStay().orElseThrow();
    assertThat(stay.until()).contains(OffsetDateTime.parse("2026-10-02T14:19:00+01:00"));
    assertThat(Validator.withClock(CLOCK).validate(read.orElseThrow()).codes()).containsExactly("CB-DISCHARGE-021");
    assertThat(new BusinessRules(CLOCK).check(message)).extracting(Issue::code).containsExactly("CB-DISCHARGE-021");
  }

  @Test
  void writing_refusesWhatOneFhirElementCannotHold_namingTheRule() {
    DischargeNotification n = discharged();
    DischargeNotification offDate = n.toBuilder().stay(n.stay().toBuilder()
        .admittedAt(n.stay().admittedAt().orElseThrow().plusDays(1)).build()).build();
    assertThatThrownBy(() -> CareBridgeMapper.toFhir(offDate, Fixtures.BASE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(
            "the record cannot be written as FHIR: CB-DISCHARGE-018 at stay.admittedAt: the admission time");
    HospitalStay noWard = new HospitalStay(java.util.Optional.empty(), n.stay().wardStay(), n.stay().admissionDate(),
        n.stay().admittedAt(), n.stay().proposedDischargeDate(), n.stay().dischargeReadyDate(),
        n.stay().dischargeDate(), n.stay().dischargedAt(), n.stay().reasonForAdmission(), n.stay().admissionSource(),
        n.stay().dischargeDestination(), n.stay().leadClinician(), n.stay().liaisonContact(), n.stay().identifiers());
    assertThatThrownBy(() -> CareBridgeMapper.toFhir(n.toBuilder().stay(noWard).build(), Fixtures.BASE))
        .hasMessageContaining("CB-DISCHARGE-020 at stay.wardStay");
    Practitioner lead = (Practitioner) n.stay().leadClinician().orElseThrow();
    Practitioner impostor = lead.toBuilder().name(lead.name().toBuilder().family("Other").build()).build();
    assertThatThrownBy(() -> CareBridgeMapper.toFhir(n.toBuilder().author(impostor).build(), Fixtures.BASE))
        .hasMessageContaining("CB-DISCHARGE-022 at author")
        .hasMessageNotContaining("Other");

    JointCarePlan plan = CareBridgeMapper.readCarePlanBundle(
        Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json")).orElseThrow().plan();
    Need elsewhere = Need.builder().primarySupportReason(PrimarySupportReason.SOCIAL_ISOLATION_OTHER).build();
    JointCarePlan strayNeed = plan.toBuilder()
        .addGoal(Goal.builder().description("See my friends").addNeed(elsewhere).build()).build();
    assertThatThrownBy(() -> CareBridgeMapper.toFhir(strayNeed, Fixtures.BASE))
        .hasMessageContaining("CB-PLAN-012 at goals[" + plan.goals().size() + "].needs[0]");
  }

  @Test
  void aFhirDecimalWithTrailingZeros_isTheSameAmount_aFractionOfAPennyIsRefused() {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    Extension amount = account(story).getExtensionByUrl(
        "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-amount");
    ((org.hl7.fhir.r4.model.Money) amount.getExtensionByUrl("amount").getValue()).setValue(new BigDecimal("412.500"));
    assertThat(CareBridgeMapper.readCarePlanBundle(story).orElseThrow().personalBudget().orElseThrow().amount())
        .isEqualTo(Money.parse("412.50"));
    ((org.hl7.fhir.r4.model.Money) amount.getExtensionByUrl("amount").getValue()).setValue(new BigDecimal("0.001"));
    assertThat(CareBridgeMapper.readCarePlanBundle(story).errors()).extracting(Issue::code)
        .containsExactly(IssueCode.MAP_INVALID_VALUE.code());
  }

  private static Account account(Bundle b) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Account.class::isInstance)
        .map(Account.class::cast).findFirst().orElseThrow();
  }
}
