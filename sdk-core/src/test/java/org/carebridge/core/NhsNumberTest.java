package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

  @Test
  void parse_withoutSpaces() {
    NhsNumber n = NhsNumber.parse("9434765919");
    assertThat(n.value()).isEqualTo("9434765919");
    assertThat(n.formatted()).isEqualTo("943 476 5919");
  }

  @Test
  void parse_groupedWithSpaces_equalsUngrouped() {
    assertThat(NhsNumber.parse("943 476 5919")).isEqualTo(NhsNumber.parse("9434765919"));
    assertThat(NhsNumber.parse("943 476 5919").hashCode()).isEqualTo(NhsNumber.parse("9434765919").hashCode());
  }

  @Test
  void parse_surroundingWhitespaceIgnored() {
    assertThat(NhsNumber.parse(" 9434765919\t").value()).isEqualTo("9434765919");
  }

  @Test
  void parse_checkDigitElevenBecomesZero() {
    // 400000002: 4*10 + 2*2 = 44, divisible by 11, so 11 - 0 = 11 becomes check digit 0.
    assertThat(NhsNumber.parse("4000000020").value()).isEqualTo("4000000020");
    assertThat(NhsNumber.isValid("4000000004")).isTrue();
  }

  @Test
  void parse_wrongCheckDigit() {
    assertThatThrownBy(() -> NhsNumber.parse("9434765918"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nhsNumber check digit does not match (Modulus 11)");
  }

  @Test
  void parse_checkDigitTen_neverValid() {
    // 123456789: 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+9*2 = 210, 210 mod 11 = 1, 11 - 1 = 10.
    for (int last = 0; last <= 9; last++) {
      String candidate = "123456789" + last;
      assertThatThrownBy(() -> NhsNumber.parse(candidate))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("nhsNumber is not valid: its first nine digits give a Modulus 11 check digit of 10");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"943476591", "94347659190", "943 476 591", "94347659l9", "ABCDEFGHIJ",
      "943-476-5919", "943  476 5919", "9434 765 919", "+449434765919", "９４３４７６５９１９"})
  void parse_badSyntax(String text) {
    assertThatThrownBy(() -> NhsNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nhsNumber must be 10 digits, optionally grouped 3 3 4 with single spaces");
  }

  @Test
  void parse_null() {
    assertThatThrownBy(() -> NhsNumber.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nhsNumber must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void parse_blank(String text) {
    assertThatThrownBy(() -> NhsNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nhsNumber must not be blank");
  }

  @Test
  void errorMessages_neverContainTheNumber() {
    assertThatThrownBy(() -> NhsNumber.parse("9434765918")).message().doesNotContain("9434765918", "5918");
  }

  @Test
  void masked_andToString_hideAllButTheLastFour() {
    NhsNumber n = NhsNumber.parse("9434765919");
    assertThat(n.masked()).isEqualTo("*** *** 5919");
    assertThat(n.toString()).isEqualTo("NhsNumber[*** *** 5919]").doesNotContain("943", "476");
  }

  @Test
  void isValid_neverThrows() {
    assertThat(NhsNumber.isValid("9434765919")).isTrue();
    assertThat(NhsNumber.isValid(null)).isFalse();
    assertThat(NhsNumber.isValid("")).isFalse();
    assertThat(NhsNumber.isValid("1234567890")).isFalse();
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
  }

  @Test
  void equality_differentNumbersDiffer() {
    assertThat(NhsNumber.parse("9434765919")).isNotEqualTo(NhsNumber.parse("4000000020"));
    assertThat(NhsNumber.parse("9434765919")).isNotEqualTo("9434765919");
  }

  @Test
  void withheldIn_replacesEveryNumberShapedValue_validOrNot_butNotLongerRunsOfDigits() {
    assertThat(NhsNumber.withheldIn("a 9434765919, b 943 476 5919, c 943-476-5918 and 12345678901", "(x)"))
        .isEqualTo("a (x), b (x), c (x) and 12345678901");
    assertThat(NhsNumber.withheldIn("no number, $1 \\ 12 345", "$0")).isEqualTo("no number, $1 \\ 12 345");
    assertThat(NhsNumber.withheldIn("9434765919", "$0")).isEqualTo("$0");
  }
}
