package org.carebridge.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The fast path's validation plan, compiled at build time by {@link FastPlanCompiler} and read from the jar: for
 * every StructureDefinition the package's profiles reach, a tree of element nodes (children by name, slices,
 * cardinality, types, fixed and pattern values, bindings, invariants); the value sets of required and extensible
 * bindings that can be listed offline; the complete code systems; the primitive types' formats. Immutable after
 * loading; shared by all threads without locks.
 */
public final class FastPlan {

  /** Changes whenever the plan's layout or meaning changes, so that an old plan is never read. */
  public static final String FORMAT = "carebridge-fast-plan 3";

  /** Where the plan sits on the class path. */
  public static final String RESOURCE = "org/carebridge/fhir/internal/fastpath/plan.json.gz";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One invariant of an element. */
  record Constraint(String key, String severity, String expression, boolean bestPractice) { }

  /** One type of an element. */
  record Type(String code, List<String> profiles, List<String> targetProfiles) { }

  /** One discriminator of a slicing. */
  record Discriminator(String type, String path) { }

  /** A slicing of an element. */
  record Slicing(List<Discriminator> discriminators, boolean ordered, String rules) { }

  /** One element of a StructureDefinition's snapshot, with its children and its slices. */
  static final class Node {
    final Structure owner;
    final String path;
    final String name;
    final String sliceName;
    final int min;
    final int max;
    final List<Type> types;
    final JsonNode fixed;
    final JsonNode pattern;
    final String fixedKey;
    final String bindingStrength;
    final String valueSet;
    final int maxLength;
    final List<Constraint> constraints;
    final Slicing slicing;
    final String contentReference;
    final Map<String, Node> children = new LinkedHashMap<>();
    final List<Node> slices = new ArrayList<>();

    Node(Structure owner, JsonNode e, List<Constraint> constraintTable) {
      this.owner = owner;
      this.path = e.path("path").asText();
      this.name = path.substring(path.lastIndexOf('.') + 1);
      this.sliceName = e.has("sliceName") ? e.path("sliceName").asText() : null;
      this.min = e.path("min").asInt(0);
      String mx = e.path("max").asText("*");
      this.max = mx.equals("*") ? Integer.MAX_VALUE : Integer.parseInt(mx);
      List<Type> ts = new ArrayList<>();
      for (JsonNode t : e.path("type")) {
        ts.add(new Type(t.path("code").asText(), strings(t.path("profile")), strings(t.path("targetProfile"))));
      }
      this.types = List.copyOf(ts);
      JsonNode f = null;
      JsonNode p = null;
      String fk = null;
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (k.startsWith("fixed")) {
          f = e.get(k);
          fk = k;
        } else if (k.startsWith("pattern")) {
          p = e.get(k);
          fk = k;
        }
      }
      this.fixed = f;
      this.pattern = p;
      this.fixedKey = fk;
      this.bindingStrength = e.path("binding").path("strength").asText(null);
      this.valueSet = e.path("binding").path("valueSet").asText(null);
      this.maxLength = e.path("maxLength").asInt(0);
      List<Constraint> cs = new ArrayList<>();
      for (JsonNode c : e.path("constraint")) {
        cs.add(constraintTable.get(c.asInt()));
      }
      this.constraints = List.copyOf(cs);
      if (e.has("slicing")) {
        List<Discriminator> ds = new ArrayList<>();
        for (JsonNode d : e.path("slicing").path("discriminator")) {
          ds.add(new Discriminator(d.path("type").asText(), d.path("path").asText()));
        }
        this.slicing = new Slicing(List.copyOf(ds), e.path("slicing").path("ordered").asBoolean(false),
            e.path("slicing").path("rules").asText("open"));
      } else {
        this.slicing = null;
      }
      this.contentReference = e.has("contentReference") ? e.path("contentReference").asText() : null;
    }

