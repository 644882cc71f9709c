package org.carebridge.fhir.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.IssueCodes;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/** Turns HL7 validator messages into {@link Issue}s. */
public final class Issues {

  /** Source of a message that names no profile or invariant. */
  public static final String FHIR_SOURCE = "fhir-validator";

  private static final Pattern PROFILE_URL = Pattern.compile("(https?://[^\\s'\"(),|]+/StructureDefinition/[A-Za-z0-9.\\-]+)");

  private Issues() {}

  /** One issue from one validator message; the message and location are scrubbed. */
  public static Issue fromMessage(ValidationMessage m, Scrubber scrubber) {
    Severity severity = switch (m.getLevel() == null ? ValidationMessage.IssueSeverity.ERROR : m.getLevel()) {
      case FATAL -> Severity.FATAL;
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFORMATION;
    };
    String code = m.getMessageId() != null ? m.getMessageId() : IssueCodes.FHIR_UNCODED;
    String location = m.getLocation() == null || m.getLocation().isBlank() ? "(input)" : m.getLocation();
    int line = Math.max(0, m.getLine());
    int col = line == 0 ? 0 : Math.max(0, m.getCol());
    String message = m.getMessage() == null ? code : m.getMessage();
    return new Issue(code, severity, scrubber.scrub(location), scrubber.scrub(message), line, col, sourceOf(m));
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

  /** An issue for a failure of the validator itself, without a stack trace. */
  public static Issue failure(String code, String what, Throwable t, Scrubber scrubber, String source) {
    String detail = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "...";
    }
    String message = what + " (" + t.getClass().getSimpleName() + (detail.isEmpty() ? "" : ": " + detail) + ")";
    return new Issue(code, Severity.FATAL, "(input)", scrubber.scrub(message), 0, 0, source);
  }
}
