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
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;

/**
 * Follows FHIR XML element by element, as a StAX reader meets the start and end tags, and finds the shapes on which
 * the HL7 validator stops with an exception instead of a finding:
 * <ul>
 *   <li>an element that FHIR allows once appearing twice in the same parent (a Reference with two
 *       {@code <reference>} children; a Narrative with two {@code <div>}, in whatever namespace): a plain
 *       {@code java.lang.Error};
 *   <li>a choice element with a type that is not one of its types ({@code <valueStr>} in an Extension): a
 *       {@code FHIRException} from its XML parser;
 *   <li>a {@code meta.profile} or a Bundle {@code entry.fullUrl} without a value: a {@code NullPointerException}.
 * </ul>
 * It knows the elements from HAPI's R4 model; anything it does not recognise (an unknown element, a primitive's
 * extensions, the narrative's XHTML) it leaves to the validator, so it never refuses what it does not understand.
 */
final class XmlShape {

  private static final String FHIR_NS = "http://hl7.org/fhir";

  /** One open element: its definition (null: not followed), whether a resource is expected inside, its children. */
  private record Frame(BaseRuntimeElementCompositeDefinition<?> def, boolean resourceInside, Map<String, Integer> seen) {}

  private static final Frame SKIP = new Frame(null, false, Map.of());

  private final FhirContext fhir = FhirContext.forR4Cached();
  private final Deque<Frame> open = new ArrayDeque<>();

  /** A shape the HL7 validator cannot read: the catalogue entry and the message. */
  record Refusal(IssueCode code, String message) {}

  /**
   * A start tag.
   *
   * @param namespace its namespace URI
   * @param name its local name
   * @param hasValue whether it has a {@code value} attribute
   * @return why the validator could not read this element, or null
   */
  Refusal start(String namespace, String name, boolean hasValue) {
    Frame parent = open.peek();
    boolean followed = parent != null && parent.def() != null;
    if (!FHIR_NS.equals(namespace) || (parent != null && parent.def() == null && !parent.resourceInside())) {
      open.push(SKIP);
      // the validator reads the narrative's div by its name whatever its namespace
      BaseRuntimeChildDefinition child = followed ? parent.def().getChildByName(name) : null;
      return child != null ? repeated(parent, child, name) : null;
    }
    if (parent == null || parent.resourceInside()) {
      open.push(resource(name));
      return null;
    }
    BaseRuntimeChildDefinition child = parent.def().getChildByName(name);
    if (child == null) {
      open.push(SKIP);
      return unknownChoiceType(parent, name);
    }
    Refusal twice = repeated(parent, child, name);
    if (twice != null) {
      return twice;
    }
    Class<?> owner = parent.def().getImplementingClass();
    if (!hasValue && (("profile".equals(name) && owner == Meta.class)
        || ("fullUrl".equals(name) && owner == Bundle.BundleEntryComponent.class))) {
      return new Refusal(IssueCode.UNREADABLE_ELEMENT, "'" + name + "' in '"
          + (owner == Meta.class ? "Meta" : "Bundle.entry") + "' has no value");
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

  private static Refusal repeated(Frame parent, BaseRuntimeChildDefinition child, String name) {
    int count = parent.seen().merge(child.getElementName(), 1, Integer::sum);
    if (count > 1 && child.getMax() == 1) {
      return new Refusal(IssueCode.XML_REPEATED_ELEMENT, "The XML repeats an element: '" + name
          + "' appears more than once in '" + parent.def().getName() + "', where FHIR allows '"
          + child.getElementName() + "' once");
    }
    return null;
  }

  /** A name that starts like a choice element of the parent ({@code value[x]}) with a type it does not have. */
  private static Refusal unknownChoiceType(Frame parent, String name) {
    for (BaseRuntimeChildDefinition c : parent.def().getChildren()) {
      String base = c.getElementName();
      if (c.getValidChildNames().size() > 1 && name.length() > base.length() && name.startsWith(base)
          && Character.isUpperCase(name.charAt(base.length()))) {
        return new Refusal(IssueCode.UNREADABLE_ELEMENT, "'" + name + "' in '" + parent.def().getName()
            + "' is not one of the types of '" + base + "[x]'");
      }
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
