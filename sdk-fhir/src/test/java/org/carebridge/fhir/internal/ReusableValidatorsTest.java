package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.TestPackage;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.BaseValidator;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.junit.jupiter.api.Test;

/** A pooled InstanceValidator goes back to the pool as empty as a fresh one (no growth, no hidden warnings). */
class ReusableValidatorsTest {

  private static int size(Object owner, Class<?> type, String field) throws Exception {
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    Object value = f.get(owner);
    return value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
  }

  private static int codings(InstanceValidator v) throws Exception {
    Field f = InstanceValidator.class.getDeclaredField("codingObserver");
    f.setAccessible(true);
    return size(f.get(v), org.hl7.fhir.validation.codesystem.CodingsObserver.class, "list");
  }

  @Test
  void reset_clearsWhatAFreshValidatorStartsWithout() throws Exception {
    FhirContext ctx = FhirContext.forR4Cached();
    Engine engine = new Engine(SupportChains.chain(ctx,
        List.of(SupportChains.loadPackage(ctx, TestPackage.tgz(), "test"))), true);
    String bundle = Corpus.named().get("broken-bundle");
    engine.validate(bundle, Preflight.Format.JSON);
    InstanceValidator v = engine.pool().take();
    assertThat(codings(v)).isZero();
    // used directly, without the pool, the validator keeps what it observed
    List<ValidationMessage> messages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      v.validate(null, messages, new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)),
          Manager.FhirFormat.JSON, List.of());
    }
    int observed = codings(v);
    assertThat(observed).as("codings observed over three validations").isPositive();
    ReusableValidators.reset(v);
    assertThat(codings(v)).isZero();
    assertThat(size(v, BaseValidator.class, "statusWarnings")).isZero();
    assertThat(size(v, InstanceValidator.class, "xhtmlElementMap")).isZero();
    assertThat(v.validatedContent).isNull();
  }
}
