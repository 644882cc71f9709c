package org.carebridge.fhir.internal;

/** Test access to {@link Redactor}'s package-private checks. */
public final class RedactorProbe {
  private RedactorProbe() {}

  public static boolean looksLikeNhsNumber(String value) {
    return Redactor.looksLikeNhsNumber(value);
  }
}
