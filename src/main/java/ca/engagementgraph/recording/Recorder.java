package ca.engagementgraph.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.api.Language;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.loading.Messages;
import ca.engagementgraph.model.GraphModel;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * What every mutation controller does around its form: apply the changes as the current user, in the client's
 * language, and answer with the stored record or the reasons for refusal.
 */
@Component
class Recorder {

	private final RecordingService recording;
	private final GraphReader graph;
	private final Labels labels;

	Recorder(RecordingService recording, GraphReader graph, Labels labels) {
		this.recording = recording;
		this.graph = graph;
		this.labels = labels;
	}

	Labels labels() {
		return labels;
	}

	/**
	 * Applies the changes; {@code field} names the payload's record field, {@code type} its class. The input's
	 * {@code clientMutationId}, when given, is the attempt's idempotency key, and comes back in the payload.
	 */
	Map<String, Object> apply(List<Change> changes, DataFetchingEnvironment env, String field, Class<?> type,
			RecordingService.Precondition precondition) {
		Change main = changes.getFirst();
		String user = CurrentUser.name();
		Map<String, Object> input = env.getArgument("input");
		var attempt = IdempotencyKeys.of(user, env.getField().getName(), input);
		var outcome = recording.apply(changes, user, CurrentUser.cleared(), locale(env), precondition, attempt);
		var payload = new LinkedHashMap<String, Object>();
		payload.put("clientMutationId", attempt == null ? null : attempt.clientMutationId());
		if (outcome.ok()) {
			String key = GraphModel.get().nodeType(main.label()).orElseThrow().key();
			payload.put(field, graph.one(type, "MATCH (node:`%s` {`%s`: $key}) RETURN node".formatted(main.label(), key),
					Map.of("key", main.key())).orElse(null));
		}
		else {
			payload.put(field, null);
		}
		payload.put("errors", outcome.errors());
		return payload;
	}

	/** The answer to a change refused before anything was read or written. */
	Map<String, Object> refused(String field, UserError error) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put(field, null);
		payload.put("errors", List.of(error));
		return payload;
	}

	Map<String, Object> apply(Change change, DataFetchingEnvironment env, String field, Class<?> type) {
		return apply(List.of(change), env, field, type, RecordingService.Precondition.NONE);
	}

	static Locale locale(DataFetchingEnvironment env) {
		return Messages.locale(Language.of(env) == Language.FR);
	}

	/** The input without the fields that identify the record rather than change it. */
	static Map<String, Object> changes(Map<String, Object> input, String... identifying) {
		var changes = new LinkedHashMap<>(input);
		for (String name : identifying) {
			changes.remove(name);
		}
		return changes;
	}

	static Long version(Map<String, Object> input) {
		return ((Number) input.get("version")).longValue();
	}
}
