package ca.engagementgraph.audit;

import java.time.OffsetDateTime;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.ListQuery;
import ca.engagementgraph.graph.Parameters;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The audit trail, newest first, by date range, user and node. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditTrailController {

	/** Which changes were made between the dates, by the user, to the node? */
	static final ListQuery<AuditEvent> AUDIT_TRAIL = new ListQuery<>(AuditEvent.class, """
			MATCH (event:AuditEvent)
			WHERE ($from IS NULL OR event.at >= $from) AND ($to IS NULL OR event.at <= $to)
			  AND ($user IS NULL OR event.user = $user) AND ($node IS NULL OR event.node = $node)
			WITH event AS node, toString(event.at) + event.id AS sortValue, event.id AS key
			""", (event, nodes) -> new AuditEvent(event.get("id").asString(), event.get("at").asOffsetDateTime(),
					event.get("user").asString(), event.get("operation").asString(), event.get("node").asString(null),
					event.get("before").asString(null), event.get("after").asString(null),
					event.get("summary").asString(null)));

	private final GraphReader graph;

	AuditTrailController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	Connection<AuditEvent> auditTrail(@Argument OffsetDateTime from, @Argument OffsetDateTime to, @Argument String user,
			@Argument String node, DataFetchingEnvironment env) {
		return graph.page(AUDIT_TRAIL, Parameters.of("from", from, "to", to, "user", user, "node", node),
				ListRequest.of(env, "AT", true));
	}
}
