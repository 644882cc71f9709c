package org.carebridge.fhir.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small FHIR package built in memory for the tests: a Patient profile with an identifier minimum, a
 * required binding to a package code system and an NHS-number invariant. It stands in for the CareBridge
 * package where a test must not depend on the (changing) real one.
 */
public final class TestPackage {

  public static final String NAME = "org.carebridge.sdkfhir.testpkg";
  public static final String BASE = "https://carebridge.org.uk/fhir/test";
  public static final String PERSON_PROFILE = BASE + "/StructureDefinition/test-person";
  public static final String STATUS_SYSTEM = BASE + "/CodeSystem/test-status";

  private TestPackage() {}

  /** The package as .tgz bytes. */
  public static byte[] tgz() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("package/package.json", """
        {"name":"%s","version":"0.0.1","fhirVersions":["4.0.1"],"dependencies":{"hl7.fhir.r4.core":"4.0.1"},
         "canonical":"%s","title":"SDK FHIR test package","description":"test only","license":"CC0-1.0"}
        """.formatted(NAME, BASE));
    files.put("package/StructureDefinition-test-person.json", """
        {"resourceType":"StructureDefinition","id":"test-person","url":"%s","version":"0.0.1",
         "name":"TestPerson","status":"active","fhirVersion":"4.0.1","kind":"resource","abstract":false,
         "type":"Patient","baseDefinition":"http://hl7.org/fhir/StructureDefinition/Patient",
         "derivation":"constraint",
         "differential":{"element":[
           {"id":"Patient","path":"Patient","constraint":[{"key":"tst-nhs-1","severity":"error",
             "human":"An NHS number has ten digits",
             "expression":"identifier.where(system='https://fhir.nhs.uk/Id/nhs-number').all(value.matches('^[0-9]{10}$'))",
             "source":"%s"}]},
           {"id":"Patient.identifier","path":"Patient.identifier","min":1},
           {"id":"Patient.birthDate","path":"Patient.birthDate","min":1},
           {"id":"Patient.maritalStatus","path":"Patient.maritalStatus","binding":{"strength":"required",
             "valueSet":"%s/ValueSet/test-status"}}
         ]}}
        """.formatted(PERSON_PROFILE, PERSON_PROFILE, BASE));
    files.put("package/CodeSystem-test-status.json", """
        {"resourceType":"CodeSystem","id":"test-status","url":"%s","version":"0.0.1","name":"TestStatus",
         "status":"active","content":"complete","caseSensitive":true,
         "concept":[{"code":"alpha","display":"Alpha"},{"code":"beta","display":"Beta"}]}
        """.formatted(STATUS_SYSTEM));
    files.put("package/ValueSet-test-status.json", """
        {"resourceType":"ValueSet","id":"test-status","url":"%s/ValueSet/test-status","version":"0.0.1",
         "name":"TestStatus","status":"active","compose":{"include":[{"system":"%s"}]}}
        """.formatted(BASE, STATUS_SYSTEM));
    return tar(files);
  }

  private static byte[] tar(Map<String, String> files) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
        for (Map.Entry<String, String> f : files.entrySet()) {
          byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
          gz.write(header(f.getKey(), data.length));
          gz.write(data);
          int pad = (512 - data.length % 512) % 512;
          gz.write(new byte[pad]);
        }
        gz.write(new byte[1024]);
      }
      return raw.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ustar header for a regular file. */
  private static byte[] header(String name, int size) {
    byte[] h = new byte[512];
    put(h, 0, name, 100);
    put(h, 100, "0000644", 8);
    put(h, 108, "0000000", 8);
    put(h, 116, "0000000", 8);
    put(h, 124, String.format("%011o", size), 12);
    put(h, 136, String.format("%011o", 0), 12);
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    h[156] = '0';
    put(h, 257, "ustar", 6);
    put(h, 263, "00", 2);
    int sum = 0;
    for (byte b : h) {
      sum += b & 0xFF;
    }
    put(h, 148, String.format("%06o", sum), 7);
    h[155] = ' ';
    return h;
  }

  private static void put(byte[] h, int offset, String s, int max) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, offset, Math.min(b.length, max));
  }
}
