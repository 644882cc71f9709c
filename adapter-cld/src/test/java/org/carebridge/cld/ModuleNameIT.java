package org.carebridge.cld;

import org.carebridge.core.architecture.ModuleJarCheck;

/** adapter-cld's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
