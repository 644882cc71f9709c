package org.carebridge.hl7v2.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;

/**
 * The ids the converter gives: stays, notifications, people, staff and wards. Never an NHS number, nor an
 * unkeyed hash of one. Not API.
 */
final class Ids {

  private Ids() {}

  /**
   * The key of a hospital stay: the trust and the visit number (PV1-19), else the person's first identifier
   * and the admission day, else a hash of the person's id and the admission day.
   */
  static String stayKey(Organisation hospital, String visit, Person person, Optional<Hl7Time> admitted) {
    String ods = trust(hospital);
    if (!visit.isEmpty()) {
      String key = slug(ods + "-" + visit);
      return key.length() <= 40 ? key : ods + "-" + hash(visit);
    }
    String day = admitted.map(t -> t.date().toString().replace("-", "")).orElse("undated");
    if (person != null && !person.identifiers().isEmpty()) {
      String key = slug(ods + "-" + person.identifiers().get(0).value() + "-" + day);
      return key.length() <= 40 ? key : ods + "-" + hash(key);
    }
    // The person's id, never the NHS number: it is a local number or a keyed or random pseudonym.
    String who = person != null ? person.id() : "unknown";
    return ods + "-" + hash(who + "/" + day);
  }

  static String notificationId(String stayKey, String suffix) {
    String id = stayKey + "-" + suffix;
    return id.length() <= 64 ? id : hash(stayKey) + "-" + suffix;
  }

  static String personId(Organisation hospital, Optional<String> local, NhsNumber nhs, PersonIds ids) {
    if (local.isPresent()) {
      String id = slug(trust(hospital) + "-" + local.get());
      if (id.length() <= 64) {
        return id;
      }
    }
    // Never the NHS number, nor an unkeyed hash of it (hashing every valid NHS number would reverse it).
    return ids.of(nhs);
  }

  /**
   * The Practitioner id of a local staff code: {@code staff-<code>} when the code is already a valid id part,
   * else {@code staff-<lower-case slug, at most 41 characters>-<hash>} (so that two codes never share an id).
   */
  static String staffId(String code) {
    if (code.matches("[A-Za-z0-9.-]{1,58}")) {
      return "staff-" + code;
    }
    String s = slug(code);
    if (s.length() > 41) {
      s = s.substring(0, 41).replaceAll("-$", "");
    }
    return "staff-" + s + "-" + hash(code);
  }

  static String wardId(String pointOfCare) {
    String id = slug("ward-" + pointOfCare);
    return id.length() <= 64 ? id : "ward-" + hash(pointOfCare);
  }

  private static String trust(Organisation hospital) {
    return hospital == null ? "unknown" : hospital.odsCode().value().toLowerCase(Locale.ROOT);
  }

  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("-{2,}", "-");
    s = s.replaceAll("^-|-$", "");
    return s.isEmpty() ? "x" : s;
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
