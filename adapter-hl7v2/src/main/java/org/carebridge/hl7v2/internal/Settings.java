package org.carebridge.hl7v2.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.validation.Validator;
import org.carebridge.hl7v2.AdtContext;
import org.carebridge.hl7v2.AdtSetting;
import org.carebridge.hl7v2.AdtStay;

/**
 * The converter's configuration, as given to {@link org.carebridge.hl7v2.AdtConverter.Builder}. Not API.
 *
 * @param assessmentNotices whether A01 produces an assessment notice (and A11 its withdrawal)
 * @param hospital the hospital trust, when configured
 * @param site the ODS site code to use when PV1-3.4 has none
 * @param fhirBase the base of the Bundle entries' fullUrls, when configured
 * @param context the default context
 * @param resolver the per-stay context resolver, when configured
 * @param validator the CareBridge business rules
 * @param maxInputBytes the size limit of one input
 * @param readyDateField the field carrying the discharge ready date ({@code SEG-n} or {@code SEG-n.c}), when
 *     configured
 * @param spellNumberSystem the identifier system of the trust's visit (spell) numbers in PV1-19, when configured
 * @param pseudonymKey the deployment's secret key for the ids of people known by NHS number only, when configured
 * @param settingNames how messages name each setting (every setting has a name)
 */
public record Settings(
    boolean assessmentNotices,
    Optional<Organisation> hospital,
    Optional<OdsCode> site,
    Optional<String> fhirBase,
    AdtContext context,
    Optional<Function<AdtStay, AdtContext>> resolver,
    Validator validator,
    long maxInputBytes,
    Optional<String> readyDateField,
    Optional<String> spellNumberSystem,
    Optional<PersonIds.Key> pseudonymKey,
    Map<AdtSetting, String> settingNames) {

  /** The name of a setting as messages give it, e.g. {@code AdtContext.builder().pathway(...)} or {@code --pathway}. */
  public String name(AdtSetting setting) {
    return settingNames.get(setting);
  }
}
