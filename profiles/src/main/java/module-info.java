/**
 * The CareBridge FHIR package ({@code uk.carebridge.r4}): {@link org.carebridge.profiles.CareBridgePackage}
 * gives its name, version, canonical base and the packaged {@code .tgz}. JDK only.
 */
module org.carebridge.profiles {
  exports org.carebridge.profiles;
  // The .tgz sits in this package; opening it lets tools that read classpath resources by name
  // (e.g. HAPI's loadPackageFromClasspath) find it when this jar is on the module path.
  opens org.carebridge.profiles;
}
