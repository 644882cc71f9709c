package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.OperationOutcomes;

/**
 * Everything the mappers write for records that keep the profiles' rules validates with no error against the
 * CareBridge profiles (CareBridgeValidator: FHIR R4 core + package uk.carebridge.r4, offline), and with no dom-6
 * warning: every resource written carries a generated narrative. Validation is costly (~20-30 ms a resource), so
 * fewer tries than the lossless properties.
 */
class ValidOutputTest {

  @BeforeContainer
  static void warmUp() {
    Fixtures.validator();
  }

  private static void assertValid(IBaseResource resource) {
    Result<Void> report = Fixtures.validator().validate(Fixtures.json(resource));
    assertThat(report.errors()).as(() -> Fixtures.json(resource)).isEmpty();
    assertThat(Fixtures.missingNarrative(report)).as(() -> Fixtures.json(resource)).isEmpty();
  }

  @Property(tries = 60)
  void person(@ForAll("persons") Person person) {
    assertValid(CareBridgeMapper.toFhir(person));
  }

  @Property(tries = 40)
  void organisation(@ForAll("organisations") Organisation organisation) {
    assertValid(CareBridgeMapper.toFhir(organisation));
  }

  @Property(tries = 40)
  void practitioner(@ForAll("practitioners") Practitioner practitioner) {
    assertValid(CareBridgeMapper.toFhir(practitioner));
  }

  @Property(tries = 40)
  void practitionerRole(@ForAll("roles") PractitionerRole role) {
    assertValid(CareBridgeMapper.toFhir(role, Fixtures.BASE));
  }

  @Property(tries = 60)
  void jointCarePlan(@ForAll("plans") JointCarePlan plan) {
    assertValid(CareBridgeMapper.toFhir(plan, Fixtures.BASE));
  }

  @Property(tries = 60)
  void careTeam(@ForAll("teams") CareTeam team) {
    assertValid(CareBridgeMapper.toFhir(team, Fixtures.BASE));
  }

  @Property(tries = 60)
  void personalBudget(@ForAll("budgets") PersonalBudget budget) {
    assertValid(CareBridgeMapper.toFhir(budget, Fixtures.BASE));
  }

  @Property(tries = 80)
  void dischargeNotification(@ForAll("discharges") DischargeNotification notification) {
    assertValid(CareBridgeMapper.toFhir(notification, Fixtures.BASE));
  }

  @Property(tries = 40)
  void carePlanBundle(@ForAll("records") CarePlanRecords records) {
    assertValid(CareBridgeMapper.carePlanBundle(records, Fixtures.BASE, Instant.parse("2026-11-23T09:00:00Z")));
  }

  /** The check above is not blind: a broken entry inside a mapped Bundle is reported. */
  @Property(tries = 5)
  void brokenEntryIsReported(@ForAll("plans") JointCarePlan plan) {
    Bundle bundle = CareBridgeMapper.toFhir(plan, Fixtures.BASE);
    Patient patient = (Patient) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance).findFirst().orElseThrow();
    String nhs = patient.getIdentifierFirstRep().getValue();
    patient.getIdentifierFirstRep().setValue(nhs.substring(0, 9) + ((nhs.charAt(9) - '0' + 1) % 10));
    assertThat(Fixtures.errors(bundle)).isNotEmpty();
  }

  /** The dom-6 check above is not blind: a mapped Bundle whose Patient lost its narrative is reported. */
  @Property(tries = 3)
  void missingNarrativeIsReported(@ForAll("budgets") PersonalBudget budget) {
    Bundle bundle = CareBridgeMapper.toFhir(budget, Fixtures.BASE);
    Patient patient = (Patient) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance).findFirst().orElseThrow();
    assertThat(patient.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
    assertThat(patient.getText().getDivAsString()).startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">")
        .contains("Person: record " + patient.getIdPart());
    patient.setText(null);
    assertThat(Fixtures.missingNarrative(Fixtures.validator().validate(Fixtures.json(bundle)))).hasSize(1);
  }

  @Provide
  Arbitrary<Person> persons() {
    return DomainArbitraries.persons(true);
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return DomainArbitraries.organisations();
  }

  @Provide
  Arbitrary<Practitioner> practitioners() {
    return DomainArbitraries.practitioners(true);
  }

  @Provide
  Arbitrary<PractitionerRole> roles() {
    return DomainArbitraries.practitionerRoles(true);
  }

  @Provide
  Arbitrary<JointCarePlan> plans() {
    return DomainArbitraries.plans(true);
  }

  @Provide
  Arbitrary<CareTeam> teams() {
    return DomainArbitraries.teams(true);
  }

  @Provide
  Arbitrary<PersonalBudget> budgets() {
    return DomainArbitraries.budgets(true);
  }

  @Provide
  Arbitrary<DischargeNotification> discharges() {
    return DomainArbitraries.discharges(true);
  }

  @Provide
  Arbitrary<CarePlanRecords> records() {
    return DomainArbitraries.records(true);
  }
}
