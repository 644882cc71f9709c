package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.Shared;
import org.junit.jupiter.api.Test;

/** One validator shared by several threads gives exactly the reports it gives on one thread. */
class ConcurrencyTest {

  @Test
  void concurrentValidation_givesIdenticalReports() throws Exception {
    CareBridgeValidator validator = Shared.testPackageValidator();
    List<String> inputs = new ArrayList<>(Corpus.named().values());
    inputs.addAll(Corpus.generated(40, 7));
    Map<String, Result<Void>> expected = new LinkedHashMap<>();
    for (String input : inputs) {
      expected.put(input, validator.validate(input));
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<String> order = new ArrayList<>(inputs);
        Collections.shuffle(order, new Random(t));
        Callable<List<String>> job = () -> {
          List<String> mismatches = new ArrayList<>();
          for (String input : order) {
            if (!validator.validate(input).equals(expected.get(input))) {
              mismatches.add(input);
            }
          }
          return mismatches;
        };
        results.add(pool.submit(job));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.values()).anySatisfy(r -> assertThat(r.isValid()).isFalse());
  }
}
