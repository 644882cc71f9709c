package org.carebridge.examples.differential;

import org.carebridge.core.validation.Location;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.examples.differential.OfficialEngine.EngineIssue;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.core.validation.Result;
import org.carebridge.kit.internal.Issues;

/**
 * Runs inputs through CareBridgeValidator and the {@link OfficialEngine}, sorts each into a {@link Category} by
 * FHIR-level verdict, groups the differences, and writes them as {@code summary.json} (machine-readable) and
 * {@code differences.md} (for people), with one example input per group under {@code examples/}.
 *
 * <p>Verdict: rejected when there is an ERROR or FATAL issue. CareBridge's FHIR-level verdict leaves out the
 * issues of its own business rules (source {@value #BUSINESS_RULES}, codes {@code CB-*}); how many inputs those
 * rules alone rejected is counted separately.
 */
public final class Differential {

  /** Source of the sdk-core business rules' issues, left out of CareBridge's FHIR-level verdict. */
  public static final String BUSINESS_RULES = "carebridge-rules";

  /** Code of the issue recorded when CareBridgeValidator throws instead of reporting (it never should). */
  public static final String CAREBRIDGE_THREW = "(CareBridgeValidator threw)";

  /** How the two verdicts compare. */
  public enum Category {
    /** CareBridge accepts what the official engine rejects: must never happen. */
    CAREBRIDGE_ACCEPTS_ENGINE_REJECTS,
    /** CareBridge rejects what the official engine accepts: stricter, each with its reason. */
    CAREBRIDGE_REJECTS_ENGINE_ACCEPTS,
    /** Both reject. */
    BOTH_REJECT,
    /** Both accept. */
    BOTH_ACCEPT,
    /** The engine threw instead of reporting: no verdict to compare (listed, not counted above). */
    ENGINE_FAILED
  }

