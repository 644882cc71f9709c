package org.carebridge.fhir;

import java.util.Map;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.testing.Reproducers;

/**
 * Run by {@link ReproducersInAFreshJvmTest} in a JVM of its own ({@code -Xmx512m}): builds the default validator,
 * then validates each reproducer once in the fresh JVM and again after a warm-up, and prints one line per
 * reproducer and pass: {@code name pass code line column millis}.
 */
public final class ReproducersInAFreshJvmMain {

  private ReproducersInAFreshJvmMain() {}

  public static void main(String[] args) {
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutPackageCache().build();
    Map<String, Reproducers.Case> cases = Reproducers.all();
    for (Map.Entry<String, Reproducers.Case> c : cases.entrySet()) {
      print(c.getKey(), "fresh", validator, c.getValue().input());
    }
    for (int i = 0; i < 20; i++) {
      cases.values().forEach(c -> validator.validate(c.input()));
    }
    for (Map.Entry<String, Reproducers.Case> c : cases.entrySet()) {
      print(c.getKey(), "warm", validator, c.getValue().input());
    }
    System.out.println("max-heap-mb " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static void print(String name, String pass, CareBridgeValidator validator, String input) {
    long start = System.nanoTime();
    Result<Void> report = validator.validate(input);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Issue first = report.errors().isEmpty() ? null : report.errors().get(0);
    System.out.println(name + " " + pass + " " + (first == null ? "none 0 0" : first.code() + " " + first.line() + " "
        + first.column()) + " " + millis + " " + report.errors().size());
  }
}
