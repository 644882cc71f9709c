package org.carebridge.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.TestPackage;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * Our engine as shipped (reused InstanceValidators, core definitions from the build-time {@link CoreIndex}, the
 * remembered definition lookups) and the plain form of the same engine (a new HL7 InstanceValidator for every
 * input, as the official engine makes one, over HAPI's own core definitions) give the same findings: the same
 * list of (severity, location, message id), for valid and broken instances, on a first and on a repeated pass.
 * Agreement with the official HL7 engine itself is the differential test's job (sdk-examples).
 */
class VerdictIdentityTest {

  record Finding(String severity, String location, String messageId) {}

  static List<Finding> ours(List<ValidationMessage> messages) {
    return messages.stream().map(m -> new Finding(m.getLevel().name(), m.getLocation(), m.getMessageId())).sorted(
        java.util.Comparator.comparing(Finding::toString)).toList();
  }


  static void assertIdentical(List<byte[]> packages, Map<String, String> inputs) throws IOException {
    List<SupportChains.LoadedPackage> loaded = new ArrayList<>();
    for (byte[] p : packages) {
      loaded.add(SupportChains.loadPackage(FhirContext.forR4Cached(), p, "package"));
    }
    // ours as shipped: the core definitions from the build-time index; raw HAPI reads its own XML
    Engine engine = new Engine(SupportChains.chain(FhirContext.forR4Cached(), loaded, CoreIndex.open(FhirContext.forR4Cached())),
        true);
    Engine plain = new Engine(SupportChains.chain(FhirContext.forR4Cached(), loaded), false);
    Map<String, List<Finding>> expected = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      Preflight.Format format = e.getValue().stripLeading().startsWith("<") ? Preflight.Format.XML : Preflight.Format.JSON;
      expected.put(e.getKey(), ours(plain.validate(e.getValue(), format).messages()));
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

  /**
   * What the CareBridge and test packages do not reach: core extensions and core profiles (served from the
   * build-time index), narratives (XHTML), versioned and unknown canonical references, core value sets and
   * code systems (v3, v2), XML, and the same definitions asked for many times (the remembered answers).
   */
  @Test
  void coreDefinitions_extensionsProfilesNarrativesXml() throws IOException {
    Map<String, String> inputs = new LinkedHashMap<>();
    String narrative = "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>Mrs &amp; &eacute; "
        + "<b>Example</b></p></div>\"}";
    inputs.put("patient-core-extensions", """
        {"resourceType":"Patient","id":"ext1",%s,
         "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-birthPlace","valueAddress":{"city":"Stafford"}},
           {"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Smith"},
           {"url":"http://hl7.org/fhir/StructureDefinition/patient-religion","valueCodeableConcept":{"coding":[
             {"system":"http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation","code":"1013"}]}}],
         "gender":"female","birthDate":"1942-03-14"}""".formatted(narrative));
    inputs.put("patient-bad-core-extensions", """
        {"resourceType":"Patient","id":"ext2",
         "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-birthPlace","valueString":"Stafford"},
           {"url":"http://hl7.org/fhir/StructureDefinition/patient-religion","valueCodeableConcept":{"coding":[
             {"system":"http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation","code":"no-such"}]}},
           {"url":"http://example.org/fhir/StructureDefinition/unknown","valueString":"x"}],
         "gender":"femme"}""");
    inputs.put("observation-core-profile", """
        {"resourceType":"Observation","id":"bw","meta":{"profile":["http://hl7.org/fhir/StructureDefinition/bodyweight"]},
         "status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},"subject":{"reference":"Patient/ext1"},
         "effectiveDateTime":"2026-10-01","valueQuantity":{"value":61,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}""");
    inputs.put("observation-core-profile-broken", """
        {"resourceType":"Observation","id":"bw2","meta":{"profile":["http://hl7.org/fhir/StructureDefinition/bodyweight|4.0.1",
           "http://hl7.org/fhir/StructureDefinition/vitalsigns"]},
         "status":"final","code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
         "valueQuantity":{"value":61,"unit":"stone","system":"http://unitsofmeasure.org","code":"[stone_av]"}}""");
    inputs.put("encounter-v3-and-v2-codes", """
        {"resourceType":"Encounter","id":"enc",%s,"status":"finished",
         "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"},
         "hospitalization":{"admitSource":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/admit-source","code":"gp"}]},
           "dischargeDisposition":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/discharge-disposition","code":"nope"}]}},
         "priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EL"}]}}""".formatted(narrative));
    inputs.put("bad-narrative", """
        {"resourceType":"Basic","id":"b1","text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><script>x</script><p onclick=\\"y\\">z</p></div>"},
         "code":{"text":"x"}}""");
    inputs.put("bundle-core", """
        {"resourceType":"Bundle","id":"bc","type":"transaction","entry":[
          {"fullUrl":"urn:uuid:1f1c2a40-0000-4000-8000-000000000001","resource":{"resourceType":"Patient","id":"p1","active":true,%s},
           "request":{"method":"POST","url":"Patient"}},
          {"fullUrl":"urn:uuid:1f1c2a40-0000-4000-8000-000000000002","resource":{"resourceType":"Observation","status":"final",
            "code":{"text":"x"},"subject":{"reference":"urn:uuid:1f1c2a40-0000-4000-8000-000000000001"},
            "performer":[{"reference":"Practitioner/missing"}],"valueString":"y"},
           "request":{"method":"POST","url":"Observation"}}]}""".formatted(narrative));
    inputs.put("patient-core-extensions.xml", """
        <Patient xmlns="http://hl7.org/fhir">
          <id value="x1"/>
          <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Example</p></div></text>
          <extension url="http://hl7.org/fhir/StructureDefinition/patient-birthPlace"><valueAddress><city value="Stafford"/></valueAddress></extension>
          <extension url="http://hl7.org/fhir/StructureDefinition/patient-birthPlace"><valueBoolean value="true"/></extension>
          <gender value="female"/>
          <birthDate value="1942-02-30"/>
        </Patient>""");
    inputs.put("observation-core-profile.xml", """
        <Observation xmlns="http://hl7.org/fhir">
          <meta><profile value="http://hl7.org/fhir/StructureDefinition/heartrate"/></meta>
          <status value="final"/>
          <code><coding><system value="http://loinc.org"/><code value="8867-4"/></coding></code>
          <valueQuantity><value value="72"/><unit value="beats/minute"/><system value="http://unitsofmeasure.org"/><code value="/min"/></valueQuantity>
        </Observation>""");
    assertIdentical(List.of(TestPackage.tgz()), inputs);
  }
}