  /**
   * One input.
   *
   * @param id a short stable id (corpus entry id, or {@code m<index>})
   * @param kind {@code corpus} or {@code mutant}
   * @param description what it is (the manifest's description, or the mutation)
   * @param text the JSON or XML
   * @param profile a profile to validate against besides {@code meta.profile}, or null
   */
  public record Input(String id, String kind, String description, String text, String profile) {
    /** Checks the components. */
    public Input {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The two reports on one input.
   *
   * @param input the input
   * @param carebridge every CareBridge issue
   * @param engine every engine issue
   * @param carebridgeNanos time CareBridge took
   * @param engineNanos time the engine took
   */
  public record Outcome(Input input, List<Issue> carebridge, List<EngineIssue> engine, long carebridgeNanos,
      long engineNanos) {

    /** CareBridge's errors without those of its business rules. */
    public List<Issue> carebridgeFhirErrors() {
      return carebridge.stream().filter(i -> i.isError() && !BUSINESS_RULES.equals(i.source())).toList();
    }

    /** CareBridge's business-rule errors. */
    public List<Issue> businessRuleErrors() {
      return carebridge.stream().filter(i -> i.isError() && BUSINESS_RULES.equals(i.source())).toList();
    }

    /** The engine's errors. */
    public List<EngineIssue> engineErrors() {
      return engine.stream().filter(EngineIssue::isError).toList();
    }

    /** True when only the business rules rejected the input on CareBridge's side. */
    public boolean rejectedOnlyByBusinessRules() {
      return carebridgeFhirErrors().isEmpty() && !businessRuleErrors().isEmpty();
    }

    /** The category of the FHIR-level verdicts. */
    public Category category() {
      if (engine.stream().anyMatch(i -> i.messageId().equals(EngineIssue.ENGINE_EXCEPTION))) {
        return Category.ENGINE_FAILED;
      }
      boolean cb = !carebridgeFhirErrors().isEmpty();
      boolean hl7 = !engineErrors().isEmpty();
      if (hl7 && !cb) {
        return Category.CAREBRIDGE_ACCEPTS_ENGINE_REJECTS;
      }
      if (cb && !hl7) {
        return Category.CAREBRIDGE_REJECTS_ENGINE_ACCEPTS;
      }
      return cb ? Category.BOTH_REJECT : Category.BOTH_ACCEPT;
    }
  }

  /**
   * Inputs of one category that differ in the same way: the engine's message id (or {@code -}) and CareBridge's
   * issue code (or {@code -}).
   *
   * @param category the category
   * @param engineMessageId the engine's error message id, {@code -} when the engine accepted
   * @param carebridgeCode CareBridge's error code, {@code -} when CareBridge accepted
   * @param outcomes the inputs, in run order (the first is the example)
   */
  public record Group(Category category, String engineMessageId, String carebridgeCode, List<Outcome> outcomes) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_TEXT = 300;

  private final List<Outcome> outcomes;

  private Differential(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Validates every input with both validators (the engine on a second thread, at the same time as CareBridge:
   * the per-input times are measured under that load).
   *
   * @param inputs the inputs
   * @param carebridge the CareBridge validator
   * @param engine the official engine
   * @return the comparison
   */
  public static Differential run(List<Input> inputs, CareBridgeValidator carebridge, OfficialEngine engine) {
    List<Outcome> outcomes = new ArrayList<>(inputs.size());
    // the engine works on its own thread while CareBridge validates the same input on this one
    ExecutorService engineThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "official-engine");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Input input : inputs) {
        Future<TimedIssues> hl7 = engineThread.submit(() -> {
          long start = System.nanoTime();
          List<EngineIssue> issues = engine.validate(input.text(),
              input.profile() == null ? List.of() : List.of(input.profile()));
          return new TimedIssues(issues, System.nanoTime() - start);
        });
        long t0 = System.nanoTime();
        List<Issue> cb;
        try {
          Result<Void> report = input.profile() == null ? carebridge.validate(FhirInput.of(input.text()))
              : carebridge.validate(FhirInput.of(input.text()), input.profile());
          cb = report.issues();
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
          cb = List.of(Issue.builder(CAREBRIDGE_THREW, Severity.FATAL).location(Location.whole()).message(e.getClass().getSimpleName() + ": " + e.getMessage()).position(0, 0).source("differential-harness").build());
        }
        long cbNanos = System.nanoTime() - t0;
        TimedIssues engineResult = hl7.get();
        outcomes.add(new Outcome(input, cb, engineResult.issues(), cbNanos, engineResult.nanos()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the official engine failed outside validation", e.getCause());
    } finally {
      engineThread.shutdownNow();
    }
    return new Differential(outcomes);
  }

  private record TimedIssues(List<EngineIssue> issues, long nanos) {}

  /** Every outcome, in input order. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** The outcomes of one category. */
  public List<Outcome> of(Category category) {
    return outcomes.stream().filter(o -> o.category() == category).toList();
  }

  /** How many inputs fall in each category. */
  public Map<Category, Integer> counts() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      counts.put(c, of(c).size());
    }
    return counts;
  }

  /**
   * The differences, grouped: category 1 by each engine error message id of an input, category 2 by each
   * CareBridge error code, category 3 by the pair (first engine error, first CareBridge error). Largest first.
   *
   * @return the groups
   */
  public List<Group> groups() {
    Map<List<String>, List<Outcome>> byKey = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      Category c = o.category();
      switch (c) {
        case CAREBRIDGE_ACCEPTS_ENGINE_REJECTS -> o.engineErrors().stream().map(EngineIssue::messageId).distinct()
            .forEach(id -> byKey.computeIfAbsent(List.of(c.name(), id, "-"), k -> new ArrayList<>()).add(o));
        case CAREBRIDGE_REJECTS_ENGINE_ACCEPTS -> o.carebridgeFhirErrors().stream().map(Issue::code).distinct()
            .forEach(code -> byKey.computeIfAbsent(List.of(c.name(), "-", code), k -> new ArrayList<>()).add(o));
        case BOTH_REJECT -> byKey.computeIfAbsent(List.of(c.name(), o.engineErrors().get(0).messageId(),
            o.carebridgeFhirErrors().get(0).code()), k -> new ArrayList<>()).add(o);
        case BOTH_ACCEPT -> { }
        case ENGINE_FAILED -> byKey.computeIfAbsent(List.of(c.name(), EngineIssue.ENGINE_EXCEPTION, "-"),
            k -> new ArrayList<>()).add(o);
      }
    }
    return byKey.entrySet().stream()
        .map(e -> new Group(Category.valueOf(e.getKey().get(0)), e.getKey().get(1), e.getKey().get(2), e.getValue()))
        .sorted(Comparator.comparing(Group::category).thenComparing(g -> -g.outcomes().size())
            .thenComparing(Group::engineMessageId).thenComparing(Group::carebridgeCode))
        .toList();
  }

