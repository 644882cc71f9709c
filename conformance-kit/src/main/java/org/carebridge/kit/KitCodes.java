package org.carebridge.kit;

/**
 * The issue codes the conformance kit raises itself. Everything else in a {@link FileResult} comes from
 * {@link org.carebridge.fhir.CareBridgeValidator} (the HL7 validator's message ids, the {@code CB-*} codes of
 * sdk-fhir and sdk-core). Codes never change meaning; new ones get new numbers.
 */
public final class KitCodes {

  /** The folder given to {@link ConformanceKit#check(java.nio.file.Path)} holds no {@code .json} or {@code .xml} file. */
  public static final String NO_FILES = "CB-KIT-001";

  /** A file could not be read (I/O error while listing or opening it). */
  public static final String UNREADABLE = "CB-KIT-002";

  private KitCodes() {}
}
