package org.carebridge.cld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.cld.Samples.STAFFORDSHIRE;
import static org.carebridge.cld.Samples.path;

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

  private static List<Issue> withCode(CldConversion c, String code) {
    return c.issues().stream().filter(i -> i.code().equals(code)).toList();
  }

  private static void assertAllFromAdapter(CldConversion c) {
    assertThat(c.issues()).allSatisfy(i -> assertThat(i.source()).isIn("cld", "carebridge-rules"));
  }

  @Test
  void emptyFile_fatal_noBundles() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/empty.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CldIssueCodes.EMPTY_INPUT);
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.line()).isEqualTo(1);
    });
    assertThat(c.bundles()).isEmpty();
    assertThat(c.rowsRead()).isZero();
    assertThat(c.hasErrors()).isTrue();
  }

  @Test
  void blankLinesOnly_sameAsEmpty() {
    CldConversion c = STAFFORDSHIRE.convert(new StringReader("\r\n\r\n  \r\n"));
    assertThat(c.issues()).extracting(Issue::code).containsExactly(CldIssueCodes.EMPTY_INPUT);
  }

  @Test
  void headerOnly_warning_noRowsNoBundles() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/header-only.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CldIssueCodes.NO_DATA_ROWS);
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(c.bundles()).isEmpty();
    assertThat(c.hasErrors()).isFalse();
  }

  @Test
  void binaryGarbage_file_notText() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/binary-garbage.csv"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CldIssueCodes.NOT_TEXT);
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
    });
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void binaryGarbage_decodedLeniently_stillFatalNeverAnException() throws Exception {
    byte[] bytes = Files.readAllBytes(path("malformed/binary-garbage.csv"));
    Reader lenient = new StringReader(new String(bytes, StandardCharsets.ISO_8859_1));
    CldConversion c = STAFFORDSHIRE.convert(lenient);
    assertThat(c.issues()).anySatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    assertThat(c.issues()).extracting(Issue::code)
        .containsAnyOf(CldIssueCodes.NOT_TEXT, CldIssueCodes.MALFORMED_CSV);
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void unbalancedQuote_fatalAtTheLineTheRecordStarts_nothingConverted() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/unbalanced-quote.csv"));
    assertThat(withCode(c, CldIssueCodes.MALFORMED_CSV)).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.line()).isEqualTo(4);
      assertThat(i.message()).contains("closing quote");
    });
    assertThat(c.rowsRead()).isEqualTo(2);
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void wrongFieldCount_rowsRejected_othersConverted() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/wrong-field-count.csv"));
    assertThat(withCode(c, CldIssueCodes.WRONG_FIELD_COUNT)).extracting(Issue::line).containsExactly(4, 5);
    assertThat(withCode(c, CldIssueCodes.WRONG_FIELD_COUNT)).allSatisfy(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.location()).isEmpty();
    });
    assertThat(c.rowsRead()).isEqualTo(5);
    assertThat(c.rowsRejected()).isEqualTo(2);
    assertThat(c.bundles()).hasSize(2);
    assertAllFromAdapter(c);
  }

  @Test
  void missingRequiredColumns_fatalPerColumn_missingOtherColumnWarning() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/missing-required-columns.csv"));
    assertThat(withCode(c, CldIssueCodes.MISSING_REQUIRED_COLUMN)).extracting(i -> i.location().text())
        .containsExactly("NHS Number", "Unit Cost");
    assertThat(withCode(c, CldIssueCodes.MISSING_REQUIRED_COLUMN))
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.FATAL));
    assertThat(withCode(c, CldIssueCodes.MISSING_COLUMN)).singleElement().satisfies(i -> {
      assertThat(i.location()).isEqualTo("Ethnicity");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(c.rowsRead()).isZero();
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void duplicateColumn_fatal() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/duplicate-column.csv"));
    assertThat(withCode(c, CldIssueCodes.DUPLICATE_COLUMN)).singleElement().satisfies(i -> {
      assertThat(i.location()).isEqualTo("nhs number");
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.column()).isEqualTo(52);
      assertThat(i.message()).contains("columns 5 and 52");
    });
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void unknownColumn_warningWithHeaderAsWritten_rowsStillConverted() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/unknown-column.csv"));
    assertThat(c.issues()).filteredOn(i -> i.source().equals("cld")).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CldIssueCodes.UNKNOWN_COLUMN);
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location()).isEqualTo("Locality Team");
      assertThat(i.line()).isEqualTo(1);
      assertThat(i.column()).isEqualTo(52);
    });
    assertThat(c.rowsRejected()).isZero();
    assertThat(c.bundles()).hasSize(1);
  }

  @Test
  void badValues_eachRowRejectedWithRowAndColumn_neverAltered() {
    CldConversion c = STAFFORDSHIRE.convert(path("malformed/bad-values.csv"));
    assertThat(c.rowsRead()).isEqualTo(12);
    assertThat(c.rowsRejected()).isEqualTo(11);
    assertThat(c.issues()).filteredOn(i -> i.source().equals("cld") && i.isError())
        .extracting(Issue::line, Issue::code, Issue::location, Issue::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, CldIssueCodes.INVALID_NHS_NUMBER, "NHS Number", 5),
            org.assertj.core.groups.Tuple.tuple(4, CldIssueCodes.UNKNOWN_LABEL, "Service Type", 41),
            org.assertj.core.groups.Tuple.tuple(5, CldIssueCodes.INVALID_DATE, "Event Start Date", 28),
            org.assertj.core.groups.Tuple.tuple(6, CldIssueCodes.IMPOSSIBLE_DATES, "Event End Date", 29),
            org.assertj.core.groups.Tuple.tuple(7, CldIssueCodes.INVALID_NUMBER, "Unit Cost", 49),
            org.assertj.core.groups.Tuple.tuple(8, CldIssueCodes.MISSING_VALUE, "Planned units per week", 51),
            org.assertj.core.groups.Tuple.tuple(9, CldIssueCodes.UNKNOWN_LABEL, "Delivery Mechanism", 43),
            org.assertj.core.groups.Tuple.tuple(9, CldIssueCodes.INVALID_NUMBER, "Unit Cost", 49),
            org.assertj.core.groups.Tuple.tuple(10, CldIssueCodes.MISSING_VALUE, "Last Name", 8),
            org.assertj.core.groups.Tuple.tuple(11, CldIssueCodes.NHS_NUMBER_CONFLICT, "NHS Number", 5),
            org.assertj.core.groups.Tuple.tuple(12, CldIssueCodes.EVENT_REFERENCE_CONFLICT, "Event Reference", 27),
            org.assertj.core.groups.Tuple.tuple(13, CldIssueCodes.INVALID_DATE, "Date of Birth", 13));
    assertThat(withCode(c, CldIssueCodes.UNKNOWN_LABEL).get(0).message())
        .contains("did you mean 'Long Term Support: Community'?");
    assertThat(withCode(c, CldIssueCodes.INVALID_NHS_NUMBER).get(0).message()).contains("CB-NHS-002");
    // only the first row survives: the managed day care of SCC-100587, exactly as written
    assertThat(c.bundles()).singleElement().satisfies(b -> {
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
    CldConversion c = STAFFORDSHIRE.convert(new StringReader(header + "\n" + String.join(",", fields) + "\n"));
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CldIssueCodes.CONTROL_CHARACTERS);
      assertThat(i.location()).isEqualTo("Last Name");
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.column()).isEqualTo(8);
    });
    assertThat(c.rowsRejected()).isEqualTo(1);
  }

  @Test
  void missingFile_fatalIssueNotException() {
    CldConversion c = STAFFORDSHIRE.convert(path("no-such-file.csv"));
    assertThat(c.issues()).extracting(Issue::code).containsExactly(CldIssueCodes.UNREADABLE_INPUT);
    assertThat(c.bundles()).isEmpty();
  }

  @Test
  void severalFiles_messagesNameTheFile() {
    CldConversion c = STAFFORDSHIRE.convert(List.of(path(Samples.Q3), path("malformed/bad-values.csv")));
    assertThat(withCode(c, CldIssueCodes.INVALID_NHS_NUMBER)).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("bad-values.csv: "));
  }
}
