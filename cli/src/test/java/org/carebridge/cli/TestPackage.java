package org.carebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small FHIR package (.tgz) built by the tests: one Patient profile that requires a birth date. Stands in
 * for UK Core in the {@code --package} and {@code --profile} tests.
 */
final class TestPackage {

  static final String BASE = "https://carebridge.org.uk/fhir/cli-test";
  static final String PROFILE = BASE + "/StructureDefinition/dated-person";

  private TestPackage() {}

  /** Writes the package to {@code dir/cli-test.tgz}. */
  static Path write(Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("package/package.json", """
        {"name":"org.carebridge.clitest","version":"0.0.1","fhirVersions":["4.0.1"],
         "dependencies":{"hl7.fhir.r4.core":"4.0.1"},"canonical":"%s","title":"CLI test package",
         "description":"test only","license":"CC0-1.0"}
        """.formatted(BASE));
    files.put("package/StructureDefinition-dated-person.json", """
        {"resourceType":"StructureDefinition","id":"dated-person","url":"%s","version":"0.0.1",
         "name":"DatedPerson","status":"active","fhirVersion":"4.0.1","kind":"resource","abstract":false,
         "type":"Patient","baseDefinition":"http://hl7.org/fhir/StructureDefinition/Patient",
         "derivation":"constraint",
         "differential":{"element":[{"id":"Patient.birthDate","path":"Patient.birthDate","min":1}]}}
        """.formatted(PROFILE));
    Path tgz = dir.resolve("cli-test.tgz");
    Files.write(tgz, tar(files));
    return tgz;
  }

  private static byte[] tar(Map<String, String> files) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
        gz.write(header(f.getKey(), data.length));
        gz.write(data);
        gz.write(new byte[(512 - data.length % 512) % 512]);
      }
      gz.write(new byte[1024]);
    }
    return raw.toByteArray();
  }

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
