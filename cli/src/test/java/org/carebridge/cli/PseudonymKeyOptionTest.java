package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --pseudonym-key-file}: keyed ids for people a feed names by NHS number only. */
class PseudonymKeyOptionTest {

  private static final String NHS = "9434765919";
  private static final String KEY = "correct-horse-battery-staple-key-for-tests-only";
  private static final Pattern PATIENT_ID = Pattern.compile("\"reference\" ?: ?\"Patient/([^\"]+)\"");

  @TempDir
  Path dir;

  /** The story's stay feed without its local patient number: the person is known by NHS number only. */
  private Path feed() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/convert/stay-feed.hl7")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("~K1234567^^^RJE^PI", "");
      assertThat(text).contains(NHS).doesNotContain("K1234567");
      Path p = dir.resolve("nhs-only.hl7");
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    }
  }

  private Cli.Result convert(Path feed, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("convert", "--from", "hl7v2", "--council-ods", "SCC01",
        "--council-name", "Staffordshire County Council", "--hospital-ods", "RJE", "--ready-date-field", "ZDR-1",
        "--pathway", "1"));
    args.addAll(List.of(more));
    args.addAll(List.of(feed.toString(), "--out", out.toString()));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Every file written, as one text. */
  private static String written(Path out) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.sorted().toList()) {
        b.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  private static TreeSet<String> patientIds(String text) {
    TreeSet<String> ids = new TreeSet<>();
    Matcher m = PATIENT_ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void sameKeyFile_sameIds_inEveryRun_andTheKeyIsNowhere() throws IOException {
    Path key = Files.writeString(dir.resolve("pseudonym.key"), KEY, StandardCharsets.US_ASCII);
    Path feed = feed();
    Cli.Result first = convert(feed, dir.resolve("one"), "--pseudonym-key-file", key.toString());
    Cli.Result second = convert(feed, dir.resolve("two"), "--pseudonym-key-file", key.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    String one = written(dir.resolve("one"));
    assertThat(patientIds(one)).singleElement().asString().matches("person-[0-9a-f]{32}");
    assertThat(patientIds(written(dir.resolve("two")))).isEqualTo(patientIds(one));
    for (String text : List.of(one, first.out(), first.err(), second.out(), second.err())) {
      assertThat(text.indexOf(KEY.substring(0, 12))).as("the key in the output").isEqualTo(-1);
    }
    assertThat(patientIds(one).first()).doesNotContain(NHS);
  }

  @Test
  void noKeyFile_randomIds_inEachRun() throws IOException {
    Path feed = feed();
    assertThat(convert(feed, dir.resolve("one")).exitCode()).isZero();
    assertThat(convert(feed, dir.resolve("two")).exitCode()).isZero();
    TreeSet<String> one = patientIds(written(dir.resolve("one")));
    assertThat(one).singleElement().asString().startsWith("person-").hasSize("person-".length() + 36);
    assertThat(patientIds(written(dir.resolve("two")))).doesNotContainAnyElementsOf(one);
  }

  @Test
  void aShortKeyFile_isAUsageError_thatShowsNothingOfTheKey() throws IOException {
    Path key = Files.writeString(dir.resolve("short.key"), "tiny-secret", StandardCharsets.US_ASCII);
    Cli.Result r = convert(feed(), dir.resolve("out"), "--pseudonym-key-file", key.toString());
    assertThat(r.exitCode()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("holds 11 bytes; a key needs at least 32").doesNotContain("tiny-secret");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingKeyFile_orOneWithCld_isAUsageError() throws IOException {
    Cli.Result missing = convert(feed(), dir.resolve("out"), "--pseudonym-key-file", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).contains("cannot read --pseudonym-key-file").contains("no such file");
    Path key = Files.writeString(dir.resolve("pseudonym.key"), KEY, StandardCharsets.US_ASCII);
    Cli.Result cld = Cli.run("convert", "--from", "cld", "--council-ods", "SCC01", "--council-name", "SCC",
        "--pseudonym-key-file", key.toString(), feed().toString(), "--out", dir.resolve("cld").toString());
    assertThat(cld.exitCode()).isEqualTo(Main.USAGE);
    assertThat(cld.err()).contains("--pseudonym-key-file").contains("apply to --from hl7v2 only");
  }
}
