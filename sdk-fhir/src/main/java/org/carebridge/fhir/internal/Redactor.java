package org.carebridge.fhir.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.elementmodel.Element;

/**
 * Keeps personal values of an instance out of the messages about it.
 *
 * <p>The HL7 validator echoes instance values in some messages ("The value 'X' is not a valid date"). Before
 * an issue leaves the SDK, each message that used one of the instance's personal values as an argument is
 * rendered again from its message id with that argument replaced by the element it came from, e.g.
 * {@code (withheld: Patient.birthDate)}: the message still names the element and the rule. Personal values
 * are the parts of names, addresses and contact points, identifier values (NHS numbers, hospital numbers),
 * birth and death dates, reference displays, annotations, narrative and other free text ({@code string} and
 * {@code markdown} values outside codings). Locations, ids, canonical URLs, codes and profile names are never
 * changed: only message arguments that are a personal value, or that contain one of six characters or more
 * (an NHS number, an address line), are replaced.
 */
public final class Redactor {

  /** Types whose every primitive is personal. */
  private static final Set<String> PERSONAL_TYPES = Set.of("HumanName", "Address", "ContactPoint", "Annotation", "Narrative");
  /** Primitive elements that are personal wherever they are. */
  private static final Set<String> PERSONAL_ELEMENTS = Set.of("birthDate", "deceasedDateTime", "div");
  /** Free-text primitive types. */
  private static final Set<String> TEXT_TYPES = Set.of("string", "markdown", "xhtml");
  /** Types under which text is terminology or metadata, not personal. */
  private static final Set<String> NOT_PERSONAL_TYPES = Set.of("Coding", "Meta", "Extension.url", "Quantity", "Money");
  /** Types whose values are identifiers of resources and definitions, never withheld. */
  private static final Set<String> NOT_VALUES = Set.of("id", "uri", "url", "canonical", "oid", "uuid");
  private static final int MIN_LENGTH = 2;
  /** Shorter values (a given name, a family name) are replaced only where they are the whole argument. */
  private static final int MIN_CONTAINED_LENGTH = 6;
  private static final int MAX_CONTAINED = 2_000;
  private static final int MAX_VALUES = 50_000;
  private static final int MAX_DEPTH = 300;

  /** Personal values, with the elements each came from (in document order). */
  private final Map<String, List<String>> values;
  /** The values long enough to be looked for inside a longer argument. */
  private final List<String> longValues;

  private Redactor(Map<String, List<String>> values) {
    this.values = values;
    this.longValues = values.keySet().stream().filter(v -> v.length() >= MIN_CONTAINED_LENGTH)
        .sorted(Comparator.comparingInt(String::length).reversed()).limit(MAX_CONTAINED).toList();
  }

  /** A redactor that knows no personal values (when the input did not parse). */
  public static Redactor none() {
    return new Redactor(Map.of());
  }

  /** The personal values of this instance ({@code null}: none known). */
  public static Redactor forInstance(Element root) {
    if (root == null) {
      return none();
    }
    Map<String, List<String>> values = new HashMap<>();
    collect(root, root.fhirType(), false, false, values, 0);
    return new Redactor(values);
  }

  /** True when this instance has no personal values to withhold. */
  boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The arguments with personal values replaced, or {@code null} when none is personal (the rendered message
   * can be kept as it is).
   */
  List<Object> redactArguments(List<Object> arguments, String location) {
    if (isEmpty() || arguments.isEmpty()) {
      return null;
    }
    List<Object> out = null;
    for (int i = 0; i < arguments.size(); i++) {
      Object a = arguments.get(i);
      if (a == null || a instanceof Number || a instanceof Boolean) {
        continue;
      }
      String s = String.valueOf(a);
      String replaced = redactValue(s, location);
      if (replaced != null) {
        if (out == null) {
          out = new ArrayList<>(arguments);
        }
        out.set(i, replaced);
      }
    }
    return out;
  }

  /**
   * Text whose arguments are not known (a rule source's message, a message the validator built without its
   * catalogue): a whole personal value, or a long one inside it, is replaced. Null stays null.
   */
  public String redactText(String text, String location) {
    if (text == null || isEmpty()) {
      return text;
    }
    String whole = redactValue(text, location);
    if (whole != null && !looksLikeUrl(text)) {
      return whole;
    }
    String out = whole == null ? text : whole;
    // quoted values in a sentence that also names systems or definitions: each quoted part on its own
    StringBuilder sb = null;
    int copied = 0;
    for (int open = out.indexOf('\''); open >= 0; ) {
      int close = out.indexOf('\'', open + 1);
      if (close < 0) {
        break;
      }
      String quoted = out.substring(open + 1, close);
      String replaced = looksLikeUrl(quoted) ? null : redactValue(quoted, location);
      if (replaced != null) {
        if (sb == null) {
          sb = new StringBuilder(out.length() + 32);
        }
        sb.append(out, copied, open + 1).append(replaced);
        copied = close;
      }
      open = out.indexOf('\'', close + 1);
    }
    return sb == null ? out : sb.append(out, copied, out.length()).toString();
  }

