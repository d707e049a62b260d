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
	private final InputViolations violations;

	Recorder(RecordingService recording, GraphReader graph, Labels labels, InputViolations violations) {
		this.recording = recording;
		this.graph = graph;
		this.labels = labels;
		this.violations = violations;
	}

	Labels labels() {
		return labels;
	}

	/**
	 * Applies the changes the typed {@code input} asks for; {@code field} names the payload's record field,
	 * {@code type} its class. The input's constraints are checked first; their violations are told with the
	 * problems the transaction then finds (so that every invalid part is explained at once), and nothing is written.
	 * The input's {@code clientMutationId}, when given, is the attempt's idempotency key, and comes back in the
	 * payload.
	 */
	Map<String, Object> apply(List<Change> changes, Record input, DataFetchingEnvironment env, String field,
			Class<?> type, RecordingService.Precondition precondition) {
		Change main = changes.getFirst();
		String user = CurrentUser.name();
		var attempt = IdempotencyKeys.of(user, env.getField().getName(), raw(env));
		var invalid = violations.of(input, locale(env));
		var outcome = recording.apply(changes, user, CurrentUser.cleared(), locale(env), precondition, attempt, invalid);
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

	Map<String, Object> apply(Change change, Record input, DataFetchingEnvironment env, String field, Class<?> type) {
		return apply(List.of(change), input, env, field, type, RecordingService.Precondition.NONE);
	}

	static Locale locale(DataFetchingEnvironment env) {
		return Messages.locale(Language.of(env) == Language.FR);
	}

	/** The input as the client wrote it: which fields it gave, an explicit null included. */
	static Map<String, Object> raw(DataFetchingEnvironment env) {
		Map<String, Object> input = env.getArgument("input");
		return input == null ? Map.of() : input;
	}

	/**
	 * The fields of the typed input that the client gave, in the graph's plain values (an enum as its name), without
	 * those that identify the record rather than change it. An update changes only the fields given: a field left
	 * out stays as it is, and one given as null ({@code follows: null}) is cleared; the record alone cannot tell
	 * the two apart, the client's raw input can.
	 */
	static Map<String, Object> given(Record input, DataFetchingEnvironment env, String... identifying) {
		@SuppressWarnings("unchecked")
		var fields = (Map<String, Object>) plain(input, raw(env));
		for (String name : identifying) {
			fields.remove(name);
		}
		return fields;
	}

	/** A typed value as the forms take it, following the raw value for which fields of objects were given. */
	private static Object plain(Object typed, Object raw) {
		if (typed instanceof Record record) {
			var rawFields = raw instanceof Map<?, ?> map ? map : Map.of();
			var fields = new LinkedHashMap<String, Object>();
			for (var component : record.getClass().getRecordComponents()) {
				if (rawFields.containsKey(component.getName())) {
					try {
						component.getAccessor().setAccessible(true);
						fields.put(component.getName(), plain(component.getAccessor().invoke(record),
								rawFields.get(component.getName())));
					}
					catch (ReflectiveOperationException ex) {
						throw new IllegalStateException("An input record's component cannot be read", ex);
					}
				}
			}
			return fields;
		}
		if (typed instanceof List<?> list) {
			var rawList = raw instanceof List<?> items && items.size() == list.size() ? items : null;
			var values = new java.util.ArrayList<Object>();
			for (int i = 0; i < list.size(); i++) {
				values.add(plain(list.get(i), rawList == null ? null : rawList.get(i)));
			}
			return values;
		}
		return typed instanceof Enum<?> value ? value.name() : typed;
	}
}
