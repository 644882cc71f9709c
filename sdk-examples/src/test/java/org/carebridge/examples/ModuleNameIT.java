package org.carebridge.examples;

import org.carebridge.core.architecture.ModuleJarCheck;

/** sdk-examples's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
