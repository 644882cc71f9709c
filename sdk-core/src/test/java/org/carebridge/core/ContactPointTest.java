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
    ContactPoint p = ContactPoint.builder().system(ContactSystem.PHONE).value("01782 715444").use(ContactUse.WORK)
        .build();
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
    assertThatThrownBy(() -> ContactPoint.builder().system(ContactSystem.EMAIL).value(" "))
        .hasMessageContaining("value");
    assertThatThrownBy(() -> ContactPoint.builder().system(null)).hasMessageContaining("system");
    assertThatThrownBy(() -> ContactPoint.builder().system(ContactSystem.EMAIL).value("a@b.example").use(null))
        .hasMessageContaining("use");
    assertThatThrownBy(() -> ContactPoint.builder().value("x").build()).hasMessage("system is required");
  }

  @Test
  void toString_hidesTheValue() {
    assertThat(ContactPoint.builder().system(ContactSystem.PHONE).value("07700 900123").build())
        .hasToString("ContactPoint[phone, ***]");
  }
}
