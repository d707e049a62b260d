package ca.engagementgraph.ledger;

import java.util.Map;

import org.neo4j.driver.Session;

/**
 * Which format of the ledger the graph holds. A graph without the marker (written before the ledger existed, or
 * by another tool into an empty database) or with an older format gets its ledger rebuilt.
 */
final class LedgerState {

	/** Raise when the rows change meaning, so existing graphs are rebuilt on upgrade. */
	static final int FORMAT = 1;

	private LedgerState() {
	}

	/** Set as a write's transaction metadata, it asks the ledger to wait for a rebuild (a bulk load). */
	public static final Map<String, Object> DEFERRED = Map.of("ledger", "deferred");

	/** Marks the ledger stale in the deferring write's own transaction: a crash before the rebuild is then caught. */
	static final String MARK_STALE = "MERGE (s:__LedgerState {id: 1}) SET s.stale = true";

	static boolean current(Session session) {
		return session.executeRead(tx -> tx.run("MATCH (s:__LedgerState) RETURN s.format AS format, s.stale AS stale")
			.list()
			.stream()
			.anyMatch(r -> r.get("format").asInt(0) == FORMAT && !r.get("stale").asBoolean(false)));
	}

	static void markCurrent(Session session) {
		session.executeWrite(tx -> tx.run("MERGE (s:__LedgerState {id: 1}) SET s.format = $format REMOVE s.stale",
				Map.of("format", FORMAT)).consume());
	}
}
