package org.carebridge.cli;

import org.carebridge.core.architecture.ModuleJarCheck;

/** cli's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
