package org.carebridge.profiles;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The CareBridge FHIR package ({@value #NAME} {@value #VERSION}) as shipped inside this jar.
 *
 * <p>The package is a FHIR NPM package: a gzip-compressed tar whose top folder is {@code package/}, holding
 * {@code package.json}, {@code .index.json}, the profiles, extensions, code systems and value sets as JSON,
 * and the example instances under {@code package/examples/}. It depends only on {@code hl7.fhir.r4.core}
 * 4.0.1. Load it, for instance, with HAPI FHIR's {@code NpmPackageValidationSupport}:
 *
 * <pre>{@code
 * NpmPackageValidationSupport npm = new NpmPackageValidationSupport(FhirContext.forR4Cached());
 * npm.loadPackageFromClasspath(CareBridgePackage.CLASSPATH_LOCATION);
 * }</pre>
 *
 * <p>This class uses nothing outside the JDK, so it can be used without HAPI FHIR on the classpath.
 */
public final class CareBridgePackage {

  /** FHIR package name ({@code package.json} {@code name}). */
  public static final String NAME = "uk.carebridge.r4";

  /** FHIR package version ({@code package.json} {@code version}). */
  public static final String VERSION = "0.1.0";

  /** The FHIR version the package is written for. */
  public static final String FHIR_VERSION = "4.0.1";

  /**
   * Canonical base of every CareBridge definition: profiles are {@code CANONICAL + "/StructureDefinition/" + id},
   * code systems {@code CANONICAL + "/CodeSystem/" + id}, value sets {@code CANONICAL + "/ValueSet/" + id}.
   */
  public static final String CANONICAL = "https://carebridge.org.uk/fhir";

  /** File name of the package inside this jar, next to this class: {@code uk.carebridge.r4-0.1.0.tgz}. */
  public static final String FILE_NAME = NAME + "-" + VERSION + ".tgz";

  /** Absolute classpath resource path of the package, without a leading slash. */
  public static final String RESOURCE_PATH = "org/carebridge/profiles/" + FILE_NAME;

  /** The package's location in the form HAPI's {@code loadPackageFromClasspath} expects. */
  public static final String CLASSPATH_LOCATION = "classpath:" + RESOURCE_PATH;

  private CareBridgePackage() {}

  /**
   * Opens the packaged {@code .tgz} (the raw gzip bytes). The caller closes the stream.
   *
   * @return a new stream positioned at the start of the package file
   * @throws FileNotFoundException if the package is missing from the classpath (a build without the
   *     {@code generate-resources} phase)
   */
  public static InputStream openPackage() throws FileNotFoundException {
    InputStream in = CareBridgePackage.class.getResourceAsStream(FILE_NAME);
    if (in == null) {
      throw new FileNotFoundException(RESOURCE_PATH + " is not on the classpath");
    }
    return in;
  }

  /**
   * The canonical URL of a CareBridge definition.
   *
   * @param resourceType e.g. {@code "StructureDefinition"}, {@code "CodeSystem"}, {@code "ValueSet"}
   * @param id the definition's id, e.g. {@code "carebridge-person"}
   * @return e.g. {@code https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person}
   */
  public static String canonicalUrl(String resourceType, String id) {
    if (resourceType == null || resourceType.isBlank() || id == null || id.isBlank()) {
      throw new IllegalArgumentException("resourceType and id are required");
    }
    return CANONICAL + "/" + resourceType + "/" + id;
  }
}
