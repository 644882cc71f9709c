package org.carebridge.fhir.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;

/** The limits on a report: how many issues one input keeps, and how long each message may be. */
public final class ReportLimits {

  private ReportLimits() {}

  /**
   * The issues within the limits: each message cut at {@code maxMessageLength} characters (ending with a note of the
   * limit); when there are more than {@code maxIssues}, the most severe {@code maxIssues} (in their order), then one
   * {@link IssueCode#ISSUES_DROPPED} issue saying how many were dropped.
   *
   * @param issues the issues, in report order
   * @param maxIssues most issues kept
   * @param maxMessageLength longest message
   * @return the bounded issues
   */
  public static List<Issue> bound(List<Issue> issues, int maxIssues, int maxMessageLength) {
    List<Issue> kept = issues;
    if (issues.size() > maxIssues) {
      // the severity of the last kept issue, and how many of that severity still fit
      List<Issue> bySeverity = new ArrayList<>(issues);
      bySeverity.sort(Comparator.comparing(Issue::severity));
      Issue last = bySeverity.get(maxIssues - 1);
      long room = maxIssues - bySeverity.stream().filter(i -> i.severity().compareTo(last.severity()) < 0).count();
      kept = new ArrayList<>(maxIssues + 1);
      for (Issue i : issues) {
        int c = i.severity().compareTo(last.severity());
        if (c < 0 || (c == 0 && room-- > 0)) {
          kept.add(i);
        }
      }
      kept.add(IssueCode.ISSUES_DROPPED.issue(Location.whole(), issues.size() - maxIssues, maxIssues, maxIssues));
    }
    List<Issue> out = new ArrayList<>(kept.size());
    for (Issue i : kept) {
      out.add(i.message().length() <= maxMessageLength ? i
          : i.toBuilder().message(cut(i.message(), maxMessageLength)).build());
    }
    return out;
  }

  private static String cut(String message, int max) {
    String note = "... (cut at the limit of " + max + " characters)";
    return message.substring(0, max - note.length()) + note;
  }
}
