package org.carebridge.fhir.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.core.validation.IssueCode;

/**
 * The inputs fuzzing found escaping {@code validate()} or misplacing a position (the reproducers described in
 * {@code ../shared/reliability}), built in code, with the code each must be answered with.
 */
public final class Reproducers {

  private Reproducers() {}

  /**
   * One reproducer.
   *
   * @param input the input
   * @param codes the codes its one error may have
   */
  public record Case(String input, List<IssueCode> codes) {}

  /** A Reference with two reference children: the HL7 library threw a plain java.lang.Error. */
  public static String referenceWithTwoReferences() {
    return "<Patient xmlns=\"http://hl7.org/fhir\"><managingOrganization><reference value=\"Organization/a\"/>"
        + "<reference value=\"Organization/b\"/></managingOrganization></Patient>";
  }

  /** U+FFFE inside a DOCTYPE's internal subset: the JDK's XML scanner threw MissingResourceException. */
  public static String invalidCharacterInADoctype() {
    return "<!DOCTYPE Patient [<!ENTITY x SYSTEM \"a\uFFFEb\">]><Patient xmlns=\"http://hl7.org/fhir\"/>";
  }

  /** A narrative nested {@code levels} deep: 3,000 exhausted the heap (or the stack in a cold JVM). */
  public static String nestedNarrative(int levels) {
    return "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"x\"},\"text\":{\"status\":\"generated\",\"div\":"
        + "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">" + "<b>".repeat(levels) + "x" + "</b>".repeat(levels)
        + "</div>\"}}";
  }

  /** JSON nested {@code levels} deep: the too-deep column varied between runs and could point past the end. */
  public static String tooDeepJson(int levels) {
    return "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
  }

  /** The four, by name, as ../shared/reliability has them. */
  public static Map<String, Case> all() {
    Map<String, Case> all = new LinkedHashMap<>();
    all.put("reference-with-two-references", new Case(referenceWithTwoReferences(), List.of(IssueCode.XML_REPEATED_ELEMENT)));
    all.put("doctype-invalid-char", new Case(invalidCharacterInADoctype(),
        List.of(IssueCode.XML_MALFORMED, IssueCode.XML_DOCTYPE_REFUSED)));
    all.put("narrative-nested-3000", new Case(nestedNarrative(3000), List.of(IssueCode.INPUT_TOO_DEEP)));
    all.put("too-deep-column", new Case(tooDeepJson(10_000), List.of(IssueCode.INPUT_TOO_DEEP)));
    return all;
  }
}
