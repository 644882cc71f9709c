package org.carebridge.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.CareBridgeValidator;

/**
 * One shared {@link CareBridgeValidator} per set of packages in this process (building one takes seconds; a
 * test suite that runs the command many times builds each set once).
 */
public final class Validators {
  private static final int MAX = 4;
  private static final Map<List<String>, CareBridgeValidator> CACHE = new LinkedHashMap<>();

  private Validators() {}

  /**
   * The validator for the CareBridge package plus these packages, with declared dependencies looked for in
   * the default FHIR package cache.
   *
   * @throws UserError when a package cannot be read or is not a FHIR package
   */
  public static CareBridgeValidator get(List<Path> packages) {
    return get(packages, null);
  }

  /**
   * The validator for the CareBridge package plus these packages (.tgz files or package folders), with
   * declared dependencies looked for in this FHIR package cache (null: the default, {@code ~/.fhir/packages}).
   *
   * @throws UserError when a package cannot be read or is not a FHIR package
   */
  public static CareBridgeValidator get(List<Path> packages, Path packageCache) {
    return get(packages, packageCache, List.of(), b -> { });
  }

  /**
   * As {@link #get(List, Path)}, with more settings applied to the builder; {@code settings} tells them apart (two
   * calls with equal settings share one validator).
   *
   * @throws UserError when a package cannot be read or a setting is refused
   */
  public static synchronized CareBridgeValidator get(List<Path> packages, Path packageCache, List<Object> settings,
      Consumer<CareBridgeValidator.Builder> configure) {
    List<String> key = new ArrayList<>();
    key.add(String.valueOf(settings));
    key.add(String.valueOf(packageCache == null ? null : packageCache.toAbsolutePath().normalize()));
    for (Path p : packages) {
      if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
        throw new UserError("cannot read FHIR package " + p + ": no such file or folder");
      }
      try {
        key.add(p.toAbsolutePath().normalize() + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis());
      } catch (IOException e) {
        throw new UserError("cannot read FHIR package " + p + ": " + e.getClass().getSimpleName());
      }
    }
    CareBridgeValidator v = CACHE.get(key);
    if (v == null) {
      CareBridgeValidator.Builder b = CareBridgeValidator.builder();
      configure.accept(b);
      if (packageCache != null) {
        b.packageCache(packageCache);
      }
      for (Path p : packages) {
        try {
          b.addPackage(p);
        } catch (UncheckedIOException e) {
          throw new UserError("cannot read FHIR package " + p + ": " + e.getCause().getClass().getSimpleName());
        }
      }
      try {
        v = b.build();
      } catch (IllegalArgumentException e) {
        throw new UserError(firstLine(e.getMessage()));
      }
      if (CACHE.size() >= MAX) {
        CACHE.remove(CACHE.keySet().iterator().next());
      }
      CACHE.put(key, v);
    }
    return v;
  }

  /**
   * Prints the validator's notices (a missing declared dependency, say) on standard error, one line each,
   * once per run.
   */
  public static void printNotices(CareBridgeValidator validator, PrintWriter err) {
    for (Issue n : validator.notices()) {
      err.println("carebridge: notice (" + n.code() + "): " + n.message());
    }
    err.flush();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown problem";
    }
    int n = s.indexOf('\n');
    return n < 0 ? s : s.substring(0, n);
  }
}
