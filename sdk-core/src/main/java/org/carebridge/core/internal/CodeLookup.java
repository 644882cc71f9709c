package org.carebridge.core.internal;

import java.util.Optional;
import org.carebridge.core.codes.Coded;

/** Code lookup shared by the code list enums. Not API. */
public final class CodeLookup {

  private CodeLookup() {}

  /**
   * Finds the constant whose code equals {@code code} exactly (codes are case-sensitive).
   *
   * @param <E> the code list type
   * @param values the constants of the code list
   * @param code the code, may be null
   * @return the constant, or empty when none matches or the code is null
   */
  public static <E extends Coded> Optional<E> find(E[] values, String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (E value : values) {
      if (value.code().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
