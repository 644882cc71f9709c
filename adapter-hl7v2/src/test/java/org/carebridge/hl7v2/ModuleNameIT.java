package org.carebridge.hl7v2;

import org.carebridge.core.architecture.ModuleJarCheck;

/** adapter-hl7v2's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
