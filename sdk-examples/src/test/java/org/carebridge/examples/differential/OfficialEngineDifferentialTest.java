package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebridge.examples.differential.Differential.Category;
import org.carebridge.examples.differential.Differential.Input;
import org.carebridge.examples.differential.OfficialEngine.Setup;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;
import org.carebridge.kit.ConformanceCorpus;
import org.carebridge.kit.ConformanceKit;
import org.carebridge.kit.CorpusEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 3: CareBridgeValidator gives the same verdicts as the official HL7 engine. Every FHIR-level case
 * of the conformance corpus and a seeded sample of mutants of the example Bundles go through
 * {@code CareBridgeValidator} with default settings and the same packages as the engine ("today" pinned as for
 * the corpus) and through
 * the {@link OfficialEngine} (CareBridge package + UK Core STU2 2.0.2, IG-Publisher-style). CareBridge must never
 * accept what the engine rejects; where CareBridge is stricter, the reasons are listed. Results go to
 * {@code target/differential/} (summary.json, differences.md, examples/), written before the assertions.
 *
 * <p>Sizes: {@value #MUTANTS_PROPERTY} mutants (default {@value #DEFAULT_MUTANTS}, the CI sample), seed
 * {@value #SEED_PROPERTY} (default {@value #DEFAULT_SEED}). The large run:
 * {@code ./mvnw -B -ntp -pl sdk-examples -am verify -Dtest=OfficialEngineDifferentialTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcarebridge.differential.mutants=5000}.
 */
class OfficialEngineDifferentialTest {

  static final String MUTANTS_PROPERTY = "carebridge.differential.mutants";
  static final String SEED_PROPERTY = "carebridge.differential.seed";
  static final int DEFAULT_MUTANTS = 400;
  static final long DEFAULT_SEED = 20261123L;
  static final Path OUT = Path.of("target", "differential");
  /**
   * Mutants past the CI sample that large runs (seed {@value #DEFAULT_SEED}, 5,000 mutants) found in categories (1)
   * or (2), one per root cause: every run takes them too, so that a fix stays fixed. m642: a SNOMED CT code
   * outside the value set that lists the allowed ones; m708: a coding without its code; m2121: a coding without
   * its system; m2446: a Bundle claiming the person profile; m3060: a slice told apart by a required binding,
   * its coding without a system; m4583: a LOINC system on a CareBridge code.
   */
  static final List<Integer> REGRESSION_MUTANTS = List.of(642, 708, 2121, 2446, 3060, 4583);

  @Test
  void carebridgeNeverAcceptsWhatTheOfficialEngineRejects() throws IOException {
    List<String> missing = OfficialEngine.missingPackages(Setup.CAREBRIDGE_WITH_UK_CORE);
    Assumptions.assumeTrue(missing.isEmpty(), () -> "differential not run, packages missing: " + missing);
    int mutantCount = Integer.getInteger(MUTANTS_PROPERTY, DEFAULT_MUTANTS);
    long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);

    long start = System.nanoTime();
    OfficialEngine engine = OfficialEngine.get(Setup.CAREBRIDGE_WITH_UK_CORE);
    long cbStart = System.nanoTime();
    // the same packages as the engine: the CareBridge package and its declared dependency, UK Core STU2
    CareBridgeValidator carebridge = CareBridgeValidator.builder().clock(clock()).withoutPackageCache()
        .addPackage(OfficialEngine.UK_CORE_TGZ).build();
    Duration cbBuild = Duration.ofNanos(System.nanoTime() - cbStart);

    List<Input> inputs = new ArrayList<>(corpusInputs());
    int corpusCount = inputs.size();
    Mutants mutants = new Mutants(seed, bases());
    List<Mutants.Mutant> chosen = new ArrayList<>(mutants.first(mutantCount));
    if (seed == DEFAULT_SEED) {
      REGRESSION_MUTANTS.stream().filter(n -> n >= mutantCount).map(mutants::mutant).forEach(chosen::add);
    }
    // the second series (broken slices, edge strings, swapped profiles, broken invariants): a quarter as many
    chosen.addAll(mutants.extra(mutantCount / 4));
    for (Mutants.Mutant m : chosen) {
      inputs.add(new Input(m.id(), "mutant", m.operator() + " " + m.base() + " " + m.path() + ": " + m.detail(),
          m.json(), null));
    }
    long runStart = System.nanoTime();
    Differential result = Differential.run(inputs, carebridge, engine);
    Duration run = Duration.ofNanos(System.nanoTime() - runStart);

    // the fast path (CareBridgeValidator's default): which inputs it answered itself; none of them may be one the
    // engine rejects (that is within CAREBRIDGE_ACCEPTS_ENGINE_REJECTS too, said here on its own)
    assertThat(carebridge.fastPath()).as("fast path in use with the plan's packages").isTrue();
    FastPath fastPath = new FastPath(FastPlan.load());
    fastPath.useEngineDefinitions(engine.definitions());
    int certified = 0;
    List<String> certifiedButRejected = new ArrayList<>();
    for (Differential.Outcome o : result.outcomes()) {
      if (o.input().profile() == null && fastPath.check(o.input().text()).certified()) {
        certified++;
        if (!o.engineErrors().isEmpty()) {
          certifiedButRejected.add(o.input().id());
        }
      }
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("fastPathCertified", certified);
    facts.put("fastPathHandedToEngine", result.outcomes().size() - certified);
    facts.put("fastPathCertifiedButEngineRejects", certifiedButRejected.size());
    facts.put("engine", "org.hl7.fhir.validation.ValidationEngine 6.7.9 (offline, IG-Publisher-style)");
    facts.put("enginePackages", engine.loadedPackages());
    facts.put("engineBuildSeconds", Differential.seconds(engine.buildTime()));
    facts.put("carebridgePackages", carebridge.packages());
    facts.put("carebridgeBuildSeconds", Differential.seconds(cbBuild));
    facts.put("corpusInputs", corpusCount);
    facts.put("mutants", chosen.size());
    facts.put("seed", seed);
    facts.put("mutantBases", mutants.bases().stream().map(Mutants.Base::name).toList());
    facts.put("runSeconds", Differential.seconds(run));
    facts.put("totalSeconds", Differential.seconds(Duration.ofNanos(System.nanoTime() - start)));
    result.write(OUT, facts);
    System.out.printf("Differential: %d corpus inputs + %d mutants: %s; fast path certified %d (engine rejects %d of"
        + " them), handed %d to the engine; business rules alone rejected %d; engine built in %.1f s; %s -> %s%n",
        corpusCount, chosen.size(), result.counts(), certified, certifiedButRejected.size(),
        result.outcomes().size() - certified,
        result.rejectedOnlyByBusinessRules().size(), Differential.seconds(engine.buildTime()), facts.get("runSeconds"),
        OUT.toAbsolutePath());

    assertThat(result.outcomes()).hasSize(corpusCount + chosen.size());
    assertThat(OfficialEngine.networkAttempts()).as("network access attempted").isEmpty();
    // the judge works: the corpus's unknown-element negative is rejected by the engine
    assertThat(result.outcomes().stream().filter(o -> o.input().id().equals("neg-structure-unknown-element"))
        .flatMap(o -> o.engineErrors().stream())).as("engine errors for neg-structure-unknown-element").isNotEmpty();
    assertThat(certifiedButRejected).as("inputs the fast path certified and the official engine rejects").isEmpty();
    assertThat(certified).as("inputs the fast path certified").isPositive();
    List<Differential.Outcome> accepted = result.of(Category.CAREBRIDGE_ACCEPTS_ENGINE_REJECTS);
    assertThat(accepted).as("CareBridge accepts %d input(s) that the official engine rejects (details: %s):%n%s",
        accepted.size(), OUT.resolve("differences.md").toAbsolutePath(),
        result.describe(Category.CAREBRIDGE_ACCEPTS_ENGINE_REJECTS)).isEmpty();
  }

  /** Every corpus case past the input checks (malformed JSON, DOCTYPE... are not FHIR-level). */
  static List<Input> corpusInputs() {
    List<Input> inputs = new ArrayList<>();
    for (CorpusEntry entry : ConformanceCorpus.load().entries()) {
      if (entry.issues().stream().anyMatch(i -> i.code().startsWith("CB-INPUT-"))) {
        continue;
      }
      inputs.add(new Input(entry.id(), "corpus", entry.description(),
          new String(entry.content(), StandardCharsets.UTF_8), entry.profile().orElse(null)));
    }
    return inputs;
  }

  /** The package's example Bundles, then the corpus's other positive JSON Bundles. */
  static List<Mutants.Base> bases() {
    List<Mutants.Base> bases = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    OfficialEngine.examples(OfficialEngine.careBridgePackage()).forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (name.startsWith("Bundle-") && seen.add(text.strip())) {
        bases.add(new Mutants.Base("examples/" + name, text));
      }
    });
    for (CorpusEntry entry : ConformanceCorpus.load().entries()) {
      if (entry.expected() == CorpusEntry.Expectation.VALID && entry.file().endsWith(".json")) {
        String text = new String(entry.content(), StandardCharsets.UTF_8);
        if (isBundle(text) && seen.add(text.strip())) {
          bases.add(new Mutants.Base("corpus/" + entry.file(), text));
        }
      }
    }
    return bases;
  }

  private static boolean isBundle(String json) {
    try {
      return "Bundle".equals(new ObjectMapper().readTree(json).path("resourceType").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Today" as the corpus pins it ({@value ConformanceKit#TODAY_PROPERTY}), else the system clock. */
  static Clock clock() {
    String today = System.getProperty(ConformanceKit.TODAY_PROPERTY);
    if (today == null || today.isBlank()) {
      return Clock.systemDefaultZone();
    }
    return Clock.fixed(LocalDate.parse(today.strip()).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }
}
