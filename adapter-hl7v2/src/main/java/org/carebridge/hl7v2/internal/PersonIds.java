package org.carebridge.hl7v2.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carebridge.core.NhsNumber;

/**
 * The ids of the people a conversion knows by NHS number only (no local patient number): never derived from
 * the NHS number alone, which anyone could reverse by hashing the billion valid NHS numbers. With the
 * deployment's secret key the id is an HMAC-SHA256 of the NHS number (the same every time, reversible only
 * with the key); without one it is random and holds for this conversion only. One instance per conversion;
 * not thread-safe. Not API.
 */
public final class PersonIds {

  /** The shortest key accepted: 256 bits, the strength of HMAC-SHA256. */
  public static final int MIN_KEY_BYTES = 32;

  /** Separates these ids from any other use of the same key. */
  private static final byte[] DOMAIN = "carebridge-hl7v2-person-id:".getBytes(StandardCharsets.US_ASCII);

  private final Mac mac;
  private final Map<NhsNumber, String> given = new LinkedHashMap<>();

  private PersonIds(Mac mac) {
    this.mac = mac;
  }

  /**
   * Ids for one conversion.
   *
   * @param key the deployment's key, or empty for random ids
   * @return the ids
   */
  public static PersonIds forConversion(Optional<Key> key) {
    if (key.isEmpty()) {
      return new PersonIds(null);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.get().bytes, "HmacSHA256"));
      return new PersonIds(mac);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * The id of the person with this NHS number: {@code person-} and 32 hex digits (128 bits of the HMAC) with
   * a key, {@code person-} and a random UUID without one; the same NHS number always gets the same id within
   * this conversion.
   *
   * @param nhs the NHS number
   * @return the id, at most 43 characters
   */
  public String of(NhsNumber nhs) {
    return given.computeIfAbsent(nhs, n -> {
      if (mac == null) {
        return "person-" + UUID.randomUUID();
      }
      mac.update(DOMAIN);
      byte[] digest = mac.doFinal(n.value().getBytes(StandardCharsets.US_ASCII));
      return "person-" + HexFormat.of().formatHex(digest, 0, 16);
    });
  }

  /**
   * The ids given so far, by NHS number, in the order first given.
   *
   * @return an unmodifiable copy
   */
  public Map<NhsNumber, String> given() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(given));
  }

  /** The deployment's secret key; its {@link #toString()} never shows it. */
  public static final class Key {
    private final byte[] bytes;

    /**
     * Copies the key.
     *
     * @param bytes at least {@link #MIN_KEY_BYTES} bytes (checked by the caller)
     */
    public Key(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public String toString() {
      return "PersonIds.Key[hidden]";
    }
  }
}
