package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the packages that loaded FHIR packages declare, offline: first among the packages the caller
 * gave, then in the local FHIR package cache ({@code <cache>/<name>#<version>/package/}, the layout SUSHI,
 * the HL7 validator and Firely's tools share). Never downloads. The FHIR core package of the FHIR version
 * ({@code hl7.fhir.r4.core}) is built in and never looked for.
 */
public final class Dependencies {

  /** The FHIR core package, which the validator always has. */
  static final String CORE = "hl7.fhir.r4.core";

  /**
   * A declared dependency that could not be found.
   *
   * @param name its name
   * @param version the version declared
   * @param declaredBy the package that declares it, as {@code name#version}
   */
  public record Missing(String name, String version, String declaredBy) {

    /** {@code name#version}. */
    public String id() {
      return name + "#" + version;
    }
  }

  /**
   * What was found.
   *
   * @param packages every package to load: the given ones, in order, then the dependencies found
   * @param missing the dependencies found nowhere
   * @param versionMismatches given packages whose version differs from the one declared, as text
   */
  public record Resolution(List<SupportChains.LoadedPackage> packages, List<Missing> missing, List<String> versionMismatches) {}

  private Dependencies() {}

  /** The default FHIR package cache: {@code ~/.fhir/packages}. */
  public static Path defaultCache() {
    return Path.of(System.getProperty("user.home"), ".fhir", "packages");
  }

  /**
   * Resolves the dependencies of the given packages, transitively.
   *
   * @param ctx the FHIR context used to parse the resources of the packages found
   * @param given the packages the caller loaded, in order
   * @param cache the FHIR package cache folder, or null for none
   * @throws IllegalArgumentException when a package in the cache is there but cannot be read
   */
  public static Resolution resolve(FhirContext ctx, List<SupportChains.LoadedPackage> given, Path cache) {
    Map<String, SupportChains.LoadedPackage> byName = new LinkedHashMap<>();
    for (SupportChains.LoadedPackage p : given) {
      byName.putIfAbsent(p.name(), p);
    }
    List<SupportChains.LoadedPackage> all = new ArrayList<>(given);
    List<Missing> missing = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    Deque<SupportChains.LoadedPackage> todo = new ArrayDeque<>(given);
    while (!todo.isEmpty()) {
      SupportChains.LoadedPackage p = todo.removeFirst();
      for (String dependency : p.dependencies()) {
        int hash = dependency.indexOf('#');
        String name = hash < 0 ? dependency : dependency.substring(0, hash);
        String version = hash < 0 ? "" : dependency.substring(hash + 1);
        if (name.equals(CORE) || name.startsWith("hl7.fhir.r4.core")) {
          continue;
        }
        SupportChains.LoadedPackage have = byName.get(name);
        if (have != null) {
          if (!version.isEmpty() && !have.version().equals(version)) {
            String text = p.id() + " declares " + name + "#" + version + ", and " + have.id() + " was given";
            if (!mismatches.contains(text)) {
              mismatches.add(text);
            }
          }
          continue;
        }
        Path folder = cache == null ? null : cache.resolve(name + "#" + version);
        if (folder != null && Files.isRegularFile(folder.resolve("package").resolve("package.json"))) {
          SupportChains.LoadedPackage found;
          try {
            found = SupportChains.loadFolder(ctx, folder, folder.toString());
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read FHIR package " + name + "#" + version + " from the package cache "
                + folder + ": " + e.getMessage(), e);
          }
          byName.put(name, found);
          all.add(found);
          todo.addLast(found);
        } else if (missing.stream().noneMatch(m -> m.name().equals(name))) {
          missing.add(new Missing(name, version, p.id()));
        }
      }
    }
    return new Resolution(List.copyOf(all), List.copyOf(missing), List.copyOf(mismatches));
  }
}
