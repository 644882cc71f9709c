package org.carebridge.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
  public static final String FORMAT = "carebridge-fast-plan 4";

  /** Where the plan sits on the class path. */
  public static final String RESOURCE = "org/carebridge/fhir/internal/fastpath/plan.json.gz";

  /** One invariant of the plan; {@code id} is its place in the plan's table of them (0 to count - 1). */
  record Constraint(int id, String key, String severity, String expression, boolean bestPractice) { }

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

  /**
   * One StructureDefinition: what it is, and its element nodes, built from the plan's text of them when first
   * needed (an input reaches a few dozen of the plan's structures; building all of them would cost every new JVM).
   */
  static final class Structure {
    final String url;
    final String version;
    final String type;
    final String kind;
    final String derivation;
    final String baseDefinition;
    final boolean isAbstract;
    final List<JsonNode> context = new ArrayList<>();
    private final String elementsJson;
    private final List<Constraint> constraintTable;
    private volatile Elements elements;

    /** The element nodes: the root, and the first node of each path. */
    private record Elements(Node root, Map<String, Node> byPath) { }

    Structure(JsonNode sd, List<Constraint> constraintTable) {
      this.url = sd.path("url").asText();
      this.version = sd.path("version").asText(null);
      this.type = sd.path("type").asText();
      this.kind = sd.path("kind").asText();
      this.derivation = sd.path("derivation").asText("specialization");
      this.baseDefinition = sd.path("baseDefinition").asText(null);
      this.isAbstract = sd.path("abstract").asBoolean(false);
      sd.path("context").forEach(context::add);
      this.elementsJson = sd.path("elements").asText("[]");
      this.constraintTable = constraintTable;
    }

    /** The root element node. */
    Node root() {
      return elements().root();
    }

    /** The first element node of each path (not a slice). */
    Map<String, Node> byPath() {
      return elements().byPath();
    }

    private Elements elements() {
      Elements e = elements;
      if (e == null) {
        synchronized (this) {
          e = elements;
          if (e == null) {
            e = build();
            elements = e;
          }
        }
      }
      return e;
    }

    private Elements build() {
      JsonNode list;
      try {
        list = JsonTrees.read(elementsJson);
      } catch (IOException ex) {
        throw new UncheckedIOException("the fast plan's elements of " + url, ex);
      }
      Node root = null;
      Map<String, Node> byPath = new HashMap<>();
      Map<String, Node> current = new HashMap<>();
      Map<String, Node> unsliced = new HashMap<>();
      for (JsonNode e : list) {
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
      if (root == null) {
        throw new IllegalStateException("the fast plan has no elements for " + url);
      }
      return new Elements(root, byPath);
    }

    private static void dropBelow(Map<String, Node> current, String path) {
      String below = path + ".";
      current.keySet().removeIf(k -> k.startsWith(below));
    }

    String versioned() {
      return version == null ? url : url + "|" + version;
    }
  }

  final Map<String, String> packages;
  /**
   * The code systems of the validator's notices with exactly the plan's packages (all terminology notices), as
   * the compiler had them from the HL7 engine's preparation; null when the compiler found other notices.
   */
  final List<String> terminologyNotices;
  /** How many invariants the plan has (their ids are 0 to this - 1). */
  final int constraintCount;
  final Map<String, Structure> structures;
  /** The codes ({@code system|code}) of each value set that can be listed offline. */
  final Lazy<Set<String>> valueSets;
  /** A bound value set's name in the engine's messages ({@code title}, else {@code name}) and version. */
  final Map<String, List<String>> valueSetNames;
  /** The codes of each complete code system, with their displays. */
  final Lazy<Map<String, String>> codeSystems;
  final Map<String, Pattern> regex;
  final Set<String> canonicals;

  private FastPlan(JsonNode plan) {
    Map<String, String> pk = new LinkedHashMap<>();
    plan.path("packages").fields().forEachRemaining(e -> pk.put(e.getKey(), e.getValue().asText()));
    this.packages = Map.copyOf(pk);
    JsonNode notices = plan.get("terminologyNotices");
    if (notices == null || !notices.isArray()) {
      this.terminologyNotices = null;
    } else {
      List<String> systems = new ArrayList<>();
      notices.forEach(n -> systems.add(n.asText()));
      this.terminologyNotices = List.copyOf(systems);
    }
    // the plan's invariants, each once: elements refer to them by index, and share the records
    List<Constraint> constraintTable = new ArrayList<>();
    for (JsonNode c : plan.path("constraints")) {
      constraintTable.add(new Constraint(constraintTable.size(), c.path("key").asText(), c.path("severity").asText(),
          c.path("expression").asText(), c.path("bestPractice").asBoolean(false)));
    }
    this.constraintCount = constraintTable.size();
    Map<String, Structure> sds = new HashMap<>();
    List<Constraint> table = List.copyOf(constraintTable);
    plan.path("structures").fields().forEachRemaining(e -> sds.put(e.getKey(), new Structure(e.getValue(), table)));
    this.structures = Map.copyOf(sds);
    this.valueSets = new Lazy<>(texts(plan.path("valueSets")), codes -> {
      Set<String> out = new HashSet<>();
      codes.forEach(c -> out.add(c.asText()));
      return Set.copyOf(out);
    });
    Map<String, List<String>> vsn = new HashMap<>();
    plan.path("valueSetNames").fields().forEachRemaining(e -> vsn.put(e.getKey(),
        List.of(e.getValue().path(0).asText(), e.getValue().path(1).asText())));
    this.valueSetNames = Map.copyOf(vsn);
    this.codeSystems = new Lazy<>(texts(plan.path("codeSystems")), concepts -> {
      Map<String, String> out = new HashMap<>();
      concepts.fields().forEachRemaining(c -> {
        if (!c.getKey().equals("$caseSensitive")) {
          out.put(c.getKey(), c.getValue().asText());
        }
      });
      return Map.copyOf(out);
    });
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
      JsonNode plan = JsonTrees.read(new GZIPInputStream(in));
      if (!FORMAT.equals(plan.path("format").asText())) {
        return null;
      }
      return new FastPlan(plan);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The code systems a validator with exactly the plan's packages gives terminology notices for, in order.
   *
   * @return the code systems, or empty when the plan does not know its packages' notices
   */
  public Optional<List<String>> terminologyNotices() {
    return Optional.ofNullable(terminologyNotices);
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

  /**
   * Parts of the plan kept as the JSON text the compiler wrote, each read when first asked for: an input needs a
   * handful of the plan's value sets and code systems. Thread-safe; a part is read once.
   */
  static final class Lazy<T> {
    private final Map<String, String> texts;
    private final Function<JsonNode, T> read;
    private final Map<String, T> values = new ConcurrentHashMap<>();

    Lazy(Map<String, String> texts, Function<JsonNode, T> read) {
      this.texts = texts;
      this.read = read;
    }

    /** The part for this key, or null when the plan has none. */
    T get(String key) {
      T v = values.get(key);
      if (v != null) {
        return v;
      }
      String text = texts.get(key);
      return text == null ? null : values.computeIfAbsent(key, k -> {
        try {
          return read.apply(JsonTrees.read(text));
        } catch (IOException e) {
          throw new UncheckedIOException("the fast plan's " + k, e);
        }
      });
    }

    boolean containsKey(String key) {
      return texts.containsKey(key);
    }
  }

  private static Map<String, String> texts(JsonNode parts) {
    Map<String, String> out = new HashMap<>();
    parts.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return Map.copyOf(out);
  }

  /** A canonical URL without its version ({@code |...}). */
  static String strip(String canonical) {
    int bar = canonical.indexOf('|');
    return bar < 0 ? canonical : canonical.substring(0, bar);
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(strip(x.asText())));
    return List.copyOf(out);
  }
}
