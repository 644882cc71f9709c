package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command-line transcript in README.md and docs/ is what the command prints, and every file a documented
 * command reads ships in the repository (see {@link DocsTranscripts} for the rules). To rewrite the transcripts
 * from the real output, run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -ntp -pl cli -am test -Dtest=DocsTranscriptsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcarebridge.docs.update=true
 * </pre>
 *
 * <p>and review the diff ({@code git diff docs README.md}).
 */
class DocsTranscriptsTest {

  /** The repository root, seen from the module directory that surefire runs in. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The system property that turns on the update mode. */
  static final String UPDATE_PROPERTY = "carebridge.docs.update";

  static final String UPDATE_COMMAND = "./mvnw -B -ntp -pl cli -am test -Dtest=DocsTranscriptsTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

  @Test
  void everyTranscriptInTheDocs_isWhatTheCommandsPrint() {
    List<Path> files = DocsTranscripts.markdownFiles(ROOT);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      DocsTranscripts.Outcome updated = DocsTranscripts.check(ROOT, files, true);
      updated.rewritten().forEach(f -> System.out.println("carebridge docs: rewrote transcripts in " + ROOT.relativize(f)));
    }
    DocsTranscripts.Outcome outcome = DocsTranscripts.check(ROOT, files, false);
    assertThat(outcome.problems()).as("transcripts that differ from what the commands print; to rewrite them from"
        + " the real output run\n  " + UPDATE_COMMAND + "\nand review the diff").isEmpty();
    assertThat(outcome.run()).as("transcripts run").isGreaterThanOrEqualTo(8);
  }

  @Test
  void theTranscriptsNotRun_areFew_andSayWhy() {
    List<String> problems = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    for (Path f : DocsTranscripts.markdownFiles(ROOT)) {
      for (DocsTranscripts.Block b : DocsTranscripts.blocks(f, problems)) {
        b.notRun().ifPresent(why -> notRun.add(b.where(ROOT) + ": " + why));
      }
    }
    notRun.forEach(n -> System.out.println("carebridge docs: transcript not run: " + n));
    assertThat(problems).isEmpty();
    assertThat(notRun).hasSizeLessThanOrEqualTo(2).allSatisfy(n -> assertThat(n.substring(n.indexOf(": ") + 2)).isNotBlank());
  }

  @Test
  void everyFileADocumentedCommandReads_shipsInTheRepository_orIsTheReaders() {
    List<Path> files = DocsTranscripts.markdownFiles(ROOT);
    assertThat(DocsTranscripts.pathProblems(ROOT, files)).isEmpty();
    long commands = files.stream().flatMap(f -> DocsTranscripts.blocks(f, new ArrayList<>()).stream())
        .mapToLong(b -> DocsTranscripts.commands(b).size()).sum();
    assertThat(commands).as("documented commands found").isGreaterThanOrEqualTo(12);
  }

  @Test
  void theSamplesTheGuideNames_areThere() {
    Path samples = ROOT.resolve("docs/getting-started/samples");
    assertThat(samples.resolve("patient-bad.json")).isRegularFile();
    assertThat(samples.resolve("export.ndjson")).isRegularFile();
    assertThat(samples.resolve("cld-q3.csv")).isRegularFile();
  }

  // ---- The checker itself, on a throw-away repository -------------------------------------------------

  @TempDir
  Path repo;

  private Path doc(String... lines) throws IOException {
    Files.createDirectories(repo.resolve("docs"));
    Path doc = repo.resolve("docs/guide.md");
    Files.writeString(doc, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return doc;
  }

  private DocsTranscripts.Outcome check(boolean update) {
    return DocsTranscripts.check(repo, DocsTranscripts.markdownFiles(repo), update);
  }

  private static final String USAGE_ERROR = "carebridge: Invalid value for option '--format': expected one of"
      + " [text, json, operationoutcome, junit, html] (case-insensitive) but was 'pdf' (see 'carebridge validate --help')";

  @Test
  void checker_acceptsATrueTranscript_withItsExitCode() throws IOException {
    doc("# Guide", "", "```text", "$ carebridge validate --format pdf x.json", USAGE_ERROR, "$ echo $?", "2", "```");
    DocsTranscripts.Outcome o = check(false);
    assertThat(o.problems()).isEmpty();
    assertThat(o.run()).isEqualTo(1);
  }

  @Test
  void checker_reportsADifferentOutput_andUpdateRewritesOnlyThatBlock() throws IOException {
    Path doc = doc("# Guide", "", "Text before.", "", "```text", "$ carebridge validate --format pdf x.json",
        "carebridge: something else", "$ echo $?", "2", "```", "", "Text after.");
    DocsTranscripts.Outcome o = check(false);
    assertThat(o.problems()).singleElement().asString().contains("docs/guide.md:5").contains("something else")
        .contains("expected one of");
    assertThat(check(true).rewritten()).containsExactly(doc);
    assertThat(Files.readString(doc)).isEqualTo(String.join("\n", "# Guide", "", "Text before.", "", "```text",
        "$ carebridge validate --format pdf x.json", USAGE_ERROR, "$ echo $?", "2", "```", "", "Text after.") + "\n");
    assertThat(check(false).problems()).isEmpty();
  }

  @Test
  void checker_requiresANonZeroExitCodeToBeShown_andUpdateAddsIt() throws IOException {
    Path doc = doc("```text", "$ carebridge validate --format pdf x.json", USAGE_ERROR, "```");
    assertThat(check(false).problems()).singleElement().asString().contains("exits with 2")
        .contains("follow it with '$ echo $?'");
    check(true);
    assertThat(DocsTranscripts.read(doc)).containsExactly("```text", "$ carebridge validate --format pdf x.json",
        USAGE_ERROR, "$ echo $?", "2", "```");
    assertThat(check(false).problems()).isEmpty();
  }

  @Test
  void checker_ellipsisStandsForLines_andUpdateKeepsTheShape() throws IOException {
    Path doc = doc("```text", "$ carebridge examples --out ex", "...", "ex/Bundle-margaret-care-plan-bundle.json",
        "carebridge: wrote 5 examples to ex", "$ ls ex", "Bundle-assessment-accept-example.json", "...", "```");
    assertThat(check(false).problems()).isEmpty();
    // A wrong tail line: update writes the real lines, as many before and after the ellipsis as there were.
    Files.writeString(doc, Files.readString(doc).replace("wrote 5 examples", "wrote 6 examples"));
    assertThat(check(false).problems()).singleElement().asString().contains("wrote 6 examples");
    check(true);
    assertThat(DocsTranscripts.read(doc)).containsExactly("```text", "$ carebridge examples --out ex", "...",
        "ex/Bundle-margaret-care-plan-bundle.json", "carebridge: wrote 5 examples to ex", "$ ls ex",
        "Bundle-assessment-accept-example.json", "...", "```");
    assertThat(repo.resolve("ex")).as("outputs go to a scratch directory, not the repository").doesNotExist();
  }

  @Test
  void checker_refusesUnsupportedCommands_andWritesIntoTheRepository() throws IOException {
    Files.createDirectories(repo.resolve("kept"));
    doc("```text", "$ cat x.json", "```", "", "```text", "$ carebridge examples --out kept/ex", "```");
    List<String> problems = check(false).problems();
    assertThat(problems).hasSize(2);
    assertThat(String.join("\n", problems)).contains("unsupported command in a transcript: cat")
        .contains("must not write into the repository: kept/ex");
    assertThat(repo.resolve("kept/ex")).doesNotExist();
  }

  @Test
  void checker_listsBlocksNotRun_andWantsAReason() throws IOException {
    doc("<!-- transcript not run: needs the launcher's first build -->", "```text", "$ ./carebridge --version",
        "whatever", "```", "", "<!-- transcript not run: -->", "```text", "$ ./carebridge --version", "```");
    DocsTranscripts.Outcome o = check(false);
    assertThat(o.run()).isZero();
    assertThat(o.notRun()).hasSize(2).first().satisfies(b ->
        assertThat(b.notRun()).hasValue("needs the launcher's first build"));
    assertThat(o.problems()).singleElement().asString().contains("needs a reason");
  }

  @Test
  void checker_wantsACommandBlockToStartWithTheCommand() throws IOException {
    doc("```text", "output first", "$ carebridge --version", "```");
    assertThat(check(false).problems()).singleElement().asString().contains("must start with a '$ ' line");
  }

  @Test
  void checker_ignoresTimings_andIntermediateProgressLines() {
    assertThat(DocsTranscripts.matches(List.of("carebridge: validated 4 inputs in 0.1 s (18.3/s), 2 invalid"),
        DocsTranscripts.normalise("carebridge: validated 2/4 inputs, 2 to go (1.0 s, 2.0/s), 1 invalid, 3 errors\n"
            + "carebridge: validated 3 inputs (1.5 s, 2.0/s), 1 invalid, 3 errors\n"
            + "carebridge: validated 4 inputs in 12.5 s (0.3/s), 2 invalid  \n\n"))).isTrue();
    assertThat(DocsTranscripts.normalise("carebridge: converted 12/40 messages, 28 to go (0.5 s, 24.0/s), 3 errors\n"
        + "carebridge: converted 40 messages in 1.5 s (26.7/s), 3 errors")).containsExactly(
            "carebridge: converted 40 messages in 1.5 s (26.7/s), 3 errors");
    assertThat(DocsTranscripts.matches(List.of("carebridge: validated 4 inputs in 0.1 s (18.3/s), 2 invalid"),
        List.of("carebridge: validated 4 inputs in 0.1 s (18.3/s), 3 invalid"))).isFalse();
    assertThat(DocsTranscripts.matches(List.of("a", "...", "z"), List.of("a", "z"))).isTrue();
    assertThat(DocsTranscripts.matches(List.of("a", "...", "z"), List.of("a", "b", "c", "z"))).isTrue();
    assertThat(DocsTranscripts.matches(List.of("a", "...", "z"), List.of("a", "b"))).isFalse();
  }

  @Test
  void pathCheck_wantsShippedFiles_earlierOutputs_orNamedReaderFiles() throws IOException {
    Files.writeString(repo.resolve("shipped.json"), "{}");
    doc("```sh", "./carebridge validate shipped.json missing.json   # a comment", "```", "",
        "```text", "$ carebridge examples --out ex", "$ carebridge validate ex/Bundle-x.json", "```", "",
        "<!-- reader files: ukcore.tgz messages/ unused.json -->", "```sh",
        "./carebridge validate --package ukcore.tgz messages/", "```", "",
        "```yaml", "  - run: ./carebridge validate --output report.xml out/", "```");
    List<String> problems = DocsTranscripts.pathProblems(repo, DocsTranscripts.markdownFiles(repo));
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("guide.md:1").contains("reads missing.json");
    assertThat(problems.get(1)).contains("reader file unused.json is not read");
    assertThat(problems.get(2)).contains("guide.md:15").contains("reads out/");
  }

  @Test
  void tokens_likeAShellWithoutExpansions() {
    assertThat(DocsTranscripts.tokens("carebridge convert --council-name 'Staffordshire County Council' a\\ b \"c d\" # x"))
        .containsExactly("carebridge", "convert", "--council-name", "Staffordshire County Council", "a b", "c d");
    assertThat(DocsTranscripts.pathArgs(List.of("convert", "--from", "cld", "--council-name", "x y", "in.csv",
        "--out=fhir", "--no-validate")))
        .extracting(DocsTranscripts.PathArg::value, DocsTranscripts.PathArg::output)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("in.csv", false),
            org.assertj.core.groups.Tuple.tuple("fhir", true));
  }
}
