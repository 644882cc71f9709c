package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;

/** Rules over a care team's key worker history. Days are whole and both ends inclusive. Not API. */
public final class CareTeamRules {

  private CareTeamRules() {}

  /**
   * Checks one care team.
   *
   * @param team the care team
   * @param today today, from the validator's clock
   * @return the issues, in rule order
   */
  public static List<Issue> validate(CareTeam team, LocalDate today) {
    List<Issue> issues = new ArrayList<>();
    CommonRules.person(team.person(), "person", issues);
    List<KeyWorkerAssignment> history = team.keyWorkers();
    if (history.isEmpty()) {
      issues.add(at(IssueCode.KEY_WORKER_NONE, "keyWorkers"));
      return issues;
    }
    for (int j = 1; j < history.size(); j++) {
      for (int i = 0; i < j; i++) {
        DateRange a = history.get(i).period();
        DateRange b = history.get(j).period();
        if (a.overlaps(b)) {
          issues.add(at(IssueCode.KEY_WORKER_OVERLAP, 
              "keyWorkers[" + j + "].period", describe(overlap(a, b)), i, j));
        }
      }
    }
    if (team.continuityRequired()) {
      gaps(history, issues);
    }
    Optional<LocalDate> lastEnd = lastEnd(history);
    if (lastEnd.isPresent() && lastEnd.get().isBefore(today)) {
      issues.add(at(IssueCode.KEY_WORKER_NONE_TODAY, "keyWorkers", today, lastEnd.get()));
    }
    return issues;
  }

  private static void gaps(List<KeyWorkerAssignment> history, List<Issue> issues) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> history.get(i).period().start()));
    Optional<LocalDate> coveredTo = history.get(order.get(0)).period().end();
    for (int k = 1; k < order.size() && coveredTo.isPresent(); k++) {
      int j = order.get(k);
      DateRange next = history.get(j).period();
      LocalDate firstUncovered = coveredTo.get().plusDays(1);
      if (next.start().isAfter(firstUncovered)) {
        issues.add(at(IssueCode.KEY_WORKER_GAP, 
            "keyWorkers[" + j + "].period", firstUncovered, next.start().minusDays(1)));
      }
      if (next.end().isEmpty()) {
        coveredTo = Optional.empty();
      } else if (next.end().get().isAfter(coveredTo.get())) {
        coveredTo = next.end();
      }
    }
  }

  private static Optional<LocalDate> lastEnd(List<KeyWorkerAssignment> history) {
    LocalDate last = null;
    for (KeyWorkerAssignment a : history) {
      if (a.period().isOpen()) {
        return Optional.empty();
      }
      LocalDate end = a.period().end().orElseThrow();
      if (last == null || end.isAfter(last)) {
        last = end;
      }
    }
    return Optional.ofNullable(last);
  }

  private static DateRange overlap(DateRange a, DateRange b) {
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    if (a.isOpen() && b.isOpen()) {
      return DateRange.startingOn(start);
    }
    LocalDate end;
    if (a.isOpen()) {
      end = b.end().orElseThrow();
    } else if (b.isOpen()) {
      end = a.end().orElseThrow();
    } else {
      LocalDate ae = a.end().orElseThrow();
      LocalDate be = b.end().orElseThrow();
      end = ae.isBefore(be) ? ae : be;
    }
    return DateRange.of(start, end);
  }

  private static String describe(DateRange range) {
    return range.end().map(e -> range.start() + " to " + e).orElse(range.start() + " onwards");
  }
}
