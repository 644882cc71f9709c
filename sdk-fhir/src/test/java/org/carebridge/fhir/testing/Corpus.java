package org.carebridge.fhir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/** Instances for the tests and the benchmark: valid, broken, single resources, Bundles, messages. */
public final class Corpus {

  private Corpus() {}

  /** The example person of the CareBridge story (example data only; 9434765919 is a valid test number). */
  public static final String NHS_NUMBER = "9434765919";
  public static final String FAMILY = "Hollins";
  public static final String GIVEN = "Margaret";

  public static String patient(String id, String nhs, String family, String given, String birthDate, String status) {
    return """
        {"resourceType":"Patient","id":"%s","meta":{"profile":["%s"]},
         "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"}],
         "name":[{"family":"%s","given":["%s","Elizabeth"]}],"gender":"female","birthDate":"%s",
         "maritalStatus":{"coding":[{"system":"%s","code":"%s"}]}}"""
        .formatted(id, TestPackage.PERSON_PROFILE, nhs, family, given, birthDate, TestPackage.STATUS_SYSTEM, status);
  }

  public static String validPatient() {
    return patient("margaret-example", NHS_NUMBER, FAMILY, GIVEN, "1942-03-14", "alpha");
  }

  public static String collectionBundle(String patient, String suffix) {
    return """
        {"resourceType":"Bundle","id":"bundle-%s","type":"collection","entry":[
          {"fullUrl":"urn:uuid:6f1c2a40-0000-4000-8000-%s","resource":%s},
          {"fullUrl":"urn:uuid:6f1c2a40-0001-4000-8000-%s","resource":{"resourceType":"Organization","id":"scc-%s",
            "identifier":[{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"SCC01"}],
            "name":"Staffordshire County Council"}},
          {"fullUrl":"urn:uuid:6f1c2a40-0002-4000-8000-%s","resource":{"resourceType":"Observation","id":"obs-%s",
            "status":"final","code":{"text":"Weekly hours of home care"},"subject":{"reference":"urn:uuid:6f1c2a40-0000-4000-8000-%s","display":"%s %s"},
            "valueQuantity":{"value":14,"unit":"h","system":"http://unitsofmeasure.org","code":"h"}}}
        ]}""".formatted(suffix, pad(suffix), patient, pad(suffix), suffix, pad(suffix), suffix, pad(suffix), GIVEN, FAMILY);
  }

  public static String messageBundle(String suffix) {
    return """
        {"resourceType":"Bundle","id":"message-%s","type":"message","timestamp":"2026-10-15T10:00:00Z","entry":[
          {"fullUrl":"urn:uuid:7a1c2a40-0000-4000-8000-%s","resource":{"resourceType":"MessageHeader","id":"mh-%s",
            "eventCoding":{"system":"https://carebridge.org.uk/fhir/CodeSystem/discharge-event","code":"patient-discharged"},
            "source":{"endpoint":"urn:oid:2.16.840.1.113883.2.1.3.2.4.18.1"},
            "focus":[{"reference":"urn:uuid:7a1c2a40-0001-4000-8000-%s"}]}},
          {"fullUrl":"urn:uuid:7a1c2a40-0001-4000-8000-%s","resource":%s}
        ]}""".formatted(suffix, pad(suffix), suffix, pad(suffix), pad(suffix), validPatient());
  }

  private static String pad(String s) {
    String digits = Integer.toHexString(Math.abs(s.hashCode()));
    return ("000000000000" + digits).substring(digits.length());
  }

