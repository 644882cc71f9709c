package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address.AddressUse;
import org.carebridge.core.ContactPoint.ContactSystem;
import org.carebridge.core.ContactPoint.ContactUse;
import org.carebridge.core.HumanName.NameUse;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.junit.jupiter.api.Test;

/**
 * The optional details of names, addresses, people, organisations, practitioners, roles and budgets: the old
 * constructors give records without them, the new parts are checked at once and never printed.
 */
class ActorDetailsTest {
  private static final ContactPoint WORK_PHONE = ContactPoint.of(ContactSystem.PHONE, "0300 000 0001")
      .withUse(ContactUse.WORK);

  @Test
  void humanName_oldFormsHaveNoUseOrTitles_newPartsAreCheckedAndCopied() {
    assertThat(HumanName.of("Hollins", "Margaret")).isEqualTo(
        new HumanName("Hollins", List.of("Margaret"), Optional.empty(), List.of()));
    HumanName name = HumanName.of("Hollins", "Margaret").withUse(NameUse.OFFICIAL).withTitles("Mrs");
    assertThat(name.use()).contains(NameUse.OFFICIAL);
    assertThat(name.titles()).containsExactly("Mrs");
    assertThat(name).hasToString("HumanName[***]");
    assertThatThrownBy(() -> name.withTitles(" ")).hasMessage("titles[0] must not be blank");
    assertThatThrownBy(() -> name.withUse(null)).hasMessage("use must not be null");
    List<String> titles = new ArrayList<>(List.of("Dr"));
    HumanName copied = new HumanName("Okafor", List.of(), Optional.empty(), titles);
    titles.add("Prof");
    assertThat(copied.titles()).containsExactly("Dr");
    assertThat(NameUse.fromCode("maiden")).contains(NameUse.MAIDEN);
  }

