package org.carebridge.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.carebridge.core.NhsNumber;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * The ids of people a feed names by NHS number only: keyed (HMAC-SHA256 with the deployment's key) or random
 * per conversion, never an unkeyed hash that hashing the valid NHS numbers would reverse.
 */
class PseudonymTest {

  private static final String NHS = "9434765919";
  private static final byte[] KEY = "a-test-key-of-exactly-forty-bytes-000001".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY = "a-test-key-of-exactly-forty-bytes-000002".getBytes(StandardCharsets.US_ASCII);

  /** The story's whole stay (five messages), with the local patient number and the visit number taken out. */
  private static String nhsNumberOnlyFeed() throws Exception {
    String feed = Files.readString(Samples.sample("valid/story-stay-feed-v24.hl7"), StandardCharsets.UTF_8);
    String stripped = feed.replace("~K1234567^^^RJE^PI", "").replace("V2610020417^^^RJE^VN", "");
    assertThat(stripped).doesNotContain("K1234567").doesNotContain("V2610020417").contains(NHS);
    return stripped;
  }

  private static AdtConverter converter(byte[] key) {
    AdtConverter.Builder b = AdtConverter.builder().hospital(Samples.UHNM).context(Samples.STORY_CONTEXT)
        .assessmentNotices(true).dischargeReadyDateField("ZDR-1").clock(Samples.CLOCK);
    if (key != null) {
      b.pseudonymKey(key);
    }
    return b.build();
  }

  private static List<Bundle> bundles(Result<AdtConversion> c) {
    List<Bundle> out = new ArrayList<>();
    c.orElseThrow().messages().forEach(r -> r.bundle().ifPresent(out::add));
    assertThat(out).as("issues: %s", c.issues()).hasSize(4);
    return out;
  }

  /** The Patient ids of every Bundle of the conversion (one per Bundle). */
  private static Set<String> patientIds(Result<AdtConversion> c) {
    Set<String> ids = new TreeSet<>();
    for (Bundle b : bundles(c)) {
      b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Patient.class::isInstance)
          .forEach(p -> ids.add(p.getIdElement().getIdPart()));
    }
    return ids;
  }

  /** Every id and fullUrl a Bundle holds: its own id and identifier, each entry's fullUrl and resource id. */
  private static List<String> allIds(Result<AdtConversion> c) {
    List<String> ids = new ArrayList<>();
    for (Bundle b : bundles(c)) {
      ids.add(b.getIdElement().getIdPart());
      ids.add(b.getIdentifier().getValue());
      b.getEntry().forEach(e -> {
        ids.add(e.getFullUrl());
        ids.add(e.getResource().getIdElement().getIdPart());
      });
    }
    c.orElseThrow().messages().forEach(r -> r.result().value().ifPresent(n -> ids.add(n.id())));
    return ids;
  }

  private static String unkeyedPrefix(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 8);
  }

  @Test
  void sameKey_sameIds_inEveryConversion_andTheMapSaysWhichPerson() throws Exception {
    Result<AdtConversion> first = converter(KEY).convert(nhsNumberOnlyFeed());
    Result<AdtConversion> again = converter(KEY.clone()).convert(nhsNumberOnlyFeed());
    assertThat(patientIds(first)).singleElement().asString().matches("person-[0-9a-f]{32}");
    assertThat(patientIds(again)).isEqualTo(patientIds(first));
    // Notification ids (the stay key, here without a visit or local number) line up across runs too.
    assertThat(allIds(again)).isEqualTo(allIds(first));
    assertThat(first.orElseThrow().pseudonyms()).containsExactly(
        java.util.Map.entry(NhsNumber.parse(NHS), patientIds(first).iterator().next()));
  }

  @Test
  void differentKey_differentIds() throws Exception {
    Set<String> one = patientIds(converter(KEY).convert(nhsNumberOnlyFeed()));
    Set<String> other = patientIds(converter(OTHER_KEY).convert(nhsNumberOnlyFeed()));
    assertThat(one).doesNotContainAnyElementsOf(other);
  }

  @Test
  void neverTheNhsNumber_norItsUnkeyedHash_withOrWithoutAKey() throws Exception {
    String personHash = unkeyedPrefix(NHS);
    String stayHash = unkeyedPrefix(NHS + "/20261002");
    for (byte[] key : new byte[][] {KEY, null}) {
      List<String> ids = allIds(converter(key).convert(nhsNumberOnlyFeed()));
      assertThat(ids).hasSizeGreaterThan(20).allSatisfy(id -> assertThat(id)
          .doesNotContain(NHS).doesNotContain(personHash).doesNotContain(stayHash)
          .doesNotContain(personHash.substring(0, 8)));
    }
  }

  @Test
  void theKeyNeverAppears_inBundles_issues_orToString() throws Exception {
    Result<AdtConversion> c = converter(KEY).convert(nhsNumberOnlyFeed() + "MSH|broken\r");
    StringBuilder printed = new StringBuilder(c.toString());
    c.issues().forEach(i -> printed.append(i).append(i.message()));
    StringBuilder written = new StringBuilder();
    for (Bundle b : bundles(c)) {
      written.append(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(b));
    }
    String key = new String(KEY, StandardCharsets.US_ASCII);
    List<String> forms = List.of(key.substring(0, 16), HexFormat.of().formatHex(KEY).substring(0, 16),
        Base64.getEncoder().encodeToString(KEY).substring(0, 16));
    for (String form : forms) {
      assertThat(printed.indexOf(form)).as("key in the printed conversion or issues").isEqualTo(-1);
      assertThat(written.indexOf(form)).as("key in the Bundles").isEqualTo(-1);
    }
    assertThat(written.length()).isGreaterThan(1000);
    // Printing the conversion (its pseudonym map included) shows masked NHS numbers only.
    assertThat(printed.indexOf(NHS)).as("NHS number in the printed conversion").isEqualTo(-1);
    assertThat(c.orElseThrow().pseudonyms().toString()).contains("*** *** 5919");
  }

  @Test
  void noKey_randomIds_sameWithinOneConversion_differentInTheNext() throws Exception {
    Result<AdtConversion> first = converter(null).convert(nhsNumberOnlyFeed());
    Result<AdtConversion> second = converter(null).convert(nhsNumberOnlyFeed());
    Set<String> ids = patientIds(first);
    assertThat(ids).as("one person, one id across the stay's four notifications").singleElement().asString()
        .matches("person-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(patientIds(second)).singleElement().isNotIn(ids);
    assertThat(first.orElseThrow().pseudonyms()).containsOnlyKeys(NhsNumber.parse(NHS)).containsValue(ids.iterator().next());
    assertThat(second.orElseThrow().pseudonyms().values()).doesNotContainAnyElementsOf(first.orElseThrow().pseudonyms().values());
    // The stay still keys every notification of the conversion alike: the withdrawal names the discharge.
    assertThat(first.orElseThrow().messages()).allSatisfy(r -> assertThat(r.result().isValid()).as(r.result().issues().toString()).isTrue());
  }

  @Test
  void aLocalPatientNumber_staysTheId_andNoPseudonymIsMade() {
    Result<AdtConversion> c = converter(KEY).convert(Samples.sample("valid/story-stay-feed-v24.hl7"));
    assertThat(patientIds(c)).containsExactly("rje-k1234567");
    assertThat(c.orElseThrow().pseudonyms()).isEmpty();
  }

  @Test
  void builder_rejectsAShortOrMissingKey_andCopiesTheKey() throws Exception {
    assertThatThrownBy(() -> AdtConverter.builder().pseudonymKey(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pseudonymKey")
        .hasMessageContaining("at least 32 bytes").hasMessageContaining("got 31");
    assertThatThrownBy(() -> AdtConverter.builder().pseudonymKey(null))
        .isInstanceOf(NullPointerException.class).hasMessage("pseudonymKey must not be null");
    byte[] mutable = KEY.clone();
    AdtConverter.Builder b = AdtConverter.builder().hospital(Samples.UHNM).context(Samples.STORY_CONTEXT)
        .assessmentNotices(true).dischargeReadyDateField("ZDR-1").clock(Samples.CLOCK).pseudonymKey(mutable);
    mutable[0] ^= 1;
    assertThat(patientIds(b.build().convert(nhsNumberOnlyFeed())))
        .isEqualTo(patientIds(converter(KEY).convert(nhsNumberOnlyFeed())));
    AdtConverter.builder().pseudonymKey(new byte[32]); // 32 bytes are enough
  }
}
