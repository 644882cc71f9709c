package org.carebridge.examples.recipes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carebridge.core.DateRange;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.Story;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Recipe: hand a person over from one key worker to another, possibly in another organisation, without a gap
 * and without two key workers on the same day.
 */
public final class HandOverKeyWorker {

  private HandOverKeyWorker() {}

  /**
   * Ends the key worker assignment that is open on {@code handOverDay} the day before, and starts
   * {@code newKeyWorker} on that day. Assignments are whole days, both ends inclusive.
   *
   * @param team the care team as it is
   * @param newKeyWorker the key worker taking over
   * @param handOverDay the first day of the new key worker
   * @return the care team after the hand-over (records are immutable: a new team)
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when nobody is key worker on {@code handOverDay}, or the current key
   *     worker's assignment starts on that day (nothing to hand over)
   */
  public static CareTeam handOver(CareTeam team, PractitionerRole newKeyWorker, LocalDate handOverDay) {
    Objects.requireNonNull(team, "team must not be null");
    Objects.requireNonNull(newKeyWorker, "newKeyWorker must not be null");
    Objects.requireNonNull(handOverDay, "handOverDay must not be null");
    // snippet:hand-over
    KeyWorkerAssignment current = team.keyWorkerOn(handOverDay)
        .orElseThrow(() -> new IllegalArgumentException("handOverDay has no key worker to hand over from"));
    if (!current.period().start().isBefore(handOverDay)) {
      throw new IllegalArgumentException("handOverDay must be after the current key worker's first day");
    }
    List<KeyWorkerAssignment> history = new ArrayList<>(team.keyWorkers());
    history.set(history.indexOf(current), KeyWorkerAssignment.of(current.keyWorker(),
        DateRange.of(current.period().start(), handOverDay.minusDays(1))));   // last day: the day before
    history.add(KeyWorkerAssignment.of(newKeyWorker, DateRange.startingOn(handOverDay)));

    CareTeam handedOver = CareTeam.builder()
        .id(team.id())
        .person(team.person())
        .keyWorkers(history)
        .continuityRequired(team.continuityRequired())
        .build();
    // end-snippet
    return handedOver;
  }

  /**
   * The story's hand-over: district nurse Jones (community trust) to social worker Patel (council) on
   * 2 November 2026.
   *
   * @return the care team after the hand-over
   */
  public static CareTeam storyHandOver() {
    CareTeam withNurse = CareTeam.builder()
        .id("margaret-key-worker-team")
        .person(Story.margaret())
        .addKeyWorker(KeyWorkerAssignment.of(Story.NURSE_JONES, DateRange.startingOn(LocalDate.of(2026, 10, 15))))
        .continuityRequired(true)
        .build();
    return handOver(withNurse, Story.SOCIAL_WORKER_PATEL, LocalDate.of(2026, 11, 2));
  }

  /**
   * Prints the story's care team after the hand-over as a FHIR Bundle.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Bundle bundle = CareBridgeMapper.toFhir(storyHandOver(), Story.BASE);
    System.out.println(Recipes.json(bundle));
  }
}
