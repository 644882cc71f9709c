package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.carebridge.cli.internal.PackageExamples;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --package} with UK Core: the team's copy of the UK Core R4 definitions (XML, differential only, in
 * {@code ../shared/ukcore}, never copied into the repository) is turned into a FHIR package .tgz here, the way an
 * integrator would get one, and loaded with {@code --package}. Skipped when that folder is absent.
 */
class UkCorePackageTest {

  private static final Path UKCORE = Path.of("..", "..", "shared", "ukcore");
  private static final String NHS_VERIFICATION =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

  @TempDir
  static Path dir;

  static Path tgz;
  static Path discharge;

  @BeforeAll
  static void ukCorePackage() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(UKCORE.resolve("structuredefinitions")),
        "UK Core definitions not found at " + UKCORE.toAbsolutePath().normalize() + ": UK Core package test skipped");
    tgz = dir.resolve("ukcore.tgz");
    Files.write(tgz, pack());
    discharge = dir.resolve("discharge.json");
    Files.write(discharge, PackageExamples.read().get("Bundle-discharge-notice-example.json"));
  }

  @Test
  void withUkCore_theUkCoreExtensionAndCodeSystemAreKnown() {
    Cli.Result without = Cli.run("validate", discharge.toString());
    assertThat(without.exitCode()).isZero();
    assertThat(without.out()).contains("Unknown extension " + NHS_VERIFICATION)
        .contains("CodeSystem is unknown and can't be validated: https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland");

    Cli.Result with = Cli.run("validate", "--package", tgz.toString(), "--format", "json", discharge.toString());
    assertThat(with.exitCode()).as(with.out()).isZero();
    assertThat(with.out()).contains("UKCore.R4.STU.02.00.00#2.0.0").doesNotContain("Unknown extension " + NHS_VERIFICATION)
        .doesNotContain("CodeSystem is unknown and can't be validated: "
            + "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland");
  }

  /** UK Core as a FHIR package: package.json and every definition as JSON under package/. */
  private static byte[] pack() throws IOException {
    IParser xml = FhirContext.forR4Cached().newXmlParser();
    IParser json = FhirContext.forR4Cached().newJsonParser();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    int count = 0;
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      entry(gz, "package/package.json", """
          {"name":"UKCore.R4.STU.02.00.00","version":"2.0.0","fhirVersions":["4.0.1"],
           "dependencies":{"hl7.fhir.r4.core":"4.0.1"}}
          """.getBytes(StandardCharsets.UTF_8));
      for (String folder : List.of("structuredefinitions", "valuesets", "codesystems")) {
        try (Stream<Path> files = Files.list(UKCORE.resolve(folder))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
            Resource r = (Resource) xml.parseResource(Files.readString(f, StandardCharsets.UTF_8));
            String name = "package/" + r.fhirType() + "-" + (++count) + ".json"; // short: ustar names stop at 100
            entry(gz, name, json.encodeResourceToString(r).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      gz.write(new byte[1024]);
    }
    return raw.toByteArray();
  }

  private static void entry(GZIPOutputStream gz, String name, byte[] data) throws IOException {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", data.length));
    put(h, 136, String.format("%011o", 0));
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    h[156] = '0';
    put(h, 257, "ustar");
    put(h, 263, "00");
    int sum = 0;
    for (byte b : h) {
      sum += b & 0xFF;
    }
    put(h, 148, String.format("%06o", sum));
    h[155] = ' ';
    gz.write(h);
    gz.write(data);
    gz.write(new byte[(512 - data.length % 512) % 512]);
  }

  private static void put(byte[] h, int offset, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, offset, b.length);
  }
}
