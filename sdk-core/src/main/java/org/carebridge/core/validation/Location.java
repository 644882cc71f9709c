package org.carebridge.core.validation;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an {@link Issue} is, typed by what was checked: a path into a sdk-core record, a FHIRPath into a FHIR
 * resource, a cell of a CSV extract, a field of an HL7 v2 message, or nowhere in particular. Immutable.
 *
 * <p>{@link #text()} is the location as CareBridge reports it (the same text in every renderer). Locations are
 * never rewritten: a FHIRPath is the validator's own, a record path names the record's components.
 */
public sealed interface Location
    permits Location.Whole, Location.RecordPath, Location.FhirPath, Location.CsvCell, Location.Hl7Field {

  /**
   * Returns the location as text: the path or expression, {@code "PID-3.1"}, the CSV column, or {@code ""}.
   *
   * @return the text, never null
   */
  String text();

  /**
   * Returns the location of an issue about the input or record as a whole.
   *
   * @return the location with the empty text
   */
  static Location whole() {
    return Whole.INSTANCE;
  }

  /**
   * Returns a path into a sdk-core record, e.g. {@code "services[2].unitCost"}; empty means the whole record.
   *
   * @param path the path, zero-based list indexes
   * @return the location
   * @throws NullPointerException "path must not be null"
   */
  static Location record(String path) {
    Objects.requireNonNull(path, "path must not be null");
    return path.isEmpty() ? Whole.INSTANCE : new RecordPath(path);
  }

  /**
   * Returns a FHIRPath into a resource, e.g. {@code "Bundle.entry[1].resource.name[0]"}; empty means the whole
   * input.
   *
   * @param expression the FHIRPath, as the validator or mapper gave it
   * @return the location
   * @throws NullPointerException "expression must not be null"
   */
  static Location fhirPath(String expression) {
    Objects.requireNonNull(expression, "expression must not be null");
    return expression.isEmpty() ? Whole.INSTANCE : new FhirPath(expression);
  }

  /**
   * Returns a cell of a CSV extract.
   *
   * @param row the 1-based line the row starts on (the header is row 1), or 0 for an issue about several rows
   * @param column the column's name as the header gives it, or {@code ""} for the whole row
   * @return the location
   * @throws IllegalArgumentException "row must not be negative"
   * @throws NullPointerException "column must not be null"
   */
  static Location csv(long row, String column) {
    return new CsvCell(row, column);
  }

  /**
   * Returns a place in an HL7 v2 message from its usual notation: {@code "PID"}, {@code "PID-3"} or
   * {@code "PID-3.1"}.
   *
   * @param text the notation
   * @return the location
   * @throws IllegalArgumentException when the text is not in that notation
   */
  static Location hl7(String text) {
    return Hl7Field.parse(text);
  }

  /** The input or record as a whole. */
  final class Whole implements Location {
    private static final Whole INSTANCE = new Whole();

    private Whole() {}

    @Override
    public String text() {
      return "";
    }

    @Override
    public String toString() {
      return "";
    }
  }

  /**
   * A path into a sdk-core record, with zero-based list indexes: {@code "services[2].unitCost"}.
   *
   * @param path the path, never empty
   */
  record RecordPath(String path) implements Location {
    /**
     * Checks the path.
     *
     * @param path the path
     * @throws NullPointerException "path must not be null"
     * @throws IllegalArgumentException "path must not be empty"
     */
    public RecordPath {
      Objects.requireNonNull(path, "path must not be null");
      if (path.isEmpty()) {
        throw new IllegalArgumentException("path must not be empty: use Location.whole()");
      }
    }

    @Override
    public String text() {
      return path;
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /**
   * A FHIRPath into a resource: {@code "Bundle.entry[1].resource.name[0]"}.
   *
   * @param expression the FHIRPath, never empty
   */
  record FhirPath(String expression) implements Location {
    /**
     * Checks the expression.
     *
     * @param expression the FHIRPath
     * @throws NullPointerException "expression must not be null"
     * @throws IllegalArgumentException "expression must not be empty"
     */
    public FhirPath {
      Objects.requireNonNull(expression, "expression must not be null");
      if (expression.isEmpty()) {
        throw new IllegalArgumentException("expression must not be empty: use Location.whole()");
      }
    }

    @Override
    public String text() {
      return expression;
    }

    @Override
    public String toString() {
      return expression;
    }
  }

  /**
   * A cell of a CSV extract. Its {@link #text()} is the column's header as written ({@code ""} for a whole row).
   *
   * @param row the 1-based line the row starts on (the header is row 1), or 0 for an issue about several rows
   * @param column the column name, or {@code ""} for the whole row
   */
  record CsvCell(long row, String column) implements Location {
    /**
     * Checks the cell.
     *
     * @param row the 1-based row, or 0
     * @param column the column name, or {@code ""}
     * @throws IllegalArgumentException "row must not be negative"
     * @throws NullPointerException "column must not be null"
     */
    public CsvCell {
      Objects.requireNonNull(column, "column must not be null");
      if (row < 0) {
        throw new IllegalArgumentException("row must not be negative, got " + row);
      }
    }

    @Override
    public String text() {
      return column;
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * A segment, field or component of an HL7 v2 message: {@code "PID"}, {@code "PV1-45"}, {@code "PID-3.1"}.
   *
   * @param segment the segment id, three upper-case letters or digits
   * @param field the 1-based field, or 0 for the whole segment
   * @param component the 1-based component, or 0 for the whole field
   */
  record Hl7Field(String segment, int field, int component) implements Location {
    private static final Pattern NOTATION = Pattern.compile("([A-Z][A-Z0-9]{2})(?:-(\\d{1,3})(?:\\.(\\d{1,3}))?)?");

    /**
     * Checks the parts.
     *
     * @param segment the segment id
     * @param field the 1-based field, or 0
     * @param component the 1-based component, or 0
     * @throws NullPointerException "segment must not be null"
     * @throws IllegalArgumentException when the segment id is not three letters or digits, a number is
     *     negative, or a component is given without a field
     */
    public Hl7Field {
      Objects.requireNonNull(segment, "segment must not be null");
      if (!segment.matches("[A-Z][A-Z0-9]{2}")) {
        throw new IllegalArgumentException("segment must be an HL7 v2 segment id such as PID, got " + segment);
      }
      if (field < 0 || component < 0 || (field == 0 && component > 0)) {
        throw new IllegalArgumentException("field and component must be 1-based, got " + field + "." + component);
      }
    }

    static Hl7Field parse(String text) {
      Objects.requireNonNull(text, "text must not be null");
      Matcher m = NOTATION.matcher(text);
      if (!m.matches()) {
        throw new IllegalArgumentException("text must be an HL7 v2 location such as PID-3.1, got " + text);
      }
      return new Hl7Field(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    @Override
    public String text() {
      return segment + (field == 0 ? "" : "-" + field) + (component == 0 ? "" : "." + component);
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