  /** The replacement for one argument, or null when it holds nothing personal. */
  private String redactValue(String s, String location) {
    String trimmed = unquote(s.strip());
    if (values.containsKey(trimmed)) {
      return placeholder(trimmed, location);
    }
    if (looksLikeUrl(trimmed)) {
      return redactCodes(s, location);
    }
    return redactContained(s, location);
  }

  /** The text with the long personal values in it replaced, or null when it holds none. */
  private String redactContained(String s, String location) {
    if (longValues.isEmpty() || s.length() < MIN_CONTAINED_LENGTH) {
      return null;
    }
    String out = s;
    for (String v : longValues) {
      if (out.contains(v)) {
        out = out.replace(v, placeholder(v, location));
      }
    }
    return out.equals(s) ? null : out;
  }

  /**
   * Ten digits (or 3-3-4 with spaces or hyphens) whose last is the Modulus 11 check digit of the others: an
   * NHS number, wherever it was put (a code, a date, a free-text field).
   */
  static boolean looksLikeNhsNumber(String value) {
    String v = value.strip();
    if (v.length() != 10 && v.length() != 12) {
      return false;
    }
    StringBuilder digits = new StringBuilder(10);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!(v.length() == 12 && (i == 3 || i == 7) && (c == ' ' || c == '-'))) {
        return false;
      }
    }
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /**
   * Codings written as {@code system#code} inside a text: the systems stay, a code that is a personal value
   * does not. Null when there is none.
   */
  private String redactCodes(String s, String location) {
    if (s.indexOf('#') < 0) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int hash = s.indexOf('#'); hash >= 0; hash = s.indexOf('#', hash + 1)) {
      int end = hash + 1;
      while (end < s.length() && !isCodeEnd(s.charAt(end))) {
        end++;
      }
      String code = s.substring(hash + 1, end);
      String replaced = values.containsKey(code) ? placeholder(code, location) : redactContained(code, location);
      if (replaced != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 32);
        }
        out.append(s, copied, hash + 1).append(replaced);
        copied = end;
      }
    }
    return out == null ? null : out.append(s, copied, s.length()).toString();
  }

  private static boolean isCodeEnd(char c) {
    return c == '\'' || c == '"' || c == ',' || c == ')' || c == ']' || c == ';' || c == '|';
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static boolean looksLikeUrl(String s) {
    return s.contains("://") || s.startsWith("urn:");
  }

  /**
   * Names the element a value came from: the one the message is about when the value is there (the
   * location ends with its path, indexes aside), otherwise the first element that holds it.
   */
  private String placeholder(String value, String location) {
    List<String> paths = values.get(value);
    String chosen = paths.get(0);
    if (paths.size() > 1 && location != null) {
      String bare = INDEX.matcher(location).replaceAll("");
      for (String p : paths) {
        int dot = p.indexOf('.');
        String type = dot < 0 ? p : p.substring(0, dot);
        String tail = dot < 0 ? "" : p.substring(dot);
        if (bare.endsWith(tail) && bare.contains(type)) {
          chosen = p;
          break;
        }
      }
    }
    return "(withheld: " + chosen + ")";
  }

  private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[[0-9]+\\]");

  private static void collect(Element e, String path, boolean personal, boolean terminology, Map<String, List<String>> values,
      int depth) {
    if (depth > MAX_DEPTH || values.size() > MAX_VALUES) {
      return;
    }
    String type = e.fhirType();
    boolean isPersonal = personal || PERSONAL_TYPES.contains(type);
    boolean isTerminology = terminology || NOT_PERSONAL_TYPES.contains(type);
    // ids (of resources and of elements) are never personal values: a report must quote them as they are
    if (e.isPrimitive() && e.primitiveValue() != null && !"id".equals(e.getName())) {
      String name = e.getName();
      boolean text = TEXT_TYPES.contains(type) && !isTerminology && !"reference".equals(name);
      boolean identifierValue = "value".equals(name) && path.endsWith(".identifier.value");
      boolean display = "display".equals(name) && path.endsWith(".display") && !isTerminology;
      if (isPersonal || PERSONAL_ELEMENTS.contains(name) || text || identifierValue || display
          || (!NOT_VALUES.contains(type) && looksLikeNhsNumber(e.primitiveValue()))) {
        String v = e.primitiveValue().strip();
        if (v.length() >= MIN_LENGTH) {
          List<String> paths = values.computeIfAbsent(v, k -> new ArrayList<>(1));
          if (paths.size() < 8 && !paths.contains(path)) {
            paths.add(path);
          }
        }
      }
    }
    if (e.hasChildren()) {
      for (Element c : e.getChildren()) {
        String childPath = c.isResource() && c.fhirType() != null ? c.fhirType() : path + "." + c.getName();
        collect(c, childPath, isPersonal, isTerminology, values, depth + 1);
      }
    }
  }
}
