package ca.engagementgraph.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One recorded change: who, when, what, and the record's values before and after (as JSON). */
public record AuditEvent(String id, OffsetDateTime at, String user, String operation, @Nullable String node,
		@Nullable String before, @Nullable String after, @Nullable String summary) {
}
