package org.carebridge.core.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the Maven dependency snippets of the docs resolvable against this build: in every {@code ```xml} block
 * of {@code README.md} and of the {@code .md} files under {@code docs/}, each {@code <dependency>} of group
 * {@code org.carebridge} names an artifact the build makes (a module of the root {@code pom.xml}, or the parent),
 * and its {@code <version>}, when it has one, is the version of the root {@code pom.xml}.
 */
public final class DependencySnippetChecker {

  /** One {@code org.carebridge} dependency found in a snippet. */
  public record Dependency(Path markdown, int line, String artifactId, String version) {}

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*xml\\s*$");
  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");

  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private DependencySnippetChecker() {}

  /**
   * Checks README.md and docs/ of a repository against its root pom.xml.
   *
   * @param repositoryRoot the directory holding the root {@code pom.xml}
   * @return the checker, holding the dependencies found and the problems
   */
  public static DependencySnippetChecker check(Path repositoryRoot) {
    DependencySnippetChecker checker = new DependencySnippetChecker();
    String rootPom = pom(repositoryRoot.resolve("pom.xml"));
    String version = tag(rootPom, "version");
    Set<String> artifacts = new TreeSet<>();
    artifacts.add(tag(rootPom, "artifactId"));
    Matcher module = MODULE.matcher(rootPom);
    while (module.find()) {
      artifacts.add(tag(pom(repositoryRoot.resolve(module.group(1)).resolve("pom.xml")), "artifactId"));
    }
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(repositoryRoot.resolve("README.md"))) {
      files.add(repositoryRoot.resolve("README.md"));
    }
    try (Stream<Path> walk = Files.walk(repositoryRoot.resolve("docs"))) {
      walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      checker.checkMarkdown(file, version, artifacts);
    }
    return checker;
  }

  /** @return the {@code org.carebridge} dependencies found, in file order */
  public List<Dependency> dependencies() {
    return List.copyOf(dependencies);
  }

  /** @return one line per problem, naming the Markdown file and line */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void checkMarkdown(Path markdown, String version, Set<String> artifacts) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!FENCE.matcher(lines.get(i)).matches()) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      String block = String.join("\n", lines.subList(start, end));
      Matcher m = DEPENDENCY.matcher(block);
      while (m.find()) {
        String body = m.group(1);
        if (!"org.carebridge".equals(tag(body, "groupId"))) {
          continue;
        }
        int line = start + 1 + (int) block.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        String where = markdown + ":" + line + ": ";
        String artifactId = tag(body, "artifactId");
        String v = tag(body, "version");
        dependencies.add(new Dependency(markdown, line, artifactId, v));
        if (artifactId == null || !artifacts.contains(artifactId)) {
          problems.add(where + "org.carebridge:" + artifactId + " is not an artifact of this build " + artifacts);
        }
        if (v != null && !v.equals(version)) {
          problems.add(where + "org.carebridge:" + artifactId + " has version " + v + ", but the build (root pom.xml) is "
              + version);
        }
      }
      i = end;
    }
  }

  private static String tag(String body, String name) {
    Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A pom's text without comments and without its {@code <parent>} element, so that the first
   * {@code <artifactId>} and {@code <version>} are the project's own (the tests read poms as text: this module
   * does not read {@code java.xml}).
   */
  private static String pom(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<parent>.*?</parent>", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
