package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.carebridge.fhir.internal.FastPlan.Constraint;
import org.carebridge.fhir.internal.FastPlan.Discriminator;
import org.carebridge.fhir.internal.FastPlan.Node;
import org.carebridge.fhir.internal.FastPlan.Structure;
import org.carebridge.fhir.internal.FastPlan.Type;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * The fast path: checks a JSON input against the {@link FastPlan} with no HL7 engine and no R5 conversion, and
 * answers either "certified: no errors, and exactly these information messages" or "not sure". It certifies
 * only where every element of the input was matched to a plan node and every check the HL7 engine would make on
 * it was made and passed; anything else (an error, an element, profile, extension, code system or construct
 * outside the plan) is "not sure", and the caller runs the HL7 engine, whose messages are then the answer.
 * Thread-safe: the plan and the parsed invariants are read-only; each call has its own state.
 */
public final class FastPath {

  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Set<String> EXTERNAL_SYSTEMS = Set.of("http://snomed.info/sct", "http://loinc.org");
  private static final String CURRENCIES = "http://hl7.org/fhir/ValueSet/currencies";
  private static final Set<String> KNOWN_URLS = Set.of("http://hl7.org/fhir/w5", "http://hl7.org/fhir/fivews",
      "http://hl7.org/fhir/workflow", "http://loinc.org", "http://unitsofmeasure.org", "http://snomed.info/sct");
  private static final Pattern UUID = Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern SCHEME = Pattern.compile("(urn:[a-z0-9][a-z0-9\\-]*:|mailto:|tel:)[\\x21-\\x7e]+");
  /** The identifier system whose value the engine requires to be a URI. */
  private static final String IETF_URI = "urn:ietf:rfc:3986";
  private static final Pattern HTTP_URL = Pattern.compile("https?://[\\x21-\\x7e]+");
  private static final Pattern FULL_URL = Pattern.compile("Bundle\\.entry\\[\\d+\\]\\.fullUrl");
  private static final Pattern RELATIVE = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z]+");
  /** The name of a part of a complex extension. */
  private static final Pattern PART_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9\\-]*");
  /** Functions and variables whose value needs more than the resource (the engine's host services). */
  private static final Pattern UNSUPPORTED_FHIRPATH = Pattern.compile(
      "resolve\\(|conformsTo\\(|memberOf\\(|htmlChecks|htmlchecks|%rootResource|%ucum|%vs-|%ext-|%sct|%loinc|%us-|"
          + "%context|extension\\(\\s*%|%\\w+-|defineVariable|lowBoundary|highBoundary|precision\\(|today\\(|now\\(|"
          + "timeOfDay\\(|trace\\(|aggregate\\(|\\d\\s*'?(year|month|week|day|hour|minute|second|millisecond)s?\\b");

  /** Why an input is not sure when it needs the invariants of the engine's route before the engine is prepared. */
  private static final String WAITS_FOR_ENGINE = "an invariant waits for the engine's definitions";

  /** The answer of the fast path. */
  public record Verdict(boolean certified, String reason, List<ValidationMessage> messages, Resource parsed) {
    static Verdict notSure(String reason) {
      return new Verdict(false, reason, List.of(), null);
    }

    /**
     * Whether the input was not sure only so far: it has an invariant of the engine's route, and the engine (whose
     * definitions that route needs) is not prepared yet; once it is, the fast path can answer.
     *
     * @return true when asking again after the engine is prepared may certify the input
     */
    public boolean waitsForEngine() {
      return !certified && WAITS_FOR_ENGINE.equals(reason);
    }
  }

  /** Thrown inside a run when the fast path is not sure; never leaves this class. */
  private static final class NotSure extends RuntimeException {
    NotSure(String reason) {
      super(reason, null, false, false);
    }
  }

  private final FastPlan plan;
  private final FhirContext ctx;
  /**
   * Evaluates them: one engine per thread, because HAPI's R4 FHIRPath engine writes fields of its own on every
   * evaluation (its log), and its worker context keeps caches; nothing is shared between threads but the plan.
   */
  private final ThreadLocal<FHIRPathEngine> fhirPaths;
  private final Map<String, ExpressionNode> expressions = new ConcurrentHashMap<>();
  private final Set<String> resourceTypes;
  /**
   * Each invariant of the plan, parsed when first met (most of the plan's are never met by CareBridge's messages):
   * read without locks once there.
   */
  private final AtomicReferenceArray<ExpressionNode> compiled;
  /** The markers of the invariants evaluated on the engine's route, by expression, and back. */
  private final Map<String, ExpressionNode> engineRoute = new ConcurrentHashMap<>();
  private final Map<ExpressionNode, String> engineExpressions = new ConcurrentHashMap<>();
  /** Set once the engine is prepared (see {@link #useEngineDefinitions}). */
  private volatile EngineInvariants engineInvariants;

  /**
   * @param plan the plan
   */
  public FastPath(FastPlan plan) {
    this.plan = plan;
    this.ctx = Model.CONTEXT;
    this.compiled = new AtomicReferenceArray<>(plan.constraintCount);
    IValidationSupport typeNames = typesOnly(ctx, plan);
    this.fhirPaths = ThreadLocal.withInitial(() -> new FHIRPathEngine(new HapiWorkerContext(ctx, typeNames)));
    Set<String> types = new HashSet<>(Set.of("Resource", "DomainResource"));
    for (Structure st : plan.structures.values()) {
      if ("resource".equals(st.kind) && "specialization".equals(st.derivation)) {
        types.add(st.type);
      }
    }
    this.resourceTypes = Set.copyOf(types);
  }

  /**
   * The resource types of CareBridge's profiles and messages: the ones HAPI's R4 model is prepared for by
   * {@link #startWarmUp()}. Only a start-up aid: a type missing here is prepared when first met.
   */
  private static final List<String> WARM_UP_TYPES = List.of("Bundle", "MessageHeader", "Patient", "Encounter",
      "Organization", "Practitioner", "PractitionerRole", "Location", "CarePlan", "CareTeam", "Condition", "Goal",
      "Consent", "Account", "Task", "Communication");

  /**
   * Starts preparing, on a daemon thread, what the first check needs besides the plan: HAPI's JSON structure (its
   * {@code ObjectMapper}, a third of a second for a new JVM) and HAPI's R4 model of the resource types CareBridge
   * uses. Meant to run while the plan loads on the calling thread, so that the two cores share the start-up; it
   * changes no answer.
   */
  public static void startWarmUp() {
    Thread t = new Thread(() -> {
      try {
        new JacksonStructure();
        for (String type : WARM_UP_TYPES) {
          Model.CONTEXT.getResourceDefinition(type);
        }
      } catch (RuntimeException e) {
        // only a warm-up: the first check does the same work itself
      }
    }, "carebridge-fast-path-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * HAPI's R4 context of the fast path, one per JVM: its own, so that its model of a type is scanned only when an
   * input first has one (deferred model scanning), without changing the context the rest of the application
   * shares ({@link FhirContext#forR4Cached()}).
   */
  private static final class Model {
    static final FhirContext CONTEXT = create();

    private static FhirContext create() {
      FhirContext ctx = FhirContext.forR4();
      ctx.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
      return ctx;
    }
  }

  /**
   * What HAPI's R4 FHIRPath engine needs to know of the definitions: the core types, by name, kind and base (for
   * {@code is}, {@code as}, {@code ofType}), from the plan, instead of all of FHIR's definitions (seconds of start-up
   * and tens of MB). An expression that would need more fails, and the input is then not sure.
   */
  private static IValidationSupport typesOnly(FhirContext ctx, FastPlan plan) {
    Map<String, org.hl7.fhir.r4.model.StructureDefinition> byUrl = new HashMap<>();
    for (Structure s : plan.structures.values()) {
      if (!"specialization".equals(s.derivation) || s.url.isEmpty()) {
        continue;
      }
      org.hl7.fhir.r4.model.StructureDefinition sd = new org.hl7.fhir.r4.model.StructureDefinition();
      sd.setUrl(s.url);
      sd.setName(s.type);
      sd.setType(s.type);
      sd.setAbstract(s.isAbstract);
      sd.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
      sd.setDerivation(org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule.SPECIALIZATION);
      sd.setKind(org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind.fromCode(s.kind));
      if (s.baseDefinition != null) {
        sd.setBaseDefinition(s.baseDefinition);
      }
      byUrl.put(s.url, sd);
    }
    List<IBaseResource> all = List.copyOf(byUrl.values());
    // a plain support, not HAPI's PrePopulatedValidationSupport: that one converts each definition it is given
    // (a second of start-up for the first), and these are only read
    return new IValidationSupport() {
      @Override
      public FhirContext getFhirContext() {
        return ctx;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
        return (List<T>) all;
      }

      @Override
      public IBaseResource fetchStructureDefinition(String url) {
        return byUrl.get(url);
      }

      @Override
      public String getName() {
        return "CareBridge fast path: core type names";
      }
    };
  }

  /** An invariant, parsed once (when first met): {@link #SKIP}, {@link #UNPARSEABLE}, or what to evaluate. */
  private ExpressionNode compiled(Constraint c) {
    ExpressionNode e = compiled.get(c.id());
    if (e == null) {
      ExpressionNode x = skipped(c) ? SKIP : expression(c);
      // another thread may have been first: both parsed the same (one node per expression), keep the first
      compiled.compareAndSet(c.id(), null, x == null ? UNPARSEABLE : x);
      e = compiled.get(c.id());
    }
    return e;
  }

  /**
   * Invariants the fast path does not evaluate with FHIRPath: ele-1 (checked on the JSON: no empty element),
   * best practice (the engine's settings do not report them), dom-2..dom-5 and ref-1 (about contained resources
   * and '#' references, never certified), txt-1 and txt-2 (checked natively, more strictly, on the div).
   */
  private static boolean skipped(Constraint c) {
    return c.key().equals("ele-1") || c.bestPractice() || (c.expression().startsWith("contained.")
        && c.key().startsWith("dom-")) || c.key().equals("ref-1") || c.key().equals("txt-1") || c.key().equals("txt-2");
  }

  private static final ExpressionNode SKIP = new ExpressionNode(1);

  private ExpressionNode expression(Constraint c) {
    if (!c.expression().isBlank() && EngineInvariants.handles(c.expression())) {
      // a marker, one per expression (so that each is evaluated once per element), for the engine's route
      return engineRoute.computeIfAbsent(c.expression(), e -> {
        ExpressionNode marker = new ExpressionNode(2);
        engineExpressions.put(marker, e);
        return marker;
      });
    }
    if (c.expression().isBlank() || UNSUPPORTED_FHIRPATH.matcher(c.expression()).find()) {
      return null;
    }
    return expressions.computeIfAbsent(c.expression(), e -> {
      try {
        return fhirPaths.get().parse(e);
      } catch (RuntimeException ex) {
        return UNPARSEABLE;
      }
    });
  }

  private static final ExpressionNode UNPARSEABLE = new ExpressionNode(0);

  /**
   * Gives the fast path the HL7 engine's definitions, once the engine is prepared: from then on the invariants
   * only the engine's FHIRPath evaluates as the validator does ({@link EngineInvariants}) are evaluated on the fast
   * path too; until then an input that has one is not sure.
   *
   * @param worker the engine's worker context
   */
  public void useEngineDefinitions(org.hl7.fhir.r5.context.IWorkerContext worker) {
    engineInvariants = new EngineInvariants(worker);
  }

  /** The plan. */
  FastPlan plan() {
    return plan;
  }

  /**
   * Checks one JSON input that passed the input checks.
   *
   * @param json the input
   * @return the verdict; never throws
   */
  public Verdict check(String json) {
    try {
      JsonNode root = JsonTrees.read(json);
      if (!root.isObject()) {
        return Verdict.notSure("not an object");
      }
      Resource parsed;
      try {
        parsed = model((ObjectNode) root);
      } catch (RuntimeException e) {
        return Verdict.notSure("HAPI parse: " + e.getClass().getSimpleName());
      }
      Run run = new Run(root, json);
      run.checkRoot(root, parsed);
      return new Verdict(true, null, run.messages(), parsed);
    } catch (NotSure e) {
      return Verdict.notSure(e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Verdict.notSure("fast path failure: " + e.getClass().getSimpleName());
    }
  }

  /**
   * The parses the fast path makes of an input, and nothing else: its Jackson tree and HAPI's R4 model built from
   * it (the floor the benchmark compares the fast path with).
   *
   * @param json a JSON resource
   * @return HAPI's R4 model of it
   * @throws IOException when the input is not JSON
   */
  public static Object parseOnly(String json) throws IOException {
    return model((ObjectNode) JsonTrees.read(json));
  }

  /**
   * HAPI's R4 model of the input, for the invariants, built from the tree already read (no second parse) without
   * the narratives' XHTML: the invariants never read it (txt-1 and txt-2 are checked on the JSON), and HAPI's XHTML
   * parser costs more than the rest of the parse. The tree is as it was afterwards.
   */
  private static Resource model(ObjectNode root) {
    List<ObjectNode> texts = new ArrayList<>();
    collectTexts(root, texts);
    List<JsonNode> divs = new ArrayList<>();
    for (ObjectNode t : texts) {
      divs.add(t.remove("div"));
    }
    try {
      ca.uhn.fhir.parser.JsonParser p = (ca.uhn.fhir.parser.JsonParser) Model.CONTEXT.newJsonParser();
      p.setParserErrorHandler(new StrictErrorHandler());
      JacksonStructure structure = new JacksonStructure();
      structure.setNativeObject(root);
      return (Resource) p.parseResource(structure);
    } finally {
      for (int i = 0; i < texts.size(); i++) {
        if (divs.get(i) != null) {
          texts.get(i).set("div", divs.get(i));
        }
      }
    }
  }

  private static void collectTexts(JsonNode node, List<ObjectNode> into) {
    if (node.isObject()) {
      JsonNode text = node.get("text");
      if (text != null && text.isObject() && node.has("resourceType") && text.has("div")) {
        into.add((ObjectNode) text);
      }
      JsonNode entries = node.get("entry");
      if (entries != null && entries.isArray()) {
        for (JsonNode e : entries) {
          collectTexts(e.path("resource"), into);
        }
      }
    }
  }

  private static NotSure notSure(String reason) {
    return new NotSure(reason);
  }

  /** The state of one check. */
  private final class Run {
    final JsonNode root;
    final String text;
    final List<Info> infos = new ArrayList<>();
    final Map<String, Entry> entriesByFullUrl = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
    final Set<String> certified = new HashSet<>();
    final IdentityHashMap<Base, Set<ExpressionNode>> evaluated = new IdentityHashMap<>();
    Entry currentEntry;
    /** The resource being checked (its JSON, and the length of its path in the input). */
    JsonNode resourceJson;
    int resourceDepth;
    /** The engine's route for the invariants that need it, started by the first one. */
    EngineInvariants.Session engineSession;

    Run(JsonNode root, String text) {
      this.root = root;
      this.text = text;
    }

    record Entry(int index, String fullUrl, JsonNode resource, Resource base, List<Object> jsonPath, String path,
        Set<Integer> refersTo) { }

    /** A warning or information the engine gives too, placed by the path of its JSON value. */
    record Info(List<Object> jsonPath, String location, ValidationMessage.IssueSeverity level,
        ValidationMessage.IssueType type, String id, String text) { }

    void checkRoot(JsonNode json, Resource parsed) {
      String type = json.path("resourceType").asText();
      if ("Bundle".equals(type)) {
        prepareBundle(json, (org.hl7.fhir.r4.model.Bundle) parsed);
      }
      checkResource(json, parsed, type, new ArrayList<>(), List.of());
      if ("Bundle".equals(type)) {
        finishBundle(json);
      }
    }

    void prepareBundle(JsonNode bundle, org.hl7.fhir.r4.model.Bundle parsed) {
      String type = bundle.path("type").asText();
      if (!type.equals("message") && !type.equals("collection")) {
        throw notSure("Bundle type " + type);
      }
      JsonNode list = bundle.path("entry");
      if (!list.isArray() || list.size() != parsed.getEntry().size()) {
        throw notSure("entries");
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode e = list.get(i);
        JsonNode r = e.path("resource");
        String fullUrl = e.path("fullUrl").asText(null);
        if (fullUrl == null || !r.isObject() || e.has("request") || e.has("response") || e.has("search")) {
          throw notSure("entry shape");
        }
        String rt = r.path("resourceType").asText();
        String id = r.path("id").asText(null);
        if (id == null || !(fullUrl.startsWith("http://") || fullUrl.startsWith("https://"))
            || !fullUrl.endsWith("/" + rt + "/" + id)) {
          throw notSure("fullUrl");
        }
        if (entriesByFullUrl.containsKey(fullUrl)) {
          throw notSure("duplicate fullUrl");
        }
        List<Object> jp = List.of("entry", i, "resource");
        Entry entry = new Entry(i, fullUrl, r, parsed.getEntry().get(i).getResource(), jp,
            "Bundle.entry[" + i + "].resource/*" + rt + "/" + id + "*/", new HashSet<>());
        entriesByFullUrl.put(fullUrl, entry);
        entries.add(entry);
      }
      if (type.equals("message") && (entries.isEmpty()
          || !"MessageHeader".equals(entries.get(0).resource().path("resourceType").asText()))) {
        throw notSure("message without MessageHeader first");
      }
    }

    void finishBundle(JsonNode bundle) {
      if (!"message".equals(bundle.path("type").asText())) {
        return;
      }
      // every entry reachable from the MessageHeader (the engine warns otherwise)
      Set<Integer> seen = new HashSet<>();
      List<Integer> todo = new ArrayList<>(List.of(0));
      while (!todo.isEmpty()) {
        int i = todo.remove(todo.size() - 1);
        if (seen.add(i)) {
          todo.addAll(entries.get(i).refersTo());
        }
      }
      if (seen.size() != entries.size()) {
        throw notSure("entry not reachable from the MessageHeader");
      }
    }

    /** The messages, in the engine's order: warnings before information, each in document order. */
    List<ValidationMessage> messages() {
      List<ValidationMessage> out = new ArrayList<>();
      List<Info> ordered = new ArrayList<>(infos);
      ordered.sort(Comparator.comparingInt((Info i) -> i.level().ordinal()));
      Map<List<Object>, int[]> positions = positions(ordered);
      for (Info i : ordered) {
        int[] pos = positions.get(i.jsonPath());
        ValidationMessage m = new ValidationMessage(ValidationMessage.Source.InstanceValidator, i.type(), pos[0],
            pos[1], i.location(), i.text(), i.level());
        m.setMessageId(i.id());
        out.add(m);
      }
      return out;
    }

    void sliceInfo(List<Object> jsonPath, String location, String profile) {
      infos.add(new Info(jsonPath, location, ValidationMessage.IssueSeverity.INFORMATION,
          ValidationMessage.IssueType.INFORMATIONAL, "Details_for__matching_against_Profile_",
          "This element does not match any known slice defined in the profile " + profile
              + " (this may not be a problem, but you should check that it's not intended to match a slice)"));
    }

    /**
     * Line and column of the object or string each message is about, as the HL7 JSON parser gives them, found in one
     * pass over the text: only the members and items on the way to one of them are read, the rest is skipped.
     */
    Map<List<Object>, int[]> positions(List<Info> messages) {
      Map<List<Object>, int[]> out = new HashMap<>();
      if (messages.isEmpty()) {
        return out;
      }
      Step start = new Step();
      for (Info i : messages) {
        Step s = start;
        for (Object name : i.jsonPath()) {
          s = s.next.computeIfAbsent(name, k -> new Step());
        }
        s.path = i.jsonPath();
      }
      try (JsonParser p = FACTORY.createParser(text)) {
        p.nextToken();
        locate(p, start, out);
      } catch (IOException e) {
        throw notSure("position");
      }
      for (Info i : messages) {
        if (!out.containsKey(i.jsonPath())) {
          throw notSure("position");
        }
      }
      return out;
    }

    /** A member name or item index on the way to values whose position is wanted; {@code path} when one ends here. */
    private static final class Step {
      final Map<Object, Step> next = new HashMap<>();
      List<Object> path;
    }

    /** Records the positions wanted at and below the value the parser is at, leaving it on the value's last token. */
    private void locate(JsonParser p, Step step, Map<List<Object>, int[]> out) throws IOException {
      JsonToken token = p.currentToken();
      int line = p.currentTokenLocation().getLineNr();
      if (token == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          Step child = step.next.get(p.currentName());
          p.nextToken();
          if (child == null) {
            p.skipChildren();
          } else {
            locate(p, child, out);
          }
        }
        if (step.path != null) {
          // as the HL7 JSON parser reports an object: the line where it starts, the column just after it ends
          out.put(step.path, new int[] {line, p.currentTokenLocation().getColumnNr() + 1});
        }
      } else if (token == JsonToken.START_ARRAY) {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Step child = step.next.get(index++);
          if (child == null) {
            p.skipChildren();
          } else {
            locate(p, child, out);
          }
        }
      } else if (step.path != null && token == JsonToken.VALUE_STRING) {
        // and a string: the line where it starts, the column just after it ends, when that is the same line
        p.getText();
        if (p.currentLocation().getLineNr() == line) {
          out.put(step.path, new int[] {line, p.currentLocation().getColumnNr()});
        }
      }
    }

    /** A resource against its type and the profiles it claims, given, or is sliced to. */
    void checkResource(JsonNode json, Resource base, String path, List<Object> jsonPath, List<String> extra) {
      String type = json.path("resourceType").asText(null);
      if (type == null || base == null || !type.equals(base.fhirType())) {
        throw notSure("resourceType");
      }
      Structure sd = plan.structures.get(CORE + type);
      if (sd == null || !"resource".equals(sd.kind)) {
        throw notSure("resource type not in plan: " + type);
      }
      if (json.has("contained") || json.has("implicitRules") || json.has("modifierExtension")) {
        throw notSure("contained, implicitRules or modifierExtension");
      }
      List<Node> frames = new ArrayList<>();
      frames.add(sd.root());
      for (JsonNode p : json.path("meta").path("profile")) {
        frames.add(profile(p.asText(), type));
      }
      for (String p : extra) {
        frames.add(profile(p, type));
      }
      Entry saved = currentEntry;
      String savedOwner = ownerType;
      JsonNode savedResource = resourceJson;
      int savedDepth = resourceDepth;
      ownerType = type;
      resourceJson = json;
      resourceDepth = jsonPath.size();
      checkObject(json, base, frames, path, jsonPath, (Resource) base, true);
      ownerType = savedOwner;
      resourceJson = savedResource;
      resourceDepth = savedDepth;
      currentEntry = saved;
    }

    Node profile(String url, String type) {
      Structure p = plan.structures.get(FastPlan.strip(url));
      if (p == null || !p.type.equals(type) || url.contains("|")) {
        throw notSure("profile not in plan: " + url);
      }
      return p.root();
    }

    /** One object against all the element nodes that apply to it (each node's children define its properties). */
    void checkObject(JsonNode obj, Base base, List<Node> frames, String path, List<Object> jsonPath, Resource resource,
        boolean isResource) {
      if (!obj.isObject()) {
        throw notSure("object expected at " + path);
      }
      int props = 0;
      for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!k.equals("id") && !(isResource && k.equals("resourceType"))) {
          props++;
        }
      }
      if (props == 0) {
        throw notSure("empty element (ele-1) at " + path);
      }
      for (Node f : frames) {
        invariants(f, base, resource, jsonPath);
      }
      List<List<Node>> childFrames = new ArrayList<>();
      for (Node f : frames) {
        childFrames.add(childrenFrame(f));
      }
      // every property known to every frame, with one type
      Map<String, String> chosenTypes = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        String k = p.getKey();
        if (isResource && k.equals("resourceType")) {
          continue;
        }
        if (k.startsWith("_") || p.getValue().isNull() || k.equals("modifierExtension")) {
          throw notSure("primitive extension or null at " + path + "." + k);
        }
        String chosen = null;
        for (List<Node> cf : childFrames) {
          String[] found = resolveChild(cf, k);
          if (found == null) {
            throw notSure("unknown element " + path + "." + k);
          }
          String t = chosen == null ? found[1] : narrower(chosen, found[1]);
          if (t == null) {
            throw notSure("type disagreement at " + path + "." + k);
          }
          chosen = t;
        }
        chosenTypes.put(k, chosen);
      }
      // every child of every frame: cardinality, then its items
      boolean coreSeen = false;
      Map<String, List<Node>> itemNodes = new HashMap<>();
      for (List<Node> cf : childFrames) {
        for (Node parentNode : cf) {
          boolean core = "specialization".equals(parentNode.owner.derivation);
          for (Node c : parentNode.children.values()) {
            String prop = propertyFor(obj, c);
            JsonNode value = prop == null ? null : obj.get(prop);
            int count = value == null ? 0 : value.isArray() ? value.size() : 1;
            if (value != null && value.isArray() && value.isEmpty()) {
              throw notSure("empty array at " + path + "." + prop);
            }
            if (count < c.min || count > c.max) {
              throw notSure("cardinality of " + c.path + " at " + path);
            }
            if (value == null) {
              continue;
            }
            if (core) {
              coreSeen = true;
              boolean repeating = c.max > 1;
              if (repeating != value.isArray()) {
                throw notSure("array or not at " + path + "." + prop);
              }
            }
            itemNodes.computeIfAbsent(prop, x -> new ArrayList<>()).add(c);
          }
        }
      }
      if (!coreSeen && obj.size() > (isResource ? 1 : 0) && !onlyId(obj)) {
        throw notSure("no base definition at " + path);
      }
      // in the order the input has them (the order the engine reports in)
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String prop = e.getKey();
        List<Node> propNodes = itemNodes.get(prop);
        if (propNodes == null) {
          continue;
        }
        JsonNode value = e.getValue();
        boolean array = value.isArray();
        List<JsonNode> items = new ArrayList<>();
        if (array) {
          value.forEach(items::add);
        } else {
          items.add(value);
        }
        List<Base> bases = basesOf(base, propNodes.get(0), items.size(), path + "." + prop);
        List<List<Node>> perItem = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          perItem.add(new ArrayList<>(propNodes));
        }
        for (Node c : propNodes) {
          if (!c.slices.isEmpty()) {
            slice(c, items, perItem, path + "." + prop, array, jsonPath, prop);
          }
        }
        if (prop.equals("extension")) {
          for (int i = 0; i < items.size(); i++) {
            if (perItem.get(i).size() == propNodes.size()) {
              throw notSure("extension matched to no slice at " + path);
            }
          }
        }
        for (int i = 0; i < items.size(); i++) {
          String itemPath = path + "." + prop + (array ? "[" + i + "]" : "");
          List<Object> itemJsonPath = new ArrayList<>(jsonPath);
          itemJsonPath.add(prop);
          if (array) {
            itemJsonPath.add(i);
          }
          checkItem(items.get(i), bases.get(i), perItem.get(i), chosenTypes.get(prop), itemPath, itemJsonPath,
              resource);
        }
      }
    }

    private boolean onlyId(JsonNode obj) {
      return obj.size() == 1 && obj.has("id");
    }

    /** The nodes whose children define the properties of an item of this node. */
    List<Node> childrenFrame(Node n) {
      List<Node> out = new ArrayList<>();
      if (!n.children.isEmpty()) {
        out.add(n);
      }
      return out;
    }

    /** The property name and type of a JSON property among the children of some nodes, or null when unknown. */
    String[] resolveChild(List<Node> parents, String prop) {
      if (parents.isEmpty()) {
        return null;
      }
      String type = null;
      for (Node parent : parents) {
        Node c = parent.children.get(prop);
        String t;
        if (c != null && !c.isChoice()) {
          if (c.types.size() > 1) {
            return null;
          }
          t = c.types.isEmpty() ? (c.contentReference != null ? "#" : "BackboneElement") : c.types.get(0).code();
        } else {
          t = null;
          for (Node cand : parent.children.values()) {
            if (cand.isChoice()) {
              String prefix = cand.name.substring(0, cand.name.length() - 3);
              if (prop.startsWith(prefix)) {
                String suffix = prop.substring(prefix.length());
                for (Type ty : cand.types) {
                  if (capitalise(ty.code()).equals(suffix)) {
                    t = ty.code();
                  }
                }
              }
            }
          }
          if (t == null) {
            return null;
          }
        }
        if (isResourceType(t)) {
          t = "Resource";
        }
        if (type != null && !type.equals(t)) {
          String narrower = narrower(type, t);
          if (narrower == null) {
            return null;
          }
          t = narrower;
        }
        type = t;
      }
      return new String[] {prop, type};
    }

    /** The JSON property of the instance that holds a child node's values, or null. */
    String propertyFor(JsonNode obj, Node c) {
      if (!c.isChoice()) {
        return obj.has(c.name) ? c.name : null;
      }
      String prefix = c.name.substring(0, c.name.length() - 3);
      String found = null;
      for (Type t : c.types) {
        String k = prefix + capitalise(t.code());
        if (obj.has(k)) {
          if (found != null) {
            throw notSure("two types of one choice at " + c.path);
          }
          found = k;
        }
      }
      if (found == null) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
          String k = it.next();
          if (k.startsWith(prefix) && k.length() > prefix.length() && Character.isUpperCase(k.charAt(prefix.length()))
              && !obj.has(prefix)) {
            // a type of this choice that this node does not allow
            throw notSure("type not allowed at " + c.path);
          }
        }
      }
      return found;
    }

    List<Base> basesOf(Base parent, Node c, int count, String path) {
      if (c.path.equals("Narrative.div") || c.path.endsWith(".text.div")) {
        List<Base> none = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          none.add(null); // HAPI keeps the div outside its properties; its invariants are checked natively
        }
        return none;
      }
      Property p = parent.getNamedProperty(c.name);
      if (p == null || p.getValues().size() != count) {
        throw notSure("model disagreement at " + path);
      }
      return p.getValues();
    }

    /** Assigns each item to at most one slice; checks the slicing's rules and the slices' cardinality. */
    void slice(Node c, List<JsonNode> items, List<List<Node>> perItem, String path, boolean array,
        List<Object> jsonPath, String prop) {
      if (c.slicing == null) {
        throw notSure("slices without slicing at " + c.path);
      }
      int[] counts = new int[c.slices.size()];
      int lastSlice = -1;
      boolean unmatchedSeen = false;
      boolean extension = c.name.equals("extension") || c.name.equals("modifierExtension");
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        int match = -1;
        for (int s = 0; s < c.slices.size(); s++) {
          if (matches(c.slices.get(s), c.slicing.discriminators(), item)) {
            if (match >= 0) {
              throw notSure("item matches two slices at " + path);
            }
            match = s;
          }
        }
        if (match < 0) {
          if (extension) {
            continue; // the extension must match a slice of some profile: checked by the caller
          }
          if ("closed".equals(c.slicing.rules())) {
            throw notSure("item matches no slice at " + path);
          }
          unmatchedSeen = true;
          if ("constraint".equals(c.owner.derivation) && !c.slices.isEmpty()) {
            List<Object> jp = new ArrayList<>(jsonPath);
            jp.add(prop);
            if (array) {
              jp.add(i);
            }
            sliceInfo(jp, path + (array ? "[" + i + "]" : ""), c.owner.versioned());
          }
          continue;
        }
        if ("openAtEnd".equals(c.slicing.rules()) && unmatchedSeen) {
          throw notSure("openAtEnd at " + path);
        }
        if (c.slicing.ordered() && match < lastSlice) {
          throw notSure("order of slices at " + path);
        }
        lastSlice = Math.max(lastSlice, match);
        counts[match]++;
        perItem.get(i).add(c.slices.get(match));
      }
      for (int s = 0; s < counts.length; s++) {
        Node sl = c.slices.get(s);
        if (counts[s] < sl.min || counts[s] > sl.max) {
          throw notSure("cardinality of slice " + sl.sliceName + " at " + path);
        }
      }
    }

    boolean matches(Node slice, List<Discriminator> discriminators, JsonNode item) {
      if (discriminators.isEmpty()) {
        throw notSure("slicing without discriminator at " + slice.path);
      }
      for (Discriminator d : discriminators) {
        List<JsonNode> values = follow(item, d.path());
        Node def = defAt(slice, d.path());
        switch (d.type()) {
          case "value", "pattern" -> {
            JsonNode want = def.fixed != null ? def.fixed : def.pattern;
            if (want == null) {
              // the engine then matches by the required binding ("memberOf" the value set)
              if (!memberOfRequired(def, values, slice.path)) {
                return false;
              }
              continue;
            }
            boolean any = false;
            for (JsonNode v : values) {
              if (def.fixed != null ? v.equals(want) : contains(v, want)) {
                any = true;
              }
            }
            if (!any) {
              return false;
            }
          }
          case "type" -> {
            if (def.types.size() != 1 || values.size() != 1) {
              throw notSure("type discriminator at " + slice.path);
            }
            String code = def.types.get(0).code();
            JsonNode v = values.get(0);
            if (!v.isObject() || !code.equals(v.path("resourceType").asText())) {
              return false;
            }
          }
          case "exists" -> {
            boolean want = def.min > 0;
            if (!want && def.max != 0) {
              throw notSure("exists discriminator at " + slice.path);
            }
            if (want == values.isEmpty()) {
              return false;
            }
          }
          default -> throw notSure("discriminator " + d.type());
        }
      }
      return true;
    }

    /**
     * A value or pattern discriminator whose definition has neither, but a required binding: the engine's test is
     * then {@code memberOf} the value set. Decided here only for Codings and CodeableConcepts whose codings are all
     * in the listed value set (a member) or none of them is (not a member); anything else is not sure.
     */
    boolean memberOfRequired(Node def, List<JsonNode> values, String slicePath) {
      Set<String> codes = def.valueSet == null ? null : plan.valueSets.get(def.valueSet);
      if (!"required".equals(def.bindingStrength) || codes == null || values.size() != 1
          || def.types.size() != 1) {
        throw notSure("discriminator without a value at " + slicePath);
      }
      JsonNode v = values.get(0);
      List<JsonNode> codings = new ArrayList<>();
      switch (def.types.get(0).code()) {
        case "Coding" -> codings.add(v);
        case "CodeableConcept" -> v.path("coding").forEach(codings::add);
        default -> throw notSure("discriminator by binding on " + def.types.get(0).code() + " at " + slicePath);
      }
      int in = 0;
      for (JsonNode c : codings) {
        if (codes.contains(c.path("system").asText() + "|" + c.path("code").asText())) {
          in++;
        }
      }
      if (codings.isEmpty() || (in != 0 && in != codings.size())) {
        throw notSure("discriminator by binding at " + slicePath);
      }
      return in == codings.size();
    }

    /** The definition of a discriminator's path within a slice: its own children, or its type's profile. */
    Node defAt(Node slice, String path) {
      if (path.equals("$this")) {
        return slice;
      }
      Node n = slice;
      for (String step : path.split("\\.")) {
        if (!NAME.matcher(step).matches()) {
          throw notSure("discriminator path " + path);
        }
        Node next = n.children.get(step);
        if (next == null && n.types.size() == 1 && n.types.get(0).profiles().size() == 1) {
          Structure p = plan.structures.get(n.types.get(0).profiles().get(0));
          if (p != null) {
            next = p.root().children.get(step);
          }
        }
        if (next == null) {
          throw notSure("discriminator path " + path + " not in " + slice.path);
        }
        if (next.slicing != null) {
          // as the engine reads a discriminator's definition: an element that is sliced itself is passed over for
          // the first of its slices (its first child of that name without slicing)
          if (next.slices.isEmpty() || next.slices.get(0).slicing != null) {
            throw notSure("discriminator path " + path + " sliced in " + slice.path);
          }
          next = next.slices.get(0);
        }
        n = next;
      }
      return n;
    }

    List<JsonNode> follow(JsonNode item, String path) {
      List<JsonNode> current = new ArrayList<>(List.of(item));
      if (path.equals("$this")) {
        return current;
      }
      for (String step : path.split("\\.")) {
        List<JsonNode> next = new ArrayList<>();
        for (JsonNode n : current) {
          JsonNode v = n.get(step);
          if (v == null) {
            continue;
          }
          if (v.isArray()) {
            v.forEach(next::add);
          } else {
            next.add(v);
          }
        }
        current = next;
      }
      return current;
    }

    /** One value against the nodes that apply to it (the element, its slice, in each profile). */
    void checkItem(JsonNode item, Base base, List<Node> nodes, String type, String path, List<Object> jsonPath,
        Resource resource) {
      if (type == null) {
        throw notSure("no type at " + path);
      }
      Structure typeSd = type.equals("#") || type.equals("BackboneElement") || type.equals("Element")
          ? null : plan.structures.get(CORE + type);
      boolean primitive = type.startsWith("System.") || (typeSd != null && "primitive-type".equals(typeSd.kind));
      boolean resourceType = isResourceType(type);
      for (Node n : nodes) {
        if (n.isChoice()) {
          boolean allowed = false;
          for (Type t : n.types) {
            allowed |= t.code().equals(type);
          }
          if (!allowed) {
            throw notSure("type not allowed at " + path);
          }
        } else if (!resourceType) {
          for (Type t : n.types) {
            if (!type.equals(narrower(type, t.code()))) {
              throw notSure("type disagreement at " + path);
            }
          }
        }
      }
      if (primitive) {
        checkPrimitive(item, type, nodes, path, jsonPath);
        for (Node n : nodes) {
          invariants(n, base, resource, jsonPath);
        }
        return;
      }
      if (!item.isObject()) {
        throw notSure("object expected at " + path);
      }
      if (typeSd != null && "resource".equals(typeSd.kind) || type.equals("Resource")) {
        List<String> profiles = new ArrayList<>();
        for (Node n : nodes) {
          for (Type t : n.types) {
            profiles.addAll(t.profiles());
          }
        }
        Entry entry = entryAt(jsonPath);
        Entry saved = currentEntry;
        currentEntry = entry;
        String rt = item.path("resourceType").asText();
        for (Node n : nodes) {
          for (Type t : n.types) {
            if (!t.code().equals("Resource") && !t.code().equals(rt)) {
              throw notSure("resource type " + rt + " not allowed at " + path);
            }
          }
        }
        String rpath = entry != null ? entry.path() : path + "/*" + rt + "/" + item.path("id").asText() + "*/";
        for (Node n : nodes) {
          invariants(n, base, resource, jsonPath);
        }
        checkResource(item, (Resource) base, rpath.substring(0, rpath.length()), jsonPath, profiles);
        if (entry != null) {
          certified.add(entry.index() + "|" + String.join(",", profiles));
        }
        currentEntry = saved;
        return;
      }
      List<Node> frames = new ArrayList<>();
      List<Node> bound = new ArrayList<>();
      boolean core = false;
      for (Node n : nodes) {
        Node target = n;
        if (n.contentReference != null) {
          String ref = n.contentReference.substring(n.contentReference.indexOf('#') + 1);
          target = n.owner.byPath().get(ref);
          if (target == null) {
            throw notSure("contentReference " + n.contentReference);
          }
        }
        if (!target.children.isEmpty()) {
          frames.add(target);
          if ("specialization".equals(target.owner.derivation)) {
            core = true;
          }
        }
        if (target != n && !n.children.isEmpty()) {
          frames.add(n);
        }
        for (Type t : n.types) {
          for (String p : t.profiles()) {
            Structure ps = plan.structures.get(p);
            if (ps == null) {
              throw notSure("type profile not in plan: " + p);
            }
            frames.add(ps.root());
            checkFixedEtc(ps.root(), item, type, path);
            bound.add(ps.root());
          }
        }
        checkFixedEtc(n, item, type, path);
        bound.add(n);
      }
      bindings(bound, item, type, path, jsonPath);
      if (!core) {
        if (typeSd == null) {
          throw notSure("type not in plan: " + type + " at " + path);
        }
        frames.add(typeSd.root());
      }
      if (type.equals("Identifier") && IETF_URI.equals(item.path("system").asText())
          && !(UUID.matcher(item.path("value").asText()).matches()
              || HTTP_URL.matcher(item.path("value").asText()).matches())) {
        throw notSure("an identifier of system " + IETF_URI + " whose value is not a URI at " + path);
      }
      if (type.equals("Coding")) {
        checkCoding(item, path);
      } else if (type.equals("Reference")) {
        checkReference(item, nodes, path);
      } else if (type.equals("Extension")) {
        checkExtensionContext(item, path);
      } else if (type.equals("Attachment") || type.equals("Quantity")
          || type.equals("Signature")) {
        throw notSure("type " + type + " at " + path);
      }
      String savedOwner = ownerType;
      ownerType = type;
      checkObject(item, base, frames, path, jsonPath, resource, false);
      ownerType = savedOwner;
    }

    Entry entryAt(List<Object> jsonPath) {
      if (jsonPath.size() == 3 && "entry".equals(jsonPath.get(0)) && "resource".equals(jsonPath.get(2))) {
        return entries.get((Integer) jsonPath.get(1));
      }
      if (!jsonPath.isEmpty() && "resource".equals(jsonPath.get(jsonPath.size() - 1))) {
        throw notSure("nested resource");
      }
      return null;
    }

    void checkFixedEtc(Node n, JsonNode item, String type, String path) {
      if (n.fixed != null && !n.fixed.equals(item)) {
        throw notSure("fixed value at " + path);
      }
      if (n.pattern != null && !contains(item, n.pattern)) {
        throw notSure("pattern at " + path);
      }
      if (n.maxLength > 0) {
        throw notSure("maxLength on a complex type at " + path);
      }
    }

    /**
     * The bindings of all the definitions of one complex value: required ones must hold; extensible ones must hold
     * too, except the two cases whose warning the engine gives and the fast path gives alike (a CodeableConcept
     * without codings, or with one coding of an external code system outside the value set), when all the
     * definitions agree on the value set.
     */
    void bindings(List<Node> nodes, JsonNode item, String type, String path, List<Object> jsonPath) {
      Set<String> extensible = new LinkedHashSet<>();
      for (Node n : nodes) {
        if ("extensible".equals(n.bindingStrength) && type.equals("CodeableConcept")) {
          extensible.add(n.valueSet);
        } else {
          binding(n, item, type, path);
        }
      }
      if (extensible.contains(null)) {
        throw notSure("extensible binding without a value set at " + path);
      }
      // a value set some coding is in needs nothing more
      extensible.removeIf(vs -> plan.valueSets.containsKey(vs) && item.has("coding")
          && java.util.stream.StreamSupport.stream(item.get("coding").spliterator(), false).anyMatch(c ->
              plan.valueSets.get(vs).contains(c.path("system").asText() + "|" + c.path("code").asText())));
      if (extensible.isEmpty()) {
        return;
      }
      if (extensible.size() > 1) {
        throw notSure("extensible bindings to different value sets at " + path);
      }
      String vs = extensible.iterator().next();
      Set<String> codes = plan.valueSets.get(vs);
      List<String> named = plan.valueSetNames.get(vs);
      JsonNode codings = item.get("coding");
      if (codings == null) {
        if (named == null || named.get(0).isEmpty()) {
          throw notSure("extensible binding without codes at " + path);
        }
        infos.add(new Info(jsonPath, path, ValidationMessage.IssueSeverity.WARNING,
            ValidationMessage.IssueType.CODEINVALID, "Terminology_TX_Code_ValueSet_Ext",
            "No code provided, and a code should be provided from the value set '" + named.get(0) + "' ("
                + versioned(vs, named) + ")"));
        return;
      }
      if (codes == null) {
        throw notSure("binding to a value set that cannot be listed offline at " + path);
      }
      for (JsonNode c : codings) {
        if (codes.contains(c.path("system").asText() + "|" + c.path("code").asText())) {
          return;
        }
      }
      JsonNode only = codings.size() == 1 ? codings.get(0) : null;
      if (only == null || !EXTERNAL_SYSTEMS.contains(only.path("system").asText()) || named == null
          || named.get(0).isEmpty()) {
        throw notSure("no coding in value set at " + path);
      }
      infos.add(new Info(jsonPath, path, ValidationMessage.IssueSeverity.WARNING,
          ValidationMessage.IssueType.CODEINVALID, "Terminology_TX_NoValid_2_CC",
          "None of the codings provided are in the value set '" + named.get(0) + "' (" + versioned(vs, named)
              + "), and a coding should come from this value set unless it has no suitable code (note that the"
              + " validator cannot judge what is suitable) (codes = " + only.path("system").asText() + "#"
              + only.path("code").asText() + ")"));
    }

    private String versioned(String url, List<String> named) {
      return named.get(1).isEmpty() ? url : url + "|" + named.get(1);
    }

    void binding(Node n, JsonNode item, String type, String path) {
      String strength = n.bindingStrength;
      if (strength == null || strength.equals("preferred") || strength.equals("example")) {
        return;
      }
      if (CURRENCIES.equals(n.valueSet)) {
        return; // the engine's policy leaves currencies unchecked
      }
      Set<String> codes = n.valueSet == null ? null : plan.valueSets.get(n.valueSet);
      if (codes == null) {
        throw notSure("binding to a value set that cannot be listed offline at " + path);
      }
      switch (type) {
        case "code" -> {
          String code = item.asText();
          boolean found = false;
          for (String c : codes) {
            if (c.endsWith("|" + code) && c.length() > code.length() + 1) {
              found = true;
              break;
            }
          }
          if (!found) {
            throw notSure("code not in value set at " + path);
          }
        }
        case "Coding" -> {
          if (!codes.contains(item.path("system").asText() + "|" + item.path("code").asText())) {
            throw notSure("coding not in value set at " + path);
          }
        }
        case "CodeableConcept" -> {
          boolean found = false;
          for (JsonNode c : item.path("coding")) {
            if (codes.contains(c.path("system").asText() + "|" + c.path("code").asText())) {
              found = true;
            }
          }
          if (!found) {
            throw notSure("no coding in value set at " + path);
          }
        }
        default -> throw notSure("binding on " + type + " at " + path);
      }
    }

    void checkCoding(JsonNode coding, String path) {
      String system = coding.path("system").asText(null);
      String code = coding.path("code").asText(null);
      if (system == null || code == null || coding.has("version") || coding.has("userSelected")) {
        throw notSure("coding without system or code at " + path);
      }
      Map<String, String> cs = plan.codeSystems.get(system);
      if (cs != null) {
        String display = cs.get(code);
        if (display == null) {
          throw notSure("code not in code system at " + path);
        }
        if (coding.has("display") && (display.isEmpty() || !coding.path("display").asText().equalsIgnoreCase(display))) {
          throw notSure("display at " + path);
        }
      } else if (!EXTERNAL_SYSTEMS.contains(system)) {
        throw notSure("code system not in plan: " + system);
      }
    }

    void checkReference(JsonNode ref, List<Node> nodes, String path) {
      if (ref.has("type")) {
        throw notSure("reference with a type at " + path);
      }
      if (!ref.has("reference")) {
        return; // a logical reference (identifier) or a display: nothing to resolve
      }
      String r = ref.path("reference").asText();
      if (entries.isEmpty()) {
        standaloneReference(r, nodes, path);
        return;
      }
      Entry target = inBundle(r);
      if (target == null) {
        throw notSure("reference not resolved in the Bundle at " + path);
      }
      if (currentEntry != null) {
        currentEntry.refersTo().add(target.index());
      }
      String rt = target.resource().path("resourceType").asText();
      Entry resolved = target;
      checkTargets(nodes, rt, path, p -> {
        if (claims(resolved.resource(), p)) {
          // the target claims the profile: its own check as an entry (every entry is checked) covers it, and a
          // failure there ends the whole check as not sure
          return;
        }
        String key = resolved.index() + "|" + p;
        // added first: references that go round (a care team and its plan) check each target once; a failure
        // anywhere ends the whole check as not sure
        if (certified.add(key)) {
          Entry saved = currentEntry;
          currentEntry = resolved;
          List<Info> before = new ArrayList<>(infos);
          checkResource(resolved.resource(), resolved.base(), resolved.path(), resolved.jsonPath(), List.of(p));
          infos.clear();
          infos.addAll(before); // the target is reported where it is validated itself
          currentEntry = saved;
        }
      });
    }

    /**
     * Every typed definition of a reference allows a target of this resource type: some target profile is the
     * type's core definition, or a profile of the plan of that type (then {@code planProfile} is told, and may
     * check the target against it). A target profile outside the plan is not sure.
     */
    void checkTargets(List<Node> nodes, String rt, String path, java.util.function.Consumer<String> planProfile) {
      for (Node n : nodes) {
        for (Type t : n.types) {
          if (t.targetProfiles().isEmpty()) {
            continue;
          }
          boolean ok = false;
          for (String p : t.targetProfiles()) {
            Structure target = plan.structures.get(p);
            if (p.equals(CORE + rt) || p.equals(CORE + "Resource")) {
              ok = true;
            } else if (target == null) {
              throw notSure("target profile not in plan: " + p);
            } else if (target.type.equals(rt)) {
              planProfile.accept(p);
              ok = true;
            }
          }
          if (!ok) {
            throw notSure("reference target type at " + path);
          }
        }
      }
    }

    /**
     * A reference in a resource that is not in a Bundle: the engine cannot resolve it, and checks only the type
     * its URL names. Only {@code Type/id} whose type a core target profile allows is certified.
     */
    void standaloneReference(String r, List<Node> nodes, String path) {
      if (!RELATIVE.matcher(r).matches()) {
        throw notSure("reference form at " + path);
      }
      // unresolved: the engine can check the type its URL names, not a profile
      checkTargets(nodes, r.substring(0, r.indexOf('/')), path, p -> { });
    }

    void checkExtensionContext(JsonNode ext, String path) {
      String url = ext.path("url").asText(null);
      if (url == null) {
        throw notSure("extension without url at " + path);
      }
    }

    void checkPrimitive(JsonNode v, String type, List<Node> nodes, String path, List<Object> jsonPath) {
      String t = type.startsWith("System.") ? "string" : type;
      switch (t) {
        case "boolean" -> {
          if (!v.isBoolean()) {
            throw notSure("boolean at " + path);
          }
        }
        case "integer", "positiveInt", "unsignedInt" -> {
          if (!v.isInt() || (t.equals("positiveInt") && v.asInt() < 1) || (t.equals("unsignedInt") && v.asInt() < 0)) {
            throw notSure("integer at " + path);
          }
        }
        case "decimal" -> {
          if (!v.isNumber()) {
            throw notSure("decimal at " + path);
          }
        }
        default -> {
          if (!v.isTextual()) {
            throw notSure("string expected at " + path);
          }
          String s = v.asText();
          if (s.isEmpty() || s.length() > 1_048_576) {
            throw notSure("empty or long string at " + path);
          }
          // string and markdown: plainString below is stricter than their regular expression
          Pattern rx = t.equals("string") || t.equals("markdown") ? null : plan.regex.get(t);
          if (rx != null && !rx.matcher(s).matches()) {
            throw notSure("format of " + t + " at " + path);
          }
          switch (t) {
            case "string", "markdown" -> {
              if (!plainString(s)) {
                throw notSure("string whitespace at " + path);
              }
            }
            case "id" -> {
              if (!ID.matcher(s).matches()) {
                throw notSure("id at " + path);
              }
            }
            case "code" -> {
              if (!s.equals(s.strip()) || s.contains("  ")) {
                throw notSure("code at " + path);
              }
            }
            case "date", "dateTime", "instant" -> {
              int year = Integer.parseInt(s.substring(0, 4));
              if (year < 1900 || year > 2100) {
                throw notSure("year outside the range the engine takes without a word at " + path);
              }
              if (s.length() >= 10) {
                try {
                  LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException e) {
                  throw notSure("date at " + path);
                }
              }
            }
            case "uri", "url", "canonical", "oid", "uuid" -> checkUri(s, path, t, nodes, jsonPath);
            case "xhtml" -> Xhtml.check(s, path);
            case "base64Binary" -> throw notSure(t + " at " + path);
            default -> {
              if (plan.regex.get(t) == null && !t.equals("time")) {
                throw notSure("primitive " + t + " at " + path);
              }
            }
          }
        }
      }
      for (Node n : nodes) {
        if (n.fixed != null && !n.fixed.equals(v)) {
          throw notSure("fixed value at " + path);
        }
        if (n.pattern != null && !n.pattern.equals(v)) {
          throw notSure("pattern at " + path);
        }
        if (n.maxLength > 0 && v.asText().length() > n.maxLength) {
          throw notSure("maxLength at " + path);
        }
        binding(n, v, t, path);
      }
    }

    void checkUri(String s, String path, String type, List<Node> nodes, List<Object> jsonPath) {
      if (s.chars().anyMatch(Character::isWhitespace)) {
        throw notSure("uri whitespace at " + path);
      }
      if (s.startsWith("http://") || s.startsWith("https://")) {
        if (path.endsWith(".system") && isIdentifierSystem(path)) {
          return;
        }
        if (path.endsWith(".url") && "Extension".equals(ownerType)) {
          return; // an extension's url: matched to the url fixed by its definition
        }
        if (FULL_URL.matcher(path).matches()) {
          return; // an entry's fullUrl names the entry; the engine does not look it up as a definition
        }
        if (plan.canonicals.contains(FastPlan.strip(s)) || KNOWN_URLS.contains(s) || s.contains("example.org")
            || s.contains("acme.com")) {
          return;
        }
        if (type.equals("uri") && !nodes.isEmpty() && nodes.stream().allMatch(n -> n.path.equals("Consent.policy.uri"))) {
          // a policy's URL, which no package defines: the engine warns (the one place this is known to be all)
          infos.add(new Info(jsonPath, path, ValidationMessage.IssueSeverity.WARNING,
              ValidationMessage.IssueType.INVALID, "Type_Specific_Checks_DT_URL_Resolve",
              "No definition could be found for URL value '" + s + "'"));
          return;
        }
        throw notSure("URL the engine may not resolve at " + path);
      }
      if (s.startsWith("urn:uuid:") && UUID.matcher(s).matches()) {
        return;
      }
      if (isIdentifierSystem(path) && path.endsWith(".system") && !s.equals(IETF_URI)) {
        // the engine checks the value against some identifier systems: only urn:ietf:rfc:3986 is known here
        // (its value is checked with the identifier)
        throw notSure("identifier system " + s + " at " + path);
      }
      if (!s.startsWith("urn:uuid:") && !s.startsWith("urn:oid:") && SCHEME.matcher(s).matches()) {
        return; // the engine looks up http(s) URLs only, and checks the form of urn:uuid and urn:oid only
      }
      if (path.endsWith(".url") && "Extension".equals(ownerType) && PART_NAME.matcher(s).matches()) {
        return; // the name of a part of a complex extension, matched to its slice's fixed url
      }
      throw notSure("uri at " + path);
    }

    boolean isIdentifierSystem(String path) {
      return "Identifier".equals(ownerType);
    }

    /** The type of the object whose properties are being checked (for Identifier.system). */
    String ownerType;

    /** Whether a resource's {@code meta.profile} has the profile (an unversioned canonical). */
    boolean claims(JsonNode resource, String profile) {
      for (JsonNode claimed : resource.path("meta").path("profile")) {
        if (profile.equals(claimed.asText())) {
          return true;
        }
      }
      return false;
    }

    /** The entry a reference in the current entry points to, as the engine resolves it, or null. */
    Entry inBundle(String r) {
      Entry target = entriesByFullUrl.get(r);
      if (target == null && currentEntry != null && RELATIVE.matcher(r).matches()) {
        String from = currentEntry.fullUrl();
        String own = currentEntry.resource().path("resourceType").asText() + "/"
            + currentEntry.resource().path("id").asText();
        target = entriesByFullUrl.get(from.substring(0, from.length() - own.length()) + r);
      }
      return target;
    }

    /**
     * For {@code resolve()} on the engine's route: the resource a reference points to, when the validator's two
     * ways of resolving it in a Bundle agree (the one it uses when it has checked the reference, as
     * {@link #inBundle} does, and the plain one of its FHIRPath host: the first entry whose fullUrl, or whose type
     * and id, is the reference); otherwise null (not sure).
     */
    JsonNode resolveForEngine(String r) {
      Entry target = entries.isEmpty() ? null : inBundle(r);
      if (target == null) {
        return null;
      }
      for (Entry e : entries) {
        JsonNode res = e.resource();
        if (r.equals(e.fullUrl()) || r.equals(res.path("resourceType").asText() + "/" + res.path("id").asText())) {
          return e == target ? target.resource() : null;
        }
      }
      return null;
    }

    /** The element's invariants, each once per element, on the HAPI model of the element. */
    void invariants(Node n, Base base, Resource resource, List<Object> jsonPath) {
      for (Constraint c : n.constraints) {
        ExpressionNode e = compiled(c);
        if (e == SKIP) {
          continue;
        }
        if (e == UNPARSEABLE) {
          throw notSure("invariant " + c.key() + " cannot be evaluated on the fast path");
        }
        if (base == null) {
          throw notSure("invariant " + c.key() + " without a model element");
        }
        // each expression once per element (the core type and every profile repeat most of them)
        Set<ExpressionNode> done = evaluated.computeIfAbsent(base,
            b -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!done.add(e)) {
          continue;
        }
        String engineExpression = engineExpressions.get(e);
        if (engineExpression != null) {
          invariantOnEngineRoute(c, engineExpression, n, jsonPath);
          continue;
        }
        boolean ok;
        try {
          ok = fhirPaths.get().evaluateToBoolean(null, resource, resource, base, e);
        } catch (RuntimeException ex) {
          throw notSure("invariant " + c.key() + " failed to evaluate");
        }
        if (!ok) {
          throw notSure("invariant " + c.key() + " at " + n.path);
        }
      }
    }

    void invariantOnEngineRoute(Constraint c, String expression, Node n, List<Object> jsonPath) {
      EngineInvariants route = engineInvariants;
      if (route == null) {
        throw notSure(WAITS_FOR_ENGINE);
      }
      if (resourceJson == null) {
        throw notSure("invariant " + c.key() + " outside a resource");
      }
      if (engineSession == null) {
        engineSession = route.session(this::resolveForEngine);
      }
      Boolean ok = engineSession.evaluate(expression, c.key(), resourceJson,
          jsonPath.subList(resourceDepth, jsonPath.size()));
      if (ok == null) {
        throw notSure("invariant " + c.key() + " could not be evaluated at " + n.path);
      }
      if (!ok) {
        throw notSure("invariant " + c.key() + " at " + n.path);
      }
    }
  }

  /**
   * Of two type codes given to one element by different definitions, the one whose checks include the other's
   * (a core definition's plain string for an {@code id} or {@code uri} in a later snapshot), or null when they
   * differ otherwise.
   */
  static String narrower(String a, String b) {
    if (a.equals(b)) {
      return a;
    }
    boolean aString = a.equals("string") || a.equals("System.String");
    boolean bString = b.equals("string") || b.equals("System.String");
    if (aString && (b.equals("id") || b.equals("uri") || b.equals("string"))) {
      return b;
    }
    if (bString && (a.equals("id") || a.equals("uri") || a.equals("string"))) {
      return a;
    }
    return null;
  }

  private boolean isResourceType(String code) {
    return resourceTypes.contains(code);
  }

  /**
   * A string the engine takes without a word: not empty, no whitespace at either end, no control character other
   * than tab, line feed and carriage return.
   */
  static boolean plainString(String s) {
    if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))
        || Character.isSpaceChar(s.charAt(0)) || Character.isSpaceChar(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Narrative the engine certainly accepts: a {@code div} in the XHTML namespace, with only plain text-level and
   * block elements without attributes below it, no entities beyond XML's own, no comments, and some text (txt-1,
   * txt-2). Anything else is not sure.
   */
  static final class Xhtml {
    private static final Set<String> ELEMENTS = Set.of("p", "b", "i", "em", "strong", "br", "span", "ul", "ol", "li",
        "table", "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "div", "small", "sub", "sup",
        "code", "pre", "blockquote", "dl", "dt", "dd", "hr", "caption");
    private static final javax.xml.stream.XMLInputFactory XML = xmlFactory();

    private static javax.xml.stream.XMLInputFactory xmlFactory() {
      javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
      f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      f.setProperty(javax.xml.stream.XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
      f.setProperty(javax.xml.stream.XMLInputFactory.IS_COALESCING, true);
      return f;
    }

    static void check(String div, String path) {
      if (!div.startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">") || div.indexOf('&') >= 0) {
        throw notSure("narrative at " + path);
      }
      boolean text = false;
      int depth = 0;
      try {
        javax.xml.stream.XMLStreamReader r = XML.createXMLStreamReader(new java.io.StringReader(div));
        while (r.hasNext()) {
          int ev = r.next();
          switch (ev) {
            case javax.xml.stream.XMLStreamConstants.START_ELEMENT -> {
              depth++;
              if (!"http://www.w3.org/1999/xhtml".equals(r.getNamespaceURI()) || r.getAttributeCount() != 0
                  || (depth == 1 ? !r.getLocalName().equals("div") || r.getNamespaceCount() != 1
                      : r.getNamespaceCount() != 0 || !ELEMENTS.contains(r.getLocalName()))
                  || r.getPrefix() != null && !r.getPrefix().isEmpty()) {
                throw notSure("narrative element at " + path);
              }
            }
            case javax.xml.stream.XMLStreamConstants.END_ELEMENT -> depth--;
            case javax.xml.stream.XMLStreamConstants.CHARACTERS -> {
              if (!r.getText().isBlank()) {
                text = true;
              }
            }
            case javax.xml.stream.XMLStreamConstants.SPACE, javax.xml.stream.XMLStreamConstants.END_DOCUMENT -> { }
            default -> throw notSure("narrative content at " + path);
          }
        }
      } catch (javax.xml.stream.XMLStreamException e) {
        throw notSure("narrative at " + path);
      }
      if (!text) {
        throw notSure("narrative without text at " + path);
      }
    }
  }

  static String capitalise(String code) {
    return code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }

  /** Whether the pattern is contained in the value: every property of the pattern, every array item matched. */
  static boolean contains(JsonNode value, JsonNode pattern) {
    if (pattern.isObject()) {
      if (!value.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = value.get(f.getKey());
        if (v == null || !contains(v, f.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (pattern.isArray()) {
      if (!value.isArray()) {
        return false;
      }
      for (JsonNode p : pattern) {
        boolean any = false;
        for (JsonNode v : value) {
          if (contains(v, p)) {
            any = true;
            break;
          }
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }
    return pattern.equals(value);
  }
}
