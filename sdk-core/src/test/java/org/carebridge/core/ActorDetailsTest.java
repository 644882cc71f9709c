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
 * The optional details of names, addresses, people, organisations, practitioners, roles and budgets: a record
 * built without them has none, the parts are checked at once and never printed.
 */
class ActorDetailsTest {
  private static final ContactPoint WORK_PHONE = ContactPoint.builder().system(ContactSystem.PHONE)
      .value("0300 000 0001").use(ContactUse.WORK).build();

  @Test
  void humanName_withoutUseOrTitles_partsAreCheckedAndCopied() {
    assertThat(Story.name("Hollins", "Margaret")).isEqualTo(
        new HumanName("Hollins", List.of("Margaret"), Optional.empty(), List.of()));
    HumanName name = Story.name("Hollins", "Margaret").toBuilder().use(NameUse.OFFICIAL).addTitle("Mrs").build();
    assertThat(name.use()).contains(NameUse.OFFICIAL);
    assertThat(name.titles()).containsExactly("Mrs");
    assertThat(name).hasToString("HumanName[***]");
    assertThatThrownBy(() -> name.toBuilder().addTitle(" ")).hasMessage("title must not be blank");
    assertThatThrownBy(() -> new HumanName("Hollins", List.of(), Optional.empty(), List.of(" ")))
        .hasMessage("titles[0] must not be blank");
    assertThatThrownBy(() -> name.toBuilder().use(null)).hasMessage("use must not be null");
    List<String> titles = new ArrayList<>(List.of("Dr"));
    HumanName copied = new HumanName("Okafor", List.of(), Optional.empty(), titles);
    titles.add("Prof");
    assertThat(copied.titles()).containsExactly("Dr");
    assertThat(NameUse.fromCode("maiden")).contains(NameUse.MAIDEN);
    assertThatThrownBy(() -> HumanName.builder().addGiven("Margaret").build()).hasMessage("family is required");
  }

  @Test
  void address_completeAndPartial() {
    Address home = Story.address("12 Lichfield Road", "Stafford", "ST17 4JX");
    assertThat(home.isComplete()).isTrue();
    assertThat(home.city()).contains("Stafford");
    assertThat(home.postcode()).contains("ST17 4JX");
    assertThat(home.use()).isEmpty();
    Address full = home.toBuilder().use(AddressUse.HOME).district("Staffordshire").country("GB").build();
    assertThat(full).isEqualTo(new Address(List.of("12 Lichfield Road"), Optional.of("Stafford"),
        Optional.of("ST17 4JX"), Optional.of(AddressUse.HOME), Optional.of("Staffordshire"), Optional.of("GB")));
    assertThat(full).hasToString("Address[***]");

    Address town = Address.builder().city("Stafford").country("GB").build();
    assertThat(town.isComplete()).isFalse();
    assertThat(town.city()).contains("Stafford");
    assertThat(town.postcode()).isEmpty();
    assertThatThrownBy(() -> Address.builder().use(AddressUse.WORK).build())
        .hasMessage("an address needs a line, a city, a postcode, a district or a country");
    assertThatThrownBy(() -> home.toBuilder().district("")).hasMessage("district must not be blank");
    assertThatThrownBy(() -> Address.builder().city("Stafford").postcode(" ")).hasMessage("postcode must not be blank");
  }

  @Test
  void person_telecom_andOnlyACompleteAddress() {
    Person margaret = Person.builder().id("margaret-example").name(Story.name("Hollins"))
        .addTelecom(ContactPoint.builder().system(ContactSystem.PHONE).value("01785 000000").use(ContactUse.HOME)
            .build()).build();
    assertThat(margaret.telecom()).extracting(ContactPoint::value).containsExactly("01785 000000");
    assertThat(margaret.toString()).doesNotContain("01785");
    Person without = Person.builder().id("margaret-example").name(Story.name("Hollins")).build();
    assertThat(without.telecom()).isEmpty();
    Address partial = Address.builder().addLine("12 Lichfield Road").city("Stafford").build();
    assertThatThrownBy(() -> Person.builder().address(partial))
        .hasMessage("address must have a city and a postcode");
    assertThatThrownBy(() -> new Person("p", Optional.empty(), Optional.empty(), List.of(), Story.name("X"),
        Optional.empty(), Optional.empty(), Optional.of(partial), List.of()))
        .hasMessage("address must have a city and a postcode");
    assertThatThrownBy(() -> Person.builder().addTelecom(null)).hasMessage("telecom must not be null");
  }

