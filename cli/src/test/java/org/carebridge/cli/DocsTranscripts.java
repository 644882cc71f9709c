package org.carebridge.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Keeps the command-line transcripts in the Markdown docs equal to what the commands print, and checks that
 * every file a documented command reads ships in the repository.
 *
 * <p><b>Transcripts.</b> A fenced block whose first line starts with {@code $ } is a transcript: each
 * {@code $ } line is a command (a line ending in {@code \} continues on the next), the lines up to the next
 * command are its output as a terminal shows it, standard error and standard output in the order written.
 * The commands run in-process, each block in a fresh scratch directory that stands in for the repository root:
 * a relative path a command reads is taken from the scratch directory when an earlier command of the block
 * wrote it there, otherwise from the repository root; every path a command writes is in the scratch directory,
 * so the repository is never written to. Commands understood:
 *
 * <ul>
 *   <li>{@code carebridge ...} and {@code ./carebridge ...}: {@link Main#commandLine} with empty standard input
 *       and standard error not a terminal (the launcher's build messages are never shown);
 *   <li>{@code echo $?}: the exit code of the command before. A command that exits with a code other than 0
 *       must be followed by {@code $ echo $?}, so every exit code is checked;
 *   <li>{@code ls DIR}: the names in {@code DIR}, sorted, one per line (as {@code ls} writes to a pipe).
 * </ul>
 *
 * <p>A line {@code ...} in an output stands for any number of lines. Before comparing, both sides are
 * normalised, and only so: trailing white space and trailing blank lines are dropped; the absolute paths of the
 * scratch directory and the repository root are removed from what the command printed (it printed the paths it
 * was given, made absolute by the runner), and the home folder ({@code user.home}, where the FHIR package cache
 * is) is written {@code ~}; timings in progress lines ({@code in 0.1 s (18.3/s, 18.3 resources/s)}) are not
 * compared, and the intermediate progress lines ({@code carebridge: validated 2/4 inputs, 2 to go (0.1 s,
 * 18.3/s), ...}), whose number depends on the machine's speed, are dropped.
 *
 * <p>The comment {@code <!-- transcript not run: REASON -->} on the line before a block excludes it (it is
 * listed, with its reason). {@code <!-- reader files: PATH... -->} before a block names the paths its commands
 * use that are the reader's own, not files of the repository (the text must say where they come from).
 *
 * <p><b>Update mode</b> rewrites each transcript whose output differs with the real output; a block with
 * {@code ...} keeps as many lines before its first and after its last {@code ...} as it had.
 */
final class DocsTranscripts {

  /** The line before a block that excludes it. */
  static final Pattern NOT_RUN = Pattern.compile("^\\s*<!--\\s*transcript not run:\\s*(.*?)\\s*-->\\s*$");
  /** The line before a block that names the reader's own files. */
  static final Pattern READER_FILES = Pattern.compile("^\\s*<!--\\s*reader files:\\s*(.*?)\\s*-->\\s*$");
  /** A {@code carebridge} command anywhere in a line of a fenced block (sh, yaml ...). */
  private static final Pattern COMMAND_IN_LINE =
      Pattern.compile("(?:^|[\\s:])(?:\\./)?carebridge((?:\\s+\\S.*)?)$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)(.*)$");
  /** An intermediate progress line of {@code Progress}: done (out of the total), time and rate so far. */
  private static final Pattern INTERMEDIATE_PROGRESS =
      Pattern.compile("^carebridge: [a-z]+ \\d+(?:/\\d+)? [a-z]+(?:, \\d+ to go)? \\(\\d+(?:\\.\\d+)? s, \\d+(?:\\.\\d+)?/s(?:, \\d+(?:\\.\\d+)? resources/s)?\\).*");
  private static final Pattern TIMING = Pattern.compile(
      "\\bin \\d+(?:\\.\\d+)? s \\(\\d+(?:\\.\\d+)?/s(?:, \\d+(?:\\.\\d+)? resources/s)?\\)");
  private static final String ELLIPSIS = "...";
  /** The blocks whose lines may run carebridge (a shell, a CI configuration). */
  private static final java.util.Set<String> SHELL_LIKE =
      java.util.Set.of("", "sh", "bash", "shell", "console", "text", "yaml", "yml");

  private DocsTranscripts() {}

  // ---- Markdown ---------------------------------------------------------------------------------------

  /**
   * A fenced block.
   *
   * @param file the Markdown file
   * @param info the info string after the opening fence ({@code text}, {@code sh} ...), may be empty
   * @param open the 0-based index of the opening fence line
   * @param close the 0-based index of the closing fence line
   * @param lines the lines between the fences
   * @param notRun the reason the block is not run, when marked so
   * @param readerFiles the paths named as the reader's own
   */
  record Block(Path file, String info, int open, int close, List<String> lines, Optional<String> notRun, List<String> readerFiles) {

    boolean isTranscript() {
      return lines.stream().filter(l -> !l.isBlank()).findFirst().map(l -> l.startsWith("$ ")).orElse(false);
    }

    /** {@code file:line} of the opening fence, 1-based. */
    String where(Path root) {
      return root.relativize(file).toString().replace('\\', '/') + ":" + (open + 1);
    }
  }

  /** The Markdown files checked: README.md and every .md file under docs/, in path order. */
  static List<Path> markdownFiles(Path root) {
    List<Path> out = new ArrayList<>();
    if (Files.isRegularFile(root.resolve("README.md"))) {
      out.add(root.resolve("README.md"));
    }
    try (Stream<Path> walk = Files.walk(root.resolve("docs"))) {
      walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every fenced block of a Markdown file; an unclosed block is a problem. */
  static List<Block> blocks(Path file, List<String> problems) {
    List<String> lines = read(file);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FENCE.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      String fence = m.group(1);
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().startsWith(fence)) {
        close++;
      }
      if (close == lines.size()) {
        problems.add(file + ":" + (i + 1) + ": fenced block not closed");
        return out;
      }
      Optional<String> notRun = Optional.empty();
      List<String> readerFiles = new ArrayList<>();
      for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
        Matcher n = NOT_RUN.matcher(lines.get(k));
        Matcher r = READER_FILES.matcher(lines.get(k));
        if (n.matches()) {
          notRun = Optional.of(n.group(1));
        } else if (r.matches()) {
          readerFiles.addAll(List.of(r.group(1).split("\\s+")));
        } else {
          break;
        }
      }
      out.add(new Block(file, m.group(2).strip(), i, close, List.copyOf(lines.subList(i + 1, close)), notRun, List.copyOf(readerFiles)));
      i = close;
    }
    return out;
  }

  // ---- Transcripts ------------------------------------------------------------------------------------

  /** One command of a transcript: its lines as written (continuations included) and the output shown. */
  record Step(List<String> commandLines, List<String> output) {
    String command() {
      StringBuilder b = new StringBuilder();
      for (String l : commandLines) {
        String s = l.startsWith("$ ") ? l.substring(2) : l.strip();
        if (s.endsWith("\\")) {
          b.append(s, 0, s.length() - 1).append(' ');
        } else {
          b.append(s);
        }
      }
      return b.toString().strip();
    }
  }

  /** The steps of a transcript block. */
  static List<Step> steps(Block block) {
    List<Step> steps = new ArrayList<>();
    List<String> lines = block.lines();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    while (i < lines.size()) {
      List<String> command = new ArrayList<>();
      command.add(lines.get(i));
      while (lines.get(i).stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
        i++;
        command.add(lines.get(i));
      }
      i++;
      List<String> output = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
        output.add(lines.get(i));
        i++;
      }
      steps.add(new Step(command, output));
    }
    return steps;
  }

  /** What one step printed and its exit code. */
  record Ran(String output, int exitCode) {}

  /** The outcome of checking (and, in update mode, rewriting) transcripts. */
  record Outcome(int run, List<Block> notRun, List<String> problems, List<Path> rewritten) {}

  /**
   * Runs every transcript of the files and compares each output with the doc.
   *
   * @param root the repository root
   * @param files the Markdown files
   * @param update true to rewrite the blocks that differ instead of reporting them
   * @return what was run, skipped, found different and rewritten
   */
  static Outcome check(Path root, List<Path> files, boolean update) {
    List<String> problems = new ArrayList<>();
    List<Block> notRun = new ArrayList<>();
    List<Path> rewritten = new ArrayList<>();
    int run = 0;
    for (Path file : files) {
      List<String> lines = new ArrayList<>(read(file));
      boolean changed = false;
      List<Block> blocks = blocks(file, problems);
      // From the end, so that rewriting a block leaves the line numbers of the earlier ones as they are; what is
      // found is listed in file order.
      int problemsBefore = problems.size();
      int notRunBefore = notRun.size();
      for (int b = blocks.size() - 1; b >= 0; b--) {
        Block block = blocks.get(b);
        boolean mentions = block.lines().stream().anyMatch(l -> l.matches("^\\$ (\\./)?carebridge\\b.*"));
        if (!block.isTranscript()) {
          if (mentions) {
            problems.add(block.where(root) + ": a block with a '$ carebridge' command must start with a '$ ' line");
          }
          continue;
        }
        if (block.notRun().isPresent()) {
          if (block.notRun().get().isBlank()) {
            problems.add(block.where(root) + ": 'transcript not run' needs a reason");
          }
          notRun.add(block);
          continue;
        }
        run++;
        List<String> fresh = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        runBlock(root, block, fresh, differences);
        if (differences.isEmpty()) {
          continue;
        }
        if (update) {
          lines.subList(block.open() + 1, block.close()).clear();
          lines.addAll(block.open() + 1, fresh);
          changed = true;
        } else {
          problems.add(block.where(root) + ":\n" + String.join("\n", differences));
        }
      }
      java.util.Collections.reverse(problems.subList(problemsBefore, problems.size()));
      java.util.Collections.reverse(notRun.subList(notRunBefore, notRun.size()));
      if (changed) {
        write(file, lines);
        rewritten.add(file);
      }
    }
    return new Outcome(run, notRun, problems, rewritten);
  }

  /**
   * Runs the steps of one block in a new scratch directory; {@code fresh} receives the block's new content and
   * {@code differences} one entry per step whose output or exit code differs from the doc.
   */
  private static void runBlock(Path root, Block block, List<String> fresh, List<String> differences) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("carebridge-docs-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      List<Step> steps = steps(block);
      int last = 0;
      for (int s = 0; s < steps.size(); s++) {
        Step step = steps.get(s);
        List<String> tokens;
        try {
          tokens = tokens(step.command());
        } catch (IllegalArgumentException e) {
          differences.add("  $ " + step.command() + "\n  cannot be read: " + e.getMessage());
          fresh.addAll(step.commandLines());
          fresh.addAll(step.output());
          continue;
        }
        Ran ran = run(root, scratch, tokens, last);
        last = ran.exitCode();
        List<String> actual = normalise(ran.output());
        List<String> expected = normaliseExpected(step.output());
        fresh.addAll(step.commandLines());
        if (matches(expected, actual)) {
          fresh.addAll(step.output());
        } else {
          differences.add(difference(step.command(), expected, actual));
          fresh.addAll(shaped(expected, actual));
        }
        boolean echoed = s + 1 < steps.size() && steps.get(s + 1).command().equals("echo $?");
        if (ran.exitCode() != 0 && !echoed && !isEcho(tokens)) {
          differences.add("  $ " + step.command() + "\n  exits with " + ran.exitCode()
              + ", which the transcript does not show: follow it with '$ echo $?'");
          fresh.add("$ echo $?");
          fresh.add(Integer.toString(ran.exitCode()));
        }
      }
    } finally {
      delete(scratch);
    }
  }

  private static boolean isEcho(List<String> tokens) {
    return !tokens.isEmpty() && tokens.get(0).equals("echo");
  }

  /** Runs one command in the scratch directory; {@code last} is the exit code of the command before. */
  static Ran run(Path root, Path scratch, List<String> tokens, int last) {
    if (tokens.isEmpty()) {
      return new Ran("(empty command)\n", 2);
    }
    String name = tokens.get(0);
    List<String> args = tokens.subList(1, tokens.size());
    if (name.equals("echo") && args.equals(List.of("$?"))) {
      return new Ran(last + "\n", 0);
    }
    if (name.equals("ls") && args.size() == 1) {
      return ls(root, scratch, args.get(0));
    }
    if (!name.equals("carebridge") && !name.equals("./carebridge")) {
      return new Ran("unsupported command in a transcript: " + name
          + " (only carebridge, ./carebridge, 'echo $?' and 'ls DIR' run)\n", 127);
    }
    List<PathArg> paths;
    try {
      paths = pathArgs(args);
    } catch (RuntimeException e) {
      return new Ran("the runner cannot read the arguments: " + e.getMessage() + "\n", 127);
    }
    String[] resolved = args.toArray(String[]::new);
    for (PathArg p : paths) {
      if (p.output() && isInRepository(root, p.value())) {
        return new Ran("a transcript must not write into the repository: " + p.value()
            + " (choose a path that does not exist in the repository root)\n", 127);
      }
      resolved[p.index()] = p.prefix() + resolve(root, scratch, p.value(), p.output());
    }
    Terminal terminal = new Terminal();
    int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(terminal.stream(), true),
        new PrintWriter(terminal.stream(), true), false).execute(resolved);
    String output = terminal.text();
    String absScratch = scratch.toAbsolutePath().normalize().toString();
    String absRoot = root.toAbsolutePath().normalize().toString();
    // the home folder first: the tests' own home is inside the repository, the reader's is not
    String home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize().toString();
    output = output.replace(home + "/", "~/").replace(absScratch + "/", "").replace(absScratch, ".")
        .replace(absRoot + "/", "").replace(absRoot, ".");
    return new Ran(output, code);
  }

  private static Ran ls(Path root, Path scratch, String dir) {
    Path d = resolve(root, scratch, dir, false);
    if (!Files.isDirectory(d)) {
      return new Ran("ls: cannot access '" + dir + "': No such file or directory\n", 2);
    }
    try (Stream<Path> entries = Files.list(d)) {
      StringBuilder b = new StringBuilder();
      entries.map(p -> p.getFileName().toString()).sorted().forEach(n -> b.append(n).append('\n'));
      return new Ran(b.toString(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a relative path of a command is: an output always in the scratch directory; an input in the scratch
   * directory when a command of the block wrote it there, else in the repository root when it exists there.
   */
  static Path resolve(Path root, Path scratch, String value, boolean output) {
    Path p = Path.of(value);
    if (p.isAbsolute() || value.equals("-")) {
      return p;
    }
    if (output || Files.exists(scratch.resolve(p)) || !Files.exists(root.resolve(p))) {
      return scratch.resolve(p);
    }
    return root.resolve(p);
  }

  private static boolean isInRepository(Path root, String value) {
    Path p = Path.of(value);
    return !p.isAbsolute() && p.getNameCount() > 0 && Files.exists(root.resolve(p.getName(0).toString()));
  }

  // ---- Arguments --------------------------------------------------------------------------------------

  /**
   * A path argument of a {@code carebridge} command.
   *
   * @param index its index in the arguments
   * @param prefix what precedes the path in that argument ({@code --out=}), usually nothing
   * @param value the path as written
   * @param output true when the command writes it ({@code --out}, {@code --output})
   */
  record PathArg(int index, String prefix, String value, boolean output) {}

  /**
   * The path arguments of a {@code carebridge} command line (without {@code carebridge}), found with the
   * command's own picocli model: positional parameters and options whose type is a path, or labelled PATH.
   */
  static List<PathArg> pathArgs(List<String> args) {
    CommandLine cl = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(Writer.nullWriter()),
        new PrintWriter(Writer.nullWriter()), false);
    List<PathArg> out = new ArrayList<>();
    boolean onlyPositional = false;
    for (int i = 0; i < args.size(); i++) {
      String t = args.get(i);
      if (!onlyPositional && cl.getSubcommands().containsKey(t)) {
        cl = cl.getSubcommands().get(t);
        continue;
      }
      CommandSpec spec = cl.getCommandSpec();
      if (!onlyPositional && t.equals("--")) {
        onlyPositional = true;
        continue;
      }
      if (!onlyPositional && t.startsWith("-") && !t.equals("-")) {
        int eq = t.indexOf('=');
        String name = t.startsWith("--") && eq > 0 ? t.substring(0, eq) : t;
        OptionSpec o = spec.findOption(name);
        if (o == null || o.typeInfo().isBoolean() || o.arity().max() == 0) {
          continue;
        }
        if (eq > 0 && t.startsWith("--")) {
          if (isPath(o)) {
            out.add(new PathArg(i, name + "=", t.substring(eq + 1), isOutput(o)));
          }
          continue;
        }
        if (i + 1 >= args.size()) {
          continue;
        }
        i++;
        if (isPath(o)) {
          out.add(new PathArg(i, "", args.get(i), isOutput(o)));
        }
        continue;
      }
      if (spec.positionalParameters().stream().anyMatch(DocsTranscripts::isPath)) {
        out.add(new PathArg(i, "", t, false));
      }
    }
    return out;
  }

  private static boolean isPath(ArgSpec a) {
    Class<?> type = a.type();
    boolean pathType = type == Path.class || type == java.io.File.class
        || Stream.of(a.auxiliaryTypes()).anyMatch(t -> t == Path.class || t == java.io.File.class);
    return pathType || "PATH".equals(a.paramLabel());
  }

  private static boolean isOutput(OptionSpec o) {
    return Stream.of(o.names()).anyMatch(n -> n.equals("--out") || n.equals("--output"));
  }

  /** Splits a command like a POSIX shell without expansions: single and double quotes, backslash escapes. */
  static List<String> tokens(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inToken = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '\'') {
        int end = command.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed single quote");
        }
        cur.append(command, i + 1, end);
        i = end;
        inToken = true;
      } else if (c == '"') {
        int j = i + 1;
        while (j < command.length() && command.charAt(j) != '"') {
          if (command.charAt(j) == '\\' && j + 1 < command.length()) {
            j++;
          }
          cur.append(command.charAt(j));
          j++;
        }
        if (j >= command.length()) {
          throw new IllegalArgumentException("unclosed double quote");
        }
        i = j;
        inToken = true;
      } else if (c == '\\' && i + 1 < command.length()) {
        cur.append(command.charAt(++i));
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          out.add(cur.toString());
          cur.setLength(0);
          inToken = false;
        }
      } else if (c == '#' && !inToken) {
        break; // a comment
      } else if ((c == '|' || c == '>' || c == '<' || c == ';' || c == '&') && !inToken) {
        throw new IllegalArgumentException("pipes, redirections and command lists are not supported ('" + c + "')");
      } else {
        cur.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      out.add(cur.toString());
    }
    return out;
  }

  // ---- Comparing --------------------------------------------------------------------------------------

  /** The printed output as lines, normalised (see the class comment). */
  static List<String> normalise(String output) {
    List<String> lines = new ArrayList<>();
    for (String l : output.replace("\r\n", "\n").split("\n", -1)) {
      if (INTERMEDIATE_PROGRESS.matcher(l).matches()) {
        continue;
      }
      lines.add(l.stripTrailing());
    }
    trimTrailingBlanks(lines);
    return lines;
  }

  static List<String> normaliseExpected(List<String> output) {
    List<String> lines = new ArrayList<>();
    output.forEach(l -> lines.add(l.stripTrailing()));
    trimTrailingBlanks(lines);
    return lines;
  }

  private static void trimTrailingBlanks(List<String> lines) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
  }

  private static String comparable(String line) {
    return TIMING.matcher(line).replaceAll("in <time> s (<rate>/s)");
  }

  /** True when the actual lines match the expected ones, where a line {@code ...} stands for any number of lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> e, int i, List<String> a, int j) {
    if (i == e.size()) {
      return j == a.size();
    }
    if (e.get(i).equals(ELLIPSIS)) {
      for (int k = j; k <= a.size(); k++) {
        if (matches(e, i + 1, a, k)) {
          return true;
        }
      }
      return false;
    }
    return j < a.size() && comparable(e.get(i)).equals(comparable(a.get(j))) && matches(e, i + 1, a, j + 1);
  }

  /**
   * The new output of a step: the actual lines; when the doc elided lines with {@code ...}, as many lines
   * before the first and after the last {@code ...} as the doc had, around one {@code ...}.
   */
  static List<String> shaped(List<String> expected, List<String> actual) {
    int first = expected.indexOf(ELLIPSIS);
    if (first < 0) {
      return actual;
    }
    int head = first;
    int tail = expected.size() - 1 - expected.lastIndexOf(ELLIPSIS);
    if (actual.size() <= head + tail + 1) {
      return actual;
    }
    List<String> out = new ArrayList<>(actual.subList(0, head));
    out.add(ELLIPSIS);
    out.addAll(actual.subList(actual.size() - tail, actual.size()));
    return out;
  }

  private static String difference(String command, List<String> expected, List<String> actual) {
    int n = 0;
    while (n < expected.size() && n < actual.size() && !expected.get(n).equals(ELLIPSIS)
        && comparable(expected.get(n)).equals(comparable(actual.get(n)))) {
      n++;
    }
    StringBuilder b = new StringBuilder("  $ ").append(command).append('\n');
    b.append("  output differs from line ").append(n + 1).append(" of the command's output\n");
    b.append("  doc:\n");
    expected.forEach(l -> b.append("    | ").append(l).append('\n'));
    b.append("  printed:\n");
    actual.forEach(l -> b.append("    | ").append(l).append('\n'));
    return b.toString();
  }

  // ---- Paths named by documented commands -------------------------------------------------------------

  /**
   * Checks that every file a documented {@code carebridge} command reads exists in the repository, was
   * written by an earlier command of the same block, or is named as the reader's own before the block (and a
   * reader file named must be used, and must not be in the repository).
   *
   * @return one line per problem
   */
  static List<String> pathProblems(Path root, List<Path> files) {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      for (Block block : blocks(file, problems)) {
        List<String> written = new ArrayList<>();
        List<String> readerUsed = new ArrayList<>();
        for (String command : commands(block)) {
          List<String> tokens;
          try {
            tokens = tokens(command);
          } catch (IllegalArgumentException e) {
            problems.add(block.where(root) + ": cannot read the command '" + command + "': " + e.getMessage());
            continue;
          }
          if (tokens.isEmpty()) {
            continue;
          }
          List<PathArg> args;
          if (tokens.get(0).equals("ls") && tokens.size() == 2) {
            args = List.of(new PathArg(1, "", tokens.get(1), false));
          } else if (tokens.get(0).endsWith("carebridge")) {
            args = pathArgs(tokens.subList(1, tokens.size()));
          } else {
            continue;
          }
          for (PathArg a : args) {
            String v = a.value();
            if (a.output()) {
              written.add(v);
            } else if (block.readerFiles().contains(v)) {
              readerUsed.add(v);
            } else if (!v.equals("-") && !Files.exists(root.resolve(v))
                && written.stream().noneMatch(w -> v.equals(w) || v.startsWith(w.endsWith("/") ? w : w + "/"))) {
              problems.add(block.where(root) + ": '" + command + "' reads " + v + ", which is not in the repository"
                  + " (ship it, or name it in <!-- reader files: ... --> and say where it comes from)");
            }
          }
        }
        for (String r : block.readerFiles()) {
          if (!readerUsed.contains(r)) {
            problems.add(block.where(root) + ": reader file " + r + " is not read by a command of the block");
          }
          if (Files.exists(root.resolve(r))) {
            problems.add(block.where(root) + ": reader file " + r + " is in the repository: do not list it");
          }
        }
      }
    }
    return problems;
  }

  /** The commands of a block: the {@code $ } steps of a transcript, else each line that runs carebridge. */
  static List<String> commands(Block block) {
    List<String> out = new ArrayList<>();
    if (block.isTranscript()) {
      steps(block).forEach(s -> out.add(s.command()));
      return out;
    }
    if (!SHELL_LIKE.contains(block.info())) {
      return out; // Java, XML, JSON ...: not commands
    }
    List<String> lines = block.lines();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COMMAND_IN_LINE.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      StringBuilder b = new StringBuilder("carebridge").append(m.group(1));
      while (b.toString().stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
        String s = b.toString().stripTrailing();
        b.setLength(0);
        b.append(s, 0, s.length() - 1).append(' ').append(lines.get(++i).strip());
      }
      out.add(b.toString().strip());
    }
    return out;
  }

  // ---- Files ------------------------------------------------------------------------------------------

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary directory left behind harms nothing.
    }
  }

  /** Standard output and standard error as one terminal shows them: in the order written. */
  private static final class Terminal {
    private final StringBuilder text = new StringBuilder();

    Writer stream() {
      return new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          synchronized (text) {
            text.append(cbuf, off, len);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }
  }
}
