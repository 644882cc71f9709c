package org.carebridge.fhir.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * UK Core STU2 2.0.2, the declared dependency of the CareBridge package, from {@code ../shared/ukcore-stu2}
 * beside the repository (never copied into it). Tests that need it call {@link #tgz()}, which skips them with a
 * clear message when the folder is absent; CI has it.
 */
public final class UkCore {

  /** The package name and version the CareBridge package declares. */
  public static final String ID = "fhir.r4.ukcore.stu2#2.0.2";

  private static final Path TGZ = find();

  /** From a module's folder (tests) or from the repository's (the benchmark, run by Maven from there). */
  private static Path find() {
    Path fromModule = Path.of("..", "..", "shared", "ukcore-stu2", "fhir.r4.ukcore.stu2-2.0.2.tgz")
        .toAbsolutePath().normalize();
    Path fromRoot = Path.of("..", "shared", "ukcore-stu2", "fhir.r4.ukcore.stu2-2.0.2.tgz").toAbsolutePath().normalize();
    return !Files.isRegularFile(fromModule) && Files.isRegularFile(fromRoot) && Files.isRegularFile(Path.of("mvnw"))
        ? fromRoot : fromModule;
  }

  private UkCore() {}

  /** Whether the package file is there. */
  public static boolean available() {
    return Files.isRegularFile(TGZ);
  }

  /** The package file; skips the calling test when it is absent. */
  public static Path tgz() {
    Assumptions.assumeTrue(available(), "UK Core STU2 2.0.2 is not at " + TGZ
        + " (../shared/ukcore-stu2 beside the repository): this test needs it");
    return TGZ;
  }
}
