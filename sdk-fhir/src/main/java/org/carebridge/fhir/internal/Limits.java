package org.carebridge.fhir.internal;

/**
 * The input guard's limits, enforced by {@link Preflight} before the HL7 validator sees an input, so that an
 * input too large for it is refused rather than allowed to exhaust the heap or the time.
 *
 * @param maxBytes largest input, in UTF-8 bytes
 * @param maxDepth deepest nesting of JSON objects and arrays or XML elements
 * @param maxArrayItems most items in one JSON array, or most elements of one name in one XML parent
 * @param maxElements most elements in all: JSON values (objects, arrays, strings, numbers, literals) or XML elements
 * @param maxRepeats most copies of one extension (the same url) in one element's extension or modifierExtension
 * @param maxStringLength longest string, in characters: a JSON string or property name, an XML attribute value
 *     or the text of an element
 */
public record Limits(long maxBytes, int maxDepth, int maxArrayItems, int maxElements, int maxRepeats,
    int maxStringLength) {

  /** The limits with another depth (for tests of the depth check alone). */
  static Limits depthOnly(int maxDepth) {
    return new Limits(Long.MAX_VALUE, maxDepth, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
        Integer.MAX_VALUE);
  }
}
