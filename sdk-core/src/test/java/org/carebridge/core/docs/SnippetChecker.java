package org.carebridge.core.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps documentation snippets equal to compiled source. Generic: any module's docs can use it.
 *
 * <p>In a Markdown file, the line {@code <!-- snippet: path/To/File.java#name -->} (path relative to the
 * repository root) must be followed directly by a {@code ```java} fenced block. In the source file, the region
 * between the lines {@code // snippet:name} and {@code // end-snippet} is the snippet. The block's content must
 * equal the region with its common leading indentation removed (trailing white space is ignored).
 */
public final class SnippetChecker {

  /** A snippet marker found in a Markdown file. */
  public record Marker(Path markdown, int line, String source, String name) {}

  private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->\\s*$");
  private static final Pattern REGION_START = Pattern.compile("^\\s*//\\s*snippet:(\\S+)\\s*$");
  private static final Pattern REGION_END = Pattern.compile("^\\s*//\\s*end-snippet\\s*$");

  private final Path repositoryRoot;
  private final List<Marker> markers = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private SnippetChecker(Path repositoryRoot) {
    this.repositoryRoot = repositoryRoot;
  }

  /**
   * Checks every {@code .md} file under {@code docsDirectory}, recursively.
   *
   * @param repositoryRoot the directory snippet paths are relative to
   * @param docsDirectory the directory to scan
   * @return the checker, holding the markers found and the problems
   */
  public static SnippetChecker check(Path repositoryRoot, Path docsDirectory) {
    SnippetChecker checker = new SnippetChecker(repositoryRoot);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(docsDirectory)) {
      files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      checker.checkMarkdown(file);
    }
    return checker;
  }

  /** @return the markers found, in file order */
  public List<Marker> markers() {
    return List.copyOf(markers);
  }

  /** @return one line per problem, naming the Markdown file and line */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void checkMarkdown(Path markdown) {
    List<String> lines = read(markdown);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      Marker marker = new Marker(markdown, i + 1, m.group(1), m.group(2));
      markers.add(marker);
      String where = markdown + ":" + (i + 1) + " (" + marker.source() + "#" + marker.name() + "): ";
      if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals("```java")) {
        problems.add(where + "the marker must be followed directly by a ```java block");
        continue;
      }
      List<String> block = new ArrayList<>();
      int j = i + 2;
      while (j < lines.size() && !lines.get(j).strip().equals("```")) {
        block.add(lines.get(j));
        j++;
      }
      if (j >= lines.size()) {
        problems.add(where + "the ```java block is not closed");
        continue;
      }
      Path source = repositoryRoot.resolve(marker.source()).normalize();
      if (!Files.isRegularFile(source)) {
        problems.add(where + "source file not found: " + source);
        continue;
      }
      List<String> region = region(read(source), marker.name(), where);
      if (region == null) {
        continue;
      }
      compare(where, normalise(block), normalise(dedent(region)));
    }
  }

  private List<String> region(List<String> source, String name, String where) {
    List<String> region = null;
    int found = 0;
    for (int i = 0; i < source.size(); i++) {
      Matcher start = REGION_START.matcher(source.get(i));
      if (start.matches() && start.group(1).equals(name)) {
        found++;
        List<String> lines = new ArrayList<>();
        int j = i + 1;
        while (j < source.size() && !REGION_END.matcher(source.get(j)).matches()) {
          lines.add(source.get(j));
          j++;
        }
        if (j >= source.size()) {
          problems.add(where + "region '" + name + "' has no // end-snippet line");
          return null;
        }
        region = lines;
      }
    }
    if (found == 0) {
      problems.add(where + "region '" + name + "' not found in the source file");
      return null;
    }
    if (found > 1) {
      problems.add(where + "region '" + name + "' is defined " + found + " times in the source file");
      return null;
    }
    return region;
  }

  private void compare(String where, List<String> block, List<String> region) {
    int n = Math.max(block.size(), region.size());
    for (int i = 0; i < n; i++) {
      String doc = i < block.size() ? block.get(i) : "<end of block>";
      String src = i < region.size() ? region.get(i) : "<end of region>";
      if (!doc.equals(src)) {
        problems.add(where + "block line " + (i + 1) + " differs from the source region:\n  docs:   " + doc
            + "\n  source: " + src);
        return;
      }
    }
  }

  /** Removes the smallest indentation shared by the non-blank lines. */
  static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
  }

  private static List<String> normalise(List<String> lines) {
    return lines.stream().map(String::stripTrailing).collect(Collectors.toList());
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
