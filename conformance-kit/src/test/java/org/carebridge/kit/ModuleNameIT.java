package org.carebridge.kit;

import org.carebridge.core.architecture.ModuleJarCheck;

/** conformance-kit's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
