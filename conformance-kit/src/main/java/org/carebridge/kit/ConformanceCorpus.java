package org.carebridge.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.FhirInput;
import org.carebridge.kit.internal.Issues;

/**
 * The CareBridge conformance corpus: positive and negative examples shipped in this jar under
 * {@value #RESOURCE_FOLDER}, described by {@code manifest.json} (see {@code docs/getting-started/vendors.md}).
 *
 * <p>Vendors use it to test their own readers: every positive example must be accepted, every negative one
 * refused. {@link #check(ConformanceKit, CorpusEntry)} runs one example through a kit and compares.
 */
public final class ConformanceCorpus {

  /** Where the corpus is on the class path. */
  public static final String RESOURCE_FOLDER = "/org/carebridge/kit/corpus/";

  /** The manifest's file name in {@link #RESOURCE_FOLDER}. */
  public static final String MANIFEST = "manifest.json";

  private static final Set<String> ENTRY_FIELDS =
      Set.of("id", "file", "description", "scenario", "expected", "profile", "issues");
  private static final Set<String> ISSUE_FIELDS = Set.of("code", "severity", "location");

  private final List<CorpusEntry> entries;

  private ConformanceCorpus(List<CorpusEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads the manifest from the class path.
   *
   * @return the corpus
   * @throws UncheckedIOException when the manifest cannot be read
   * @throws IllegalStateException when the manifest is not as documented (unknown field, duplicate id...)
   */
  public static ConformanceCorpus load() {
    try (InputStream in = ConformanceCorpus.class.getResourceAsStream(RESOURCE_FOLDER + MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException("the corpus manifest is not on the class path: " + RESOURCE_FOLDER + MANIFEST);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus manifest", e);
    }
  }

  /**
   * Every entry, in manifest order.
   *
   * @return the entries
   */
  public List<CorpusEntry> entries() {
    return entries;
  }

  /**
   * One entry by id.
   *
   * @param id the id
   * @return the entry, or empty
   */
  public Optional<CorpusEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Validates an example with a kit and compares the issues with the manifest (rule:
   * {@link CorpusEntry#mismatches(List)}).
   *
   * @param kit the kit whose validator to use (its forced profile, if any, is replaced by the entry's)
   * @param entry the example
   * @return the mismatches; empty when the example behaves as the manifest says
   */
  public static List<String> check(ConformanceKit kit, CorpusEntry entry) {
    return entry.mismatches(Issues.validate(kit.validator(), FhirInput.of(entry.content()),
        entry.profile().orElse(null)).issues());
  }

  static ConformanceCorpus parse(JsonNode root) {
    if (root.path("formatVersion").asInt() != 1) {
      throw new IllegalStateException("manifest: formatVersion must be 1");
    }
    JsonNode list = root.path("entries");
    if (!list.isArray()) {
      throw new IllegalStateException("manifest: 'entries' must be an array");
    }
    List<CorpusEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> files = new HashSet<>();
    for (JsonNode node : list) {
      fields(node, ENTRY_FIELDS, "entry");
      String id = text(node, "id");
      if (!ids.add(id)) {
        throw new IllegalStateException("manifest: duplicate id " + id);
      }
      String file = text(node, "file");
      if (!files.add(file)) {
        throw new IllegalStateException("manifest: file listed twice: " + file);
      }
      CorpusEntry.Expectation expected;
      try {
        expected = CorpusEntry.Expectation.valueOf(text(node, "expected").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("manifest: entry " + id + ": expected must be 'valid' or 'invalid'");
      }
      List<ExpectedIssue> issues = new ArrayList<>();
      for (JsonNode issue : node.path("issues")) {
        fields(issue, ISSUE_FIELDS, "issue of " + id);
        Severity severity;
        try {
          severity = Severity.valueOf(text(issue, "severity").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("manifest: entry " + id + ": unknown severity");
        }
        issues.add(new ExpectedIssue(text(issue, "code"), severity, text(issue, "location")));
      }
      Optional<String> profile = node.hasNonNull("profile") ? Optional.of(node.get("profile").asText())
          : Optional.empty();
      try {
        entries.add(new CorpusEntry(id, file, text(node, "description"), text(node, "scenario"), expected, profile,
            issues));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("manifest: " + e.getMessage(), e);
      }
    }
    return new ConformanceCorpus(entries);
  }

  private static void fields(JsonNode node, Set<String> allowed, String what) {
    if (!node.isObject()) {
      throw new IllegalStateException("manifest: each " + what + " must be an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new IllegalStateException("manifest: unknown field '" + name + "' in " + what);
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalStateException("manifest: '" + field + "' must be a non-blank string in " + node.path("id"));
    }
    return value.asText();
  }
}