  /** Named valid and broken instances (JSON unless the name ends in .xml). */
  public static Map<String, String> named() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("valid-patient", validPatient());
    m.put("patient-no-identifier", validPatient().replaceFirst("\"identifier\":\\[[^\\]]*\\],", ""));
    m.put("patient-bad-code", patient("p2", NHS_NUMBER, FAMILY, GIVEN, "1942-03-14", "gamma"));
    m.put("patient-bad-nhs-number", patient("p3", "94347659", FAMILY, GIVEN, "1942-03-14", "alpha"));
    m.put("patient-bad-date", patient("p4", NHS_NUMBER, FAMILY, GIVEN, "14/03/1942", "alpha"));
    m.put("patient-unknown-element", validPatient().replace("\"gender\":", "\"nickname\":\"Maggie\",\"gender\":"));
    m.put("patient-unknown-profile", validPatient().replace(TestPackage.PERSON_PROFILE,
        "http://unknown.example.org/fhir/StructureDefinition/nope"));
    m.put("plain-patient", "{\"resourceType\":\"Patient\",\"id\":\"x\",\"gender\":\"female\"}");
    m.put("collection-bundle", collectionBundle(validPatient(), "a1"));
    m.put("broken-bundle", collectionBundle(patient("p5", "123", FAMILY, GIVEN, "1942-03-14", "gamma"), "b1")
        .replace("\"status\":\"final\",", ""));
    m.put("message-bundle", messageBundle("m1"));
    m.put("valid-patient.xml", """
        <Patient xmlns="http://hl7.org/fhir">
          <id value="margaret-xml"/>
          <meta><profile value="%s"/></meta>
          <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="%s"/></identifier>
          <name><family value="%s"/><given value="%s"/></name>
          <gender value="female"/>
          <birthDate value="1942-03-14"/>
          <maritalStatus><coding><system value="%s"/><code value="alpha"/></coding></maritalStatus>
        </Patient>""".formatted(TestPackage.PERSON_PROFILE, NHS_NUMBER, FAMILY, GIVEN, TestPackage.STATUS_SYSTEM));
    m.put("broken-patient.xml", """
        <Patient xmlns="http://hl7.org/fhir">
          <meta><profile value="%s"/></meta>
          <name><family value="%s"/></name>
          <birthDate value="1942-13-45"/>
          <maritalStatus><coding><system value="%s"/><code value="zeta"/></coding></maritalStatus>
        </Patient>""".formatted(TestPackage.PERSON_PROFILE, FAMILY, TestPackage.STATUS_SYSTEM));
    return m;
  }

  /**
   * {@code n} generated variations of the example Bundles (seeded, so the same every run): different ids,
   * names, dates and NHS numbers, about one in five with an error (bad code, short NHS number, missing
   * Observation status, missing identifier).
   */
  public static List<String> generated(int n, long seed) {
    Random r = new Random(seed);
    String[] families = {"Hollins", "Okafor", "Patel", "Jones", "Hughes", "Smith", "Nowak", "Begum"};
    String[] givens = {"Margaret", "Ada", "Ravi", "Gwen", "Tom", "Amina", "Piotr", "Rosa"};
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String nhs = String.format("%010d", Math.floorMod(r.nextLong(), 10_000_000_000L));
      String date = String.format("19%02d-%02d-%02d", 20 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28));
      int fault = r.nextInt(20);
      String status = fault == 0 ? "gamma" : (r.nextBoolean() ? "alpha" : "beta");
      if (fault == 1) {
        nhs = nhs.substring(0, 7);
      }
      String p = patient("p-" + i, nhs, families[r.nextInt(families.length)], givens[r.nextInt(givens.length)], date, status);
      if (fault == 2) {
        p = p.replaceFirst("\"identifier\":\\[[^\\]]*\\],", "");
      }
      String b = r.nextInt(4) == 0 ? messageBundle("g" + i) : collectionBundle(p, "g" + i);
      if (fault == 3) {
        b = b.replace("\"status\":\"final\",", "");
      }
      out.add(b);
    }
    return out;
  }

  /** JSON examples (package/examples/*.json) of a FHIR package .tgz, by file name. */
  public static Map<String, String> packageExamples(byte[] tgz) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
      byte[] header = new byte[512];
      String longName = null;
      while (in.readNBytes(header, 0, 512) == 512) {
        String name = cString(header, 0, 100);
        if (name.isEmpty()) {
          break;
        }
        String prefix = cString(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        long size = Long.parseLong(cString(header, 124, 12).trim().isEmpty() ? "0" : cString(header, 124, 12).trim(), 8);
        byte type = header[156];
        byte[] data = in.readNBytes((int) size);
        in.readNBytes((int) ((512 - size % 512) % 512));
        if (type == 'L') {
          longName = cString(data, 0, data.length);
          continue;
        }
        if (longName != null) {
          name = longName;
          longName = null;
        }
        if ((type == '0' || type == 0) && name.startsWith("package/examples/") && name.endsWith(".json")
            && !name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
          out.put(name.substring(name.lastIndexOf('/') + 1), new String(data, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && end < b.length && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The CareBridge package from the classpath, or null when the profiles module has not provided it. */
  public static byte[] careBridgePackageOrNull() throws IOException {
    try (InputStream in = Corpus.class.getClassLoader()
        .getResourceAsStream(org.carebridge.fhir.CareBridgeValidator.CAREBRIDGE_PACKAGE_RESOURCE)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
