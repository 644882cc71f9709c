package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.carebridge.cli.internal.PackageExamples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CareBridge package declares UK Core STU2 2.0.2 (from {@code ../shared/ukcore-stu2}, never copied into the
 * repository; skipped when that folder is absent). Without it, one notice per run; given with {@code --package}
 * (file or folder) or found in the package cache named by {@code --package-cache}, it is loaded and no notice is
 * printed.
 */
class UkCorePackageTest {

  private static final Path TGZ = Path.of("..", "..", "shared", "ukcore-stu2", "fhir.r4.ukcore.stu2-2.0.2.tgz");
  private static final String UK_CORE = "fhir.r4.ukcore.stu2#2.0.2";

  @TempDir
  static Path dir;

  static Path discharge;
  static Path cache;

  @BeforeAll
  static void ukCorePackage() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(TGZ),
        "UK Core STU2 2.0.2 not found at " + TGZ.toAbsolutePath().normalize() + ": UK Core package test skipped");
    discharge = dir.resolve("discharge.json");
    Files.write(discharge, PackageExamples.read().get("Bundle-discharge-notice-example.json"));
    cache = dir.resolve("cache");
    unpack(TGZ, cache.resolve(UK_CORE));
  }

  @Test
  void noFastPath_givesTheSameReport() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(discharge).replace("\"message\"", "\"messages\""));
    for (Path input : new Path[] {discharge, broken}) {
      Cli.Result fast = Cli.run("validate", "--package", TGZ.toString(), "--format", "json", input.toString());
      Cli.Result reference = Cli.run("validate", "--package", TGZ.toString(), "--no-fast-path", "--format", "json",
          input.toString());
      assertThat(fast.exitCode()).isEqualTo(reference.exitCode());
      assertThat(fast.out()).isEqualTo(reference.out());
    }
    assertThat(Cli.run("validate", "--package", TGZ.toString(), broken.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void withoutUkCore_oneNotice_andNoMessageAboutItsDefinitions() {
    Cli.Result without = Cli.run("validate", "--package-cache", dir.resolve("empty").toString(), discharge.toString());
    assertThat(without.exitCode()).isZero();
    assertThat(without.notices()).filteredOn(n -> n.contains("CB-PACKAGE-001")).singleElement().satisfies(n -> assertThat(n)
        .contains("CB-PACKAGE-001", UK_CORE, "not checked", "--package"));
    assertThat(without.out()).doesNotContain("fhir.hl7.org.uk");
  }

  @Test
  void givenWithPackage_asFileOrFolder_noNotice() {
    for (Path pkg : new Path[] {TGZ, cache.resolve(UK_CORE)}) {
      Cli.Result with = Cli.run("validate", "--package-cache", dir.resolve("empty").toString(), "--package",
          pkg.toString(), "--format", "json", discharge.toString());
      assertThat(with.exitCode()).as(with.out()).isZero();
      assertThat(with.notices()).noneMatch(n -> n.contains("CB-PACKAGE-001"));
      assertThat(with.out()).contains(UK_CORE);
    }
  }

  @Test
  void foundInThePackageCache_noNotice() {
    Cli.Result with = Cli.run("validate", "--package-cache", cache.toString(), "--format", "json", discharge.toString());
    assertThat(with.exitCode()).as(with.out()).isZero();
    assertThat(with.notices()).noneMatch(n -> n.contains("CB-PACKAGE-001"));
    assertThat(with.out()).contains(UK_CORE);
  }

  private static void unpack(Path tgz, Path into) throws IOException {
    try (InputStream raw = Files.newInputStream(tgz);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (target.startsWith(into) && e.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
        }
      }
    }
  }
}
