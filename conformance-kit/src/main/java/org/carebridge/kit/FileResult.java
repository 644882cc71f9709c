package org.carebridge.kit;

import java.util.Objects;
import org.carebridge.core.validation.Result;

/**
 * The verdict on one file: its path, whether it passed, and what validating it found.
 *
 * @param path the file, relative to the folder checked, with {@code /} separators (the file name when a single
 *     file was checked)
 * @param passed true when no issue is an error, nor a warning with
 *     {@link ConformanceKit.Builder#failOnWarnings(boolean)}
 * @param result every issue found in the file, most severe first
 */
public record FileResult(String path, boolean passed, Result<Void> result) {

  /**
   * Checks the components.
   *
   * @param path the file
   * @param passed whether it passed
   * @param result what validating it found
   * @throws NullPointerException when an argument is null
   */
  public FileResult {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(result, "result must not be null");
  }
}
