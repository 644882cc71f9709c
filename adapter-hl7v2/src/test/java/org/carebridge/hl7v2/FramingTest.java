package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import java.time.Instant;
import java.time.LocalDate;
import org.carebridge.core.validation.Issue;
import org.carebridge.hl7v2.internal.Framing;
import org.carebridge.hl7v2.internal.Hl7Time;
import org.carebridge.hl7v2.internal.RawSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cutting inputs into messages and reading HL7 v2 timestamps. */
class FramingTest {

  @Test
  void mllpFrames_severalMessages_linesCounted() {
    String text = "\u000bMSH|^~\\&|A\rPID|1\r\u001c\r\u000bMSH|^~\\&|B\rPV1|1\r\u001c\r";
    Framing.Result r = Framing.split(text);
    assertThat(r.issues()).isEmpty();
    assertThat(r.messages()).hasSize(2);
    assertThat(r.messages().get(0).segments()).extracting(RawSegment::line).containsExactly(1, 2);
    assertThat(r.messages().get(1).segments()).extracting(RawSegment::line).containsExactly(4, 5);
    // The start block shifts the MSH one column right.
    assertThat(r.messages().get(1).msh().column()).isEqualTo(2);
    assertThat(r.messages().get(1).msh().text()).isEqualTo("MSH|^~\\&|B");
  }

  @Test
  void endBlockWithoutStart_warning() {
    Framing.Result r = Framing.split("MSH|^~\\&|A\rPID|1\r\u001c\r");
    assertThat(r.issues()).extracting(Issue::code).containsExactly(IssueCode.HL7_MLLP_FRAMING.code());
    assertThat(r.issues().get(0).line()).isEqualTo(3);
  }

  @Test
  void blankLinesAndBom_ignored() {
    Framing.Result r = Framing.split("\uFEFFMSH|^~\\&|A\n\n\nPID|1\n");
    assertThat(r.issues()).isEmpty();
    assertThat(r.messages().get(0).segments()).extracting(RawSegment::line).containsExactly(1, 4);
  }

  @Test
  void columnOf_fieldsRepetitionsComponents() {
    RawSegment.Encoding enc = new RawSegment.Encoding('|', '^', '~');
    RawSegment pid = new RawSegment("PID|1||111^^^X^PI~222^^^NHS^NH||Doe^J", 7, 1);
    assertThat(pid.columnOf(3, 0, 1, enc)).isEqualTo(8);
    assertThat(pid.columnOf(3, 1, 1, enc)).isEqualTo(19);
    assertThat(pid.columnOf(3, 1, 5, enc)).isEqualTo(29);
    assertThat(pid.columnOf(5, 0, 2, enc)).isEqualTo(37);
    assertThat(pid.columnOf(9, 0, 0, enc)).isZero();
    RawSegment msh = new RawSegment("MSH|^~\\&|PAS|RJE", 1, 2);
    assertThat(msh.columnOf(1, 0, 0, enc)).isEqualTo(5);
    assertThat(msh.columnOf(2, 0, 0, enc)).isEqualTo(6);
    assertThat(msh.columnOf(4, 0, 0, enc)).isEqualTo(15);
  }

  @Test
  void hl7Time_localTimeReadInEngland() {
    Hl7Time summer = Hl7Time.parse("20261002142000").orElseThrow();
    assertThat(summer.date()).isEqualTo(LocalDate.of(2026, 10, 2));
    assertThat(summer.instant()).isEqualTo(Instant.parse("2026-10-02T13:20:00Z"));
    Hl7Time winter = Hl7Time.parse("202611041015").orElseThrow();
    assertThat(winter.instant()).isEqualTo(Instant.parse("2026-11-04T10:15:00Z"));
    Hl7Time offset = Hl7Time.parse("20261002142000.1234-0500").orElseThrow();
    assertThat(offset.instant()).isEqualTo(Instant.parse("2026-10-02T19:20:00Z"));
    Hl7Time day = Hl7Time.parse("20261013").orElseThrow();
    assertThat(day.dateTime()).isEmpty();
    assertThat(day.instant()).isEqualTo(Instant.parse("2026-10-12T23:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026", "202610", "20261302", "20260230", "2026-10-15", "20261015 1130",
      "20261015113000+2500", "2026101525", "yesterday"})
  void hl7Time_rejectsWhatIsNotADay(String text) {
    assertThat(Hl7Time.parse(text)).isEmpty();
  }

  @Test
  void strayLines_reportedOneByOneUpToALimit() {
    String text = "MSH|^~\\&|A\r" + "garbage\r".repeat(100);
    Framing.Result r = Framing.split(text);
    assertThat(r.messages()).singleElement().satisfies(m -> {
      assertThat(m.issues()).hasSize(21);
      assertThat(m.issues()).allSatisfy(i -> assertThat(i.code()).isEqualTo(IssueCode.HL7_NOT_A_SEGMENT.code()));
      assertThat(m.issues().get(20).message()).contains("not listed");
    });
  }
}
