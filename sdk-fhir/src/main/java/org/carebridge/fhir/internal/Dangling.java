package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UriType;
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

  /**
   * What the loaded packages refer to and nothing defines.
   *
   * @param urls every dangling canonical URL, without versions
   * @param extensions those of them that are the profile of an extension slice
   */
  record Found(Set<String> urls, Set<String> extensions) {}

  /** The dangling canonical URLs (without versions) of the resources of these packages, given the whole chain. */
  static Found find(Collection<SupportChains.LoadedPackage> packages, IValidationSupport chain) {
    Set<String> referenced = new TreeSet<>();
    Set<String> extensionProfiles = new TreeSet<>();
    for (IBaseResource r : conformanceResources(packages)) {
      if (r instanceof StructureDefinition sd) {
        referencedBy(sd, referenced, extensionProfiles);
      } else if (r instanceof ValueSet vs) {
        for (ValueSet.ConceptSetComponent c : vs.getCompose().getInclude()) {
          add(referenced, c.getSystem());
          c.getValueSet().forEach(v -> add(referenced, v.getValue()));
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
    Set<String> extensions = new TreeSet<>(extensionProfiles);
    extensions.retainAll(dangling);
    return new Found(Set.copyOf(dangling), Set.copyOf(extensions));
  }

  /** The canonical URLs a profile refers to: its base, profiles, target profiles, bindings and code systems. */
  private static void referencedBy(StructureDefinition sd, Set<String> referenced, Set<String> extensionProfiles) {
    add(referenced, sd.getBaseDefinition());
    for (ElementDefinition e : sd.getSnapshot().getElement()) {
      for (ElementDefinition.TypeRefComponent t : e.getType()) {
        t.getProfile().forEach(c -> add(referenced, c.getValue()));
        if ("Extension".equals(t.getCode())) {
          t.getProfile().forEach(c -> add(extensionProfiles, c.getValue()));
        }
        t.getTargetProfile().forEach(c -> add(referenced, c.getValue()));
      }
      if (e.hasBinding()) {
        add(referenced, e.getBinding().getValueSet());
      }
      systemsOf(e.getPattern(), referenced);
      systemsOf(e.getFixed(), referenced);
    }
  }

  /** Every conformance resource of these packages, package by package. */
  private static List<IBaseResource> conformanceResources(Collection<SupportChains.LoadedPackage> packages) {
    List<IBaseResource> all = new ArrayList<>();
    for (SupportChains.LoadedPackage p : packages) {
      List<IBaseResource> resources = p.support().fetchAllConformanceResources();
      if (resources != null) {
        all.addAll(resources);
      }
    }
    return all;
  }

  /**
   * Stand-ins for the dangling extension definitions: the core Extension definition with the URL fixed, any
   * value allowed, usable anywhere. With them an extension of a missing package is recognised by its URL (so
   * slices by URL can be told apart and the extension is not "unknown"), while its content is not checked.
   */
  static PrePopulatedValidationSupport standIns(FhirContext ctx, Set<String> extensionUrls, IValidationSupport chain) {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(ctx);
    IBaseResource base = chain.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
    if (!(base instanceof StructureDefinition core)) {
      return support;
    }
    for (String url : extensionUrls) {
      StructureDefinition sd = core.copy();
      sd.setId((String) null);
      sd.setUrl(url);
      sd.setVersion(null);
      String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "");
      sd.setName(name.isEmpty() ? "MissingExtension" : name);
      sd.setTitle("Stand-in for " + url + " (its package is not loaded: content not checked)");
      sd.setStatus(Enumerations.PublicationStatus.UNKNOWN);
      sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
      sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
      sd.setAbstract(false);
      sd.getContext().clear();
      sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression("Element");
      sd.getDifferential().getElement().clear();
      for (ElementDefinition e : sd.getSnapshot().getElement()) {
        if ("Extension.url".equals(e.getPath())) {
          e.setFixed(new UriType(url));
        }
      }
      support.addStructureDefinition(sd);
    }
    return support;
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

  /** True for a code system whose codes are all in it (not a stub that only names the system). */
  private static boolean complete(IBaseResource codeSystem) {
    return codeSystem instanceof CodeSystem cs
        && cs.getContent() == CodeSystem.CodeSystemContentMode.COMPLETE;
  }

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

  /**
   * The external code systems (SNOMED CT, LOINC ...) that no loaded package defines, and that the loaded packages'
   * value sets include or the value sets their profiles bind to (FHIR's own among them, such as the Consent
   * category's): offline, a code from them can be checked only for membership in a value set that lists it; its
   * display, and a code in a binding that does not list it, cannot be checked.
   */
  static Set<String> externalSystems(Collection<SupportChains.LoadedPackage> packages, IValidationSupport chain) {
    SortedSet<String> systems = new TreeSet<>();
    for (IBaseResource r : conformanceResources(packages)) {
      if (r instanceof ValueSet vs) {
        addExternal(vs, chain, systems);
      } else if (r instanceof StructureDefinition sd) {
        List<ElementDefinition> elements = sd.hasSnapshot() ? sd.getSnapshot().getElement()
            : sd.getDifferential().getElement();
        for (ElementDefinition e : elements) {
          if (e.hasBinding() && e.getBinding().hasValueSet()
              && chain.fetchValueSet(e.getBinding().getValueSet()) instanceof ValueSet bound) {
            addExternal(bound, chain, systems);
          }
        }
      }
    }
    return Collections.unmodifiableSortedSet(systems); // sorted: the notices come in a stable order
  }

  private static void addExternal(ValueSet vs, IValidationSupport chain, Set<String> out) {
    for (ValueSet.ConceptSetComponent c : vs.getCompose().getInclude()) {
      String system = c.getSystem();
      if (system != null && !out.contains(system) && NEVER_DANGLING.stream().anyMatch(system::startsWith)
          && !system.startsWith("http://hl7.org/fhir/") && !system.startsWith("http://terminology.hl7.org/")
          && !system.startsWith("urn:") && !system.equals("http://unitsofmeasure.org")
          && !complete(chain.fetchCodeSystem(system))) {
        out.add(system);
      }
    }
  }
}
