package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.util.BundleUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * The FHIR R4 core definitions served from the compact index that {@link CoreIndexGenerator} writes at
 * build time, instead of parsing the 40 MB of XML bundles of {@code hapi-fhir-validation-resources-r4} at
 * start-up.
 *
 * <p>It answers exactly as HAPI 8.8.1's {@link DefaultProfileValidationSupport} (bundle strategy) does: the
 * same StructureDefinitions in the same order, with the same {@code package} and source-package user data;
 * the same URL rules ({@code Patient}, {@code hl7.org/fhir/Patient}, the upper-case alias), the same
 * {@code url|version} rule for code systems and value sets. What changes is how: the StructureDefinitions
 * are parsed from one compact JSON Bundle (only they, not the search parameters and operation definitions
 * HAPI parses and throws away), and each CodeSystem or ValueSet is parsed the first time it is asked for,
 * not the 13 MB of terminology at once. Methods it does not override (search parameters) are HAPI's own.
 * {@code CoreIndexTest} compares every definition with HAPI's. Thread-safe.
 */
public final class CoreIndex extends DefaultProfileValidationSupport {

  private static final String BASE = "/org/carebridge/fhir/internal/core/";
  private static final String URL_PREFIX_STRUCTURE_DEFINITION = "http://hl7.org/fhir/StructureDefinition/";
  private static final String URL_PREFIX_STRUCTURE_DEFINITION_BASE = "http://hl7.org/fhir/";
  private static final String PACKAGE_USER_DATA = "hl7.fhir.r4";
  private static final String SOURCE_PACKAGE = "hl7.fhir.r4.core";

  private final FhirContext ctx;
  /** url to index entry, in HAPI's insertion order. */
  private final Map<String, String> codeSystemEntries;
  private final Map<String, String> valueSetEntries;
  private final Map<String, IBaseResource> codeSystems = new HashMap<>();
  private final Map<String, IBaseResource> valueSets = new HashMap<>();
  private volatile Map<String, IBaseResource> structures;
  /** HAPI reads all terminology on the first request for any: from then on it lists it all. */
  private boolean terminologyRequested;

  private CoreIndex(FhirContext ctx, Map<String, String> codeSystemEntries, Map<String, String> valueSetEntries) {
    super(ctx);
    this.ctx = ctx;
    this.codeSystemEntries = codeSystemEntries;
    this.valueSetEntries = valueSetEntries;
  }

  /** True when the build-time index is on the class path. */
  public static boolean available() {
    return CoreIndex.class.getResource(BASE + "structures.json") != null
        && CoreIndex.class.getResource(BASE + "comments.tsv") != null
        && CoreIndex.class.getResource(BASE + "terminology.tsv") != null;
  }

  /**
   * Opens the index (reads only its small terminology table).
   *
   * @throws IllegalStateException when the index is missing or the context is not R4
   */
  public static CoreIndex open(FhirContext ctx) {
    if (ctx.getVersion().getVersion() != FhirVersionEnum.R4) {
      throw new IllegalStateException("the core index holds FHIR R4 definitions only");
    }
    Map<String, String> cs = new java.util.LinkedHashMap<>();
    Map<String, String> vs = new java.util.LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(reader("terminology.tsv"))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        (f[0].equals("CodeSystem") ? cs : vs).put(f[1], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FHIR core index", e);
    }
    return new CoreIndex(ctx, cs, vs);
  }

