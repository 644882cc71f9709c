package org.carebridge.profiles;

import org.carebridge.core.architecture.ModuleJarCheck;

/** profiles's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
