package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.fhir.CareBridgeValidator;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Displays are checked as the official engine checks them (HL7 core {@code ValueSetValidator}): a display equal to
 * the code system's but for case is accepted; one that differs only in white space is an error there
 * ({@code Display_Name_WS_for__should_be_one_of__instead_of}), and so here. The differential tests found the
 * second difference: white space was folded here before.
 */
class DisplayCheckTest {

  private static ValidationSupportChain chain;
  private static final FundingSource CODE = FundingSource.values()[0];

  @BeforeAll
  static void chain() throws Exception {
    FhirContext ctx = FhirContext.forR4Cached();
    try (InputStream in = Objects.requireNonNull(CareBridgeValidator.class.getClassLoader()
        .getResourceAsStream(CareBridgeValidator.CAREBRIDGE_PACKAGE_RESOURCE))) {
      chain = SupportChains.chain(ctx, List.of(SupportChains.loadPackage(ctx, in.readAllBytes(), "CareBridge")));
    }
  }

  private static IValidationSupport.CodeValidationResult check(String display) {
    return chain.validateCode(new ValidationSupportContext(chain), new ConceptValidationOptions(), CODE.system(),
        CODE.code(), display, null);
  }

  @Test
  void theCodeSystemsDisplay_andTheSameButForCase_areAccepted() {
    for (String display : List.of(CODE.display(), CODE.display().toUpperCase(java.util.Locale.ROOT))) {
      IValidationSupport.CodeValidationResult result = check(display);
      assertThat(result.isOk()).as("'%s'", display).isTrue();
      assertThat(result.getSeverity()).as("'%s'", display).isNull();
    }
  }

  @Test
  void aDisplayThatDiffersInWhiteSpaceOnly_isAnError() {
    for (String display : List.of(" " + CODE.display(), CODE.display() + " ", CODE.display().replace(" ", "  "))) {
      IValidationSupport.CodeValidationResult result = check(display);
      assertThat(result.getSeverity()).as("'%s'", display).isEqualTo(IValidationSupport.IssueSeverity.ERROR);
      assertThat(result.getMessage()).as("'%s'", display).contains("does not match expected");
    }
  }
}