  @Test
  void address_completeAndPartial() {
    Address home = new Address(List.of("12 Lichfield Road"), "Stafford", "ST17 4JX");
    assertThat(home.isComplete()).isTrue();
    assertThat(home.city()).isEqualTo("Stafford");
    assertThat(home.postcode()).isEqualTo("ST17 4JX");
    assertThat(home.use()).isEmpty();
    Address full = home.withUse(AddressUse.HOME).withDistrict("Staffordshire").withCountry("GB");
    assertThat(full).isEqualTo(new Address(List.of("12 Lichfield Road"), Optional.of("Stafford"),
        Optional.of("ST17 4JX"), Optional.of(AddressUse.HOME), Optional.of("Staffordshire"), Optional.of("GB")));
    assertThat(full).hasToString("Address[***]");

    Address town = new Address(List.of(), Optional.of("Stafford"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("GB"));
    assertThat(town.isComplete()).isFalse();
    assertThat(town.city()).isEqualTo("Stafford");
    assertThatThrownBy(town::postcode).isInstanceOf(IllegalStateException.class)
        .hasMessage("the address has no postcode");
    assertThatThrownBy(() -> new Address(List.of(), Optional.empty(), Optional.empty(), Optional.of(AddressUse.WORK),
        Optional.empty(), Optional.empty()))
        .hasMessage("an address needs a line, a city, a postcode, a district or a country");
    assertThatThrownBy(() -> home.withDistrict("")).hasMessage("district must not be blank");
    assertThatThrownBy(() -> new Address(List.of(), "Stafford", " ")).hasMessage("postcode must not be blank");
  }

  @Test
  void person_telecom_andOnlyACompleteAddress() {
    Person margaret = Person.builder().id("margaret-example").name(HumanName.of("Hollins"))
        .addTelecom(ContactPoint.of(ContactSystem.PHONE, "01785 000000").withUse(ContactUse.HOME)).build();
    assertThat(margaret.telecom()).extracting(ContactPoint::value).containsExactly("01785 000000");
    assertThat(margaret.toString()).doesNotContain("01785");
    Person old = new Person("margaret-example", Optional.empty(), Optional.empty(), List.of(),
        HumanName.of("Hollins"), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(old.telecom()).isEmpty();
    Address partial = new Address(List.of("12 Lichfield Road"), Optional.of("Stafford"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> Person.builder().address(partial))
        .hasMessage("address must have a city and a postcode");
    assertThatThrownBy(() -> new Person("p", Optional.empty(), Optional.empty(), List.of(), HumanName.of("X"),
        Optional.empty(), Optional.empty(), Optional.of(partial)))
        .hasMessage("address must have a city and a postcode");
    assertThatThrownBy(() -> Person.builder().addTelecom(null)).hasMessage("telecom must not be null");
  }

  @Test
  void organisation_details_andNoHomeAddressOrTelephone() {
    Organisation scc = Organisation.of("staffordshire-cc", "SCC01", "Staffordshire County Council");
    assertThat(scc.active()).isEmpty();
    assertThat(scc.kinds()).isEmpty();
    Address office = new Address(List.of("1 Staffordshire Place"), "Stafford", "ST16 2DH");
    Organisation full = scc.withActive(true).withKinds(List.of(Organisation.Kind.GOVERNMENT))
        .withAddresses(List.of(office)).withTelecom(List.of(WORK_PHONE));
    assertThat(full).isEqualTo(new Organisation("staffordshire-cc", OdsCode.of("SCC01"),
        "Staffordshire County Council", Optional.of(true), List.of(Organisation.Kind.GOVERNMENT), List.of(office),
        List.of(WORK_PHONE)));
    assertThat(Organisation.Kind.GOVERNMENT.code()).isEqualTo("govt");
    assertThat(Organisation.Kind.fromCode("prov")).contains(Organisation.Kind.PROVIDER);
    assertThatThrownBy(() -> scc.withAddresses(List.of(office.withUse(AddressUse.HOME))))
        .hasMessage("addresses[0] must not be a home address");
    assertThatThrownBy(() -> scc.withTelecom(List.of(WORK_PHONE, WORK_PHONE.withUse(ContactUse.HOME))))
        .hasMessage("telecom[1] must not be a home contact point");
  }

  @Test
  void practitionerAndRole_details() {
    Practitioner jones = Practitioner.of("district-nurse-jones", HumanName.of("Jones", "Sarah"));
    assertThat(jones.telecom()).isEmpty();
    assertThat(jones.withTelecom(List.of(WORK_PHONE)).telecom()).containsExactly(WORK_PHONE);
    Organisation mpft = Organisation.of("mpft", "RRE", "MPFT");
    PractitionerRole role = PractitionerRole.of("district-nurse-jones-mpft", jones, mpft, KeyWorkerProfession.NURSE);
    assertThat(role.active()).isEmpty();
    assertThat(role.period()).isEmpty();
    DateRange since = DateRange.startingOn(LocalDate.of(2024, 4, 1));
    PractitionerRole full = role.withActive(true).withPeriod(since).withSpecialties(List.of("District nursing"))
        .withTelecom(List.of(WORK_PHONE));
    assertThat(full).isEqualTo(new PractitionerRole("district-nurse-jones-mpft", jones, mpft,
        KeyWorkerProfession.NURSE, Optional.of(true), Optional.of(since), List.of("District nursing"),
        List.of(WORK_PHONE)));
    assertThatThrownBy(() -> role.withSpecialties(List.of(""))).hasMessage("specialties[0] must not be blank");
    assertThatThrownBy(() -> role.withPeriod(null)).hasMessage("period must not be null");
  }

  @Test
  void budget_labelDescription_andHolderDetails() {
    BudgetHolder holder = BudgetHolder.thePerson().withPaymentsSuspended(false)
        .withPeriod(DateRange.startingOn(LocalDate.of(2026, 11, 2)));
    assertThat(holder.paymentsSuspended()).contains(false);
    assertThat(holder.period()).contains(DateRange.startingOn(LocalDate.of(2026, 11, 2)));
    assertThat(BudgetHolder.nominated("Jane").withPaymentsSuspended(true)).hasToString(
        "BudgetHolder[NOMINATED_PERSON]");
    assertThat(new BudgetHolder(BudgetHolder.Kind.THE_PERSON, Optional.empty())).isEqualTo(BudgetHolder.thePerson());

    PersonalBudget budget = Story.budget().label("Integrated personal budget 2026/27")
        .description("Agreed with Margaret").holder(holder).build();
    assertThat(budget.label()).contains("Integrated personal budget 2026/27");
    assertThat(budget.description()).contains("Agreed with Margaret");
    assertThat(Story.budget().build().label()).isEmpty();
    assertThatThrownBy(() -> PersonalBudget.builder().label(" ")).hasMessage("label must not be blank");
    assertThatThrownBy(() -> PersonalBudget.builder().description(null)).hasMessage("description must not be null");
  }
}
