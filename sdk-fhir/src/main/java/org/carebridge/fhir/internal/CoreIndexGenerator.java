package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Build step (not used at run time): writes the compact index of the FHIR R4 core definitions that
 * {@link CoreIndex} serves, from the XML bundles of {@code hapi-fhir-validation-resources-r4} that HAPI's
 * {@code DefaultProfileValidationSupport} reads.
 *
 * <p>It keeps exactly what that support keeps and nothing else: the StructureDefinitions of the four
 * profile bundles (not the search parameters, operation definitions, compartment definitions... that it
 * parses and throws away) and the CodeSystems and ValueSets of the three terminology bundles, each with the
 * {@code fullUrl} of its original Bundle entry, in the order HAPI first sees each URL, with the last
 * definition of a URL winning as in HAPI's maps. Output, under the given directory:
 *
 * <ul>
 *   <li>{@code structures.json}: one JSON Bundle of all StructureDefinitions, read whole at start-up;
 *   <li>{@code tx/N.json}: one JSON Bundle per CodeSystem or ValueSet, read when first asked for;
 *   <li>{@code comments.tsv}: the XML comments HAPI keeps on elements, which R4 JSON cannot carry;
 *   <li>{@code terminology.tsv}: {@code CodeSystem|ValueSet TAB url TAB entry} per line, in HAPI's order;
 *   <li>{@code stamp.txt}: what the index was made from (the build skips the step when it matches).
 * </ul>
 *
 * <p>Run by {@code sdk-fhir/pom.xml} ({@code exec:java} in {@code process-classes}); Maven only, no network.
 */
public final class CoreIndexGenerator {

  /** Changes whenever the layout above changes, so that an old index is never reused. */
  static final String FORMAT = "carebridge-core-index 2";

  static final List<String> STRUCTURE_FILES = List.of(
      "/org/hl7/fhir/r4/model/profile/profiles-resources.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-types.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-others.xml",
      "/org/hl7/fhir/r4/model/extension/extension-definitions.xml");

  static final List<String> TERMINOLOGY_FILES = List.of(
      "/org/hl7/fhir/r4/model/valueset/valuesets.xml",
      "/org/hl7/fhir/r4/model/valueset/v2-tables.xml",
      "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml");

  /** HAPI adds this CodeSystem (parsed from its own JSON) after reading each terminology bundle. */
  static final String STORAGE_CODE_SYSTEM = "ca/uhn/fhir/context/support/HapiFhirStorageResponseCode.json";

  /** Index entry name of {@link #STORAGE_CODE_SYSTEM}: parsed from hapi-fhir-base at run time, as HAPI does. */
  static final String STORAGE_ENTRY = "hapi-storage-response-code";

  private CoreIndexGenerator() {}

