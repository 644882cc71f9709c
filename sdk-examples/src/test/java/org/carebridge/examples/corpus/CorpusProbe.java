package org.carebridge.examples.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.FhirInput;
import org.carebridge.kit.ConformanceKit;
import org.carebridge.kit.internal.Issues;

/** Prints what the validator reports for every corpus file (a tool for writing the manifest; not a test). */
public final class CorpusProbe {
  private CorpusProbe() {}

  /**
   * Prints the issues.
   *
   * @param args optional path prefix filter
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ConformanceKit kit = ConformanceKit.shared();
    Path root = args.length > 1 ? Path.of(args[1]) : CorpusGenerator.CORPUS;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(f).toString();
        if (rel.equals("manifest.json") || (args.length > 0 && !rel.startsWith(args[0]))) {
          continue;
        }
        List<Issue> issues = Issues.validate(kit.validator(), FhirInput.of(f), args.length > 2 ? args[2] : null).issues();
        System.out.println("== " + rel);
        for (Issue i : issues) {
          if (i.severity() != Severity.INFORMATION) {
            System.out.println("   " + i.severity() + " | " + i.code() + " | " + i.location() + " | " + i.message());
          }
        }
      }
    }
  }
}