  /** Engine message id that mostly repeats another error in a referenced resource (CHECK_VALID cascades). */
  public static final String CASCADE = "Reference_REF_CantMatchChoice";

  /**
   * Category 1 by root cause: each input under the set of its engine error message ids other than
   * {@value #CASCADE} (which says that a referenced resource failed its profile, usually because of one of the
   * other errors), or under {@value #CASCADE} alone when that is all. Largest first.
   *
   * @return root cause (ids joined with " + ") to inputs
   */
  public Map<String, List<Outcome>> rootCauses() {
    Map<String, List<Outcome>> causes = new LinkedHashMap<>();
    for (Outcome o : of(Category.CAREBRIDGE_ACCEPTS_ENGINE_REJECTS)) {
      List<String> ids = o.engineErrors().stream().map(EngineIssue::messageId).distinct().sorted().toList();
      List<String> own = ids.stream().filter(id -> !id.equals(CASCADE)).toList();
      String key = own.isEmpty() ? CASCADE + " only" : String.join(" + ", own);
      causes.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
    Map<String, List<Outcome>> sorted = new LinkedHashMap<>();
    causes.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /**
   * Writes {@code summary.json}, {@code differences.md} and {@code examples/} into a folder (replacing them).
   *
   * @param folder the folder, e.g. {@code target/differential}
   * @param facts what else to record: engine build time, packages, seed... (written as given, in order)
   * @throws IOException when a file cannot be written
   */
  public void write(Path folder, Map<String, Object> facts) throws IOException {
    Files.createDirectories(folder);
    Path examples = folder.resolve("examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> old = Files.list(examples)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(examples);
    List<Group> groups = groups();
    Map<Group, String> exampleFiles = new LinkedHashMap<>();
    int n = 0;
    for (Group g : groups) {
      Input input = g.outcomes().get(0).input();
      String extension = input.text().stripLeading().startsWith("<") ? ".xml" : ".json";
      String name = String.format(Locale.ROOT, "%02d-%s-%s%s", ++n, shortCategory(g.category()),
          safe(input.id()), extension);
      Files.writeString(examples.resolve(name), input.text(), StandardCharsets.UTF_8);
      Files.writeString(examples.resolve(name + ".issues.txt"), issuesText(g.outcomes().get(0)),
          StandardCharsets.UTF_8);
      exampleFiles.put(g, "examples/" + name);
    }
    Files.writeString(folder.resolve("summary.json"), JSON.writeValueAsString(summary(facts, groups, exampleFiles)),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("differences.md"), markdown(facts, groups, exampleFiles), StandardCharsets.UTF_8);
  }

  /** Per-input time statistics in milliseconds: mean, median, 95th percentile, maximum. */
  public static Map<String, Double> millis(long[] nanos) {
    Map<String, Double> stats = new LinkedHashMap<>();
    if (nanos.length == 0) {
      return stats;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    stats.put("mean", round(Arrays.stream(sorted).average().orElse(0) / 1e6));
    stats.put("p50", round(sorted[sorted.length / 2] / 1e6));
    stats.put("p95", round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6));
    stats.put("max", round(sorted[sorted.length - 1] / 1e6));
    return stats;
  }

  /** CareBridge's per-input times. */
  public long[] carebridgeNanos() {
    return outcomes.stream().mapToLong(Outcome::carebridgeNanos).toArray();
  }

  /** The engine's per-input times. */
  public long[] engineNanos() {
    return outcomes.stream().mapToLong(Outcome::engineNanos).toArray();
  }

  /** Inputs that only CareBridge's business rules rejected. */
  public List<Outcome> rejectedOnlyByBusinessRules() {
    return outcomes.stream().filter(Outcome::rejectedOnlyByBusinessRules).toList();
  }

  /** One line per group of a category, for assertion messages. */
  public String describe(Category category) {
    return groups().stream().filter(g -> g.category() == category).map(g -> {
      Outcome o = g.outcomes().get(0);
      return g.outcomes().size() + " x engine " + g.engineMessageId() + " / CareBridge " + g.carebridgeCode()
          + ", e.g. " + o.input().id() + " (" + o.input().description() + "): " + example(g, o);
    }).collect(Collectors.joining("\n"));
  }

  private ObjectNode summary(Map<String, Object> facts, List<Group> groups, Map<Group, String> exampleFiles) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode factsNode = root.putObject("run");
    facts.forEach((k, v) -> factsNode.set(k, JSON.valueToTree(v)));
    ObjectNode counts = root.putObject("categories");
    counts().forEach((c, v) -> counts.put(c.name(), v));
    ObjectNode rules = root.putObject("rejectedOnlyByBusinessRules");
    List<Outcome> onlyRules = rejectedOnlyByBusinessRules();
    rules.put("count", onlyRules.size());
    rules.put("ofWhichEngineRejects", onlyRules.stream().filter(o -> !o.engineErrors().isEmpty()).count());
    ObjectNode codes = rules.putObject("codes");
    new TreeMap<>(onlyRules.stream().flatMap(o -> o.businessRuleErrors().stream().map(Issue::code).distinct())
        .collect(Collectors.groupingBy(c -> c, Collectors.counting()))).forEach(codes::put);
    ObjectNode timing = root.putObject("perInputMillis");
    timing.set("carebridge", JSON.valueToTree(millis(carebridgeNanos())));
    timing.set("engine", JSON.valueToTree(millis(engineNanos())));
    ArrayNode causes = root.putArray("category1RootCauses");
    rootCauses().forEach((cause, list) -> {
      ObjectNode node = causes.addObject();
      node.put("engineMessageIds", cause);
      node.put("count", list.size());
      node.put("example", list.get(0).input().id());
      node.put("exampleDescription", list.get(0).input().description());
    });
    ArrayNode list = root.putArray("groups");
    for (Group g : groups) {
      Outcome o = g.outcomes().get(0);
      ObjectNode node = list.addObject();
      node.put("category", g.category().name());
      node.put("engineMessageId", g.engineMessageId());
      node.put("carebridgeCode", g.carebridgeCode());
      node.put("count", g.outcomes().size());
      node.put("alsoRejectedByBusinessRules", g.outcomes().stream().filter(x -> !x.businessRuleErrors().isEmpty()).count());
      ObjectNode operators = node.putObject("byKind");
      new TreeMap<>(g.outcomes().stream().collect(Collectors.groupingBy(Differential::kind, Collectors.counting())))
          .forEach(operators::put);
      ObjectNode example = node.putObject("example");
      example.put("input", o.input().id());
      example.put("description", o.input().description());
      example.put("file", exampleFiles.get(g));
      example.put("location", exampleLocation(g, o));
      example.put("engine", o.engine().stream().filter(i -> g.engineMessageId().equals(i.messageId())).findFirst()
          .map(EngineIssue::toString).map(Differential::cut).orElse(null));
      example.put("carebridge", o.carebridge().stream().filter(i -> g.carebridgeCode().equals(i.code())).findFirst()
          .map(Issue::toString).map(Differential::cut).orElse(null));
      if (g.category() == Category.CAREBRIDGE_REJECTS_ENGINE_ACCEPTS) {
        example.put("engineAtThatLocation", engineAt(o, exampleLocation(g, o)));
      }
      ArrayNode inputs = node.putArray("inputs");
      g.outcomes().forEach(x -> inputs.add(x.input().id()));
    }
    ArrayNode all = root.putArray("inputs");
    for (Outcome o : outcomes) {
      ObjectNode node = all.addObject();
      node.put("id", o.input().id());
      node.put("description", o.input().description());
      node.put("category", o.category().name());
      ArrayNode e = node.putArray("engineErrors");
      o.engineErrors().stream().map(EngineIssue::messageId).distinct().forEach(e::add);
      ArrayNode c = node.putArray("carebridgeErrors");
      o.carebridgeFhirErrors().stream().map(Issue::code).distinct().forEach(c::add);
      ArrayNode r = node.putArray("businessRuleErrors");
      o.businessRuleErrors().stream().map(Issue::code).distinct().forEach(r::add);
    }
    return root;
  }

  private String markdown(Map<String, Object> facts, List<Group> groups, Map<Group, String> exampleFiles) {
    StringBuilder md = new StringBuilder();
    md.append("# CareBridgeValidator versus the official HL7 engine\n\n");
    md.append("Generated by OfficialEngineDifferentialTest (sdk-examples); machine-readable: summary.json.\n\n");
    md.append("| fact | value |\n| --- | --- |\n");
    facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.valueOf(v).replace("|", "\\|"))
        .append(" |\n"));
    md.append("| CareBridge per input (ms) | ").append(millis(carebridgeNanos())).append(" |\n");
    md.append("| engine per input (ms) | ").append(millis(engineNanos())).append(" |\n\n");
    md.append("## Verdicts (FHIR level: CareBridge's business-rule issues left out)\n\n");
    md.append("| category | inputs |\n| --- | --- |\n");
    counts().forEach((c, v) -> md.append("| ").append(title(c)).append(" | ").append(v).append(" |\n"));
    List<Outcome> onlyRules = rejectedOnlyByBusinessRules();
    md.append("| rejected by CareBridge's business rules alone | ").append(onlyRules.size()).append(" (engine rejects ")
        .append(onlyRules.stream().filter(o -> !o.engineErrors().isEmpty()).count()).append(" of them) |\n");
    Map<String, List<Outcome>> causes = rootCauses();
    if (!causes.isEmpty()) {
      md.append("\n## (1) by root cause (engine errors other than ").append(CASCADE).append(")\n\n");
      md.append("| inputs | engine message ids | example |\n| --- | --- | --- |\n");
      causes.forEach((cause, list) -> md.append("| ").append(list.size()).append(" | ").append(cell(cause))
          .append(" | ").append(list.get(0).input().id()).append(": ").append(cell(list.get(0).input().description()))
          .append(" |\n"));
    }
    for (Category c : List.of(Category.CAREBRIDGE_ACCEPTS_ENGINE_REJECTS, Category.CAREBRIDGE_REJECTS_ENGINE_ACCEPTS,
        Category.BOTH_REJECT, Category.ENGINE_FAILED)) {
      List<Group> of = groups.stream().filter(g -> g.category() == c).toList();
      md.append("\n## ").append(title(c)).append(": ").append(of(c).size()).append(" inputs, ").append(of.size())
          .append(" groups\n\n");
      if (of.isEmpty()) {
        continue;
      }
      md.append("| inputs | engine message id | CareBridge code | by kind | example | location | message |\n");
      md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (Group g : of) {
        Outcome o = g.outcomes().get(0);
        md.append("| ").append(g.outcomes().size())
            .append(" | ").append(g.engineMessageId())
            .append(" | ").append(g.carebridgeCode())
            .append(" | ").append(kinds(g))
            .append(" | [").append(o.input().id()).append("](").append(exampleFiles.get(g)).append(") ")
            .append(cell(o.input().description()))
            .append(" | ").append(cell(exampleLocation(g, o)))
            .append(" | ").append(cell(example(g, o)))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String issuesText(Outcome o) {
    StringBuilder text = new StringBuilder();
    text.append(o.input().id()).append(": ").append(o.input().description()).append("\n\nCareBridgeValidator:\n");
    o.carebridge().forEach(i -> text.append("  ").append(i).append(" [").append(i.source()).append("]\n"));
    text.append("\nOfficial engine:\n");
    o.engine().forEach(i -> text.append("  ").append(i).append("\n"));
    return text.toString();
  }

  private static String engineAt(Outcome o, String location) {
    String where = Issues.normaliseLocation(location);
    List<String> found = o.engine().stream().filter(i -> Issues.normaliseLocation(i.location()).equals(where))
        .map(EngineIssue::toString).map(Differential::cut).toList();
    return found.isEmpty() ? "(nothing)" : String.join(" | ", new LinkedHashSet<>(found));
  }

  private static String exampleLocation(Group g, Outcome o) {
    if (!g.engineMessageId().equals("-")) {
      return o.engine().stream().filter(i -> g.engineMessageId().equals(i.messageId())).findFirst()
          .map(EngineIssue::location).orElse("");
    }
    return o.carebridge().stream().filter(i -> g.carebridgeCode().equals(i.code())).findFirst().map(i -> i.location().text())
        .orElse("");
  }

  private static String example(Group g, Outcome o) {
    String engine = o.engine().stream().filter(i -> g.engineMessageId().equals(i.messageId())).findFirst()
        .map(EngineIssue::message).orElse(null);
    String cb = o.carebridge().stream().filter(i -> g.carebridgeCode().equals(i.code())).findFirst()
        .map(Issue::message).orElse(null);
    if (g.category() == Category.CAREBRIDGE_REJECTS_ENGINE_ACCEPTS) {
      return "CareBridge: " + cut(cb) + "; engine there: " + engineAt(o, exampleLocation(g, o));
    }
    if (g.category() == Category.BOTH_REJECT) {
      return "engine: " + cut(engine) + "; CareBridge: " + cut(cb);
    }
    return "engine: " + cut(engine);
  }

  private static String kinds(Group g) {
    Map<String, Long> counts = new TreeMap<>(g.outcomes().stream()
        .collect(Collectors.groupingBy(Differential::kind, Collectors.counting())));
    return counts.toString();
  }

  private static String kind(Outcome o) {
    if (o.input().kind().equals("mutant")) {
      String d = o.input().description();
      int space = d.indexOf(' ');
      return space > 0 ? d.substring(0, space) : d;
    }
    return o.input().kind();
  }

  private static String title(Category c) {
    return switch (c) {
      case CAREBRIDGE_ACCEPTS_ENGINE_REJECTS -> "(1) CareBridge accepts, engine rejects";
      case CAREBRIDGE_REJECTS_ENGINE_ACCEPTS -> "(2) CareBridge rejects, engine accepts";
      case BOTH_REJECT -> "(3) both reject";
      case BOTH_ACCEPT -> "both accept";
      case ENGINE_FAILED -> "engine failed (not compared)";
    };
  }

  private static String shortCategory(Category c) {
    return switch (c) {
      case CAREBRIDGE_ACCEPTS_ENGINE_REJECTS -> "cat1";
      case CAREBRIDGE_REJECTS_ENGINE_ACCEPTS -> "cat2";
      case BOTH_REJECT -> "cat3";
      case BOTH_ACCEPT -> "ok";
      case ENGINE_FAILED -> "enginefailed";
    };
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String cut(String s) {
    if (s == null) {
      return null;
    }
    String one = s.replaceAll("\\s+", " ");
    return one.length() > MAX_TEXT ? one.substring(0, MAX_TEXT - 3) + "..." : one;
  }

  private static String cell(String s) {
    return s == null ? "" : cut(s).replace("|", "\\|");
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** Build time as seconds with one decimal. */
  public static double seconds(Duration d) {
    return round(d.toMillis() / 1000.0);
  }
}
