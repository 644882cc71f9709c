package org.carebridge.hl7v2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.ValidationReport;

/**
 * The outcome of converting one input (a file, a string, a stream) of ADT messages.
 *
 * @param results one result per message found, in input order
 * @param issues every issue: those about the input as a whole (size, framing, lines that are not segments) and
 *     those of each result; most severe first, and within one severity in input order
 *     ({@link ValidationReport#mostSevereFirst})
 * @param pseudonyms the Patient id given to each person known by NHS number only (no local patient number in
 *     PID-3), by NHS number, in the order first seen: with {@link AdtConverter.Builder#pseudonymKey(byte[]) a
 *     pseudonym key} the same in every conversion, without one random and valid for this conversion only, so
 *     keep this map where you need to find the person again (it holds NHS numbers: store it as you store
 *     the messages). {@link NhsNumber#toString()} masks the numbers, so printing the conversion shows none.
 */
public record AdtConversion(List<AdtResult> results, List<Issue> issues, Map<NhsNumber, String> pseudonyms) {

  /**
   * Creates a conversion, copying the lists (the issues most severe first) and the map (keeping its order).
   *
   * @param results the results
   * @param issues all issues
   * @param pseudonyms the ids given to people known by NHS number only
   * @throws NullPointerException when a list, the map, an element, a key or a value is null
   */
  public AdtConversion {
    results = List.copyOf(Objects.requireNonNull(results, "results must not be null"));
    issues = ValidationReport.mostSevereFirst(Objects.requireNonNull(issues, "issues must not be null"));
    Objects.requireNonNull(pseudonyms, "pseudonyms must not be null");
    Map<NhsNumber, String> copy = new LinkedHashMap<>();
    pseudonyms.forEach((nhs, id) -> copy.put(Objects.requireNonNull(nhs, "pseudonyms must not hold a null key"),
        Objects.requireNonNull(id, "pseudonyms must not hold a null id")));
    pseudonyms = Collections.unmodifiableMap(copy);
  }

  /**
   * Tells whether any issue is an error or fatal.
   *
   * @return true when an issue {@link Issue#isError() is an error}
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }
}
