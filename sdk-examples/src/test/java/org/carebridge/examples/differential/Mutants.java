package org.carebridge.examples.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A seeded generator of mutants of FHIR JSON Bundles (one change each), for the differential tests.
 *
 * <p>Mutant {@code i} depends only on the seed, the bases (in order) and {@code i}: the first 400 mutants of a
 * run are the first 400 of a run of 5000, on every machine. Each mutant applies one {@link Operator} at one place
 * of one base and says what it did ({@link Mutant#operator()}, {@link Mutant#path()}, {@link Mutant#detail()}).
 * When the chosen operator has nothing to work on in the chosen base, the next operator (in declaration order)
 * is tried.
 */
public final class Mutants {

  /** What a mutant changes. */
  public enum Operator {
    /** Removes an element (an object member or an array item). */
    DELETE,
    /** Repeats an array item next to itself (an entry, an identifier, an extension...). */
    DUPLICATE,
    /** Moves an array item to another position. */
    REORDER,
    /** Replaces a value with one of another JSON type (a string where an object is, a number where a string...). */
    RETYPE,
    /** Changes a code, a code system or a display. */
    RECODE,
    /** Points a reference to a missing entry or to an entry of another resource type. */
    BREAK_REFERENCE,
    /** Makes a date, dateTime or instant invalid (impossible day, wrong format, missing time zone...). */
    BREAK_DATE,
    /** Drops or changes {@code meta.profile}. */
    META_PROFILE,
    /** Adds an element no definition has. */
    UNKNOWN_ELEMENT,
    /** Gives an extension an unknown URL (UK Core or CareBridge domain) or a value of the wrong type. */
    BROKEN_EXTENSION,
    /**
     * Second series ({@link #extra(int)}) only, from here on: moves an item to another slice or to none (an
     * identifier's system or an extension's url replaced by another one of the same input).
     */
    BREAK_SLICE,
    /** Second series only: a string with whitespace at an edge, empty, or with a control character. */
    EDGE_STRING,
    /** Second series only: an entry claims the profile of another entry, or a second profile. */
    SWAP_PROFILE,
    /** Second series only: a period ends before it starts, or a number turns negative (invariants). */
    BREAK_INVARIANT,
    /**
     * Second series only: a date moves by one or two days either way, or loses its day (the edges of invariants
     * that compare dates or add a day to one, such as the key worker periods).
     */
    SHIFT_DATE,
    /** Second series only: a number moves a little (the edges of invariants that add amounts up). */
    NUDGE_NUMBER
  }

  /** The operators of the first series ({@link #mutant(int)}): fixed, so that its mutant numbers never change. */
  private static final Operator[] FIRST = java.util.Arrays.copyOf(Operator.values(), 10);
  /** The operators of the second series ({@link #extra(int)}). */
  private static final Operator[] SECOND = java.util.Arrays.copyOfRange(Operator.values(), 10, Operator.values().length);

  /**
   * A Bundle to mutate.
   *
   * @param name where it comes from (a file name)
   * @param json the Bundle as JSON
   */
  public record Base(String name, String json) {
    /** Checks the components. */
    public Base {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * One mutant.
   *
   * @param id {@code m<index>}
   * @param base the base's name
   * @param operator what was changed
   * @param path where, as a JSON pointer into the base
   * @param detail how (old and new value, in short)
   * @param json the mutant
   */
  public record Mutant(String id, String base, Operator operator, String path, String detail, String json) {
    /** One line: id, operator, base, path and detail. */
    public String describe() {
      return id + " " + operator + " " + base + " " + path + ": " + detail;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,40}");
  private static final List<String> CODE_FIELDS = List.of("status", "gender", "intent", "use", "mode", "code",
      "eventCoding", "kind", "type", "priority", "category");
  private static final List<String> UNKNOWN_NAMES = List.of("carebridgeNote", "nhsNumber", "valueString", "comment",
      "_statusReason", "fhir_comments");
  private static final List<String> UNKNOWN_EXTENSION_URLS = List.of(
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-CareBridgeUnknown",
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategry",
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-unknown-extension",
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-pathways");
  private static final List<String> BAD_DATES = List.of("2026-13-01", "2026-02-30", "2026-11-23T25:00:00Z",
      "23/11/2026", "2026-11-23T10:00:00", "2026-11-23T10:00Z", "2026-1-5", "", "tomorrow", "2026-11-23 10:00:00Z");
  private static final List<String> OTHER_PROFILES = List.of(
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person",
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-care-plan-bundle",
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-message",
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-unknown-profile",
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
      "http://hl7.org/fhir/StructureDefinition/Bundle");

  private final long seed;
  private final List<Base> bases;
  private final List<JsonNode> parsed;

  /**
   * @param seed the seed
   * @param bases the Bundles to mutate (at least one; order matters for reproducibility)
   * @throws IllegalArgumentException when there is no base or a base is not a JSON object
   */
  public Mutants(long seed, List<Base> bases) {
    Objects.requireNonNull(bases, "bases");
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("bases must not be empty");
    }
    this.seed = seed;
    this.bases = List.copyOf(bases);
    this.parsed = new ArrayList<>();
    for (Base b : this.bases) {
      try {
        JsonNode node = JSON.readTree(b.json());
        if (!node.isObject()) {
          throw new IllegalArgumentException("base " + b.name() + " is not a JSON object");
        }
        parsed.add(node);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("base " + b.name() + " is not JSON: " + e.getOriginalMessage(), e);
      }
    }
  }

  /** The bases, in order. */
  public List<Base> bases() {
    return bases;
  }

  /**
   * The first {@code count} mutants.
   *
   * @param count how many
   * @return mutants {@code 0..count-1}
   * @throws IllegalArgumentException when count is negative
   */
  public List<Mutant> first(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    List<Mutant> mutants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      mutants.add(mutant(i));
    }
    return mutants;
  }

  /**
   * Mutant number {@code index}.
   *
   * @param index from 0
   * @return the mutant
   */
  public Mutant mutant(int index) {
    return mutant(index, FIRST, new Random(seed * 1_000_003L + index), "m");
  }

  /**
   * The first {@code count} mutants of the second series (ids {@code s0, s1...}): broken slices, edge strings,
   * swapped profiles, broken invariants.
   *
   * @param count how many
   * @return mutants {@code s0..s(count-1)}
   * @throws IllegalArgumentException when count is negative
   */
  public List<Mutant> extra(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    List<Mutant> mutants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      mutants.add(extraMutant(i));
    }
    return mutants;
  }

  /**
   * Mutant number {@code index} of the second series (see {@link #extra(int)}).
   *
   * @param index from 0
   * @return the mutant {@code s<index>}
   */
  public Mutant extraMutant(int index) {
    return mutant(index, SECOND, new Random(seed * 2_000_003L + index + 7), "s");
  }

  private Mutant mutant(int index, Operator[] operators, Random random, String prefix) {
    int b = random.nextInt(bases.size());
    int first = random.nextInt(operators.length);
    for (int k = 0; k < operators.length; k++) {
      Operator operator = operators[(first + k) % operators.length];
      ObjectNode copy = (ObjectNode) parsed.get(b).deepCopy();
      Change change = apply(operator, copy, random);
      if (change != null) {
        try {
          return new Mutant(prefix + index, bases.get(b).name(), operator, change.path, change.detail,
              JSON.writeValueAsString(copy));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no operator applies to base " + bases.get(b).name());
  }

  private record Change(String path, String detail) {}

  /** A place in the tree: the container, the member name (objects) or index (arrays), the value. */
  private record Site(JsonNode container, String field, int index, JsonNode value, String path) {
    boolean inArray() {
      return container.isArray();
    }

    /** The member name of this value, or of the array holding it. */
    String name() {
      return field;
    }

    void replace(JsonNode node) {
      if (container.isArray()) {
        ((ArrayNode) container).set(index, node);
      } else {
        ((ObjectNode) container).set(field, node);
      }
    }

    void remove() {
      if (container.isArray()) {
        ((ArrayNode) container).remove(index);
      } else {
        ((ObjectNode) container).remove(field);
      }
    }
  }

  private static List<Site> sites(JsonNode root) {
    List<Site> sites = new ArrayList<>();
    walk(root, "", sites);
    return sites;
  }

  private static void walk(JsonNode node, String path, List<Site> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String p = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        into.add(new Site(node, e.getKey(), -1, e.getValue(), p));
        walk(e.getValue(), p, into);
      }
    } else if (node.isArray()) {
      // array items carry the name of the member holding the array
      String name = path.substring(path.lastIndexOf('/') + 1);
      for (int i = 0; i < node.size(); i++) {
        String p = path + "/" + i;
        into.add(new Site(node, name, i, node.get(i), p));
        walk(node.get(i), p, into);
      }
    }
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static List<Site> where(List<Site> sites, Predicate<Site> test) {
    return sites.stream().filter(test).toList();
  }

  private static String shorten(JsonNode node) {
    String s = node.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private Change apply(Operator operator, ObjectNode root, Random random) {
    List<Site> sites = sites(root);
    // the root's resourceType stays: without it the input is not FHIR at all (an input-level case)
    List<Site> movable = where(sites, s -> !(s.container() == root && s.field().equals("resourceType")));
    return switch (operator) {
      case DELETE -> delete(movable, random);
      case DUPLICATE -> duplicate(sites, random);
      case REORDER -> reorder(sites, random);
      case RETYPE -> retype(movable, random);
      case RECODE -> recode(sites, random);
      case BREAK_REFERENCE -> breakReference(root, sites, random);
      case BREAK_DATE -> breakDate(sites, random);
      case META_PROFILE -> metaProfile(sites, random);
      case UNKNOWN_ELEMENT -> unknownElement(sites, root, random);
      case BROKEN_EXTENSION -> brokenExtension(sites, random);
      case BREAK_SLICE -> breakSlice(sites, random);
      case EDGE_STRING -> edgeString(movable, random);
      case SWAP_PROFILE -> swapProfile(sites, random);
      case BREAK_INVARIANT -> breakInvariant(sites, random);
      case SHIFT_DATE -> shiftDate(sites, random);
      case NUDGE_NUMBER -> nudgeNumber(sites, random);
    };
  }

  private static Change breakSlice(List<Site> sites, Random random) {
    // identifiers by system, extensions by url: the discriminators of CareBridge's and UK Core's slicings
    List<Site> keys = where(sites, s -> !s.inArray() && s.value().isTextual() && s.container().isObject()
        && ((s.field().equals("system") && s.path().contains("/identifier/"))
            || (s.field().equals("url") && s.path().contains("/extension/"))));
    if (keys.size() < 2) {
      return null;
    }
    Site s = pick(keys, random);
    List<String> others = keys.stream().filter(o -> o.field().equals(s.field()))
        .map(o -> o.value().asText()).filter(v -> !v.equals(s.value().asText())).distinct().toList();
    if (others.isEmpty()) {
      return null;
    }
    String to = pick(others, random);
    s.replace(JSON.getNodeFactory().textNode(to));
    return new Change(s.path(), s.field() + " " + s.value().asText() + " -> " + to);
  }

  private static Change edgeString(List<Site> sites, Random random) {
    List<Site> strings = where(sites, s -> s.value().isTextual() && !s.field().equals("resourceType")
        && !s.field().equals("div"));
    if (strings.isEmpty()) {
      return null;
    }
    Site s = pick(strings, random);
    String v = s.value().asText();
    String to = switch (random.nextInt(5)) {
      case 0 -> " " + v;
      case 1 -> v + " ";
      case 2 -> "";
      case 3 -> v.isEmpty() ? "\u0001" : v.charAt(0) + "\u0001" + v.substring(1);
      default -> v + "\t";
    };
    s.replace(JSON.getNodeFactory().textNode(to));
    return new Change(s.path(), shorten(s.value()) + " -> " + JSON.getNodeFactory().textNode(to));
  }

  private static Change swapProfile(List<Site> sites, Random random) {
    List<Site> profiles = where(sites, s -> s.inArray() && s.field().equals("profile") && s.value().isTextual());
    if (profiles.isEmpty()) {
      return null;
    }
    Site s = pick(profiles, random);
    List<String> others = new ArrayList<>(profiles.stream().map(o -> o.value().asText())
        .filter(v -> !v.equals(s.value().asText())).distinct().toList());
    others.addAll(OTHER_PROFILES);
    String to = pick(others, random);
    if (random.nextBoolean()) {
      ((ArrayNode) s.container()).add(to);
      return new Change(s.path(), "second profile " + to);
    }
    s.replace(JSON.getNodeFactory().textNode(to));
    return new Change(s.path(), "profile " + s.value().asText() + " -> " + to);
  }

  private static Change breakInvariant(List<Site> sites, Random random) {
    List<Site> periods = where(sites, s -> s.value().isObject() && s.value().path("start").isTextual()
        && s.value().path("end").isTextual());
    List<Site> numbers = where(sites, s -> s.value().isNumber() && s.value().asDouble() > 0);
    if (!periods.isEmpty() && (numbers.isEmpty() || random.nextBoolean())) {
      Site s = pick(periods, random);
      ObjectNode p = (ObjectNode) s.value();
      JsonNode start = p.get("start");
      p.set("start", p.get("end"));
      p.set("end", start);
      return new Change(s.path(), "period start and end swapped");
    }
    if (numbers.isEmpty()) {
      return null;
    }
    Site s = pick(numbers, random);
    s.replace(JSON.getNodeFactory().numberNode(-s.value().asDouble()));
    return new Change(s.path(), "number " + s.value() + " made negative");
  }

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static Change shiftDate(List<Site> sites, Random random) {
    List<Site> dates = where(sites, s -> s.value().isTextual() && DAY.matcher(s.value().asText()).matches());
    if (dates.isEmpty()) {
      return null;
    }
    Site s = pick(dates, random);
    String v = s.value().asText();
    int shift = random.nextInt(5) - 2;
    String to = shift == 0 ? v.substring(0, 7)
        : LocalDate.parse(v).plusDays(shift).toString();
    s.replace(JSON.getNodeFactory().textNode(to));
    return new Change(s.path(), "date " + v + " -> " + to);
  }

  private static Change nudgeNumber(List<Site> sites, Random random) {
    List<Site> numbers = where(sites, s -> s.value().isNumber());
    if (numbers.isEmpty()) {
      return null;
    }
    Site s = pick(numbers, random);
    BigDecimal v = s.value().decimalValue();
    BigDecimal by = switch (random.nextInt(4)) {
      case 0 -> new BigDecimal("0.01");
      case 1 -> new BigDecimal("-0.01");
      case 2 -> BigDecimal.ONE;
      default -> BigDecimal.ONE.negate();
    };
    s.replace(JSON.getNodeFactory().numberNode(v.add(by)));
    return new Change(s.path(), "number " + v + " -> " + v.add(by));
  }

  private static Change delete(List<Site> sites, Random random) {
    if (sites.isEmpty()) {
      return null;
    }
    Site s = pick(sites, random);
    s.remove();
    return new Change(s.path(), "deleted " + shorten(s.value()));
  }

  private static Change duplicate(List<Site> sites, Random random) {
    List<Site> items = where(sites, Site::inArray);
    if (items.isEmpty()) {
      return null;
    }
    Site s = pick(items, random);
    ((ArrayNode) s.container()).insert(s.index() + 1, s.value().deepCopy());
    return new Change(s.path(), "duplicated " + shorten(s.value()));
  }

  private static Change reorder(List<Site> sites, Random random) {
    List<Site> items = where(sites, s -> s.inArray() && s.container().size() >= 2);
    if (items.isEmpty()) {
      return null;
    }
    Site s = pick(items, random);
    ArrayNode array = (ArrayNode) s.container();
    int to = random.nextInt(array.size() - 1);
    if (to >= s.index()) {
      to++;
    }
    JsonNode moved = array.remove(s.index());
    array.insert(to, moved);
    return new Change(s.path(), "moved to position " + to + " of " + array.size());
  }

  private static Change retype(List<Site> sites, Random random) {
    if (sites.isEmpty()) {
      return null;
    }
    Site s = pick(sites, random);
    JsonNode old = s.value();
    JsonNode replacement;
    if (old.isTextual()) {
      replacement = random.nextBoolean() ? IntNode.valueOf(42) : BooleanNode.TRUE;
    } else if (old.isNumber() || old.isBoolean()) {
      replacement = TextNode.valueOf(old.asText());
    } else if (old.isObject()) {
      replacement = random.nextBoolean() ? TextNode.valueOf("text where an object belongs")
          : NODES.arrayNode().add(old.deepCopy());
    } else if (old.isArray() && old.size() > 0) {
      replacement = old.get(0).deepCopy();
    } else {
      replacement = TextNode.valueOf("x");
    }
    s.replace(replacement);
    return new Change(s.path(), shorten(old) + " -> " + shorten(replacement));
  }

  private static Change recode(List<Site> sites, Random random) {
    List<Site> codings = where(sites, s -> s.value().isObject() && (s.value().path("code").isTextual()
        || s.value().path("system").isTextual()));
    List<Site> codes = where(sites, s -> s.value().isTextual() && CODE_FIELDS.contains(s.name())
        && CODE_LIKE.matcher(s.value().asText()).matches());
    if (codings.isEmpty() && codes.isEmpty()) {
      return null;
    }
    if (codings.isEmpty() || (!codes.isEmpty() && random.nextInt(4) == 0)) {
      Site s = pick(codes, random);
      String replacement = random.nextBoolean() ? s.value().asText() + "-x" : "unknown-code";
      s.replace(TextNode.valueOf(replacement));
      return new Change(s.path(), "code " + s.value() + " -> \"" + replacement + "\"");
    }
    Site s = pick(codings, random);
    ObjectNode coding = (ObjectNode) s.value();
    List<String> systemsSeen = sites.stream().filter(x -> x.field().equals("system") && x.value().isTextual())
        .map(x -> x.value().asText()).distinct().toList();
    int what = random.nextInt(3);
    if (what == 0 && coding.has("code")) {
      String old = coding.path("code").asText();
      String replacement = random.nextBoolean() ? old + "X" : "unknown-code";
      coding.put("code", replacement);
      return new Change(s.path() + "/code", "code \"" + old + "\" -> \"" + replacement + "\"");
    }
    if (what == 1 && coding.has("system")) {
      String old = coding.path("system").asText();
      List<String> others = systemsSeen.stream().filter(x -> !x.equals(old)).toList();
      String replacement = !others.isEmpty() && random.nextBoolean() ? pick(others, random)
          : "https://carebridge.org.uk/fhir/CodeSystem/unknown-system";
      coding.put("system", replacement);
      return new Change(s.path() + "/system", "system \"" + old + "\" -> \"" + replacement + "\"");
    }
    String old = coding.path("display").asText("(none)");
    coding.put("display", "A display that does not match");
    return new Change(s.path() + "/display", "display \"" + old + "\" -> \"A display that does not match\"");
  }

  private static Change breakReference(ObjectNode root, List<Site> sites, Random random) {
    List<Site> references = where(sites, s -> s.field().equals("reference") && s.value().isTextual());
    if (references.isEmpty()) {
      return null;
    }
    Site s = pick(references, random);
    String old = s.value().asText();
    String type = old.contains("/") ? old.substring(0, old.indexOf('/')) : "Patient";
    Map<String, String> entries = new LinkedHashMap<>(); // Type/id of each entry -> its type
    for (JsonNode e : root.path("entry")) {
      JsonNode r = e.path("resource");
      if (r.hasNonNull("resourceType") && r.hasNonNull("id")) {
        entries.put(r.get("resourceType").asText() + "/" + r.get("id").asText(), r.get("resourceType").asText());
      }
    }
    List<String> otherTypes = entries.entrySet().stream().filter(e -> !e.getValue().equals(type))
        .map(Map.Entry::getKey).toList();
    String replacement;
    int what = random.nextInt(3);
    if (what == 0 && !otherTypes.isEmpty()) {
      replacement = pick(otherTypes, random);
    } else if (what == 1) {
      replacement = "urn:uuid:" + new UUID(random.nextLong(), random.nextLong());
    } else {
      replacement = type + "/missing-" + random.nextInt(1000);
    }
    s.replace(TextNode.valueOf(replacement));
    return new Change(s.path(), "reference \"" + old + "\" -> \"" + replacement + "\"");
  }

  private static Change breakDate(List<Site> sites, Random random) {
    List<Site> dates = where(sites, s -> s.value().isTextual() && s.value().asText().length() >= 4
        && DATE_LIKE.matcher(s.value().asText()).matches() && !s.field().equals("value")
        && !s.field().equals("code"));
    if (dates.isEmpty()) {
      return null;
    }
    Site s = pick(dates, random);
    String replacement = pick(BAD_DATES, random);
    s.replace(TextNode.valueOf(replacement));
    return new Change(s.path(), "date " + s.value() + " -> \"" + replacement + "\"");
  }

  private static Change metaProfile(List<Site> sites, Random random) {
    List<Site> profiles = where(sites, s -> s.field().equals("profile") && s.value().isArray()
        && s.path().endsWith("/meta/profile"));
    if (profiles.isEmpty()) {
      return null;
    }
    Site s = pick(profiles, random);
    if (random.nextInt(3) == 0) {
      s.remove();
      return new Change(s.path(), "meta.profile dropped (was " + shorten(s.value()) + ")");
    }
    String replacement = pick(OTHER_PROFILES, random);
    s.replace(NODES.arrayNode().add(replacement));
    return new Change(s.path(), shorten(s.value()) + " -> [\"" + replacement + "\"]");
  }

  private static Change unknownElement(List<Site> sites, ObjectNode root, Random random) {
    List<Site> objects = where(sites, s -> s.value().isObject());
    ObjectNode target;
    String path;
    if (objects.isEmpty() || random.nextInt(5) == 0) {
      target = root;
      path = "";
    } else {
      Site s = pick(objects, random);
      target = (ObjectNode) s.value();
      path = s.path();
    }
    String name = UNKNOWN_NAMES.get(random.nextInt(UNKNOWN_NAMES.size()));
    if (target.has(name)) {
      name = "unknownElement";
    }
    target.put(name, "added by the differential test");
    return new Change(path + "/" + name, "unknown element added");
  }

  private static Change brokenExtension(List<Site> sites, Random random) {
    List<Site> extensions = where(sites, s -> s.inArray()
        && (s.field().equals("extension") || s.field().equals("modifierExtension"))
        && s.value().isObject() && s.value().path("url").isTextual());
    List<Site> resources = where(sites, s -> s.value().isObject() && s.value().hasNonNull("resourceType"));
    int what = random.nextInt(3);
    if (extensions.isEmpty() || what == 2) {
      if (resources.isEmpty()) {
        return null;
      }
      Site s = pick(resources, random);
      String url = pick(UNKNOWN_EXTENSION_URLS, random);
      ObjectNode resource = (ObjectNode) s.value();
      ArrayNode list = resource.has("extension") && resource.get("extension").isArray()
          ? (ArrayNode) resource.get("extension") : resource.putArray("extension");
      list.addObject().put("url", url).put("valueString", "added by the differential test");
      return new Change(s.path() + "/extension", "extension with unknown URL added: " + url);
    }
    Site s = pick(extensions, random);
    ObjectNode extension = (ObjectNode) s.value();
    String valueField = null;
    for (Iterator<String> it = extension.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (f.startsWith("value")) {
        valueField = f;
      }
    }
    if (what == 0 || valueField == null) {
      String old = extension.path("url").asText();
      String url = pick(UNKNOWN_EXTENSION_URLS, random);
      extension.put("url", url);
      return new Change(s.path() + "/url", "extension URL \"" + old + "\" -> \"" + url + "\"");
    }
    JsonNode value = extension.remove(valueField);
    String replacementField;
    JsonNode replacement;
    switch (random.nextInt(4)) {
      case 0 -> {
        replacementField = valueField.equals("valueString") ? "valueInteger" : "valueString";
        replacement = valueField.equals("valueString") ? IntNode.valueOf(7) : TextNode.valueOf(value.asText("x"));
      }
      case 1 -> {
        replacementField = valueField.equals("valueBoolean") ? "valueDate" : "valueBoolean";
        replacement = valueField.equals("valueBoolean") ? TextNode.valueOf("2026-11-23") : BooleanNode.TRUE;
      }
      case 2 -> {
        replacementField = valueField.equals("valueCoding") ? "valueCodeableConcept" : "valueCoding";
        replacement = valueField.equals("valueCoding") ? NODES.objectNode().set("coding", NODES.arrayNode().add(value))
            : NODES.objectNode().put("system", "https://carebridge.org.uk/fhir/CodeSystem/unknown-system")
                .put("code", "x");
      }
      default -> {
        replacementField = valueField.equals("valueReference") ? "valueIdentifier" : "valueReference";
        replacement = NODES.objectNode().put("reference", "Patient/margaret-example");
      }
    }
    extension.set(replacementField, replacement);
    return new Change(s.path() + "/" + valueField, valueField + " " + shorten(value) + " -> " + replacementField + " "
        + shorten(replacement));
  }
}
