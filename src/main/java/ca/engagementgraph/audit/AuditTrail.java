package ca.engagementgraph.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.SimpleQueryRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events: who changed what, when, with the values before and after. Always called with the
 * transaction of the change itself, so a change and its audit record commit or roll back together.
 * {@code AuditEvent} nodes are bookkeeping, outside the domain model: they are not exported and not searchable.
 */
public final class AuditTrail {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RECORD = """
			CREATE (:AuditEvent {id: $id, at: $at, user: $user, operation: $operation, node: $node,
			                     before: $before, after: $after, summary: $summary, classification: $classification})
			""";

	private static final String RESTORE = """
			UNWIND $events AS event
			MERGE (a:AuditEvent {id: event.id})
			SET a += event, a.at = datetime(event.at)
			""";

	private AuditTrail() {
	}

	/** Puts back audit events from a backup (merged on their id, so restoring twice changes nothing). */
	public static void restore(SimpleQueryRunner tx, java.util.List<Map<String, Object>> events) {
		tx.run(RESTORE, Map.of("events", events)).consume();
	}

	/**
	 * @param node   the changed node as {@code Label:key}, or null for a change to many nodes (an import)
	 * @param before the node's properties and relationships before the change (null when created)
	 * @param after  the same after the change
	 * @param protectedB whether the change touched Protected B information (a Protected B record before or after it,
	 *                   or, for an import, any Protected B record written): readers without the clearance never see
	 *                   such an event
	 */
	public static void record(SimpleQueryRunner tx, String user, String operation, String node, Map<String, Object> before,
			Map<String, Object> after, String summary, boolean protectedB) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("at", OffsetDateTime.now(ZoneOffset.UTC));
		parameters.put("user", user);
		parameters.put("operation", operation);
		parameters.put("node", node);
		parameters.put("before", before == null ? null : JSON.writeValueAsString(before));
		parameters.put("after", after == null ? null : JSON.writeValueAsString(after));
		parameters.put("summary", summary);
		parameters.put("classification", protectedB ? "PROTECTED_B" : "UNCLASSIFIED");
		tx.run(RECORD, parameters).consume();
	}
}
