package org.carebridge.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the small secret files the options name ({@code --pseudonym-key-file}, {@code --token-file}): the file's
 * bytes, exactly. Nothing of a secret's content ever goes into a message. Not API.
 */
public final class SecretFiles {

  /** The largest secret file read: a key or a token is a few dozen bytes, so a larger file is the wrong file. */
  public static final int MAX_BYTES = 4096;

  private SecretFiles() {}

  /**
   * Reads a secret file.
   *
   * @param file the file
   * @param option the option that names it, for the messages, e.g. {@code --token-file}
   * @return its bytes
   * @throws UserError when it is missing, not a regular file, larger than {@link #MAX_BYTES} or unreadable
   */
  public static byte[] read(Path file, String option) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new UserError("cannot read " + option + " " + file + ": "
            + (Files.exists(file) ? "not a regular file" : "no such file"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new UserError(option + " " + file + " is larger than " + MAX_BYTES + " bytes: it is not a secret file");
      }
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new UserError("cannot read " + option + " " + file + ": " + e.getClass().getSimpleName());
    }
  }
}
