package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/sdk/api-at-a-glance.md lists every public type outside {@code internal} packages. This test holds the page
 * to every module: sdk-core, sdk-fhir, profiles, the two adapters, the service, the conformance kit, the recipes
 * and the command line itself (the kit and the recipes are test dependencies of this module for that reason).
 * Each of their public types, top-level or nested, is named in a table of the page, and each name in a table
 * that belongs to one of those modules' packages is a public type.
 */
class ApiAtAGlanceTest {

  private static final Path PAGE = Path.of("..", "docs", "sdk", "api-at-a-glance.md");
  private static final List<String> PACKAGES = List.of("org/carebridge/core/", "org/carebridge/fhir/",
      "org/carebridge/profiles/", "org/carebridge/hl7v2/", "org/carebridge/cld/", "org/carebridge/service/",
      "org/carebridge/kit/", "org/carebridge/examples/recipes/", "org/carebridge/cli/");

  @Test
  void everyPublicTypeOfTheModules_isListed_andNothingElse() throws Exception {
    Set<String> listed = listedNames();
    Set<String> modules = publicTypes();
    assertThat(modules).as("public types found on the class path").hasSizeGreaterThan(100);
    assertThat(listed).as("public types missing from api-at-a-glance.md").containsAll(modules);

    Set<String> listedUnderThesePackages = new TreeSet<>();
    for (String row : Files.readString(PAGE).split("\n")) {
      if (row.startsWith("| `") && PACKAGES.stream().map(p -> "`" + p.replace('/', '.'))
          .anyMatch(p -> row.contains(p.substring(0, p.length() - 1) + "`") || row.contains(p))) {
        listedUnderThesePackages.addAll(names(row.substring(0, row.indexOf('|', 1))));
      }
    }
    assertThat(listedUnderThesePackages).hasSizeGreaterThan(100);
    assertThat(modules).as("names listed under these modules' packages that are no public type")
        .containsAll(listedUnderThesePackages);
    Matcher count = Pattern.compile("\\*\\*(\\d+) public types\\*\\*").matcher(Files.readString(PAGE));
    assertThat(count.find()).as("the page states the number of public types").isTrue();
    assertThat(Integer.parseInt(count.group(1))).as("the number the page states").isEqualTo(modules.size());
  }

  /** The names in the first cell of every table row. */
  private static Set<String> listedNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String row : Files.readString(PAGE).split("\n")) {
      if (row.startsWith("| `")) {
        names.addAll(names(row.substring(0, row.indexOf('|', 1))));
      }
    }
    return names;
  }

  private static List<String> names(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("`([A-Z][A-Za-z0-9.]*)`").matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The public types, as Java writes them ({@code Person.Builder}), of the modules on the class path. */
  private static Set<String> publicTypes() throws Exception {
    Set<String> names = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      for (String resource : classFiles(Path.of(entry))) {
        if (PACKAGES.stream().noneMatch(resource::startsWith) || resource.contains("/internal/")
            || resource.endsWith("module-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(resource.replace('/', '.').replaceAll("\\.class$", ""), false,
            ApiAtAGlanceTest.class.getClassLoader());
        if (isPublic(type) && !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
          names.add(type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'));
        }
      }
    }
    return names;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> classFiles(Path entry) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      if (!entry.toString().replace('\\', '/').endsWith("target/classes")) {
        return out; // test classes are not API
      }
      try (Stream<Path> files = Files.walk(entry)) {
        files.filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> out.add(entry.relativize(f).toString().replace('\\', '/')));
      }
    } else if (entry.getFileName().toString().matches("carebridge-[a-z0-9-]+-[0-9][^-]*(-SNAPSHOT)?\\.jar")) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (name.endsWith(".class")) {
            out.add(name);
          }
        }
      }
    }
    return out;
  }
}
