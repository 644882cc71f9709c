package org.carebridge.hl7v2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.validation.Result;

/**
 * What converting one input (a file, a string, a stream) of ADT messages produced. The converter returns it in a
 * {@link Result} whose issues are every issue: those about the input as a whole (size, framing, lines that are
 * not segments) and those of each message; most severe first, and within one severity in input order.
 *
 * @param messages what each message found became, in input order
 * @param pseudonyms the Patient id given to each person known by NHS number only (no local patient number in
 *     PID-3), by NHS number, in the order first seen: with {@link AdtConverter.Builder#pseudonymKey(byte[]) a
 *     pseudonym key} the same in every conversion, without one random and valid for this conversion only, so
 *     keep this map where you need to find the person again (it holds NHS numbers: store it as you store
 *     the messages). {@link NhsNumber#toString()} masks the numbers, so printing the conversion shows none.
 */
public record AdtConversion(List<AdtMessage> messages, Map<NhsNumber, String> pseudonyms) {

  /**
   * Copies the list and the map (keeping its order).
   *
   * @param messages the messages
   * @param pseudonyms the ids given to people known by NHS number only
   * @throws NullPointerException when the list, the map, an element, a key or a value is null
   */
  public AdtConversion {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages must not be null"));
    Objects.requireNonNull(pseudonyms, "pseudonyms must not be null");
    Map<NhsNumber, String> copy = new LinkedHashMap<>();
    pseudonyms.forEach((nhs, id) -> copy.put(Objects.requireNonNull(nhs, "pseudonyms must not hold a null key"),
        Objects.requireNonNull(id, "pseudonyms must not hold a null id")));
    pseudonyms = Collections.unmodifiableMap(copy);
  }
}
