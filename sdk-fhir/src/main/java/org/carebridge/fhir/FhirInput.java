package org.carebridge.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One FHIR resource (a single resource, a Bundle or a message) as JSON or XML, from text, bytes, a file
 * or a stream. The format is detected from the first character that is not white space (<code>{</code> or
 * {@code <}). Bytes, files and streams must be UTF-8 (a byte-order mark is skipped).
 *
 * <p>A stream is read once, up to the validator's size limit, and is not closed.
 */
public final class FhirInput {

  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private final String text;
  private final Opener opener;
  private final String description;

  private FhirInput(String text, Opener opener, String description) {
    this.text = text;
    this.opener = opener;
    this.description = description;
  }

  /**
   * JSON or XML text.
   *
   * @param text the text
   * @return the input
   */
  public static FhirInput of(String text) {
    return new FhirInput(Objects.requireNonNull(text, "text"), null, "text");
  }

  /**
   * JSON or XML as UTF-8 bytes (not copied: do not change the array while validating).
   *
   * @param utf8 the bytes
   * @return the input
   */
  public static FhirInput of(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    return new FhirInput(null, () -> new java.io.ByteArrayInputStream(utf8), "bytes");
  }

  /**
   * A UTF-8 file holding JSON or XML.
   *
   * @param file the file
   * @return the input
   */
  public static FhirInput of(Path file) {
    Objects.requireNonNull(file, "file");
    return new FhirInput(null, () -> Files.newInputStream(file), "file " + file.getFileName());
  }

  /**
   * A UTF-8 stream holding JSON or XML; read once, not closed.
   *
   * @param stream the stream
   * @return the input
   */
  public static FhirInput of(InputStream stream) {
    Objects.requireNonNull(stream, "stream");
    return new FhirInput(null, () -> new NonClosing(stream), "stream");
  }

  /**
   * Where the input comes from ({@code text}, {@code bytes}, {@code file name.json}, {@code stream}).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /** The text when this input was made from a String, otherwise null. */
  String textOrNull() {
    return text;
  }

  /** Opens the bytes; only when {@link #textOrNull()} is null. */
  InputStream open() throws IOException {
    return opener.open();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
