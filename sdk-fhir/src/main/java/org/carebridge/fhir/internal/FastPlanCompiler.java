package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.fhir.CareBridgeValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Build-time compiler of the fast path's validation plan ({@link FastPlan}): from the snapshot-complete
 * StructureDefinitions of the CareBridge package (and of UK Core STU2 when its package file is given), the FHIR R4
 * core definitions they reach, and the value sets and code systems of their bindings, it writes one compact JSON
 * document ({@code plan.json.gz}, the format is described in docs/performance.md) with the SHA-256 of every input
 * package, so that a plan compiled from other packages is never used.
 *
 * <p>Run by {@code sdk-fhir/pom.xml} ({@code exec:java} in {@code process-classes}); Maven only, no network.
 */
public final class FastPlanCompiler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
  private static final String FHIR_TYPE_EXT = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";
  private static final String REGEX_EXT = "http://hl7.org/fhir/StructureDefinition/regex";
  private static final String BEST_PRACTICE_EXT = "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice";

  private final Map<String, JsonNode> structures = new LinkedHashMap<>();
  private final Map<String, JsonNode> valueSets = new LinkedHashMap<>();
  private final Map<String, JsonNode> codeSystems = new LinkedHashMap<>();
  private final DefaultProfileValidationSupport core;
  private final FhirContext ctx;

  private FastPlanCompiler(FhirContext ctx) {
    this.ctx = ctx;
    this.core = new DefaultProfileValidationSupport(ctx);
  }

  /**
   * Compiles the plan.
   *
   * @param args the output file ({@code plan.json.gz}), then the UK Core STU2 package file (used when it exists)
   * @throws IOException when a package cannot be read or the plan cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: FastPlanCompiler <plan.json.gz> [<uk core .tgz>]");
    }
    Path out = Path.of(args[0]);
    byte[] carebridge;
    try (InputStream in = FastPlanCompiler.class.getClassLoader()
        .getResourceAsStream("org/carebridge/profiles/uk.carebridge.r4-0.1.0.tgz")) {
      if (in == null) {
        throw new IOException("the CareBridge package is not on the class path");
      }
      carebridge = in.readAllBytes();
    }
    byte[] ukCore = args.length > 1 && Files.isRegularFile(Path.of(args[1])) ? Files.readAllBytes(Path.of(args[1])) : null;
    String stamp = FastPlan.FORMAT + "|" + ca.uhn.fhir.util.VersionUtil.getVersion() + "|" + FastPlan.sha256(carebridge)
        + "|" + (ukCore == null ? "-" : FastPlan.sha256(ukCore)) + "|" + FastPlan.sha256(ownClass());
    Path stampFile = out.resolveSibling(out.getFileName() + ".stamp");
    if (Files.exists(out) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
      return;
    }
    FastPlanCompiler c = new FastPlanCompiler(FhirContext.forR4());
    ObjectNode plan = c.compile(carebridge, ukCore);
    notices(plan, ukCore);
    Files.createDirectories(out.getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
      JSON.writeValue(o, plan);
    }
    Files.writeString(stampFile, stamp);
  }

  /**
   * The notices of a validator with exactly the plan's packages, as the HL7 engine's preparation gives them, so that
   * a validator on the fast path has them at once instead of after that preparation (seconds): recorded as the
   * code systems of the terminology notices when those are all there is, and left out otherwise (the validator
   * then waits for the engine's).
   */
  private static void notices(ObjectNode plan, byte[] ukCore) {
    CareBridgeValidator.Builder b = CareBridgeValidator.builder().withoutFastPath().withoutPackageCache();
    if (ukCore != null) {
      b.addPackage(new ByteArrayInputStream(ukCore));
    }
    List<Issue> notices = b.build().notices();
    ArrayNode systems = JSON.createArrayNode();
    for (Issue n : notices) {
      String system = terminologySystem(n);
      if (system == null) {
        return;
      }
      systems.add(system);
    }
    plan.set("terminologyNotices", systems);
  }

  /** The code system a terminology notice is about, when rebuilding the notice from it gives the same notice. */
  private static String terminologySystem(Issue notice) {
    for (String word : notice.message().split(" ")) {
      if ((word.startsWith("http://") || word.startsWith("https://") || word.startsWith("urn:"))
          && IssueCode.TERMINOLOGY_OFFLINE.issue(Location.whole(), word).equals(notice)) {
        return word;
      }
    }
    return null;
  }

  /**
   * This compiler's own class file, and those of the code that decides the notices it records: a change to any of
   * them compiles the plan again.
   */
  private static byte[] ownClass() throws IOException {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (Class<?> c : List.of(FastPlanCompiler.class, Dangling.class, SupportChains.class, Dependencies.class)) {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        if (in != null) {
          in.transferTo(all);
        }
      }
    }
    return all.toByteArray();
  }

  ObjectNode compile(byte[] carebridge, byte[] ukCore) throws IOException {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("format", FastPlan.FORMAT);
    plan.put("hapi", ca.uhn.fhir.util.VersionUtil.getVersion());
    ObjectNode packages = plan.putObject("packages");
    Set<String> roots = new LinkedHashSet<>();
    NpmPackage cb = NpmPackage.fromPackage(new ByteArrayInputStream(carebridge));
    packages.put(cb.name() + "#" + cb.version(), FastPlan.sha256(carebridge));
    roots.addAll(read(cb));
    if (ukCore != null) {
      NpmPackage uk = NpmPackage.fromPackage(new ByteArrayInputStream(ukCore));
      packages.put(uk.name() + "#" + uk.version(), FastPlan.sha256(ukCore));
      read(uk);
    }
    // the closure of the package's profiles: their types, type profiles and target profiles
    Deque<String> todo = new ArrayDeque<>(roots);
    Set<String> done = new LinkedHashSet<>();
    Set<String> bindings = new LinkedHashSet<>();
    Set<String> allBindings = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      String url = todo.pop();
      if (!done.add(url)) {
        continue;
      }
      JsonNode sd = structure(url);
      if (sd == null) {
        continue;
      }
      if (sd.has("type") && !sd.path("type").asText().contains(":")) {
        todo.add(CORE + sd.path("type").asText());
      }
      for (JsonNode e : sd.path("snapshot").path("element")) {
        for (JsonNode t : e.path("type")) {
          String code = typeCode(e, t);
          todo.add(CORE + code);
          t.path("profile").forEach(p -> todo.add(FastPlan.strip(p.asText())));
          t.path("targetProfile").forEach(p -> todo.add(FastPlan.strip(p.asText())));
        }
        String strength = e.path("binding").path("strength").asText();
        if (strength.equals("required") || strength.equals("extensible")) {
          bindings.add(FastPlan.strip(e.path("binding").path("valueSet").asText()));
        }
        if (e.path("binding").has("valueSet")) {
          allBindings.add(FastPlan.strip(e.path("binding").path("valueSet").asText()));
        }
      }
    }
    ObjectNode sds = plan.putObject("structures");
    // every distinct invariant once (ele-1 alone is on every element), referred to by its index
    ArrayNode constraints = plan.putArray("constraints");
    Map<JsonNode, Integer> constraintIndex = new HashMap<>();
    for (String url : done) {
      JsonNode sd = structure(url);
      if (sd != null) {
        sds.set(url, compact(sd, constraints, constraintIndex));
      }
    }
    ObjectNode vss = plan.putObject("valueSets");
    for (String vs : bindings) {
      Set<String> codes = expand(vs, new LinkedHashSet<>());
      if (codes != null) {
        ArrayNode a = JSON.createArrayNode();
        codes.forEach(a::add);
        vss.put(vs, text(a));
      }
    }
    // the code systems of every bound value set (any strength): the engine checks every coding of a system it knows
    for (String vs : allBindings) {
      JsonNode v = valueSet(vs);
      if (v != null) {
        for (JsonNode inc : v.path("compose").path("include")) {
          if (inc.has("system")) {
            codeSystem(inc.path("system").asText());
          }
        }
      }
    }
    // how the engine names each bound value set in its messages (title, else name) and its version
    ObjectNode names = plan.putObject("valueSetNames");
    for (String vs : allBindings) {
      JsonNode v = valueSet(vs);
      if (v != null) {
        String title = v.path("title").asText("");
        names.putArray(vs).add(title.isEmpty() ? v.path("name").asText("") : title).add(v.path("version").asText(""));
      }
    }
    ObjectNode css = plan.putObject("codeSystems");
    for (String url : codeSystems.keySet()) {
      JsonNode cs = codeSystems.get(url);
      if ("complete".equals(cs.path("content").asText())) {
        ObjectNode codes = JSON.createObjectNode();
        codes.put("$caseSensitive", cs.path("caseSensitive").asBoolean(false));
        concepts(cs.path("concept"), codes);
        css.put(url, text(codes));
      }
    }
    ObjectNode regex = plan.putObject("regex");
    for (String url : done) {
      JsonNode sd = structure(url);
      if (sd != null && "primitive-type".equals(sd.path("kind").asText())) {
        for (JsonNode e : sd.path("snapshot").path("element")) {
          if (e.path("path").asText().endsWith(".value")) {
            for (JsonNode t : e.path("type")) {
              for (JsonNode x : t.path("extension")) {
                if (REGEX_EXT.equals(x.path("url").asText())) {
                  regex.put(sd.path("type").asText(), x.path("valueString").asText());
                }
              }
            }
          }
        }
      }
    }
    ArrayNode canon = plan.putArray("canonicals");
    Set<String> all = new LinkedHashSet<>(structures.keySet());
    all.addAll(valueSets.keySet());
    all.addAll(codeSystems.keySet());
    all.forEach(canon::add);
    return plan;
  }

  private List<String> read(NpmPackage npm) throws IOException {
    List<String> sdUrls = new java.util.ArrayList<>();
    for (String file : npm.listResources("StructureDefinition", "ValueSet", "CodeSystem")) {
      JsonNode r;
      try (InputStream in = npm.load("package", file)) {
        r = JSON.readTree(in);
      }
      String url = r.path("url").asText();
      switch (r.path("resourceType").asText()) {
        case "StructureDefinition" -> {
          structures.put(url, r);
          sdUrls.add(url);
        }
        case "ValueSet" -> valueSets.put(url, r);
        case "CodeSystem" -> codeSystems.put(url, r);
        default -> { }
      }
    }
    return sdUrls;
  }

  private JsonNode structure(String url) throws IOException {
    return url.startsWith(CORE) ? cached(structures, url, core::fetchStructureDefinition) : structures.get(url);
  }

  private JsonNode valueSet(String url) throws IOException {
    return cached(valueSets, url, core::fetchValueSet);
  }

  private JsonNode codeSystem(String url) throws IOException {
    return cached(codeSystems, url, core::fetchCodeSystem);
  }

  /** A definition of the packages read, else of FHIR core (kept once read), as JSON; null when neither has it. */
  private JsonNode cached(Map<String, JsonNode> map, String url,
      java.util.function.Function<String, IBaseResource> fetch) throws IOException {
    JsonNode found = map.get(url);
    if (found == null) {
      IBaseResource r = fetch.apply(url);
      if (r != null) {
        found = JSON.readTree(ctx.newJsonParser().encodeResourceToString(r));
        map.put(url, found);
      }
    }
    return found;
  }

  /**
   * The codes of a value set as {@code system|code}, or null when they cannot be listed offline: a filter, an
   * exclude, a code system that is not complete or not loaded without a list of concepts, an import that
   * cannot be listed.
   */
  private Set<String> expand(String url, Set<String> visiting) throws IOException {
    if (!visiting.add(url)) {
      return null;
    }
    JsonNode vs = valueSet(url);
    if (vs == null || !vs.has("compose")) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode inc : vs.path("compose").path("include")) {
      if (inc.has("version") || (inc.has("filter") && (inc.has("concept") || !inc.has("system")))) {
        return null;
      }
      Set<String> part = null;
      String system = inc.path("system").asText(null);
      if (system != null) {
        part = new LinkedHashSet<>();
        if (inc.has("filter")) {
          Set<String> filtered = filtered(system, inc.path("filter"));
          if (filtered == null) {
            return null;
          }
          part.addAll(filtered);
        } else if (inc.has("concept")) {
          for (JsonNode c : inc.path("concept")) {
            part.add(system + "|" + c.path("code").asText());
          }
        } else {
          JsonNode cs = codeSystem(system);
          if (cs == null || !"complete".equals(cs.path("content").asText())) {
            return null;
          }
          ObjectNode all = JSON.createObjectNode();
          concepts(cs.path("concept"), all);
          for (Iterator<String> it = all.fieldNames(); it.hasNext(); ) {
            part.add(system + "|" + it.next());
          }
        }
      }
      for (JsonNode imported : inc.path("valueSet")) {
        Set<String> other = expand(FastPlan.strip(imported.asText()), visiting);
        if (other == null) {
          return null;
        }
        if (part == null) {
          part = new LinkedHashSet<>(other);
        } else {
          part.retainAll(other);
        }
      }
      if (part == null) {
        return null;
      }
      codes.addAll(part);
    }
    // an exclude is applied exactly (a code left in that should be out would certify wrongly): lists only
    for (JsonNode exc : vs.path("compose").path("exclude")) {
      if (!exc.has("system") || !exc.has("concept") || exc.has("filter") || exc.has("valueSet") || exc.has("version")) {
        return null;
      }
      for (JsonNode c : exc.path("concept")) {
        codes.remove(exc.path("system").asText() + "|" + c.path("code").asText());
      }
    }
    visiting.remove(url);
    return codes;
  }

  /**
   * The codes of an include with filters, when every filter is {@code concept is-a} or {@code descendent-of} on a
   * complete code system (following the nesting of its concepts), else null.
   */
  private Set<String> filtered(String system, JsonNode filters) throws IOException {
    JsonNode cs = codeSystem(system);
    // codes placed below another by a property rather than by nesting are left out: fewer codes only hand more
    // inputs to the engine
    if (cs == null || !"complete".equals(cs.path("content").asText())) {
      return null;
    }
    Set<String> out = null;
    for (JsonNode f : filters) {
      String op = f.path("op").asText();
      if (!"concept".equals(f.path("property").asText()) || !(op.equals("is-a") || op.equals("descendent-of"))) {
        return null;
      }
      JsonNode top = find(cs.path("concept"), f.path("value").asText());
      if (top == null) {
        return null;
      }
      ObjectNode codes = JSON.createObjectNode();
      if (op.equals("is-a")) {
        concepts(JSON.createArrayNode().add(top), codes);
      } else {
        concepts(top.path("concept"), codes);
      }
      Set<String> these = new LinkedHashSet<>();
      codes.fieldNames().forEachRemaining(c -> these.add(system + "|" + c));
      if (out == null) {
        out = these;
      } else {
        out.retainAll(these);
      }
    }
    return out;
  }

  private static JsonNode find(JsonNode concepts, String code) {
    for (JsonNode c : concepts) {
      if (code.equals(c.path("code").asText())) {
        return c;
      }
      JsonNode below = find(c.path("concept"), code);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  /** Code to display (empty when none), flattened over the hierarchy; abstract or inactive codes are left out. */
  private static void concepts(JsonNode list, ObjectNode into) {
    for (JsonNode c : list) {
      boolean usable = true;
      for (JsonNode p : c.path("property")) {
        String code = p.path("code").asText();
        if ((code.equals("notSelectable") || code.equals("abstract")) && p.path("valueBoolean").asBoolean(false)
            || (code.equals("status") && !"active".equals(p.path("valueCode").asText()))
            || (code.equals("inactive") && p.path("valueBoolean").asBoolean(false))
            || code.equals("deprecated") || code.equals("deprecationDate")) {
          usable = false;
        }
      }
      if (usable) {
        into.put(c.path("code").asText(), c.path("display").asText(""));
      }
      concepts(c.path("concept"), into);
    }
  }

  /** The snapshot's elements with only what the fast path reads. */
  private static JsonNode compact(JsonNode sd, ArrayNode constraints, Map<JsonNode, Integer> constraintIndex) {
    ObjectNode out = JSON.createObjectNode();
    for (String f : List.of("url", "version", "type", "kind", "abstract", "derivation", "baseDefinition")) {
      if (sd.has(f)) {
        out.set(f, sd.get(f));
      }
    }
    ArrayNode ctxs = out.putArray("context");
    sd.path("context").forEach(ctxs::add);
    ArrayNode els = JSON.createArrayNode();
    for (JsonNode e : sd.path("snapshot").path("element")) {
      ObjectNode o = els.addObject();
      Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String k = f.getKey();
        if (k.equals("path") || k.equals("sliceName") || k.equals("min") || k.equals("max") || k.equals("maxLength")
            || k.equals("contentReference") || k.equals("slicing") || k.startsWith("fixed") || k.startsWith("pattern")
            || k.equals("isModifier")) {
          o.set(k, f.getValue());
        }
      }
      if (e.has("binding")) {
        ObjectNode b = o.putObject("binding");
        b.put("strength", e.path("binding").path("strength").asText());
        if (e.path("binding").has("valueSet")) {
          b.put("valueSet", FastPlan.strip(e.path("binding").path("valueSet").asText()));
        }
      }
      ArrayNode types = o.putArray("type");
      for (JsonNode t : e.path("type")) {
        ObjectNode to = types.addObject();
        to.put("code", typeCode(e, t));
        if (t.has("profile")) {
          to.set("profile", t.get("profile"));
        }
        if (t.has("targetProfile")) {
          to.set("targetProfile", t.get("targetProfile"));
        }
        if (t.has("aggregation")) {
          to.set("aggregation", t.get("aggregation"));
        }
      }
      ArrayNode cons = o.putArray("constraint");
      for (JsonNode c : e.path("constraint")) {
        ObjectNode co = JSON.createObjectNode();
        co.put("key", c.path("key").asText());
        co.put("severity", c.path("severity").asText());
        co.put("expression", c.path("expression").asText(""));
        boolean bp = false;
        for (JsonNode x : c.path("extension")) {
          if (BEST_PRACTICE_EXT.equals(x.path("url").asText()) && x.path("valueBoolean").asBoolean(false)) {
            bp = true;
          }
        }
        co.put("bestPractice", bp);
        Integer index = constraintIndex.get(co);
        if (index == null) {
          index = constraints.size();
          constraints.add(co);
          constraintIndex.put(co, index);
        }
        cons.add(index);
      }
    }
    out.put("elements", text(els));
    return out;
  }

  /**
   * A part of the plan as JSON text inside the plan: the runtime reads it (a structure's elements, a value set's
   * codes, a code system's) only when an input first needs it.
   */
  private static String text(JsonNode part) {
    try {
      return JSON.writeValueAsString(part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The FHIR type code, also for the FHIRPath system types of {@code id}, {@code url} and primitive values. */
  static String typeCode(JsonNode element, JsonNode type) {
    String code = type.path("code").asText();
    if (code.startsWith("http://hl7.org/fhirpath/System.")) {
      for (JsonNode x : type.path("extension")) {
        if (FHIR_TYPE_EXT.equals(x.path("url").asText())) {
          return x.has("valueUrl") ? x.path("valueUrl").asText() : x.path("valueUri").asText();
        }
      }
      return "System." + code.substring("http://hl7.org/fhirpath/System.".length());
    }
    return code;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
