package org.carebridge.fhir.bench;

import java.util.Map;
import java.util.TreeMap;
import org.carebridge.fhir.internal.FastPath;
import org.carebridge.fhir.internal.FastPlan;
import org.carebridge.fhir.testing.Corpus;
import org.junit.jupiter.api.Test;

class ReasonsProbe {
  @Test
  void reasons() throws Exception {
    FastPath f = org.carebridge.fhir.FastPaths.of(org.carebridge.fhir.CareBridgeValidator.builder().withoutPackageCache().addPackage(org.carebridge.fhir.testing.UkCore.tgz()).build());
    Map<String, Integer> hist = new TreeMap<>();
    for (var e : Corpus.packageExamples(Corpus.careBridgePackageOrNull()).entrySet()) {
      FastPath.Verdict v = f.check(e.getValue());
      System.out.println("EX " + e.getKey() + " -> " + (v.certified() ? "OK" : v.reason()));
    }
    for (String s : ValidatorBenchmark.generated(300)) {
      FastPath.Verdict v = f.check(s);
      hist.merge(v.certified() ? "OK" : v.reason().replaceAll("\\[\\d+\\]", "[]"), 1, Integer::sum);
    }
    hist.forEach((k, n) -> System.out.println("GEN " + n + " " + k));
  }
}
