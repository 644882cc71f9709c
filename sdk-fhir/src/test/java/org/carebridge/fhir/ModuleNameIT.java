package org.carebridge.fhir;

import org.carebridge.core.architecture.ModuleJarCheck;

/** sdk-fhir's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
