package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.HumanName;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** What the actor mappers do with the details the records carry, and with the ones they cannot hold. */
class ActorDetailsMappingTest {

  @Test
  void patientExample_readsNameUseTitlesAddressDetailsAndTelecom() {
    Person margaret = CareBridgeMapper.fromFhir(Fixtures.example(Patient.class, "Patient-margaret-example.json"))
        .orElseThrow();
    assertThat(margaret.name().use()).contains(HumanName.NameUse.OFFICIAL);
    assertThat(margaret.name().titles()).containsExactly("Mrs");
    Address home = margaret.address().orElseThrow();
    assertThat(home.use()).contains(Address.AddressUse.HOME);
    assertThat(home.district()).contains("Staffordshire");
    assertThat(home.country()).contains("GB");
    assertThat(margaret.telecom()).containsExactly(new ContactPoint(ContactPoint.ContactSystem.PHONE,
        "01785 000000", java.util.Optional.of(ContactPoint.ContactUse.HOME)));
  }

  @Test
  void organisationWithOnlyATown_isCarried() {
    Organization r = Fixtures.example(Organization.class, "Organization-stafford-home-care.json");
    Result<Organisation> read = CareBridgeMapper.fromFhir(r);
    assertThat(read.issues()).isEmpty();
    Organisation o = read.orElseThrow();
    assertThat(o.kinds()).containsExactly(Organisation.Kind.PROVIDER);
    assertThat(o.addresses()).singleElement().satisfies(a -> {
      assertThat(a.city()).contains("Stafford");
      assertThat(a.postcode()).isEmpty();
    });
    Organization back = Fixtures.reparse(CareBridgeMapper.toFhir(o));
    assertThat(back.getAddressFirstRep().equalsDeep(r.getAddressFirstRep())).isTrue();
    assertThat(Fixtures.errors(back)).isEmpty();
  }

  @Test
  void uncarriedDetails_areWarningsNotErrors() {
    Organization r = Fixtures.example(Organization.class, "Organization-mpft.json");
    r.addType().setText("NHS foundation trust");
    r.addTelecom().setValue("0300 123 4567"); // no system
    Result<Organisation> read = CareBridgeMapper.fromFhir(r);
    assertThat(read.orElseThrow().kinds()).containsExactly(Organisation.Kind.PROVIDER);
    assertThat(read.orElseThrow().telecom()).isEmpty();
    assertThat(read.issues()).extracting(Issue::code).containsExactly(IssueCode.MAP_NOT_CARRIED.code(),
        IssueCode.MAP_NOT_CARRIED.code());
    assertThat(read.issues()).extracting(i -> i.location().text()).containsExactly("Organization.type[1]",
        "Organization.telecom[0]");
  }

  @Test
  void personAddressWithoutPostcode_isAnError() {
    Patient p = Fixtures.example(Patient.class, "Patient-margaret-example.json");
    p.getAddressFirstRep().setPostalCode(null);
    Result<Person> read = CareBridgeMapper.fromFhir(p);
    assertThat(read.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(read.errors()).extracting(i -> i.location().text()).containsExactly("Patient.address[0]");
    assertThat(read.errors()).extracting(Issue::message).containsExactly("the person's address has no postcode");
  }

  @Test
  void homeAddressOfAnOrganisation_isAnErrorNotAnException() {
    Organization r = Fixtures.example(Organization.class, "Organization-mpft.json");
    r.getAddressFirstRep().setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME);
    Result<Organisation> read = CareBridgeMapper.fromFhir(r);
    assertThat(read.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(read.errors().get(0).message()).isEqualTo("addresses[0] must not be a home address");
  }
}
