package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The canonical URLs that the loaded packages refer to and no loaded package defines: the profiles,
 * extensions, value sets and code systems of a declared dependency that is not loaded. A message about one
 * of them says only that the dependency is missing, which the validator says once per run instead.
 *
 * <p>External code systems that no FHIR package defines (SNOMED CT, LOINC, UCUM, ISO and other {@code urn:}
 * systems) and the FHIR core namespaces are never counted as dangling.
 */
final class Dangling {

  private static final List<String> NEVER_DANGLING = List.of("http://hl7.org/fhir/", "http://terminology.hl7.org/",
      "http://snomed.info/", "http://loinc.org", "http://unitsofmeasure.org", "urn:", "http://www.nlm.nih.gov/",
      "http://dicom.nema.org/");

  private Dangling() {}

  /** The dangling canonical URLs (without versions) of the resources of these packages, given the whole chain. */
  static Set<String> find(Collection<SupportChains.LoadedPackage> packages, IValidationSupport chain) {
    Set<String> referenced = new TreeSet<>();
    for (SupportChains.LoadedPackage p : packages) {
      List<IBaseResource> resources = p.support().fetchAllConformanceResources();
      if (resources == null) {
        continue;
      }
      for (IBaseResource r : resources) {
        if (r instanceof StructureDefinition sd) {
          add(referenced, sd.getBaseDefinition());
          for (ElementDefinition e : sd.getSnapshot().getElement()) {
            for (ElementDefinition.TypeRefComponent t : e.getType()) {
              t.getProfile().forEach(c -> add(referenced, c.getValue()));
              t.getTargetProfile().forEach(c -> add(referenced, c.getValue()));
            }
            if (e.hasBinding()) {
              add(referenced, e.getBinding().getValueSet());
            }
            systemsOf(e.getPattern(), referenced);
            systemsOf(e.getFixed(), referenced);
          }
        } else if (r instanceof ValueSet vs) {
          for (ValueSet.ConceptSetComponent c : vs.getCompose().getInclude()) {
            add(referenced, c.getSystem());
            c.getValueSet().forEach(v -> add(referenced, v.getValue()));
          }
        }
      }
    }
    Set<String> dangling = new TreeSet<>();
    for (String url : referenced) {
      if (NEVER_DANGLING.stream().noneMatch(url::startsWith) && chain.fetchResource(null, url) == null
          && chain.fetchCodeSystem(url) == null && chain.fetchValueSet(url) == null) {
        dangling.add(url);
      }
    }
    return Set.copyOf(dangling);
  }

  /**
   * The canonical bases of the dangling URLs, each followed by the kinds of definition a package holds
   * ({@code https://fhir.hl7.org.uk/CodeSystem/} ...): the missing packages' namespaces, which also hold
   * definitions that the loaded packages do not name themselves (the code system a missing value set
   * includes).
   */
  static Set<String> namespaces(Set<String> dangling) {
    Set<String> out = new TreeSet<>();
    for (String url : dangling) {
      for (String kind : KINDS) {
        int at = url.indexOf("/" + kind + "/");
        if (at > 0) {
          String base = url.substring(0, at + 1);
          for (String k : KINDS) {
            out.add(base + k + "/");
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  private static final List<String> KINDS = List.of("StructureDefinition", "CodeSystem", "ValueSet", "ConceptMap",
      "NamingSystem");

  private static void systemsOf(Type value, Set<String> out) {
    if (value instanceof Coding c) {
      add(out, c.getSystem());
    } else if (value instanceof CodeableConcept cc) {
      cc.getCoding().forEach(c -> add(out, c.getSystem()));
    } else if (value instanceof CanonicalType c) {
      add(out, c.getValue());
    }
  }

  private static void add(Set<String> out, String url) {
    if (url == null || url.isBlank()) {
      return;
    }
    int bar = url.indexOf('|');
    out.add(bar < 0 ? url : url.substring(0, bar));
  }
}