  /**
   * @param args the output directory (e.g. {@code target/classes/org/carebridge/fhir/internal/core})
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CoreIndexGenerator <output directory>");
    }
    Path out = Path.of(args[0]);
    String stamp = FORMAT + "\n" + ca.uhn.fhir.util.VersionUtil.getVersion() + "\n";
    Path stampFile = out.resolve("stamp.txt");
    if (Files.exists(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
      return;
    }
    Files.createDirectories(out.resolve("tx"));
    FhirContext ctx = FhirContext.forR4();
    IParser xml = ctx.newXmlParser();
    IParser json = ctx.newJsonParser();

    Map<String, Bundle.BundleEntryComponent> structures = new LinkedHashMap<>();
    for (String file : STRUCTURE_FILES) {
      for (Bundle.BundleEntryComponent e : entries(xml, file)) {
        if (e.getResource() instanceof StructureDefinition sd) {
          String url = DefaultProfileValidationSupport.getConformanceResourceUrl(ctx, sd);
          if (url != null && !url.isBlank()) {
            structures.put(url, e);
          }
        }
      }
    }
    Bundle all = new Bundle();
    all.setType(Bundle.BundleType.COLLECTION);
    for (Bundle.BundleEntryComponent e : structures.values()) {
      all.addEntry().setFullUrl(e.getFullUrl()).setResource(e.getResource());
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("structures.json"), StandardCharsets.UTF_8)) {
      json.encodeResourceToWriter(all, w);
    }
    Files.writeString(out.resolve("comments.tsv"), comments(all), StandardCharsets.UTF_8);

    Map<String, Object> codeSystems = new LinkedHashMap<>();
    Map<String, Object> valueSets = new LinkedHashMap<>();
    for (String file : TERMINOLOGY_FILES) {
      for (Bundle.BundleEntryComponent e : entries(xml, file)) {
        IBaseResource r = e.getResource();
        Map<String, Object> map = r instanceof CodeSystem ? codeSystems : r instanceof ValueSet ? valueSets : null;
        if (map != null) {
          String url = DefaultProfileValidationSupport.getConformanceResourceUrl(ctx, r);
          if (url != null && !url.isBlank()) {
            map.put(url, e);
          }
        }
      }
      codeSystems.put(storageCodeSystemUrl(ctx), STORAGE_ENTRY);
    }
    StringBuilder index = new StringBuilder();
    int n = 0;
    for (String kind : List.of("CodeSystem", "ValueSet")) {
      for (Map.Entry<String, Object> e : (kind.equals("CodeSystem") ? codeSystems : valueSets).entrySet()) {
        String entry;
        if (e.getValue() instanceof Bundle.BundleEntryComponent c) {
          entry = Integer.toString(n++);
          Bundle one = new Bundle();
          one.setType(Bundle.BundleType.COLLECTION);
          one.addEntry().setFullUrl(c.getFullUrl()).setResource(c.getResource());
          Files.writeString(out.resolve("tx/" + entry + ".json"), json.encodeResourceToString(one),
              StandardCharsets.UTF_8);
        } else {
          entry = (String) e.getValue();
        }
        index.append(kind).append('\t').append(e.getKey()).append('\t').append(entry).append('\n');
      }
    }
    Files.writeString(out.resolve("terminology.tsv"), index, StandardCharsets.UTF_8);
    Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
  }

  /**
   * The XML comments HAPI's XML parser keeps on elements, which JSON cannot carry for R4: in the core
   * definitions they sit only on {@code ElementDefinition.type} entries. One line per comment:
   * {@code sd-index TAB s|d TAB element-index TAB type-index TAB pre|post TAB text}. Fails when a comment
   * sits anywhere else, so that nothing is silently lost.
   */
  private static String comments(Bundle all) {
    StringBuilder sb = new StringBuilder();
    int placed = 0;
    int total = 0;
    for (int i = 0; i < all.getEntry().size(); i++) {
      StructureDefinition sd = (StructureDefinition) all.getEntry().get(i).getResource();
      total += countComments(sd);
      for (String part : List.of("s", "d")) {
        List<ElementDefinition> elements =
            part.equals("s") ? sd.getSnapshot().getElement() : sd.getDifferential().getElement();
        for (int e = 0; e < elements.size(); e++) {
          List<ElementDefinition.TypeRefComponent> types = elements.get(e).getType();
          for (int t = 0; t < types.size(); t++) {
            for (String where : List.of("pre", "post")) {
              List<String> texts = where.equals("pre") ? types.get(t).getFormatCommentsPre()
                  : types.get(t).getFormatCommentsPost();
              for (String text : texts) {
                if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                  throw new IllegalStateException("comment with a tab or line break in " + sd.getUrl());
                }
                sb.append(i).append('\t').append(part).append('\t').append(e).append('\t').append(t).append('\t')
                    .append(where).append('\t').append(text).append('\n');
                placed++;
              }
            }
          }
        }
      }
    }
    if (placed != total) {
      throw new IllegalStateException("core definitions have " + total + " XML comments, only " + placed
          + " of them on ElementDefinition.type: the index format must change");
    }
    return sb.toString();
  }

  private static int countComments(Base b) {
    int n = b.getFormatCommentsPre().size() + b.getFormatCommentsPost().size();
    for (Property p : b.children()) {
      for (Base v : p.getValues()) {
        n += countComments(v);
      }
    }
    return n;
  }

  static String storageCodeSystemUrl(FhirContext ctx) {
    IBaseResource cs = parseStorageCodeSystem(ctx);
    return DefaultProfileValidationSupport.getConformanceResourceUrl(ctx, cs);
  }

  /** Exactly as HAPI's bundle strategy parses it. */
  static IBaseResource parseStorageCodeSystem(FhirContext ctx) {
    String text = ca.uhn.fhir.util.ClasspathUtil.loadResource(STORAGE_CODE_SYSTEM);
    return ctx.newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.LenientErrorHandler()).parseResource(text);
  }

  private static List<Bundle.BundleEntryComponent> entries(IParser xml, String file) throws IOException {
    try (InputStream in = DefaultProfileValidationSupport.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("not on the class path: " + file);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Bundle b = xml.parseResource(Bundle.class, r);
        List<Bundle.BundleEntryComponent> list = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : b.getEntry()) {
          if (e.getResource() != null) {
            list.add(e);
          }
        }
        return list;
      }
    }
  }
}
