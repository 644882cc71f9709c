package org.carebridge.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Internal: what a read needs: the Bundle's entries by fullUrl and by type/id, and the warnings found. */
public final class Reader {
  private final Map<String, Resource> byFullUrl = new HashMap<>();
  private final Map<String, Resource> byTypeAndId = new HashMap<>();
  private final Map<Resource, String> locations = new HashMap<>();
  private final List<Issue> warnings = new ArrayList<>();
  private final Bundle bundle;

  Reader(Bundle bundle) {
    this.bundle = bundle;
    if (bundle == null) {
      return;
    }
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
      Resource r = e.getResource();
      if (r == null) {
        continue;
      }
      locations.put(r, "Bundle.entry[" + i + "].resource");
      if (e.hasFullUrl()) {
        byFullUrl.put(e.getFullUrl(), r);
      }
      if (r.getIdElement().hasIdPart()) {
        byTypeAndId.putIfAbsent(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
      }
    }
  }

  static Reader standalone() {
    return new Reader(null);
  }

  Optional<Bundle> bundle() {
    return Optional.ofNullable(bundle);
  }

  String location(Resource r, String fallback) {
    return locations.getOrDefault(r, fallback);
  }

  void warn(String location, String message) {
    warnings.add(IssueCode.MAP_NOT_CARRIED.issue(Location.fhirPath(location), message));
  }

  void defaulted(String location, String message) {
    warnings.add(IssueCode.MAP_DEFAULTED.issue(Location.fhirPath(location), message));
  }

  List<Issue> warnings() {
    return List.copyOf(warnings);
  }

  /** The entries of a type, in Bundle order. */
  <T extends Resource> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    if (bundle != null) {
      for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
        if (type.isInstance(e.getResource())) {
          out.add(type.cast(e.getResource()));
        }
      }
    }
    return out;
  }

  /** The referenced type's id from a reference string alone (no resolution), or empty. */
  static Optional<String> idOf(Reference ref, String type) {
    if (ref == null || !ref.hasReference()) {
      return Optional.empty();
    }
    String[] parts = ref.getReference().split("/");
    int n = parts.length;
    if (n >= 2 && parts[n - 2].equals(type)) {
      return Optional.of(parts[n - 1]);
    }
    if (n >= 4 && parts[n - 2].equals("_history") && parts[n - 4].equals(type)) {
      return Optional.of(parts[n - 3]);
    }
    return Optional.empty();
  }

  /** Resolves a reference when it can be resolved, to any resource type. */
  Optional<Resource> tryResolve(DomainResource from, Reference ref) {
    try {
      return Optional.of(resolve(from, ref, Resource.class, ""));
    } catch (Problem p) {
      return Optional.empty();
    }
  }

  /** The id of the referenced resource of a type: of the resolved resource, else from the reference string. */
  Optional<String> idOf(DomainResource from, Reference ref, String type) {
    Optional<Resource> r = tryResolve(from, ref);
    if (r.isPresent()) {
      return r.get().fhirType().equals(type) ? Optional.of(r.get().getIdElement().getIdPart()) : Optional.empty();
    }
    return idOf(ref, type);
  }

  /**
   * Resolves a reference: a contained resource ({@code #id}), an entry with that fullUrl, or an entry whose
   * type and id are the reference's last two segments.
   */
  <T extends Resource> T resolve(DomainResource from, Reference ref, Class<T> type, String location) {
    if (ref == null || ref.isEmpty()) {
      throw new Problem(IssueCode.MAP_MISSING, location, "a reference is required here");
    }
    String text = ref.getReference();
    if (text == null) {
      // Only an in-memory object graph links resources without a reference string.
      if (type.isInstance(ref.getResource())) {
        return type.cast(ref.getResource());
      }
      throw new Problem(IssueCode.MAP_DANGLING_REFERENCE, location, "the reference has no reference string");
    }
    Resource found = null;
    if (text.startsWith("#")) {
      for (Resource c : from.getContained()) {
        if (text.substring(1).equals(c.getIdElement().getIdPart())) {
          found = c;
        }
      }
    } else {
      found = byFullUrl.get(text);
      if (found == null) {
        String[] parts = text.split("/");
        int n = parts.length;
        if (n >= 4 && parts[n - 2].equals("_history")) {
          found = byTypeAndId.get(parts[n - 4] + "/" + parts[n - 3]);
        } else if (n >= 2) {
          found = byTypeAndId.get(parts[n - 2] + "/" + parts[n - 1]);
        }
      }
    }
    if (found == null) {
      throw new Problem(IssueCode.MAP_DANGLING_REFERENCE, location,
          "reference '" + text + "' cannot be resolved in the Bundle");
    }
    if (!type.isInstance(found)) {
      throw new Problem(IssueCode.MAP_WRONG_TYPE, location,
          "reference '" + text + "' is to a " + found.fhirType() + ", not a " + type.getSimpleName());
    }
    return type.cast(found);
  }
}
