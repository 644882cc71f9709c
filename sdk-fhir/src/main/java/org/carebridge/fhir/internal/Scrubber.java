package org.carebridge.fhir.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r5.elementmodel.Element;

/**
 * Removes personal data from messages before they leave the SDK: anything that looks like an NHS number
 * (ten digits, optionally grouped 3-3-4 with spaces or hyphens) and every name found in the instance
 * (the parts of each HumanName, and each Reference.display unless the reference points at something other than a
 * person). The HL7 validator echoes values in many
 * messages ("value 'X' is not ..."), so this runs on every message and location.
 */
public final class Scrubber {

  static final String NHS_NUMBER = "[NHS number removed]";
  static final String NAME = "[name removed]";

  private static final Pattern NHS_LIKE = Pattern.compile("(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])");
  private static final int MIN_NAME_PART = 2;

  private final List<String> names;

  private Scrubber(List<String> names) {
    this.names = names;
  }

  /** A scrubber that only removes NHS-number-like values (when there is no parsed instance). */
  public static Scrubber numbersOnly() {
    return new Scrubber(List.of());
  }

  /** A scrubber for the names in this instance (null allowed: numbers only). */
  public static Scrubber forInstance(Element root) {
    if (root == null) {
      return numbersOnly();
    }
    Set<String> parts = new LinkedHashSet<>();
    collect(root, parts, 0);
    return forNames(parts);
  }

  /** A scrubber for the given names (each is also split into words). */
  public static Scrubber forNames(Iterable<String> values) {
    Set<String> parts = new LinkedHashSet<>();
    for (String v : values) {
      addParts(v, parts);
    }
    List<String> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Scrubber(List.copyOf(sorted));
  }

  /** The text without NHS-number-like values and without the names. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = NHS_LIKE.matcher(text).replaceAll(Matcher.quoteReplacement(NHS_NUMBER));
    for (String name : names) {
      out = replaceWord(out, name);
    }
    return out;
  }

  /** Replaces every case-insensitive occurrence of the word that is not part of a longer word. */
  private static String replaceWord(String text, String word) {
    StringBuilder sb = null;
    int from = 0;
    int n = word.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, n)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + n == text.length() || !Character.isLetterOrDigit(text.charAt(i + n)))) {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, from, i).append(NAME);
        from = i + n;
        i = from - 1;
      }
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, from, text.length()).toString();
  }

  private static void collect(Element e, Set<String> parts, int depth) {
    if (depth > 200) {
      return;
    }
    String type = e.fhirType();
    if ("HumanName".equals(type)) {
      for (Element c : e.getChildren()) {
        String n = c.getName();
        if (("family".equals(n) || "given".equals(n) || "text".equals(n) || "prefix".equals(n)
            || "suffix".equals(n)) && c.primitiveValue() != null) {
          addParts(c.primitiveValue(), parts);
        }
      }
    } else if ("Reference".equals(type) && mayNameAPerson(e)) {
      for (Element c : e.getChildren()) {
        if ("display".equals(c.getName()) && c.primitiveValue() != null) {
          addParts(c.primitiveValue(), parts);
        }
      }
    }
    if (e.hasChildren()) {
      for (Element c : e.getChildren()) {
        collect(c, parts, depth + 1);
      }
    }
  }

  /**
   * True unless the reference says it points at something other than a person: its {@code type}, or the
   * resource type in its {@code reference}, is known and not one of {@link #PERSON_TYPES}. A display of a
   * care plan or an organisation ("Joint care plan") is not a name; a display with no reference may be.
   */
  private static boolean mayNameAPerson(Element reference) {
    String target = null;
    String type = reference.getNamedChildValue("type");
    if (type != null) {
      int slash = type.lastIndexOf('/');
      target = slash >= 0 ? type.substring(slash + 1) : type;
    } else {
      String ref = reference.getNamedChildValue("reference");
      if (ref != null && !ref.startsWith("#") && !ref.startsWith("urn:")) {
        Matcher m = RESOURCE_IN_REFERENCE.matcher(ref);
        if (m.find()) {
          target = m.group(1);
        }
      }
    }
    return target == null || PERSON_TYPES.contains(target);
  }

  private static final Set<String> PERSON_TYPES =
      Set.of("Patient", "RelatedPerson", "Practitioner", "PractitionerRole", "Person");

  /** The resource type in a literal reference: {@code Patient/x}, {@code https://host/fhir/Patient/x/_history/1}. */
  private static final Pattern RESOURCE_IN_REFERENCE =
      Pattern.compile("(?:^|/)([A-Z][A-Za-z]+)/[A-Za-z0-9\\-.]{1,64}(?:/_history/[^/]+)?$");

  private static void addParts(String value, Set<String> parts) {
    if (value == null) {
      return;
    }
    String trimmed = value.trim();
    if (trimmed.length() >= MIN_NAME_PART) {
      parts.add(trimmed);
    }
    for (String word : trimmed.split("[\\s,]+")) {
      if (word.length() >= MIN_NAME_PART) {
        parts.add(word);
      }
    }
  }
}