  private static Reader reader(String name) throws IOException {
    InputStream in = CoreIndex.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("the FHIR core index is not on the class path (" + BASE + name
          + "): sdk-fhir was built without its process-classes step");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private List<IBaseResource> parseBundle(String name) {
    try (Reader r = reader(name)) {
      IBaseResource parsed = ctx.newJsonParser().parseResource(r);
      return parsed instanceof IBaseBundle b ? BundleUtil.toListOfResources(ctx, b) : List.of(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FHIR core index entry " + name, e);
    }
  }

  /** Parses all StructureDefinitions now (the validator needs them all on its first use). */
  public void loadStructures() {
    structures();
  }

  private Map<String, IBaseResource> structures() {
    Map<String, IBaseResource> map = structures;
    if (map == null) {
      synchronized (this) {
        map = structures;
        if (map == null) {
          map = new HashMap<>();
          List<IBaseResource> all = parseBundle("structures.json");
          addComments(all);
          for (IBaseResource sd : all) {
            sd.setUserData("package", PACKAGE_USER_DATA);
            sd.setUserData(SOURCE_PACKAGE_ID, SOURCE_PACKAGE);
            map.put(getConformanceResourceUrl(ctx, sd), sd);
          }
          structures = map;
        }
      }
    }
    return map;
  }

  /** Puts back the XML comments HAPI's XML parser keeps (see {@link CoreIndexGenerator}). */
  private static void addComments(List<IBaseResource> all) {
    try (BufferedReader r = new BufferedReader(reader("comments.tsv"))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", 6);
        StructureDefinition sd = (StructureDefinition) all.get(Integer.parseInt(f[0]));
        List<ElementDefinition> elements =
            f[1].equals("s") ? sd.getSnapshot().getElement() : sd.getDifferential().getElement();
        ElementDefinition.TypeRefComponent type =
            elements.get(Integer.parseInt(f[2])).getType().get(Integer.parseInt(f[3]));
        (f[4].equals("pre") ? type.getFormatCommentsPre() : type.getFormatCommentsPost()).add(f[5]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FHIR core index", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
    return (List<T>) Collections.unmodifiableList(new ArrayList<>(structures().values()));
  }

  @Override
  public IBaseResource fetchStructureDefinition(String theUrl) {
    String url = theUrl;
    if (!url.startsWith(URL_PREFIX_STRUCTURE_DEFINITION)) {
      if (url.indexOf('/') == -1) {
        url = URL_PREFIX_STRUCTURE_DEFINITION + url;
      } else if (StringUtils.countMatches(url, '/') == 1) {
        url = URL_PREFIX_STRUCTURE_DEFINITION_BASE + url;
      }
    }
    Map<String, IBaseResource> map = structures();
    IBaseResource found = map.get(url);
    if (found == null && url.startsWith(URL_PREFIX_STRUCTURE_DEFINITION)) {
      // HAPI's leniency for built-in search parameters written "value.as(String)"
      String end = url.substring(URL_PREFIX_STRUCTURE_DEFINITION.length());
      if (!end.isEmpty() && Character.isUpperCase(end.charAt(0))) {
        String alternate = URL_PREFIX_STRUCTURE_DEFINITION + Character.toLowerCase(end.charAt(0)) + end.substring(1);
        found = map.get(alternate);
        if (found != null) {
          found = ctx.newTerser().clone(found);
          ctx.newTerser().setElement(found, "type", end);
          found.setUserData(SOURCE_PACKAGE_ID, SOURCE_PACKAGE);
        }
      }
    }
    return found;
  }

  @Override
  public IBaseResource fetchCodeSystem(String theSystem) {
    return fetchTerminology(theSystem, true);
  }

  @Override
  public IBaseResource fetchValueSet(String theUrl) {
    return fetchTerminology(theUrl, false);
  }

  private synchronized IBaseResource fetchTerminology(String theSystem, boolean codeSystem) {
    terminologyRequested = true;
    String system = theSystem;
    String version = null;
    int pipe = system.indexOf('|');
    if (pipe > 0) {
      version = system.substring(pipe + 1);
      system = system.substring(0, pipe);
    }
    IBaseResource candidate = codeSystem ? load(codeSystems, codeSystemEntries, system)
        : load(valueSets, valueSetEntries, system);
    if (candidate != null && StringUtils.isNotBlank(version) && !system.startsWith("http://hl7.org")
        && !system.startsWith("http://terminology.hl7.org")) {
      if (!StringUtils.equals(version, ctx.newTerser().getSinglePrimitiveValueOrNull(candidate, "version"))) {
        candidate = null;
      }
    }
    return candidate;
  }

  private IBaseResource load(Map<String, IBaseResource> cache, Map<String, String> entries, String url) {
    IBaseResource r = cache.get(url);
    if (r == null) {
      String entry = entries.get(url);
      if (entry == null) {
        return null;
      }
      r = entry.equals(CoreIndexGenerator.STORAGE_ENTRY) ? CoreIndexGenerator.parseStorageCodeSystem(ctx)
          : parseBundle("tx/" + entry + ".json").get(0);
      r.setUserData(SOURCE_PACKAGE_ID, SOURCE_PACKAGE);
      cache.put(url, r);
    }
    return r;
  }

  /** As HAPI: what has been loaded so far (all terminology once any was asked for, all StructureDefinitions once any). */
  @Override
  public synchronized List<IBaseResource> fetchAllConformanceResources() {
    List<IBaseResource> all = new ArrayList<>();
    if (terminologyRequested) {
      all.addAll(inHapiOrder(codeSystems, codeSystemEntries));
    }
    Map<String, IBaseResource> sds = structures;
    if (sds != null) {
      all.addAll(sds.values());
    }
    if (terminologyRequested) {
      all.addAll(inHapiOrder(valueSets, valueSetEntries));
    }
    return all;
  }

  private java.util.Collection<IBaseResource> inHapiOrder(Map<String, IBaseResource> cache, Map<String, String> entries) {
    Map<String, IBaseResource> ordered = new HashMap<>();
    for (String url : entries.keySet()) {
      ordered.put(url, load(cache, entries, url));
    }
    return ordered.values();
  }
}