  @Test
  void organisation_details_andNoHomeAddressOrTelephone() {
    Organisation scc = Story.organisation("staffordshire-cc", "SCC01", "Staffordshire County Council");
    assertThat(scc.active()).isEmpty();
    assertThat(scc.kinds()).isEmpty();
    Address office = Story.address("1 Staffordshire Place", "Stafford", "ST16 2DH");
    Organisation full = scc.toBuilder().active(true).addKind(Organisation.Kind.GOVERNMENT).addAddress(office)
        .addTelecom(WORK_PHONE).build();
    assertThat(full).isEqualTo(new Organisation("staffordshire-cc", OdsCode.of("SCC01"),
        "Staffordshire County Council", Optional.of(true), List.of(Organisation.Kind.GOVERNMENT), List.of(office),
        List.of(WORK_PHONE)));
    assertThat(Organisation.Kind.GOVERNMENT.code()).isEqualTo("govt");
    assertThat(Organisation.Kind.fromCode("prov")).contains(Organisation.Kind.PROVIDER);
    Address homeOffice = office.toBuilder().use(AddressUse.HOME).build();
    ContactPoint homePhone = WORK_PHONE.toBuilder().use(ContactUse.HOME).build();
    assertThatThrownBy(() -> scc.toBuilder().addAddress(homeOffice))
        .hasMessage("address must not be a home address");
    assertThatThrownBy(() -> scc.toBuilder().addTelecom(homePhone))
        .hasMessage("telecom must not be a home contact point");
    assertThatThrownBy(() -> new Organisation(scc.id(), scc.odsCode(), scc.name(), Optional.empty(), List.of(),
        List.of(homeOffice), List.of())).hasMessage("addresses[0] must not be a home address");
    assertThatThrownBy(() -> new Organisation(scc.id(), scc.odsCode(), scc.name(), Optional.empty(), List.of(),
        List.of(), List.of(WORK_PHONE, homePhone))).hasMessage("telecom[1] must not be a home contact point");
  }

  @Test
  void practitionerAndRole_details() {
    Practitioner jones = Practitioner.builder().id("district-nurse-jones").name(Story.name("Jones", "Sarah")).build();
    assertThat(jones.telecom()).isEmpty();
    assertThat(jones.toBuilder().addTelecom(WORK_PHONE).build().telecom()).containsExactly(WORK_PHONE);
    Organisation mpft = Story.organisation("mpft", "RRE", "MPFT");
    PractitionerRole role = PractitionerRole.builder().id("district-nurse-jones-mpft").practitioner(jones)
        .organisation(mpft).profession(KeyWorkerProfession.NURSE).build();
    assertThat(role.active()).isEmpty();
    assertThat(role.period()).isEmpty();
    DateRange since = DateRange.startingOn(LocalDate.of(2024, 4, 1));
    PractitionerRole full = role.toBuilder().active(true).period(since).addSpecialty("District nursing")
        .addTelecom(WORK_PHONE).build();
    assertThat(full).isEqualTo(new PractitionerRole("district-nurse-jones-mpft", jones, mpft,
        KeyWorkerProfession.NURSE, Optional.of(true), Optional.of(since), List.of("District nursing"),
        List.of(WORK_PHONE)));
    assertThatThrownBy(() -> role.toBuilder().addSpecialty("")).hasMessage("specialty must not be blank");
    assertThatThrownBy(() -> new PractitionerRole(role.id(), jones, mpft, role.profession(), Optional.empty(),
        Optional.empty(), List.of(""), List.of())).hasMessage("specialties[0] must not be blank");
    assertThatThrownBy(() -> role.toBuilder().period(null)).hasMessage("period must not be null");
  }

  @Test
  void budget_labelDescription_andHolderDetails() {
    BudgetHolder holder = BudgetHolder.builder().paymentsSuspended(false)
        .period(DateRange.startingOn(LocalDate.of(2026, 11, 2))).build();
    assertThat(holder.paymentsSuspended()).contains(false);
    assertThat(holder.period()).contains(DateRange.startingOn(LocalDate.of(2026, 11, 2)));
    assertThat(BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name("Jane").paymentsSuspended(true)
        .build()).hasToString(
        "BudgetHolder[NOMINATED_PERSON]");
    assertThat(new BudgetHolder(BudgetHolder.Kind.THE_PERSON, Optional.empty(), Optional.empty(), Optional.empty()))
        .isEqualTo(BudgetHolder.builder().build());

    PersonalBudget budget = Story.budget().label("Integrated personal budget 2026/27")
        .description("Agreed with Margaret").holder(holder).build();
    assertThat(budget.label()).contains("Integrated personal budget 2026/27");
    assertThat(budget.description()).contains("Agreed with Margaret");
    assertThat(Story.budget().build().label()).isEmpty();
    assertThatThrownBy(() -> PersonalBudget.builder().label(" ")).hasMessage("label must not be blank");
    assertThatThrownBy(() -> PersonalBudget.builder().description(null)).hasMessage("description must not be null");
  }
}
