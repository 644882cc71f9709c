package org.carebridge.cld.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time with Jackson's streaming CSV parser (no schema: each record is an array of
 * strings), remembering the line each record starts on. Holds one record at a time. Not API.
 */
final class CsvRows implements Closeable {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
      .disable(CsvParser.Feature.TRIM_SPACES)
      .build();

  /** One CSV record: the 1-based line it starts on and its fields as written. */
  record Raw(int line, List<String> fields) {
    /** True when every field is blank (an empty line, or a line of separators only). */
    boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** The CSV cannot be read further. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final boolean encoding;

    Failure(int line, boolean encoding, String message) {
      super(message, null, false, false);
      this.line = line;
      this.encoding = encoding;
    }
  }

  private final CsvParser parser;
  private int nextLine = 1;

  CsvRows(Reader in) throws IOException {
    this.parser = MAPPER.getFactory().createParser(new BomSkipping(in));
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the input
   * @throws Failure when the CSV is malformed or the bytes are not text in the expected encoding
   */
  Raw next() throws Failure {
    int line = 0;
    List<String> fields = null;
    try {
      JsonToken t;
      while ((t = parser.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          fields = new ArrayList<>();
        } else if (t == JsonToken.VALUE_STRING && fields != null) {
          if (fields.isEmpty()) {
            line = lineOf(parser.currentTokenLocation());
          }
          fields.add(parser.getText());
        } else if (t == JsonToken.END_ARRAY && fields != null) {
          Raw raw = new Raw(line == 0 ? nextLine : line, fields);
          nextLine = Math.max(raw.line() + 1, lineOf(parser.currentLocation()));
          return raw;
        }
      }
      return null;
    } catch (StreamReadException e) {
      throw new Failure(line > 0 ? line : nextLine, false, reason(e));
    } catch (CharacterCodingException e) {
      throw new Failure(nextLine, true, "the bytes are not valid text in the expected character encoding");
    } catch (IOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new Failure(nextLine, true, "the bytes are not valid text in the expected character encoding");
      }
      throw new Failure(nextLine, false, "the input could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static int lineOf(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
  }

  private static String reason(StreamReadException e) {
    if (e.getCause() instanceof CharacterCodingException) {
      return "the bytes are not valid text in the expected character encoding";
    }
    String m = e.getOriginalMessage();
    if (m == null) {
      return "the CSV is malformed";
    }
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 120 ? m.substring(0, 120) + "..." : m;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Drops one byte order mark at the very start of the text. */
  private static final class BomSkipping extends FilterReader {
    private boolean start = true;

    BomSkipping(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (start && n > 0) {
        start = false;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          n--;
          if (n == 0) {
            return read(buf, off, len);
          }
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }
  }
}
