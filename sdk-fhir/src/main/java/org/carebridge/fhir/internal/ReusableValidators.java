package org.carebridge.fhir.internal;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.hl7.fhir.validation.BaseValidator;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * A pool of HL7 core {@link InstanceValidator}s, one in use per thread at a time, reused between inputs.
 *
 * <p>HAPI's {@code FhirInstanceValidator} builds a new {@code InstanceValidator} for every call; its
 * constructor re-reads a 1.5 MB OID registry and builds a FHIRPath engine and profile utilities, which is
 * most of the per-call cost for small resources. {@code InstanceValidator.validate} already resets its
 * per-validation state (fetch cache, resource tracker, tracked messages, execution id); a few collections
 * are not reset because a fresh instance is normally used: the status warnings already given (which would
 * hide repeated "draft/deprecated" warnings), the observed codings, the XHTML element map and the AI text
 * checks. {@link #reset(InstanceValidator)} clears exactly those, so a reused instance reports what a fresh
 * one would; the verdict-identity tests compare against raw HAPI to hold this.
 *
 * <p>The field names are those of HL7 core 6.7.9 (HAPI 8.8.1); {@link #checkCompatible()} fails at build
 * time if they are missing, so an upgrade cannot silently change verdicts.
 */
final class ReusableValidators {

  private static final Field STATUS_WARNINGS = field(BaseValidator.class, "statusWarnings");
  private static final Field SESSION = field(BaseValidator.class, "session");
  private static final Field CODING_OBSERVER = field(InstanceValidator.class, "codingObserver");
  private static final Field XHTML_ELEMENT_MAP = field(InstanceValidator.class, "xhtmlElementMap");
  private static final Field TEXTS_TO_CHECK = field(InstanceValidator.class, "textsToCheck");
  private static final Field TEXTS_TO_CHECK_KEYS = field(InstanceValidator.class, "textsToCheckKeys");
  private static final Field CODING_OBSERVER_LIST =
      field(org.hl7.fhir.validation.codesystem.CodingsObserver.class, "list");

  private final ConcurrentLinkedDeque<InstanceValidator> idle = new ConcurrentLinkedDeque<>();
  private final Supplier<InstanceValidator> factory;
  private final int maxIdle;

  ReusableValidators(Supplier<InstanceValidator> factory, int maxIdle) {
    this.factory = factory;
    this.maxIdle = maxIdle;
  }

  static void checkCompatible() {
    // Touching the static fields is enough: a missing field fails class initialisation.
    if (STATUS_WARNINGS == null || CODING_OBSERVER_LIST == null) {
      throw new IllegalStateException("unreachable");
    }
  }

  InstanceValidator take() {
    InstanceValidator v = idle.pollFirst();
    return v != null ? v : factory.get();
  }

  void give(InstanceValidator v) {
    reset(v);
    if (idle.size() < maxIdle) {
      idle.addFirst(v);
    }
  }

  int idleCount() {
    return idle.size();
  }

  static void reset(InstanceValidator v) {
    try {
      clear(STATUS_WARNINGS.get(v));
      clear(XHTML_ELEMENT_MAP.get(v));
      clear(TEXTS_TO_CHECK.get(v));
      clear(TEXTS_TO_CHECK_KEYS.get(v));
      Object observer = CODING_OBSERVER.get(v);
      if (observer != null) {
        clear(CODING_OBSERVER_LIST.get(observer));
      }
      Object session = SESSION.get(v);
      if (session instanceof org.hl7.fhir.r5.utils.validation.ValidatorSession s) {
        s.getObjects().clear();
      }
      v.validatedContent = null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot reset a reused InstanceValidator", e);
    }
  }

  private static void clear(Object o) {
    if (o instanceof Collection<?> c) {
      c.clear();
    } else if (o instanceof Map<?, ?> m) {
      m.clear();
    } else if (o != null && !(o instanceof List<?>)) {
      throw new IllegalStateException("unexpected field type " + o.getClass().getName());
    }
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError("HL7 core library is not the version this SDK was built for: "
          + owner.getName() + "." + name + " is missing");
    }
  }
}
