package org.carebridge.cld;

import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Streams a generated extract through {@link CldConverter#convert(java.io.Reader, CldSink)} and prints what came
 * out: run by {@link MemoryBoundTest} in a JVM with a small heap. Arguments: rows, people, events.
 */
public final class MemoryBoundMain {
  private MemoryBoundMain() {}

  public static void main(String[] args) {
    long rows = Long.parseLong(args[0]);
    int people = Integer.parseInt(args[1]);
    int events = Integer.parseInt(args[2]);
    GeneratedExtract in = new GeneratedExtract(rows, people, events);
    long[] counts = new long[3];
    CldConverter converter = CldConverter.builder().councilOdsCode("SCC01")
        .councilName("Staffordshire County Council").build();
    converter.convert(in, new CldSink() {
      @Override
      public void accept(Bundle bundle) {
        counts[0]++;
        counts[1] += bundle.getEntry().stream().filter(e -> e.getResource() instanceof Account)
            .mapToLong(e -> ((Account) e.getResource()).getExtension().stream()
                .filter(x -> x.getUrl().endsWith("carebridge-budget-service")).count()).sum();
      }

      @Override
      public void issue(Issue issue) {
        if (issue.isError()) {
          counts[2]++;
        }
      }
    });
    System.out.println("chars=" + in.chars() + " heap=" + Runtime.getRuntime().maxMemory() + " bundles=" + counts[0]
        + " services=" + counts[1] + " errors=" + counts[2]);
  }
}
