package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/**
 * domain -> FHIR -> JSON -> FHIR -> domain gives an equal record, for every record type, with no issue at all.
 */
class LosslessPropertiesTest {
  private static final String BASE = Fixtures.BASE;

  private static <T> T ok(Result<T> result) {
    assertThat(result.issues()).isEmpty();
    return result.orElseThrow();
  }

  @Property(tries = 1000)
  void person(@ForAll("persons") Person person) {
    Patient fhir = Fixtures.reparse(CareBridgeMapper.toFhir(person));
    assertThat(ok(CareBridgeMapper.fromFhir(fhir))).isEqualTo(person);
  }

  @Property(tries = 1000)
  void organisation(@ForAll("organisations") Organisation organisation) {
    Organization fhir = Fixtures.reparse(CareBridgeMapper.toFhir(organisation));
    assertThat(ok(CareBridgeMapper.fromFhir(fhir))).isEqualTo(organisation);
  }

  @Property(tries = 1000)
  void practitioner(@ForAll("practitioners") Practitioner practitioner) {
    org.hl7.fhir.r4.model.Practitioner fhir = Fixtures.reparse(CareBridgeMapper.toFhir(practitioner));
    assertThat(ok(CareBridgeMapper.fromFhir(fhir))).isEqualTo(practitioner);
  }

  @Property(tries = 1000)
  void practitionerRole(@ForAll("roles") PractitionerRole role) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.toFhir(role, BASE));
    assertThat(ok(CareBridgeMapper.readPractitionerRole(fhir))).isEqualTo(role);
  }

  @Property(tries = 1000)
  void jointCarePlan(@ForAll("plans") JointCarePlan plan) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.toFhir(plan, BASE));
    assertThat(ok(CareBridgeMapper.readJointCarePlan(fhir))).isEqualTo(plan);
  }

  @Property(tries = 1000)
  void careTeam(@ForAll("teams") CareTeam team) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.toFhir(team, BASE));
    assertThat(ok(CareBridgeMapper.readCareTeam(fhir))).isEqualTo(team);
  }

  @Property(tries = 1000)
  void personalBudget(@ForAll("budgets") PersonalBudget budget) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.toFhir(budget, BASE));
    assertThat(ok(CareBridgeMapper.readPersonalBudget(fhir))).isEqualTo(budget);
  }

  @Property(tries = 1000)
  void dischargeNotification(@ForAll("discharges") DischargeNotification notification) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.toFhir(notification, BASE));
    assertThat(ok(CareBridgeMapper.readDischargeNotification(fhir))).isEqualTo(notification);
  }

  @Property(tries = 300)
  void carePlanBundle(@ForAll("records") CarePlanRecords records) {
    Bundle fhir = Fixtures.reparse(CareBridgeMapper.carePlanBundle(records, BASE, Instant.EPOCH));
    assertThat(ok(CareBridgeMapper.readCarePlanBundle(fhir))).isEqualTo(records);
  }

  @Provide
  Arbitrary<Person> persons() {
    return DomainArbitraries.persons(false);
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return DomainArbitraries.organisations();
  }

  @Provide
  Arbitrary<Practitioner> practitioners() {
    return DomainArbitraries.practitioners(false);
  }

  @Provide
  Arbitrary<PractitionerRole> roles() {
    return DomainArbitraries.practitionerRoles(false);
  }

  @Provide
  Arbitrary<JointCarePlan> plans() {
    return DomainArbitraries.plans(false);
  }

  @Provide
  Arbitrary<CareTeam> teams() {
    return DomainArbitraries.teams(false);
  }

  @Provide
  Arbitrary<PersonalBudget> budgets() {
    return DomainArbitraries.budgets(false);
  }

  @Provide
  Arbitrary<DischargeNotification> discharges() {
    return DomainArbitraries.discharges(false);
  }

  @Provide
  Arbitrary<CarePlanRecords> records() {
    return DomainArbitraries.records(false);
  }
}
