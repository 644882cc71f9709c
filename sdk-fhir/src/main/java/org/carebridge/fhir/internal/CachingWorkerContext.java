package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * HAPI's worker context (the bridge the HL7 validator asks for definitions) with its answers to
 * {@code fetchResource(type, url)}, {@code fetchResource(type, url, version, source)} and
 * {@code fetchTypeDefinition(name)} remembered.
 *
 * <p>The HL7 validator asks for the same definitions thousands of times per Bundle (every element's type,
 * every extension, every profile, every "is this a resource" check). Each of HAPI's answers costs a
 * resource-type lookup in the R4 context, a lookup through every support of the chain and its cache (long
 * string keys), and the lookup of the already converted R5 form in the resource's user data: about a fifth
 * of the validation time of a CareBridge Bundle. The answer is the same object every time (HAPI keeps the
 * converted form in the definition's user data), because the chain behind it never changes after
 * {@code build()}: the packages are read once, the core definitions are fixed. So this class returns the
 * object HAPI returned the first time. Failures (an exception, e.g. a snapshot that cannot be generated)
 * are not remembered and are raised again on every call, as in HAPI. At most {@link #MAX_ENTRIES} answers
 * are kept, so URLs taken from untrusted input cannot grow it without bound. Thread-safe.
 */
final class CachingWorkerContext extends WorkerContextValidationSupportAdapter {

  static final int MAX_ENTRIES = 20_000;
  private static final Object NONE = new Object();

  private final Map<Class<?>, Map<String, Object>> answers = new ConcurrentHashMap<>();
  /** Versioned lookups by type, url and version: HAPI joins them into a new "url|version" string each time. */
  private final Map<Class<?>, Map<String, Map<String, Object>>> versioned = new ConcurrentHashMap<>();
  /** Type definitions by type name: HAPI prefixes the name with the core URL each time. */
  private final Map<String, Object> typeDefinitions = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  CachingWorkerContext(IValidationSupport chain) {
    super(chain);
  }

  @Override
  public <T extends Resource> T fetchResource(Class<T> type, String uri) {
    if (type == null || uri == null) {
      return super.fetchResource(type, uri);
    }
    Map<String, Object> byUrl = answers.computeIfAbsent(type, k -> new ConcurrentHashMap<>());
    Object known = byUrl.get(uri);
    if (known != null) {
      return known == NONE ? null : type.cast(known);
    }
    T found = super.fetchResource(type, uri);
    remember(byUrl, uri, found);
    return found;
  }

  @Override
  public <T extends Resource> T fetchResource(Class<T> type, String uri, String version, Resource source) {
    if (version == null || type == null || uri == null) {
      return super.fetchResource(type, uri, version, source); // HAPI ignores the source
    }
    Map<String, Object> byVersion =
        versioned.computeIfAbsent(type, k -> new ConcurrentHashMap<>()).computeIfAbsent(uri, k -> new ConcurrentHashMap<>());
    Object known = byVersion.get(version);
    if (known != null) {
      return known == NONE ? null : type.cast(known);
    }
    T found = super.fetchResource(type, uri, version, source);
    remember(byVersion, version, found);
    return found;
  }

  @Override
  public StructureDefinition fetchTypeDefinition(String typeName) {
    if (typeName == null) {
      return super.fetchTypeDefinition(typeName);
    }
    Object known = typeDefinitions.get(typeName);
    if (known != null) {
      return known == NONE ? null : (StructureDefinition) known;
    }
    StructureDefinition found = super.fetchTypeDefinition(typeName);
    remember(typeDefinitions, typeName, found);
    return found;
  }

  private void remember(Map<String, Object> map, String key, Object value) {
    if (size.get() < MAX_ENTRIES && map.putIfAbsent(key, value == null ? NONE : value) == null) {
      size.incrementAndGet();
    }
  }

  /** Number of remembered answers (for tests). */
  int size() {
    return size.get();
  }
}