    boolean isChoice() {
      return name.endsWith("[x]");
    }
  }

  /** One StructureDefinition: its root element node. */
  static final class Structure {
    final String url;
    final String version;
    final String type;
    final String kind;
    final String derivation;
    final String baseDefinition;
    final boolean isAbstract;
    final List<JsonNode> context = new ArrayList<>();
    final Map<String, Node> byPath = new HashMap<>();
    Node root;

    Structure(JsonNode sd, List<Constraint> constraintTable) {
      this.url = sd.path("url").asText();
      this.version = sd.path("version").asText(null);
      this.type = sd.path("type").asText();
      this.kind = sd.path("kind").asText();
      this.derivation = sd.path("derivation").asText("specialization");
      this.baseDefinition = sd.path("baseDefinition").asText(null);
      this.isAbstract = sd.path("abstract").asBoolean(false);
      sd.path("context").forEach(context::add);
      Map<String, Node> current = new HashMap<>();
      Map<String, Node> unsliced = new HashMap<>();
      for (JsonNode e : sd.path("element")) {
        Node n = new Node(this, e, constraintTable);
        if (root == null) {
          root = n;
          current.put(n.path, n);
          unsliced.put(n.path, n);
          byPath.put(n.path, n);
          continue;
        }
        if (n.sliceName != null) {
          Node base = unsliced.get(n.path);
          if (base == null) {
            continue; // a slice of an element not in the snapshot: never matched, so never certified
          }
          base.slices.add(n);
          current.put(n.path, n);
          dropBelow(current, n.path);
          continue;
        }
        int dot = n.path.lastIndexOf('.');
        Node parent = dot < 0 ? null : current.get(n.path.substring(0, dot));
        if (parent == null) {
          continue;
        }
        parent.children.put(n.name, n);
        current.put(n.path, n);
        unsliced.put(n.path, n);
        dropBelow(current, n.path);
        byPath.putIfAbsent(n.path, n);
      }
    }

    private static void dropBelow(Map<String, Node> current, String path) {
      current.keySet().removeIf(k -> k.startsWith(path + "."));
    }

    String versioned() {
      return version == null ? url : url + "|" + version;
    }
  }

  final Map<String, String> packages;
  final Map<String, Structure> structures;
  final Map<String, Set<String>> valueSets;
  /** A bound value set's name in the engine's messages ({@code title}, else {@code name}) and version. */
  final Map<String, List<String>> valueSetNames;
  final Map<String, Map<String, String>> codeSystems;
  final Set<String> caseInsensitive;
  final Map<String, Pattern> regex;
  final Set<String> canonicals;

  private FastPlan(JsonNode plan) {
    Map<String, String> pk = new LinkedHashMap<>();
    plan.path("packages").fields().forEachRemaining(e -> pk.put(e.getKey(), e.getValue().asText()));
    this.packages = Map.copyOf(pk);
    // the plan's invariants, each once: elements refer to them by index, and share the records
    List<Constraint> constraintTable = new ArrayList<>();
    for (JsonNode c : plan.path("constraints")) {
      constraintTable.add(new Constraint(c.path("key").asText(), c.path("severity").asText(),
          c.path("expression").asText(), c.path("bestPractice").asBoolean(false)));
    }
    Map<String, Structure> sds = new HashMap<>();
    plan.path("structures").fields().forEachRemaining(e -> sds.put(e.getKey(),
        new Structure(e.getValue(), constraintTable)));
    this.structures = Map.copyOf(sds);
    Map<String, Set<String>> vss = new HashMap<>();
    plan.path("valueSets").fields().forEachRemaining(e -> {
      Set<String> codes = new HashSet<>();
      e.getValue().forEach(c -> codes.add(c.asText()));
      vss.put(e.getKey(), Set.copyOf(codes));
    });
    this.valueSets = Map.copyOf(vss);
    Map<String, List<String>> vsn = new HashMap<>();
    plan.path("valueSetNames").fields().forEachRemaining(e -> vsn.put(e.getKey(),
        List.of(e.getValue().path(0).asText(), e.getValue().path(1).asText())));
    this.valueSetNames = Map.copyOf(vsn);
    Map<String, Map<String, String>> css = new HashMap<>();
    Set<String> ci = new HashSet<>();
    plan.path("codeSystems").fields().forEachRemaining(e -> {
      Map<String, String> codes = new HashMap<>();
      e.getValue().fields().forEachRemaining(c -> {
        if (c.getKey().equals("$caseSensitive")) {
          if (!c.getValue().asBoolean()) {
            ci.add(e.getKey());
          }
        } else {
          codes.put(c.getKey(), c.getValue().asText());
        }
      });
      css.put(e.getKey(), Map.copyOf(codes));
    });
    this.codeSystems = Map.copyOf(css);
    this.caseInsensitive = Set.copyOf(ci);
    Map<String, Pattern> rx = new HashMap<>();
    plan.path("regex").fields().forEachRemaining(e -> rx.put(e.getKey(), Pattern.compile(e.getValue().asText())));
    this.regex = Map.copyOf(rx);
    Set<String> cn = new HashSet<>();
    plan.path("canonicals").forEach(c -> cn.add(c.asText()));
    this.canonicals = Set.copyOf(cn);
  }

  /**
   * Reads the plan from the class path.
   *
   * @return the plan, or null when there is none (a build without the compiler) or it has another format
   */
  public static FastPlan load() {
    try (InputStream in = FastPlan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      JsonNode plan = JSON.readTree(new GZIPInputStream(in));
      if (!FORMAT.equals(plan.path("format").asText())) {
        return null;
      }
      return new FastPlan(plan);
    } catch (IOException e) {
      return null;
    }
  }

  /** The packages the plan was compiled from: {@code name#version} to the SHA-256 of the package file. */
  public Map<String, String> packages() {
    return packages;
  }

  /** The SHA-256 of some bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(FastPlanCompiler.strip(x.asText())));
    return List.copyOf(out);
  }
}
