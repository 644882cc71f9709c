package org.carebridge.hl7v2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.discharge.Assessment;

/** Test fixtures: the sample files and the story's converter. */
final class Samples {

  /** "Today" for the business rules: after every sample message. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

  static final Organisation UHNM = Organisation.builder().id("uhnm").odsCode(OdsCode.of("RJE"))
      .name("University Hospitals of North Midlands NHS Trust").build();
  static final Organisation SCC = Organisation.builder().id("staffordshire-cc").odsCode(OdsCode.of("SCC01"))
      .name("Staffordshire County Council").build();

  static final AdtContext STORY_CONTEXT = AdtContext.builder()
      .council(SCC)
      .pathway(DischargePathway.PATHWAY_1)
      .assessment(Assessment.builder()
          .patientConsulted(true)
          .carerConsultation(CarerConsultation.NO_KNOWN_CARER)
          .consent(ConsentStatus.GIVEN)
          .chcOutcome(ChcOutcome.CHECKLIST_NEGATIVE)
          .safeguardingConcerns(false)
          .build())
      .build();

  private Samples() {}

  /**
   * The converter of the story: council, pathway and statements configured, assessment notices on, the
   * discharge ready date read from the story trust's Z-segment (ZDR-1).
   */
  static AdtConverter storyConverter() {
    return AdtConverter.builder().hospital(UHNM).context(STORY_CONTEXT).assessmentNotices(true)
        .dischargeReadyDateField("ZDR-1").clock(CLOCK).build();
  }

  /** A converter with nothing configured but the clock. */
  static AdtConverter bareConverter() {
    return AdtConverter.builder().clock(CLOCK).build();
  }

  static Path sample(String name) {
    try {
      return Path.of(Samples.class.getResource("/samples/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> all(String folder) {
    try (Stream<Path> files = Files.list(sample(folder))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
