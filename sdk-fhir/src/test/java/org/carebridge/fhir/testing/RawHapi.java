package org.carebridge.fhir.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.fhir.internal.SupportChains;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * Raw HAPI FHIR 8.8.1 as an integrator would set it up: a {@link FhirValidator} with a default
 * {@link FhirInstanceValidator} over the same packages and the same support chain as ours. The reference
 * for verdict identity and for the benchmark.
 */
public final class RawHapi {

  private final FhirValidator validator;

  public RawHapi(List<byte[]> packages) throws IOException {
    FhirContext ctx = FhirContext.forR4Cached();
    List<SupportChains.LoadedPackage> loaded = new ArrayList<>();
    for (byte[] p : packages) {
      loaded.add(SupportChains.loadPackage(ctx, p, "package"));
    }
    FhirInstanceValidator module = new FhirInstanceValidator(SupportChains.chain(ctx, loaded));
    validator = ctx.newValidator();
    validator.registerValidatorModule(module);
  }

  public ValidationResult validate(String text) {
    return validator.validateWithResult(text);
  }

  public List<SingleValidationMessage> messages(String text) {
    return validate(text).getMessages();
  }
}
