package org.carebridge.service;

import org.carebridge.core.architecture.ModuleJarCheck;

/** service's jar is the Java module its pom names, with sources and javadoc jars (see {@code ModuleJarCheck}). */
class ModuleNameIT extends ModuleJarCheck {}
