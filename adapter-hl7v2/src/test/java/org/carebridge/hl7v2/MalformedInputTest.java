package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed input gives located issues, never an exception, and never a Bundle for a broken message. */
class MalformedInputTest {

  @ParameterizedTest(name = "{0}: {1} at {3}")
  @CsvSource({
      "garbage.txt,                CB-HL7-003, ERROR,   '',      1",
      "missing-msh.hl7,            CB-HL7-003, ERROR,   '',      1",
      "oru-r01-result.hl7,         CB-HL7-007, ERROR,   MSH-9.1, 1",
      "unsupported-version-v26.hl7, CB-HL7-009, ERROR,  MSH-12,  1",
      "bad-dates.hl7,              CB-HL7-012, ERROR,   PV1-44,  3",
      "invalid-nhs-number.hl7,     CB-HL7-014, ERROR,   PID-3.1, 3",
      "no-nh-identifier.hl7,       CB-HL7-013, ERROR,   PID-3.5, 2",
      "truncated-mllp.hl7,         CB-HL7-005, WARNING, '',      1",
      "truncated-mllp.hl7,         CB-HL7-011, ERROR,   PV1,     1",
      "truncated-mllp.hl7,         CB-HL7-015, ERROR,   PID-5.1, 3",
      "no-ward.hl7,                CB-HL7-017, ERROR,   PV1-3.1, 3",
      "a04-register-outpatient.hl7, CB-HL7-008, WARNING, MSH-9.2, 1",
      "no-admission-date.hl7,      CB-HL7-018, ERROR,   PV1-44,  3",
      "bad-msh.hl7,                CB-HL7-006, ERROR,   MSH-2,   1",
      "mixed-feed.hl7,             CB-HL7-004, WARNING, '',      7",
      "mixed-feed.hl7,             CB-HL7-011, ERROR,   PV1,     8",
  })
  void malformedSample_locatedIssue(String file, String code, Severity severity, String location, int line) {
    Result<AdtConversion> conversion = Samples.storyConverter().convert(Samples.sample("malformed/" + file));
    assertThat(conversion.issues())
        .as(conversion.issues().toString())
        .anySatisfy(i -> {
          assertThat(i.code()).isEqualTo(code);
          assertThat(i.severity()).isEqualTo(severity);
          assertThat(i.location().text()).isEqualTo(location);
          assertThat(i.line()).isEqualTo(line);
          assertThat(i.source()).isEqualTo(IssueCode.Sources.HL7V2);
        });
  }

  @Test
  void everyMalformedSample_noBundleForABrokenMessage() {
    for (Path p : Samples.all("malformed")) {
      Result<AdtConversion> conversion = Samples.storyConverter().convert(p);
      assertThat(conversion.issues()).as(p.toString()).isNotEmpty();
      for (AdtMessage r : conversion.orElseThrow().messages()) {
        if (!r.result().isValid()) {
          assertThat(r.bundle()).as(p + " message " + r.index()).isEmpty();
        }
      }
    }
  }

  @Test
  void mixedFeed_goodMessageStillConverted() {
    Result<AdtConversion> conversion = Samples.storyConverter().convert(Samples.sample("malformed/mixed-feed.hl7"));
    assertThat(conversion.orElseThrow().messages()).hasSize(2);
    assertThat(conversion.orElseThrow().messages().get(0).bundle()).isPresent();
    assertThat(conversion.orElseThrow().messages().get(0).result().isValid()).isTrue();
    assertThat(conversion.orElseThrow().messages().get(1).bundle()).isEmpty();
    assertThat(conversion.orElseThrow().messages().get(1).controlId()).isEqualTo("RJE0000908");
  }

  @Test
  void columns_pointAtTheField() {
    Result<AdtConversion> conversion = Samples.storyConverter().convert(Samples.sample("malformed/invalid-nhs-number.hl7"));
    Issue nhs = conversion.issues().stream().filter(i -> i.code().equals(IssueCode.HL7_INVALID_NHS_NUMBER.code()))
        .findFirst().orElseThrow();
    // "PID|1||9434765918..." : PID-3.1 starts at column 8.
    assertThat(nhs.column()).isEqualTo(8);
    assertThat(nhs.message()).contains("Modulus 11").doesNotContain("9434765918");
  }

