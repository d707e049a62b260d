package ca.engagementgraph.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.model.GraphModel;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail, newest first, by date range, user and node. An administrator without the Protected B clearance
 * (roles and clearance are independent) sees no event about a Protected B record (an import that wrote one
 * included): such events are left out of the page and of its total. In the events they do see, a reference to a
 * Protected B record in the values before and after reads {@value #REDACTED}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditTrailController {

	static final String REDACTED = "REDACTED";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Which changes were made between the dates, by the user, to the node, that the reader may see? */
	static final ListQuery<AuditEvent> AUDIT_TRAIL = new ListQuery<>(AuditEvent.class, """
			MATCH (event:AuditEvent)
			WHERE ($from IS NULL OR event.at >= $from) AND ($to IS NULL OR event.at <= $to)
			  AND ($user IS NULL OR event.user = $user) AND ($node IS NULL OR event.node = $node)
			  AND ($cleared OR event.classification = 'UNCLASSIFIED')
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
	Connection<AuditEvent> auditTrail(@Argument @Nullable OffsetDateTime from, @Argument @Nullable OffsetDateTime to, @Argument @Nullable String user,
			@Argument @Nullable String node,
					@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var page = graph.page(AUDIT_TRAIL, Parameters.of("from", from, "to", to, "user", user, "node", node),
				ListRequest.of(env, subrange, first, "AT", true));
		return Visibility.cleared() ? page : redacted(page);
	}

	/** The page with every reference to a record the reader may not see replaced by {@value #REDACTED}. */
	private Connection<AuditEvent> redacted(Connection<AuditEvent> page) {
		var references = new TreeMap<String, Set<String>>();
		for (AuditEvent event : page.nodes()) {
			collect(event.before(), references);
			collect(event.after(), references);
		}
		Set<String> hidden = hidden(references);
		if (hidden.isEmpty()) {
			return page;
		}
		return page.map(e -> new AuditEvent(e.id(), e.at(), e.user(), e.operation(), e.node(),
				redact(e.before(), hidden), redact(e.after(), hidden), e.summary()));
	}

	private static @Nullable Map<String, Object> record(@Nullable String json) {
		return json == null ? null : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	/** The {@code Label: key} references of a record's relationship fields. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> referencesOf(@Nullable Map<String, Object> record) {
		var references = new ArrayList<Map<String, Object>>();
		if (record != null) {
			record.values().stream()
				.filter(List.class::isInstance)
				.forEach(list -> ((List<Object>) list).stream()
					.filter(Map.class::isInstance)
					.forEach(reference -> references.add((Map<String, Object>) reference)));
		}
		return references;
	}

	private static void collect(@Nullable String json, Map<String, Set<String>> references) {
		for (var reference : referencesOf(record(json))) {
			reference.entrySet().stream().findFirst().ifPresent(target -> {
				if (GraphModel.get().nodeType(target.getKey()).isPresent()) {
					references.computeIfAbsent(target.getKey(), l -> new java.util.TreeSet<>()).add(String.valueOf(target.getValue()));
				}
			});
		}
	}

	/** Which of the references name a record the reader may not see: one lookup by key per label, in one query. */
	private Set<String> hidden(Map<String, Set<String>> references) {
		if (references.isEmpty()) {
			return Set.of();
		}
		var branches = new ArrayList<String>();
		var parameters = new LinkedHashMap<String, Object>();
		int i = 0;
		for (var entry : references.entrySet()) {
			var type = GraphModel.get().nodeType(entry.getKey()).orElseThrow();
			branches.add("UNWIND $keys%d AS key MATCH (m:`%s` {`%s`: key}) WHERE NOT visible(m) RETURN '%s:' + key AS id"
				.formatted(i, type.label(), type.key(), type.label()));
			parameters.put("keys" + i, List.copyOf(entry.getValue()));
			i++;
		}
		return new HashSet<>(graph.rows(String.join("\nUNION ALL\n", branches), parameters,
				(row, nodes) -> row.get("id").asString()));
	}

	private static @Nullable String redact(@Nullable String json, Set<String> hidden) {
		Map<String, Object> record = record(json);
		if (record == null) {
			return null;
		}
		for (var reference : referencesOf(record)) {
			String label = reference.keySet().iterator().next();
			if (hidden.contains(label + ":" + reference.get(label))) {
				reference.keySet().retainAll(Set.of(label));
				reference.put(label, REDACTED);
			}
		}
		return JSON.writeValueAsString(record);
	}
}
