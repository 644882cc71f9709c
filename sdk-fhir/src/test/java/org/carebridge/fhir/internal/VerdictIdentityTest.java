package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.RawHapi;
import org.carebridge.fhir.testing.TestPackage;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * Our engine (reused InstanceValidators, core definitions from the build-time {@link CoreIndex}) and raw HAPI 8.8.1 ({@code FhirValidator} with a default
 * {@code FhirInstanceValidator}) over the same packages give the same findings: the same list of
 * (severity, location, message id), for valid and broken instances, on a first and on a repeated pass.
 */
class VerdictIdentityTest {

  record Finding(String severity, String location, String messageId) {}

  static List<Finding> ours(List<ValidationMessage> messages) {
    return messages.stream().map(m -> new Finding(m.getLevel().name(), m.getLocation(), m.getMessageId())).sorted(
        java.util.Comparator.comparing(Finding::toString)).toList();
  }

  static List<Finding> raw(List<SingleValidationMessage> messages) {
    return messages.stream().map(m -> new Finding(m.getSeverity().name(), m.getLocationString(), m.getMessageId()))
        .sorted(java.util.Comparator.comparing(Finding::toString)).toList();
  }

  static void assertIdentical(List<byte[]> packages, Map<String, String> inputs) throws IOException {
    RawHapi hapi = new RawHapi(packages);
    List<SupportChains.LoadedPackage> loaded = new ArrayList<>();
    for (byte[] p : packages) {
      loaded.add(SupportChains.loadPackage(FhirContext.forR4Cached(), p, "package"));
    }
    // ours as shipped: the core definitions from the build-time index; raw HAPI reads its own XML
    Engine engine = new Engine(SupportChains.chain(FhirContext.forR4Cached(), loaded, CoreIndex.open(FhirContext.forR4Cached())),
        true);
    Map<String, List<Finding>> expected = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      expected.put(e.getKey(), raw(hapi.messages(e.getValue())));
    }
    int withErrors = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (Map.Entry<String, String> e : inputs.entrySet()) {
        Preflight.Format format = e.getValue().stripLeading().startsWith("<") ? Preflight.Format.XML : Preflight.Format.JSON;
        List<Finding> actual = ours(engine.validate(e.getValue(), format).messages());
        assertThat(actual).as("pass %d, %s", pass, e.getKey()).isEqualTo(expected.get(e.getKey()));
        if (pass == 0 && actual.stream().anyMatch(f -> f.severity().equals("ERROR") || f.severity().equals("FATAL"))) {
          withErrors++;
        }
      }
    }
    assertThat(withErrors).as("the corpus must contain broken instances").isPositive();
  }

  @Test
  void testPackage_namedAndGeneratedCorpus() throws IOException {
    Map<String, String> inputs = new LinkedHashMap<>(Corpus.named());
    List<String> generated = Corpus.generated(60, 42);
    for (int i = 0; i < generated.size(); i++) {
      inputs.put("generated-" + i, generated.get(i));
    }
    assertIdentical(List.of(TestPackage.tgz()), inputs);
  }

  @Test
  void careBridgePackage_examplesAndBrokenCopies() throws IOException {
    byte[] pkg = Corpus.careBridgePackageOrNull();
    assertThat(pkg).as("the profiles module puts the CareBridge package on the classpath").isNotNull();
    Map<String, String> inputs = new LinkedHashMap<>();
    Map<String, String> examples = Corpus.packageExamples(pkg);
    assertThat(examples).isNotEmpty();
    for (Map.Entry<String, String> e : examples.entrySet()) {
      inputs.put(e.getKey(), e.getValue());
      // broken copies: an NHS number that fails its check, an unknown code, a missing status
      inputs.put(e.getKey() + " (bad NHS number)", e.getValue().replace(Corpus.NHS_NUMBER, "9434765918"));
      inputs.put(e.getKey() + " (bad code)", e.getValue().replaceFirst("\"code\"\\s*:\\s*\"[^\"]+\"", "\"code\":\"no-such-code\""));
      inputs.put(e.getKey() + " (no status)", e.getValue().replaceFirst("\"status\"\\s*:\\s*\"[^\"]+\"\\s*,", ""));
    }
    assertIdentical(List.of(pkg), inputs);
  }
}
