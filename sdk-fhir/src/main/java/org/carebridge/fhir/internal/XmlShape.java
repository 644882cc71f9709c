package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseReference;

/**
 * Follows FHIR XML element by element, as a StAX reader meets the start and end tags, and finds an element that
 * FHIR allows once appearing twice in the same parent (a Reference with two {@code <reference>} children): the
 * HL7 validator stops on that with a plain {@code java.lang.Error} instead of a finding. It knows the elements
 * from HAPI's R4 model; anything it does not recognise (an unknown element, a primitive's extensions, the
 * narrative's XHTML) it leaves to the validator, so it never refuses what it does not understand.
 */
final class XmlShape {

  private static final String FHIR_NS = "http://hl7.org/fhir";

  /** One open element: its definition (null: not followed), whether a resource is expected inside, its children. */
  private record Frame(BaseRuntimeElementCompositeDefinition<?> def, boolean resourceInside, Map<String, Integer> seen) {}

  private static final Frame SKIP = new Frame(null, false, Map.of());

  private final FhirContext fhir = FhirContext.forR4Cached();
  private final Deque<Frame> open = new ArrayDeque<>();

  /**
   * A start tag.
   *
   * @return a description of the repeated element when this one repeats a single element, otherwise null
   */
  String start(String namespace, String name) {
    Frame parent = open.peek();
    if (!FHIR_NS.equals(namespace) || (parent != null && parent.def() == null && !parent.resourceInside())) {
      open.push(SKIP);
      return null;
    }
    if (parent == null || parent.resourceInside()) {
      open.push(resource(name));
      return null;
    }
    BaseRuntimeChildDefinition child = parent.def().getChildByName(name);
    if (child == null) {
      open.push(SKIP);
      return null;
    }
    int count = parent.seen().merge(child.getElementName(), 1, Integer::sum);
    if (count > 1 && child.getMax() == 1) {
      return "'" + name + "' appears more than once in '" + parent.def().getName() + "', where FHIR allows '"
          + child.getElementName() + "' once";
    }
    BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
    ChildTypeEnum type = element == null ? null : element.getChildType();
    boolean reference = element != null && IBaseReference.class.isAssignableFrom(element.getImplementingClass());
    if ((type == ChildTypeEnum.COMPOSITE_DATATYPE || type == ChildTypeEnum.RESOURCE_BLOCK || reference)
        && element instanceof BaseRuntimeElementCompositeDefinition<?> c) {
      open.push(new Frame(c, false, new HashMap<>()));
    } else if (type == ChildTypeEnum.RESOURCE || type == ChildTypeEnum.CONTAINED_RESOURCE_LIST
        || type == ChildTypeEnum.CONTAINED_RESOURCES) {
      open.push(new Frame(null, true, new HashMap<>()));
    } else {
      open.push(SKIP);
    }
    return null;
  }

  /** An end tag. */
  void end() {
    open.poll();
  }

  private Frame resource(String name) {
    try {
      return new Frame(fhir.getResourceDefinition(name), false, new HashMap<>());
    } catch (DataFormatException e) {
      return SKIP; // not a resource type: the validator says so
    }
  }
}
