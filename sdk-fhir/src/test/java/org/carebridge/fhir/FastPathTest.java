package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.UkCore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path (docs/performance.md): it is on only for the packages its plan was compiled from; where it answers,
 * the report is exactly the HL7 engine's; it hands every kind of violation to the engine; its plan is the one
 * compiled from the packages in use (a stale plan fails here); eight threads give the same reports as one.
 */
class FastPathTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static CareBridgeValidator fast;
  private static CareBridgeValidator reference;
  private static FastPath fastPath;
  private static Map<String, String> examples;

  @BeforeAll
  static void setUp() throws IOException {
    fast = CareBridgeValidator.builder().withoutPackageCache().addPackage(UkCore.tgz()).build();
    reference = CareBridgeValidator.builder().withoutPackageCache().addPackage(UkCore.tgz()).withoutFastPath().build();
    // the fast path the validator uses, once its engine is prepared (with the engine's definitions)
    fastPath = FastPaths.of(fast);
    examples = Corpus.packageExamples(Corpus.careBridgePackageOrNull());
  }

  @Test
  void planIsCompiledFromThePackagesInUse() throws IOException {
    FastPlan plan = FastPlan.load();
    assertThat(plan).as("plan on the class path").isNotNull();
    // a plan compiled from other package files than those of this build is stale: this fails, and the validator
    // would not use it (CareBridgeValidator compares the same hashes)
    assertThat(plan.packages()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "uk.carebridge.r4#0.1.0", FastPlan.sha256(Corpus.careBridgePackageOrNull()),
        UkCore.ID, FastPlan.sha256(Files.readAllBytes(UkCore.tgz()))));
  }

  @Test
  void onlyForThePackagesOfThePlan() {
    assertThat(fast.fastPath()).isTrue();
    assertThat(reference.fastPath()).isFalse();
    // the engine is prepared in the background with the fast path: what the validator says of itself is the same
    assertThat(fast.packages()).isEqualTo(reference.packages());
    assertThat(fast.notices()).isEqualTo(reference.notices());
    // without UK Core the packages differ from the plan's: every input goes to the engine
    assertThat(CareBridgeValidator.builder().withoutPackageCache().build().fastPath()).isFalse();
    assertThat(CareBridgeValidator.builder().withoutCareBridgePackage().withoutPackageCache().addPackage(UkCore.tgz())
        .build().fastPath()).isFalse();
  }

  @Test
  void noticesComeFromThePlanWithoutWaitingForTheEngine() throws IOException {
    CareBridgeValidator fresh = CareBridgeValidator.builder().withoutPackageCache().addPackage(UkCore.tgz()).build();
    // the plan records the notices of its packages (SNOMED CT and LOINC offline): the engine's, without the engine
    assertThat(fresh.notices()).isNotEmpty().isEqualTo(reference.notices());
    assertThat(fresh.engineStarted()).isFalse();
    // a service waits for the engine before it takes requests
    assertThat(fresh.awaitReady()).isSameAs(fresh);
    assertThat(fresh.engineStarted()).isTrue();
  }

  @Test
  void whereItAnswersTheReportIsTheEngines() {
    int certified = 0;
    for (Map.Entry<String, String> e : examples.entrySet()) {
      FastPath.Verdict v = fastPath.check(e.getValue());
      Result<Void> mine = fast.validate(e.getValue());
      assertThat(mine).as(e.getKey()).isEqualTo(reference.validate(e.getValue()));
      if (v.certified()) {
        certified++;
      }
    }
    assertThat(certified).as("examples certified by the fast path").isGreaterThanOrEqualTo(15);
    // one with information of its own: the person's second identifier matches none of the profile's slices
    String patient = examples.get("Patient-margaret-example.json");
    assertThat(fastPath.check(patient).certified()).isTrue();
    assertThat(fast.validate(patient).issues()).singleElement()
        .satisfies(i -> assertThat(i.code()).isEqualTo("Details_for__matching_against_Profile_"));
  }

  @Test
  void handsEveryKindOfViolationToTheEngine() throws IOException {
    String patient = examples.get("Patient-margaret-example.json");
    Map<String, Consumer<ObjectNode>> mutations = new LinkedHashMap<>();
    mutations.put("unknown element", p -> p.put("favouriteColour", "blue"));
    mutations.put("code outside a required binding", p -> p.put("gender", "woman"));
    mutations.put("impossible date", p -> p.put("birthDate", "1938-02-30"));
    mutations.put("date in the wrong format", p -> p.put("birthDate", "30/01/1938"));
    mutations.put("unknown profile", p -> ((ArrayNode) ((ObjectNode) p.get("meta")).get("profile")).set(0,
        "https://carebridge.org.uk/fhir/StructureDefinition/no-such-profile"));
    mutations.put("profile of another type", p -> ((ArrayNode) ((ObjectNode) p.get("meta")).get("profile")).set(0,
        "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"));
    mutations.put("unknown extension", p -> p.putArray("extension").addObject()
        .put("url", "https://carebridge.org.uk/fhir/StructureDefinition/no-such-extension").put("valueString", "x"));
    mutations.put("modifier extension", p -> p.putArray("modifierExtension").addObject()
        .put("url", "https://carebridge.org.uk/fhir/StructureDefinition/no-such-extension").put("valueString", "x"));
    mutations.put("single value where an array belongs", p -> p.set("name", p.get("name").get(0)));
    mutations.put("array where a single value belongs", p -> p.putArray("gender").add("female"));
    mutations.put("empty string", p -> ((ObjectNode) p.get("name").get(0)).put("family", ""));
    mutations.put("leading whitespace", p -> ((ObjectNode) p.get("name").get(0)).put("family", " Hollins"));
    mutations.put("empty object", p -> p.putArray("telecom").addObject());
    mutations.put("null", p -> p.putNull("gender"));
    mutations.put("primitive extension", p -> p.putObject("_gender").putArray("extension"));
    mutations.put("contained resource", p -> p.putArray("contained").addObject().put("resourceType", "Basic"));
    mutations.put("active content in the narrative", p -> ((ObjectNode) p.get("text")).put("div",
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div>"));
    mutations.put("narrative with an attribute", p -> ((ObjectNode) p.get("text")).put("div",
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p onclick=\"x()\">Margaret</p></div>"));
    mutations.put("broken slice (NHS number system changed)", p -> ((ObjectNode) p.get("identifier").get(0))
        .put("system", "https://fhir.nhs.uk/Id/ods-organization-code"));
    mutations.put("broken invariant (NHS number check digit)", p -> ((ObjectNode) p.get("identifier").get(0))
        .put("value", "9434765918"));
    mutations.put("wrong display", p -> {
      ObjectNode coding = (ObjectNode) p.get("identifier").get(0).get("extension").get(0)
          .get("valueCodeableConcept").get("coding").get(0);
      coding.put("display", "Something else");
    });
    mutations.put("display with whitespace at an edge", p -> {
      ObjectNode coding = (ObjectNode) p.get("identifier").get(0).get("extension").get(0)
          .get("valueCodeableConcept").get("coding").get(0);
      coding.put("display", coding.get("display").asText() + " ");
    });
    mutations.put("code system the plan does not have", p -> ((ObjectNode) p.get("identifier").get(0)
        .get("extension").get(0).get("valueCodeableConcept").get("coding").get(0))
        .put("system", "https://example.org/CodeSystem/unknown"));
    mutations.put("choice of a type not allowed", p -> p.put("deceasedString", "yes"));
    mutations.put("reference to a type not allowed", p -> p.putArray("generalPractitioner").addObject()
        .put("reference", "Patient/other"));
    mutations.put("wrong resource type", p -> p.put("resourceType", "Person"));
    // found by the differential's second series (s64): the engine wants a URI as the value of this system
    mutations.put("identifier system urn:ietf:rfc:3986 with a value that is not a URI", p ->
        ((ObjectNode) p.get("identifier").get(1)).put("system", "urn:ietf:rfc:3986"));
    mutations.put("identifier system urn:oid", p -> ((ObjectNode) p.get("identifier").get(1))
        .put("system", "urn:oid:2.16.840.1.113883.2.1.4.1"));
    int checked = 0;
    for (Map.Entry<String, Consumer<ObjectNode>> m : mutations.entrySet()) {
      ObjectNode copy = (ObjectNode) JSON.readTree(patient);
      m.getValue().accept(copy);
      String text = JSON.writeValueAsString(copy);
      FastPath.Verdict v = fastPath.check(text);
      assertThat(v.certified()).as(m.getKey()).isFalse();
      assertThat(v.reason()).as(m.getKey()).isNotBlank();
      assertThat(fast.validate(text)).as(m.getKey()).isEqualTo(reference.validate(text));
      checked++;
    }
    assertThat(checked).isEqualTo(mutations.size());
    // a member twice: a JSON tree would keep one of them silently
    String twice = patient.replaceFirst("\"gender\"\\s*:\\s*\"female\"", "\"gender\": \"female\", \"gender\": \"male\"");
    assertThat(twice).isNotEqualTo(patient);
    assertThat(fastPath.check(twice).certified()).isFalse();
    assertThat(fast.validate(twice)).isEqualTo(reference.validate(twice));
  }

  @Test
  void invariantsOnTheEnginesRouteAreEvaluatedAsTheEngineDoes() throws IOException {
    String bundle = examples.get("Bundle-margaret-care-plan-bundle.json");
    String budget = examples.get("Account-margaret-personal-budget.json");
    // before the engine is prepared, an invariant only the engine's FHIRPath evaluates makes the input not sure
    FastPath.Verdict early = new FastPath(FastPlan.load()).check(bundle);
    assertThat(early.certified()).isFalse();
    assertThat(early.waitsForEngine()).as(early.reason()).isTrue();
    // a validator asked such an input first waits for its engine, then answers on the fast path: the same report
    CareBridgeValidator fresh = CareBridgeValidator.builder().withoutPackageCache().addPackage(UkCore.tgz()).build();
    assertThat(fresh.validate(bundle)).isEqualTo(reference.validate(bundle));
    assertThat(FastPaths.of(fresh).check(bundle).certified()).isTrue();
    // once it is, the care plan Bundle (cb-careteam-1/2: defineVariable, date arithmetic; ctm-1: resolve()) and
    // the budget (cb-budget-2: aggregate) are answered on the fast path, with the engine's report
    for (String valid : List.of(bundle, budget)) {
      assertThat(fastPath.check(valid).certified()).isTrue();
      assertThat(fast.validate(valid)).isEqualTo(reference.validate(valid));
    }
    Map<String, Consumer<ObjectNode>> careTeam = new LinkedHashMap<>();
    careTeam.put("cb-careteam-1", t -> ((ObjectNode) t.get("participant").get(0).get("period"))
        .put("end", "2026-11-05"));
    careTeam.put("cb-careteam-2", t -> ((ObjectNode) t.get("participant").get(1).get("period"))
        .put("start", "2026-11-04"));
    careTeam.put("ctm-1", t -> ((ObjectNode) t.get("participant").get(2)).putObject("onBehalfOf")
        .put("reference", "Organization/mpft"));
    for (Map.Entry<String, Consumer<ObjectNode>> m : careTeam.entrySet()) {
      ObjectNode b = (ObjectNode) JSON.readTree(bundle);
      m.getValue().accept((ObjectNode) b.get("entry").get(2).get("resource"));
      assertBrokenInvariant(JSON.writeValueAsString(b), m.getKey());
    }
    ObjectNode account = (ObjectNode) JSON.readTree(budget);
    for (JsonNode e : account.get("extension")) {
      if (e.path("url").asText().endsWith("carebridge-funding-contribution")
          && e.toString().contains("\"nhs\"")) {
        ((ObjectNode) e.get("extension").get(1).get("valueMoney")).put("value", 49);
      }
    }
    assertBrokenInvariant(JSON.writeValueAsString(account), "cb-budget-2");
  }

  private static void assertBrokenInvariant(String text, String key) {
    FastPath.Verdict v = fastPath.check(text);
    assertThat(v.certified()).as(key).isFalse();
    assertThat(v.reason()).as(key).isEqualTo("invariant " + key + " at " + v.reason().substring(v.reason()
        .lastIndexOf(' ') + 1));
    Result<Void> engine = reference.validate(text);
    assertThat(engine.issues()).as(key).anySatisfy(i -> assertThat(i.message()).contains(key));
    assertThat(fast.validate(text)).as(key).isEqualTo(engine);
  }

  @Test
  void inABundleBrokenReferencesGoToTheEngine() throws IOException {
    String bundle = null;
    for (String e : examples.values()) {
      if (e.contains("\"resourceType\": \"Bundle\"") || e.contains("\"resourceType\":\"Bundle\"")) {
        bundle = e;
        break;
      }
    }
    assertThat(bundle).isNotNull();
    ObjectNode b = (ObjectNode) JSON.readTree(bundle);
    JsonNode header = b.get("entry").get(0).get("resource");
    ((ObjectNode) header.get("sender")).put("reference", "Organization/not-in-the-bundle");
    String text = JSON.writeValueAsString(b);
    assertThat(fastPath.check(text).certified()).isFalse();
    assertThat(fast.validate(text)).isEqualTo(reference.validate(text));
  }

  @Test
  void xmlGoesToTheEngine() {
    String xml = "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"female\"/></Patient>";
    assertThat(fast.validate(xml)).isEqualTo(reference.validate(xml));
  }

  @Test
  void eightThreadsGiveTheReportsOfOne() throws Exception {
    List<String> inputs = new ArrayList<>(examples.values());
    for (String e : examples.values()) {
      inputs.add(e.replace("\"female\"", "\"woman\""));
    }
    Map<String, Result<Void>> expected = new LinkedHashMap<>();
    Map<String, Boolean> certified = new LinkedHashMap<>();
    for (String input : inputs) {
      expected.put(input, fast.validate(input));
      certified.put(input, fastPath.check(input).certified());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<String> order = new ArrayList<>(inputs);
        Collections.shuffle(order, new Random(t));
        results.add(pool.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            for (String input : order) {
              if (!fast.validate(input).equals(expected.get(input))
                  || fastPath.check(input).certified() != certified.get(input)) {
                mismatches.add(input);
              }
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(certified.values()).contains(true, false);
  }
}
