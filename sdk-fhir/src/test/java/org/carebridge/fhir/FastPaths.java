package org.carebridge.fhir;

import org.carebridge.fhir.internal.FastPath;

/** For tests and the benchmark: the fast path a validator uses, as it is once the engine is prepared. */
public final class FastPaths {

  private FastPaths() {
  }

  /**
   * @param validator a validator with the fast path on
   * @return its fast path, with the engine's definitions (waits for the engine to be prepared)
   */
  public static FastPath of(CareBridgeValidator validator) {
    FastPath f = validator.preparedFastPath();
    if (f == null) {
      throw new IllegalArgumentException("the validator does not use the fast path");
    }
    return f;
  }
}
