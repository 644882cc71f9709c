package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.carebridge.core.DateRange;
import org.carebridge.core.Story;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.junit.jupiter.api.Test;

class HandOverKeyWorkerTest {

  @Test
  void theHandOverLeavesNoGapAndNoOverlap() {
    CareTeam team = HandOverKeyWorker.storyHandOver();
    assertThat(team.keyWorkers()).hasSize(2);
    assertThat(team.keyWorkerOn(LocalDate.of(2026, 11, 1))).map(k -> k.keyWorker().id())
        .contains("district-nurse-jones-mpft");
    assertThat(team.keyWorkerOn(LocalDate.of(2026, 11, 2))).map(k -> k.keyWorker().id())
        .contains("social-worker-patel-scc");
    assertThat(team.keyWorkers().get(0).period()).isEqualTo(
        DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1)));
    assertThat(team.keyWorkers().get(1).period().isOpen()).isTrue();
    // the sdk-core rules: CB-KEYWORKER-002 (two on one day) and -003 (a gap while continuity is required)
    assertThat(RecipeSupport.RULES.validate(team).errors()).isEmpty();
  }

  @Test
  void theHandOverCrossesOrganisations() {
    CareTeam team = HandOverKeyWorker.storyHandOver();
    assertThat(team.keyWorkers()).extracting(k -> k.keyWorker().organisation().id())
        .containsExactly("mpft", "staffordshire-cc");
  }

  @Test
  void theCareTeamValidatesAsFhir() {
    assertThat(RecipeSupport.errors(CareBridgeMapper.toFhir(HandOverKeyWorker.storyHandOver(), Story.BASE)))
        .isEmpty();
  }

  @Test
  void aHandOverWithoutACurrentKeyWorkerIsRefused() {
    CareTeam ended = CareTeam.builder().id("t").person(Story.margaret())
        .addKeyWorker(KeyWorkerAssignment.of(Story.NURSE_JONES,
            DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31))))
        .build();
    assertThatThrownBy(() -> HandOverKeyWorker.handOver(ended, Story.SOCIAL_WORKER_PATEL, LocalDate.of(2026, 11, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handOverDay has no key worker to hand over from");
  }

  @Test
  void aHandOverOnTheFirstDayIsRefused() {
    CareTeam team = HandOverKeyWorker.storyHandOver();
    assertThatThrownBy(() -> HandOverKeyWorker.handOver(team, Story.NURSE_JONES, LocalDate.of(2026, 11, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handOverDay must be after the current key worker's first day");
  }
}
