package org.carebridge.fhir.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.IssueType;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Severity;
import org.hl7.fhir.utilities.i18n.I18nBase;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/** Turns HL7 validator messages into {@link Issue}s. */
public final class Issues {

  /** Source of a message that names no profile or invariant. */
  public static final String FHIR_SOURCE = IssueCode.Sources.FHIR_VALIDATOR;

  private static final Pattern PROFILE_URL = Pattern.compile("(https?://[^\\s'\"(),|]+/StructureDefinition/[A-Za-z0-9.\\-]+)");

  private Issues() {}

  /**
   * The issues for the validator's messages about one input, in order:
   * <ul>
   *   <li>a message about a definition of a declared dependency that is not loaded (its canonical URL is one of
   *       {@code dangling}) is left out: the validator says once per run which dependency is missing;
   *   <li>"the code cannot be checked because the code system is not supported" (or "CodeSystem is unknown and
   *       can't be validated"), for an external code system ({@code externalSystems}), is left out: membership in
   *       the value sets that list its codes is checked, and the validator says once per run what is not;
   *   <li>a finding reported once per profile (the same message id, location, severity and arguments, apart
   *       from the profile's URL: a missing element required by the base type and by the profile) is kept once;
   *   <li>a message that echoes a personal value of the instance is rendered again from its message id and
   *       arguments, with that value replaced by the element it came from ({@link Redactor}).
   * </ul>
   * Locations are never changed.
   *
   * @param messages the validator's messages
   * @param rendered the message ids and arguments behind the rendered messages ({@link MessageArguments})
   * @param redactor the instance's personal values
   * @param dangling canonical URLs of missing dependencies
   * @param renderer renders a message id with arguments (the worker context)
   */
  static List<Issue> fromMessages(List<ValidationMessage> messages, Map<String, MessageArguments.Rendered> rendered,
      Redactor redactor, Set<String> dangling, Set<String> externalSystems, I18nBase renderer) {
    List<Issue> out = new ArrayList<>(messages.size());
    Set<List<Object>> seen = new HashSet<>();
    for (ValidationMessage m : messages) {
      MessageArguments.Rendered r = m.getMessage() == null ? null : rendered.get(m.getMessage());
      if (!dangling.isEmpty() && aboutDangling(m, r, dangling)) {
        continue;
      }
      if ((I18nConstants.TERMINOLOGY_TX_SYSTEM_UNSUPPORTED.equals(m.getMessageId())
          && aboutExternalSystem(m, r, externalSystems)) || unknownExternalSystem(m, externalSystems)) {
        continue;
      }
      if (!seen.add(findingKey(m, r))) {
        continue;
      }
      String message = m.getMessage();
      if (r != null) {
        List<Object> redacted = redactor.redactArguments(r.arguments(), m.getLocation());
        if (redacted != null) {
          Object[] args = redacted.toArray();
          message = r.plural() == null ? renderer.formatMessage(r.id(), args) : renderer.formatMessagePlural(r.plural(), r.id(), args);
        }
      } else {
        message = redactor.redactText(message, m.getLocation());
      }
      out.add(issue(m, message));
    }
    return out;
  }

  /**
   * Whether an "unsupported code system" message names one of the external systems: by its arguments when the
   * worker context rendered it, otherwise (the terminology layer renders it with a message bundle of its own) by
   * the system quoted in the text, which that message always quotes as {@code codeSystem '<url>'}.
   */
  private static boolean aboutExternalSystem(ValidationMessage m, MessageArguments.Rendered r,
      Set<String> externalSystems) {
    if (r != null) {
      return r.arguments().stream().anyMatch(a -> a != null && externalSystems.contains(String.valueOf(a)));
    }
    String text = m.getMessage();
    return text != null && externalSystems.stream().anyMatch(s -> text.contains("'" + s + "'"));
  }

  /** HAPI's in-memory terminology on a code of an external system: "CodeSystem is unknown and can't be validated". */
  private static final String UNKNOWN_SYSTEM = "CodeSystem is unknown and can't be validated: ";

  /**
   * A warning that a code of one of the external systems cannot be validated, as HAPI's in-memory terminology
   * words it (passed through by the validator, so without arguments of its own).
   */
  private static boolean unknownExternalSystem(ValidationMessage m, Set<String> externalSystems) {
    String text = m.getMessage();
    if (text == null || !text.startsWith(UNKNOWN_SYSTEM) || m.getLevel() == ValidationMessage.IssueSeverity.ERROR
        || m.getLevel() == ValidationMessage.IssueSeverity.FATAL) {
      return false;
    }
    int end = text.indexOf(' ', UNKNOWN_SYSTEM.length());
    return externalSystems.contains(text.substring(UNKNOWN_SYSTEM.length(), end < 0 ? text.length() : end));
  }

