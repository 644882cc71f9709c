package org.carebridge.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the PATH arguments into the list of things to validate, in a stable order. */
public final class Sources {

  /** One thing named (or found) on the command line. */
  public sealed interface Source permits Stdin, File, Missing {}

  /** Standard input ({@code -}). */
  public record Stdin() implements Source {}

  /**
   * A regular file.
   *
   * @param path the file
   * @param label how it is shown (as the user wrote it, or relative to the directory argument)
   * @param ndjson true when named {@code .ndjson} or {@code .jsonl}
   */
  public record File(Path path, String label, boolean ndjson) implements Source {}

  /** A path that cannot be read; {@code reason} is one line without the path. */
  public record Missing(String label, String reason) implements Source {}

  private Sources() {}

  /**
   * Expands the arguments: {@code -} stays standard input, a file stays itself, a directory becomes every
   * {@code .json}, {@code .xml}, {@code .ndjson} and {@code .jsonl} file below it (hidden ones left out), sorted
   * by path.
   *
   * @throws UserError when a directory holds no such file, or {@code -} is given twice
   */
  public static List<Source> expand(List<String> args) {
    List<Source> out = new ArrayList<>();
    boolean stdin = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (stdin) {
          throw new UserError("standard input (-) can be read only once");
        }
        stdin = true;
        out.add(new Stdin());
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        List<Source> found = directory(p, arg);
        if (found.isEmpty()) {
          throw new UserError("no .json, .xml or .ndjson files in directory " + arg);
        }
        out.addAll(found);
      } else if (Files.isRegularFile(p)) {
        out.add(new File(p, arg, isNdjson(p)));
      } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
        out.add(new Missing(arg, "not a regular file"));
      } else {
        out.add(new Missing(arg, "no such file or directory"));
      }
    }
    return out;
  }

  private static List<Source> directory(Path dir, String label) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .filter(Sources::fhirFile)
          .sorted()
          .map(p -> (Source) new File(p, join(label, dir.relativize(p)), isNdjson(p)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(new Missing(label, "cannot list directory (" + e.getClass().getSimpleName() + ")"));
    }
  }

  private static String join(String label, Path rel) {
    String r = rel.toString().replace(java.io.File.separatorChar, '/');
    return label.endsWith("/") ? label + r : label + "/" + r;
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean fhirFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".xml") || n.endsWith(".ndjson") || n.endsWith(".jsonl");
  }

  /** True for {@code .ndjson} and {@code .jsonl} files. */
  public static boolean isNdjson(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl");
  }

  /**
   * True when the text looks like NDJSON: its first non-blank line is a whole JSON object on one line and
   * another line starting with {@code {} follows. A pretty-printed resource never passes (its first line is
   * a lone brace).
   */
  public static boolean looksLikeNdjson(String text) {
    String[] lines = text.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i >= lines.length) {
      return false;
    }
    String first = lines[i].strip();
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    if (first.length() < 2 || !first.startsWith("{") || !first.endsWith("}")) {
      return false;
    }
    for (int j = i + 1; j < lines.length; j++) {
      if (!lines[j].isBlank()) {
        return lines[j].strip().startsWith("{");
      }
    }
    return false;
  }
}
