package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
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
 * are kept, so URLs taken from untrusted input cannot grow it without bound.
 *
 * <p>It also lists all StructureDefinitions (which the HL7 validator asks for when it starts) with one
 * conversion to R5 each. HAPI converts every definition twice there: a first list, only needed while it
 * generates missing snapshots (the snapshot generator asks for the list again), and then the list it keeps.
 * When every definition has a snapshot, as the core definitions and CareBridge's profiles do, the second
 * conversion is all that is kept; this class makes only that one, through {@link Canonicals}, which stores
 * each R5 form where HAPI looks for it, so that HAPI's later lookups of a definition return the same object
 * as the list. When any definition lacks a snapshot, HAPI's own path is used. Thread-safe.
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
  private final IValidationSupport chain;
  private final VersionCanonicalizer canonicalizer;
  private volatile List<StructureDefinition> structures;
  private volatile Set<String> primitiveTypes;
  /** Set when a definition lacks a snapshot: from then on HAPI lists the definitions itself. */
  private volatile boolean hapiLists;

  CachingWorkerContext(IValidationSupport chain) {
    super(chain);
    this.chain = chain;
    this.canonicalizer = new VersionCanonicalizer(chain.getFhirContext());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Resource> List<T> fetchResourcesByType(Class<T> type) {
    if (StructureDefinition.class.equals(type)) {
      List<StructureDefinition> all = structures();
      if (all != null) {
        return (List<T>) all;
      }
    }
    return super.fetchResourcesByType(type);
  }

  @Override
  public List<StructureDefinition> fetchTypeDefinitions(String typeName) {
    List<StructureDefinition> all = structures();
    if (all == null) {
      return super.fetchTypeDefinitions(typeName);
    }
    List<StructureDefinition> matching = new ArrayList<>(all);
    matching.removeIf(sd -> !sd.hasType() || !sd.getType().equals(typeName));
    return matching;
  }

  @Override
  public boolean isPrimitiveType(String typeName) {
    Set<String> primitives = primitiveTypes;
    if (primitives == null) {
      List<StructureDefinition> all = structures();
      if (all == null) {
        return super.isPrimitiveType(typeName);
      }
      Set<String> names = new HashSet<>();
      for (StructureDefinition sd : all) {
        if (sd.getKind() == StructureDefinition.StructureDefinitionKind.PRIMITIVETYPE && sd.getName() != null) {
          names.add(sd.getName());
        }
      }
      primitives = Collections.unmodifiableSet(names);
      primitiveTypes = primitives;
    }
    return primitives.contains(typeName);
  }

  /**
   * All StructureDefinitions of the chain in R5 form, in the chain's order, each converted once; null when
   * one of them has no snapshot (HAPI's path then generates it).
   */
  private List<StructureDefinition> structures() {
    List<StructureDefinition> all = structures;
    if (all == null && !hapiLists) {
      synchronized (this) {
        all = structures;
        if (all == null && !hapiLists) {
          List<IBaseResource> r4 = chain.fetchAllStructureDefinitions();
          List<StructureDefinition> converted = new ArrayList<>(r4.size());
          for (IBaseResource sd : r4) {
            Resource canonical = Canonicals.convertAhead(canonicalizer, sd);
            if (!(canonical instanceof StructureDefinition c)) {
              hapiLists = true;
              return null;
            }
            converted.add(c);
          }
          all = converted;
          structures = all;
        }
      }
    }
    return all;
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

  /** True when this class lists the StructureDefinitions, false when HAPI does (for tests). */
  boolean listsStructuresItself() {
    return structures() != null;
  }

  /** Number of remembered answers (for tests). */
  int size() {
    return size.get();
  }

  /** Renders as HAPI does, and records the id and arguments for {@link MessageArguments}. */
  @Override
  public String formatMessage(String theMessage, Object... theMessageArguments) {
    String rendered = super.formatMessage(theMessage, theMessageArguments);
    MessageArguments.record(rendered, theMessage, null, theMessageArguments);
    return rendered;
  }

  /** Renders as HAPI does, and records the id, count and arguments for {@link MessageArguments}. */
  @Override
  public String formatMessagePlural(Integer plural, String theMessage, Object... theMessageArguments) {
    String rendered = super.formatMessagePlural(plural, theMessage, theMessageArguments);
    MessageArguments.record(rendered, theMessage, plural, theMessageArguments);
    return rendered;
  }
}