  /** One issue from one message, with the given text. */
  private static Issue issue(ValidationMessage m, String text) {
    Severity severity = switch (m.getLevel() == null ? ValidationMessage.IssueSeverity.ERROR : m.getLevel()) {
      case FATAL -> Severity.FATAL;
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFORMATION;
    };
    String code = m.getMessageId() != null ? m.getMessageId() : IssueCode.FHIR_UNCODED.code();
    String location = m.getLocation() == null ? "" : m.getLocation().strip();
    int line = Math.max(0, m.getLine());
    int col = line == 0 ? 0 : Math.max(0, m.getCol());
    String message = text == null || text.isBlank() ? code : text;
    return Issue.builder(code, severity).type(typeOf(m)).location(Location.fhirPath(location)).message(message)
        .position(line, col).source(sourceOf(m)).build();
  }

  /** The FHIR issue type the validator gives, {@code invalid} when it gives none. */
  private static IssueType typeOf(ValidationMessage m) {
    if (m.getType() == null || m.getType().toCode() == null) {
      return IssueType.INVALID;
    }
    try {
      return IssueType.fromFhirCode(m.getType().toCode());
    } catch (IllegalArgumentException notR4) {
      return IssueType.INVALID;
    }
  }

  private static boolean aboutDangling(ValidationMessage m, MessageArguments.Rendered r, Set<String> dangling) {
    if (m.getInvId() != null && !m.getInvId().isBlank()) {
      return false; // an invariant failed: its text may name a missing package's URL, the finding is still real
    }
    if (r != null) {
      for (Object a : r.arguments()) {
        if (a != null && mentions(String.valueOf(a), dangling)) {
          return true;
        }
      }
      return false;
    }
    return m.getMessage() != null && mentions(m.getMessage(), dangling);
  }

  private static boolean mentions(String text, Set<String> urls) {
    if (text.indexOf("://") < 0) {
      return false;
    }
    for (String url : urls) {
      if (text.contains(url)) {
        return true;
      }
    }
    return false;
  }

  /** What makes two messages the same finding: id, location, severity and the arguments that are not profiles. */
  private static List<Object> findingKey(ValidationMessage m, MessageArguments.Rendered r) {
    List<Object> key = new ArrayList<>();
    key.add(String.valueOf(m.getMessageId()));
    key.add(String.valueOf(m.getLocation()));
    key.add(String.valueOf(m.getLevel()));
    key.add(m.getLine());
    key.add(m.getCol());
    if (r == null) {
      key.add(String.valueOf(m.getMessage()));
      return key;
    }
    for (Object a : r.arguments()) {
      String s = String.valueOf(a);
      key.add(s.contains("/StructureDefinition/") ? "(profile)" : s);
    }
    return key;
  }

  /** {@code invariant:<key>} for invariants, the profile a message names, otherwise {@link #FHIR_SOURCE}. */
  static String sourceOf(ValidationMessage m) {
    if (m.getInvId() != null && !m.getInvId().isBlank()) {
      return "invariant:" + m.getInvId();
    }
    if (m.getMessage() != null) {
      Matcher matcher = PROFILE_URL.matcher(m.getMessage());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return FHIR_SOURCE;
  }

  /**
   * An issue for a failure of the validator itself, without a stack trace. The exception's own text may
   * quote the input, so values in it that look like NHS numbers are masked and it is cut at 200 characters.
   */
  public static Issue failure(IssueCode code, String what, Throwable t, String source) {
    String detail = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "...";
    }
    detail = NhsNumber.withheldIn(detail, "(number withheld)");
    String message = what + " (" + t.getClass().getSimpleName() + (detail.isEmpty() ? "" : ": " + detail) + ")";
    return code.issue(Location.whole(), message).toBuilder().source(source).build();
  }

  /**
   * An issue of the input guard about the input as a whole, at a position in its text.
   *
   * @param code the catalogue entry (its template takes the message)
   * @param message the message
   * @param line 1-based line, or 0
   * @param col 1-based column, or 0
   * @return the issue
   */
  public static Issue input(IssueCode code, String message, int line, int col) {
    return code.issue(Location.whole(), message).at(Math.max(0, line), line <= 0 ? 0 : Math.max(0, col));
  }
}
