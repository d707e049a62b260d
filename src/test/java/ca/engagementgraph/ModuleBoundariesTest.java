package ca.engagementgraph;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package under {@code ca.engagementgraph} is an application module: it reaches other modules only
 * through the public types of their base package (or a named interface), only those its package-info.java allows, and
 * no two modules depend on each other in a cycle. Reads the compiled classes only, no Spring context.
 */
class ModuleBoundariesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(EngagementGraphApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllowAndFormNoCycle() {
		MODULES.verify();
	}
}
