package org.carebridge.hl7v2;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.NhsNumber;

/**
 * The hospital stay an ADT message is about, as read from the message: what a
 * {@link AdtConverter.Builder#contextResolver context resolver} can use to look up what the feed cannot
 * supply. {@link #toString()} never shows the NHS number in full.
 *
 * @param key the stay key the converter derives notification ids from, e.g. {@code "rje-v2610020417"}
 * @param event the ADT event, e.g. {@code "A03"}
 * @param hospitalOdsCode the hospital trust's ODS code, e.g. {@code "RJE"}
 * @param visitNumber the visit (spell) number from PV1-19, when present
 * @param localPatientId the hospital's local patient number from PID-3, when present
 * @param nhsNumber the NHS number from PID-3
 * @param admissionDate the admission date from PV1-44, when present
 */
public record AdtStay(
    String key,
    String event,
    String hospitalOdsCode,
    Optional<String> visitNumber,
    Optional<String> localPatientId,
    NhsNumber nhsNumber,
    Optional<LocalDate> admissionDate) {

  /**
   * Creates a stay.
   *
   * @param key the stay key
   * @param event the ADT event
   * @param hospitalOdsCode the hospital's ODS code
   * @param visitNumber the visit number or empty
   * @param localPatientId the local patient number or empty
   * @param nhsNumber the NHS number
   * @param admissionDate the admission date or empty
   * @throws NullPointerException when an argument is null
   */
  public AdtStay {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(hospitalOdsCode, "hospitalOdsCode must not be null");
    Objects.requireNonNull(visitNumber, "visitNumber must not be null");
    Objects.requireNonNull(localPatientId, "localPatientId must not be null");
    Objects.requireNonNull(nhsNumber, "nhsNumber must not be null");
    Objects.requireNonNull(admissionDate, "admissionDate must not be null");
  }

  /**
   * Returns the key, event and hospital with the NHS number masked; no local patient number.
   *
   * @return e.g. {@code "AdtStay[rje-v2610020417, A03, RJE, *** *** 5919]"}
   */
  @Override
  public String toString() {
    return "AdtStay[" + key + ", " + event + ", " + hospitalOdsCode + ", " + nhsNumber.masked() + "]";
  }
}
