package org.carebridge.core.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.core.validation.Issues.none;
import static org.carebridge.core.validation.Issues.single;

import java.time.LocalDate;
import org.carebridge.core.DateRange;
import org.carebridge.core.Story;
import org.carebridge.core.validation.Severity;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Validator;
import org.junit.jupiter.api.Test;

class CareTeamRulesTest {

  private final Validator validator = Validator.withClock(Story.CLOCK);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static CareTeam team(boolean continuity, KeyWorkerAssignment... history) {
    CareTeam.Builder b = CareTeam.builder().id("t").person(Story.margaret()).continuityRequired(continuity);
    for (KeyWorkerAssignment a : history) {
      b.addKeyWorker(a);
    }
    return b.build();
  }

  private static KeyWorkerAssignment jones(String from, String to) {
    return KeyWorkerAssignment.of(Story.NURSE_JONES, DateRange.of(d(from), d(to)));
  }

  private static KeyWorkerAssignment patel(String from) {
    return KeyWorkerAssignment.of(Story.SOCIAL_WORKER_PATEL, DateRange.startingOn(d(from)));
  }

  @Test
  void story_handOverWithoutGapOrOverlap_isValid() {
    CareTeam team = Story.careTeam().build();
    none(validator.validate(team));
    assertThat(team.keyWorkerOn(d("2026-11-01")).map(a -> a.keyWorker().id())).contains("district-nurse-jones-mpft");
    assertThat(team.keyWorkerOn(d("2026-11-02")).map(a -> a.keyWorker().id())).contains("social-worker-patel-scc");
    assertThat(team.keyWorkerOn(d("2026-10-14"))).isEmpty();
  }

  @Test
  void cb_keyworker_001_noAssignment() {
    assertThat(single(validator.validate(team(false)), "CB-KEYWORKER-001", "keyWorkers").severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void cb_keyworker_002_overlapOfOneDay() {
    Result<?> r = validator.validate(team(true, jones("2026-10-15", "2026-11-02"), patel("2026-11-02")));
    assertThat(single(r, "CB-KEYWORKER-002", "keyWorkers[1].period").message())
        .isEqualTo("two key workers are active on the same days (2026-11-02 to 2026-11-02): assignments 0 and 1 "
            + "overlap");
  }

  @Test
  void cb_keyworker_002_twoOpenAssignments() {
    Result<?> r = validator.validate(team(false, patel("2026-11-02"),
        KeyWorkerAssignment.of(Story.NURSE_JONES, DateRange.startingOn(d("2026-11-10")))));
    assertThat(single(r, "CB-KEYWORKER-002").message()).contains("(2026-11-10 onwards)");
  }

  @Test
  void cb_keyworker_002_everyOverlappingPairIsReported() {
    Result<?> r = validator.validate(team(false, jones("2026-10-01", "2026-10-31"),
        jones("2026-10-10", "2026-10-20"), patel("2026-10-15")));
    assertThat(r.withCode("CB-KEYWORKER-002")).extracting(i -> i.message().replaceAll(".*assignments ", ""))
        .containsExactly("0 and 1 overlap", "0 and 2 overlap", "1 and 2 overlap");
  }

  @Test
  void cb_keyworker_003_gapWhenContinuityRequired() {
    Result<?> r = validator.validate(team(true, jones("2026-10-15", "2026-10-31"), patel("2026-11-02")));
    assertThat(single(r, "CB-KEYWORKER-003", "keyWorkers[1].period").message())
        .isEqualTo("no key worker from 2026-11-01 to 2026-11-01, but the plan requires continuity");
  }

  @Test
  void cb_keyworker_003_noIssueWhenContinuityNotRequired() {
    none(validator.validate(team(false, jones("2026-10-15", "2026-10-31"), patel("2026-11-02"))));
  }

  @Test
  void cb_keyworker_003_historyOutOfOrder_isSortedByStart() {
    // Given newest first; a later assignment nested in an earlier one does not hide a gap after it.
    Result<?> r = validator.validate(team(true, patel("2026-11-10"), jones("2026-10-15", "2026-10-31"),
        jones("2026-10-20", "2026-10-25")));
    assertThat(single(r, "CB-KEYWORKER-003", "keyWorkers[0].period").message())
        .isEqualTo("no key worker from 2026-11-01 to 2026-11-09, but the plan requires continuity");
  }

  @Test
  void cb_keyworker_004_nobodyActiveToday() {
    Result<?> ended = validator.validate(team(false, jones("2026-10-15", "2026-11-22")));
    assertThat(single(ended, "CB-KEYWORKER-004", "keyWorkers").message())
        .isEqualTo("no key worker is active today (2026-11-23): the last assignment ended on 2026-11-22");
    none(validator.validate(team(false, jones("2026-10-15", "2026-11-23"))));
  }

  @Test
  void reportsEveryProblem() {
    Result<?> r = validator.validate(team(true, jones("2026-10-01", "2026-10-10"),
        jones("2026-10-05", "2026-10-12"), jones("2026-10-20", "2026-10-30")));
    assertThat(r.codes()).containsExactly("CB-KEYWORKER-002", "CB-KEYWORKER-003", "CB-KEYWORKER-004");
  }
}
