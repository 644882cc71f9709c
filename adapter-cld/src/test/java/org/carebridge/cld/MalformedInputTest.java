package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;
import static org.carebridge.cld.Samples.path;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.junit.jupiter.api.Test;

class MalformedInputTest {

  private static List<Issue> withCode(Result<CldConversion> c, String code) {
    return c.issues().stream().filter(i -> i.code().equals(code)).toList();
  }

  private static void assertAllFromAdapter(Result<CldConversion> c) {
    assertThat(c.issues()).allSatisfy(i -> assertThat(i.source()).isIn("cld", "carebridge-rules"));
  }

  @Test
  void emptyFile_fatal_noBundles() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/empty.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.CLD_EMPTY_INPUT.code());
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.line()).isEqualTo(1);
    });
    assertThat(c.orElseThrow().bundles()).isEmpty();
    assertThat(c.orElseThrow().rowsRead()).isZero();
    assertThat(c.isValid()).isFalse();
  }

  @Test
  void blankLinesOnly_sameAsEmpty() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(new StringReader("\r\n\r\n  \r\n"));
    assertThat(c.issues()).extracting(Issue::code).containsExactly(IssueCode.CLD_EMPTY_INPUT.code());
  }

  @Test
  void headerOnly_warning_noRowsNoBundles() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/header-only.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.CLD_NO_DATA_ROWS.code());
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(c.orElseThrow().bundles()).isEmpty();
    assertThat(c.isValid()).isTrue();
  }

  @Test
  void binaryGarbage_file_notText() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/binary-garbage.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.CLD_NOT_TEXT.code());
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
    });
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void binaryGarbage_decodedLeniently_stillFatalNeverAnException() throws Exception {
    byte[] bytes = Files.readAllBytes(path("malformed/binary-garbage.csv"));
    Reader lenient = new StringReader(new String(bytes, StandardCharsets.ISO_8859_1));
    Result<CldConversion> c = STAFFORDSHIRE.convert(lenient);
    assertThat(c.issues()).anySatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    assertThat(c.issues()).extracting(Issue::code)
        .containsAnyOf(IssueCode.CLD_NOT_TEXT.code(), IssueCode.CLD_MALFORMED_CSV.code());
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void unbalancedQuote_fatalAtTheLineTheRecordStarts_nothingConverted() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/unbalanced-quote.csv"));
    assertThat(withCode(c, IssueCode.CLD_MALFORMED_CSV.code())).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.line()).isEqualTo(4);
      assertThat(i.message()).contains("closing quote");
    });
    assertThat(c.orElseThrow().rowsRead()).isEqualTo(2);
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void wrongFieldCount_rowsRejected_othersConverted() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/wrong-field-count.csv"));
    assertThat(withCode(c, IssueCode.CLD_WRONG_FIELD_COUNT.code())).extracting(Issue::line).containsExactly(4, 5);
    assertThat(withCode(c, IssueCode.CLD_WRONG_FIELD_COUNT.code())).allSatisfy(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.location().text()).isEmpty();
    });
    assertThat(c.orElseThrow().rowsRead()).isEqualTo(5);
    assertThat(c.orElseThrow().rowsRejected()).isEqualTo(2);
    assertThat(c.orElseThrow().bundles()).hasSize(2);
    assertAllFromAdapter(c);
  }

  @Test
  void missingRequiredColumns_fatalPerColumn_missingOtherColumnWarning() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/missing-required-columns.csv"));
    assertThat(withCode(c, IssueCode.CLD_MISSING_REQUIRED_COLUMN.code())).extracting(i -> i.location().text())
        .containsExactly("NHS Number", "Unit Cost");
    assertThat(withCode(c, IssueCode.CLD_MISSING_REQUIRED_COLUMN.code()))
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    assertThat(withCode(c, IssueCode.CLD_MISSING_COLUMN.code())).singleElement().satisfies(i -> {
      assertThat(i.location().text()).isEqualTo("Ethnicity");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(c.orElseThrow().rowsRead()).isZero();
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void duplicateColumn_fatal() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/duplicate-column.csv"));
    assertThat(withCode(c, IssueCode.CLD_DUPLICATE_COLUMN.code())).singleElement().satisfies(i -> {
      assertThat(i.location().text()).isEqualTo("nhs number");
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.column()).isEqualTo(52);
      assertThat(i.message()).contains("columns 5 and 52");
    });
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void unknownColumn_warningWithHeaderAsWritten_rowsStillConverted() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/unknown-column.csv"));
    assertThat(c.issues()).filteredOn(i -> i.source().equals("cld")).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.CLD_UNKNOWN_COLUMN.code());
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location().text()).isEqualTo("Locality Team");
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.column()).isEqualTo(52);
    });
    assertThat(c.orElseThrow().rowsRejected()).isZero();
    assertThat(c.orElseThrow().bundles()).hasSize(1);
  }

  @Test
  void badValues_eachRowRejectedWithRowAndColumn_neverAltered() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("malformed/bad-values.csv"));
    assertThat(c.orElseThrow().rowsRead()).isEqualTo(12);
    assertThat(c.orElseThrow().rowsRejected()).isEqualTo(11);
    assertThat(c.issues()).filteredOn(i -> i.source().equals("cld") && i.isError())
        .extracting(Issue::line, Issue::code, (Issue i) -> i.location().text(), Issue::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, IssueCode.CLD_INVALID_NHS_NUMBER.code(), "NHS Number", 5),
            org.assertj.core.groups.Tuple.tuple(4, IssueCode.CLD_UNKNOWN_LABEL.code(), "Service Type", 41),
            org.assertj.core.groups.Tuple.tuple(5, IssueCode.CLD_INVALID_DATE.code(), "Event Start Date", 28),
            org.assertj.core.groups.Tuple.tuple(6, IssueCode.CLD_IMPOSSIBLE_DATES.code(), "Event End Date", 29),
            org.assertj.core.groups.Tuple.tuple(7, IssueCode.CLD_INVALID_NUMBER.code(), "Unit Cost", 49),
            org.assertj.core.groups.Tuple.tuple(8, IssueCode.CLD_MISSING_VALUE.code(), "Planned units per week", 51),
            org.assertj.core.groups.Tuple.tuple(9, IssueCode.CLD_UNKNOWN_LABEL.code(), "Delivery Mechanism", 43),
            org.assertj.core.groups.Tuple.tuple(9, IssueCode.CLD_INVALID_NUMBER.code(), "Unit Cost", 49),
            org.assertj.core.groups.Tuple.tuple(10, IssueCode.CLD_MISSING_VALUE.code(), "Last Name", 8),
            org.assertj.core.groups.Tuple.tuple(11, IssueCode.CLD_NHS_NUMBER_CONFLICT.code(), "NHS Number", 5),
            org.assertj.core.groups.Tuple.tuple(12, IssueCode.CLD_EVENT_REFERENCE_CONFLICT.code(), "Event Reference", 27),
            org.assertj.core.groups.Tuple.tuple(13, IssueCode.CLD_INVALID_DATE.code(), "Date of Birth", 13));
    assertThat(withCode(c, IssueCode.CLD_UNKNOWN_LABEL.code()).get(0).message())
        .contains("did you mean 'Long Term Support: Community'?");
    assertThat(withCode(c, IssueCode.CLD_INVALID_NHS_NUMBER.code()).get(0).message()).contains("CB-NHS-002");
    // only the first row survives: the managed day care of SCC-100587, exactly as written
    assertThat(c.orElseThrow().bundles()).singleElement().satisfies(b -> {
      PersonalBudget budget = Samples.budget(b);
      assertThat(budget.services()).singleElement().satisfies(s ->
          assertThat(s.description()).isEqualTo("Day Care - Lichfield Day Opportunities (CQC location 1-3456789012)"));
      assertThat(budget.amount().toString()).isEqualTo("£135.00");
    });
  }

  @Test
  void controlCharactersInAField_rowRejected() {
    String header = String.join(",", org.carebridge.cld.internal.Column.headers());
    String[] fields = new String[51];
    java.util.Arrays.fill(fields, "");
    fields[0] = "01/10/2026";
    fields[1] = "31/12/2026";
    fields[5] = "SCC-1";
    fields[7] = "Smith\u0000";
    fields[25] = "Request";
    fields[26] = "R1";
    fields[27] = "01/10/2026";
    Result<CldConversion> c = STAFFORDSHIRE.convert(new StringReader(header + "\n" + String.join(",", fields) + "\n"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.CLD_CONTROL_CHARACTERS.code());
      assertThat(i.location().text()).isEqualTo("Last Name");
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.column()).isEqualTo(8);
    });
    assertThat(c.orElseThrow().rowsRejected()).isEqualTo(1);
  }

  @Test
  void missingFile_fatalIssueNotException() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(path("no-such-file.csv"));
    assertThat(c.issues()).extracting(Issue::code).containsExactly(IssueCode.CLD_UNREADABLE_INPUT.code());
    assertThat(c.orElseThrow().bundles()).isEmpty();
  }

  @Test
  void severalFiles_messagesNameTheFile() {
    Result<CldConversion> c = STAFFORDSHIRE.convert(List.of(path(Samples.Q3), path("malformed/bad-values.csv")));
    assertThat(withCode(c, IssueCode.CLD_INVALID_NHS_NUMBER.code())).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("bad-values.csv: "));
  }
}
