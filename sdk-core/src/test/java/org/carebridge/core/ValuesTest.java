package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @Test
  void money_parseExactPence() {
    assertThat(Money.parse("412.50").pence()).isEqualTo(41250);
    assertThat(Money.parse("412.5")).isEqualTo(new Money(41250));
    assertThat(Money.parse("65")).isEqualTo(new Money(6500));
    assertThat(Money.parse("0.01").pence()).isEqualTo(1);
    assertThat(Money.parse("-3.05").pence()).isEqualTo(-305);
  }

  @ParameterizedTest
  @ValueSource(strings = {"412.505", "£412.50", "1,000.00", "", " 1.00", "1.", ".5", "1e3", "abc"})
  void money_parseRejects(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number of pounds with at most two decimal places");
  }

  @Test
  void money_hasOneFactory_whichRejectsFractionsOfAPenny() {
    // a FHIR decimal such as 297.500 is read by sdk-fhir (MoneyMappingTest); parse takes pounds and pence only
    assertThat(Money.parse("297.50")).isEqualTo(new Money(29750));
    assertThatThrownBy(() -> Money.parse("0.001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number of pounds with at most two decimal places");
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("amount must not be null");
  }

  @Test
  void money_arithmeticAndFormat() {
    Money total = Money.parse("297.50").plus(Money.parse("65.00")).plus(Money.parse("50.00"));
    assertThat(total).isEqualTo(Money.parse("412.50"));
    assertThat(total.toString()).isEqualTo("£412.50");
    assertThat(new Money(-305).toString()).isEqualTo("-£3.05");
    assertThat(Money.parse("10.00").minus(Money.parse("10.01")).isNegative()).isTrue();
    assertThat(Money.parse("103.12").times(4)).isEqualTo(Money.parse("412.48"));
    assertThat(Money.parse("412.50").toPounds()).isEqualByComparingTo("412.5");
    assertThat(Money.parse("1.00").compareTo(Money.parse("0.99"))).isPositive();
    assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void dateRange_inclusiveEnds() {
    DateRange jones = DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1));
    assertThat(jones.contains(LocalDate.of(2026, 10, 15))).isTrue();
    assertThat(jones.contains(LocalDate.of(2026, 11, 1))).isTrue();
    assertThat(jones.contains(LocalDate.of(2026, 11, 2))).isFalse();
    assertThat(jones.contains(LocalDate.of(2026, 10, 14))).isFalse();
    DateRange patel = DateRange.startingOn(LocalDate.of(2026, 11, 2));
    assertThat(patel.isOpen()).isTrue();
    assertThat(patel.contains(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(jones.overlaps(patel)).isFalse();
    assertThat(DateRange.startingOn(LocalDate.of(2026, 11, 1)).overlaps(jones)).isTrue();
    assertThat(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)).contains(LocalDate.of(2026, 11, 1)))
        .isTrue();
  }

  @Test
  void dateRange_rejectsEndBeforeStart() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start");
    assertThatThrownBy(() -> DateRange.startingOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("start must not be null");
    assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 1, 1), null))
        .isInstanceOf(NullPointerException.class).hasMessage("end must not be null");
  }

  @Test
  void odsCode() {
    assertThat(OdsCode.of("RJE").value()).isEqualTo("RJE");
    assertThat(OdsCode.of("SCC01")).isEqualTo(new OdsCode("SCC01"));
    for (String bad : List.of("rje", "RJ", "RJE 01", "RJE-01", "ABCDEFGHIJK", "")) {
      assertThatThrownBy(() -> OdsCode.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("odsCode must be 3 to 10 upper-case letters and digits");
    }
    assertThatThrownBy(() -> OdsCode.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("odsCode must not be null");
  }

  @Test
  void identifier() {
    assertThatThrownBy(() -> Identifier.of("la-person-id", "SCC-100234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system must be an absolute URI (http:, https: or urn:)");
    assertThatThrownBy(() -> Identifier.of("https://x", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be blank");
    assertThat(Identifier.of("https://x", "SCC-100234").toString()).doesNotContain("SCC-100234");
  }

  @Test
  void humanName_andAddress_copyListsAndHideData() {
    List<String> given = new ArrayList<>(List.of("Margaret"));
    HumanName name = new HumanName("Hollins", given, Optional.empty(), List.of());
    given.add("Elizabeth");
    assertThat(name.given()).containsExactly("Margaret");
    assertThatThrownBy(() -> name.given().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(name.toString()).doesNotContain("Hollins", "Margaret");
    Address address = Story.address("12 Lichfield Road", "Stafford", "ST17 4JX");
    assertThat(address.toString()).doesNotContain("Lichfield", "ST17");
    assertThatThrownBy(() -> new HumanName("Hollins", List.of("Margaret", " "), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("given[1] must not be blank");
    assertThatThrownBy(() -> HumanName.builder().family("Hollins").addGiven("Margaret").addGiven(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("given must not be blank");
  }

  @Test
  void person_toStringRevealsNoPersonalData() {
    Person margaret = Story.margaret();
    assertThat(margaret.toString())
        .isEqualTo("Person[id=margaret-example, nhsNumber=*** *** 5919]")
        .doesNotContain("Hollins", "Margaret", "9434765919", "1942", "Lichfield");
  }

  @Test
  void person_equalityAndSamePerson() {
    assertThat(Story.margaret()).isEqualTo(Story.margaret()).hasSameHashCodeAs(Story.margaret());
    Person withoutNumber = Person.builder().id("margaret-example").name(Story.name("Hollins")).build();
    assertThat(withoutNumber.nhsNumber()).isEqualTo(Optional.empty());
    assertThat(Story.margaret().isSamePersonAs(withoutNumber)).isTrue();
    Person other = Person.builder().id("someone-else").nhsNumber(NhsNumber.parse("4000000004")).name(Story.name("X"))
        .build();
    assertThat(Story.margaret().isSamePersonAs(other)).isFalse();
    Person sameNumberOtherId =
        Person.builder().id("hospital-copy").nhsNumber(NhsNumber.parse("9434765919")).name(Story.name("Hollins"))
            .build();
    assertThat(Story.margaret().isSamePersonAs(sameNumberOtherId)).isTrue();
  }
}