  @Test
  void wrongMessageType_namesTheType() {
    Result<AdtConversion> conversion = Samples.storyConverter().convert(Samples.sample("malformed/oru-r01-result.hl7"));
    assertThat(conversion.orElseThrow().messages()).singleElement().satisfies(r -> {
      assertThat(r.result().value()).isEmpty();
      assertThat(r.event()).isEqualTo("R01");
      assertThat(r.result().issues()).extracting(Issue::message)
          .containsExactly("the message type is 'ORU^R01', not ADT: only ADT messages become discharge notifications");
    });
  }

  @Test
  void tooLargeText_fatalAndNothingRead() {
    AdtConverter small = AdtConverter.builder().maxInputBytes(100).clock(Samples.CLOCK).build();
    Result<AdtConversion> conversion = small.convert("MSH|^~\\&|PAS|RJE".repeat(10));
    assertThat(conversion.orElseThrow().messages()).isEmpty();
    assertThat(conversion.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.HL7_INPUT_TOO_LARGE.code());
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.message()).contains("limit of 100 bytes").contains("maxInputBytes");
    });
  }

  @Test
  void tooLargeFileAndStream_fatal(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.hl7");
    byte[] bytes = new byte[5000];
    java.util.Arrays.fill(bytes, (byte) 'A');
    Files.write(big, bytes);
    AdtConverter small = AdtConverter.builder().maxInputBytes(4096).clock(Samples.CLOCK).build();
    assertThat(small.convert(big).issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_INPUT_TOO_LARGE.code());
    assertThat(small.convert(new ByteArrayInputStream(bytes)).issues()).extracting(Issue::code)
        .containsExactly(IssueCode.HL7_INPUT_TOO_LARGE.code());
  }

  @Test
  void missingFile_fatalNotException(@TempDir Path dir) {
    Result<AdtConversion> conversion = Samples.storyConverter().convert(dir.resolve("absent.hl7"));
    assertThat(conversion.orElseThrow().messages()).isEmpty();
    assertThat(conversion.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.HL7_INPUT_UNREADABLE.code());
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
    });
  }

  @Test
  void emptyInput_noMessage() {
    assertThat(Samples.storyConverter().convert("").issues()).extracting(Issue::code)
        .containsExactly(IssueCode.HL7_NO_MESSAGE.code());
  }

  @Test
  void everyTruncationOfAValidMessage_issuesNotExceptions() throws Exception {
    String text = Files.readString(Samples.sample("valid/story-a03-discharge-v24-mllp.hl7"));
    AdtConverter converter = Samples.storyConverter();
    List<String> withoutIssue = new ArrayList<>();
    for (int cut = 0; cut < text.length() - 3; cut++) {
      Result<AdtConversion> conversion = converter.convert(text.substring(0, cut));
      if (conversion.issues().isEmpty()) {
        withoutIssue.add(String.valueOf(cut));
      }
      for (AdtMessage r : conversion.orElseThrow().messages()) {
        if (r.bundle().isPresent()) {
          assertThat(r.result().isValid()).isTrue();
        }
      }
    }
    // A cut text always lacks the MLLP end block, so something is always reported.
    assertThat(withoutIssue).isEmpty();
  }

  @Test
  void binaryNoise_issuesNotExceptions() {
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    Result<AdtConversion> conversion = Samples.storyConverter().convert(new ByteArrayInputStream(noise));
    assertThat(conversion.isValid()).isFalse();
    String mshNoise = "MSH|^~\\&|" + new String(noise, StandardCharsets.ISO_8859_1);
    Result<AdtConversion> second = Samples.storyConverter().convert(mshNoise);
    assertThat(second.isValid()).isFalse();
  }
}
