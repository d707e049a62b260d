package ca.engagementgraph.audit;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what, and the record's values before and after (as JSON). */
public record AuditEvent(String id, OffsetDateTime at, String user, String operation, String node, String before,
		String after, String summary) {
}
