package ca.engagementgraph.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the service runs its own database in the process or talks to an external server or cluster. Only the
 * embedded one lets the service see every change before it commits (a transaction event listener); with an external
 * one, the service sees only its own writes.
 */
public final class DatabaseMode {

	private DatabaseMode() {
	}

	/** The embedded database starts only when nobody pointed the service at an external one. */
	public static boolean embedded(Environment environment) {
		boolean externalUriConfigured = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
		boolean embeddedEnabled = environment.getProperty("engagement-graph.embedded.enabled", Boolean.class, true);
		return embeddedEnabled && !externalUriConfigured;
	}
}
