package org.carebridge.fhir;

import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.Resource;

/**
 * A source of additional, non-FHIR rules (for example the CareBridge business rules of sdk-core, applied to
 * the record a mapper builds from the resource). The validator calls every registered source once per
 * input that parsed as a FHIR resource, after the FHIR validation, on the calling thread.
 *
 * <p>Implementations must be thread-safe and must not keep the resource. Issues they return should use
 * the source's {@link #id()} (or a more specific rule id) as {@link Issue#source()}. An exception thrown by
 * a source becomes one {@link IssueCode#RULE_SOURCE_FAILURE} issue; the other sources still run. Their
 * messages are scrubbed like every other message (no NHS numbers, no names).
 */
public interface RuleSource {

  /**
   * A short stable name, for example {@code carebridge-business-rules}.
   *
   * @return the name
   */
  String id();

  /**
   * Checks one resource (for a Bundle, the whole Bundle with its entries).
   *
   * @param resource the parsed input; never null
   * @return the issues found, possibly empty; never null
   */
  List<Issue> check(Resource resource);
}
