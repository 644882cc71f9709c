package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.carebridge.core.ContactPoint.ContactSystem;
import org.carebridge.core.ContactPoint.ContactUse;
import org.junit.jupiter.api.Test;

class ContactPointTest {

  @Test
  void values_andCodes() {
    ContactPoint p = ContactPoint.of(ContactSystem.PHONE, "01782 715444").withUse(ContactUse.WORK);
    assertThat(p.system()).isEqualTo(ContactSystem.PHONE);
    assertThat(p.value()).isEqualTo("01782 715444");
    assertThat(p.use()).contains(ContactUse.WORK);
    assertThat(p).isEqualTo(new ContactPoint(ContactSystem.PHONE, "01782 715444", Optional.of(ContactUse.WORK)));
    assertThat(ContactSystem.fromCode("email")).contains(ContactSystem.EMAIL);
    assertThat(ContactSystem.fromCode("EMAIL")).isEmpty();
    assertThat(ContactUse.fromCode("mobile")).contains(ContactUse.MOBILE);
    assertThat(ContactSystem.SMS.system()).isEqualTo("http://hl7.org/fhir/contact-point-system");
    assertThat(ContactUse.HOME.system()).isEqualTo("http://hl7.org/fhir/contact-point-use");
  }

  @Test
  void badArguments_rejectedNamingTheValue() {
    assertThatThrownBy(() -> ContactPoint.of(ContactSystem.EMAIL, " ")).hasMessageContaining("value");
    assertThatThrownBy(() -> ContactPoint.of(null, "x")).hasMessageContaining("system");
    assertThatThrownBy(() -> ContactPoint.of(ContactSystem.EMAIL, "a@b.example").withUse(null))
        .hasMessageContaining("use");
  }

  @Test
  void toString_hidesTheValue() {
    assertThat(ContactPoint.of(ContactSystem.PHONE, "07700 900123")).hasToString("ContactPoint[phone, ***]");
  }
}
