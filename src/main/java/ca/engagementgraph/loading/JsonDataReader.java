package ca.engagementgraph.loading;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.PropertySpec;
import ca.engagementgraph.model.RelationshipSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads graph data files ({@code {"label": ..., "records": [...]}}, described in {@code seed/README.md})
 * and checks every value against the {@link GraphModel}. All problems of all files are collected before
 * anything is returned, so one run tells the author everything to fix.
 */
public class JsonDataReader {

	/** A named input: the name is what problems are reported against. */
	public record Input(String name, InputStream content) {
	}

	private final GraphModel model;
	private final JsonMapper json = JsonMapper.builder().build();

	public JsonDataReader(GraphModel model) {
		this.model = model;
	}

	public GraphData read(List<Input> inputs) {
		var session = new ReadSession();
		for (Input input : inputs) {
			session.readFile(input);
		}
		session.checkReferences();
		if (!session.problems.isEmpty()) {
			throw new InvalidDataException(session.problems);
		}
		return new GraphData(session.nodes, session.relationships);
	}

	private final class ReadSession {

		private final List<DataProblem> problems = new ArrayList<>();
		private final List<GraphData.NodeRow> nodes = new ArrayList<>();
		private final List<GraphData.RelationshipRow> relationships = new ArrayList<>();
		private final Map<String, Set<String>> keysByLabel = new HashMap<>();
		private final List<PendingReference> references = new ArrayList<>();

		void readFile(Input input) {
			JsonNode root;
			try (InputStream in = input.content()) {
				root = json.readTree(in);
			}
			catch (JacksonException ex) {
				problems.add(new DataProblem(input.name(), 0, null, "not valid JSON: " + ex.getOriginalMessage()));
				return;
			}
			catch (IOException ex) {
				problems.add(new DataProblem(input.name(), 0, null, "cannot be read: " + ex.getMessage()));
				return;
			}
			if (!root.isObject() || !root.path("label").isString() || !root.path("records").isArray()) {
				problems.add(new DataProblem(input.name(), 0, null,
						"expected an object with a \"label\" string and a \"records\" array"));
				return;
			}
			String label = root.get("label").asString();
			var nodeType = model.nodeType(label);
			if (nodeType.isEmpty()) {
				problems.add(new DataProblem(input.name(), 0, "label", "unknown label '" + label + "'"));
				return;
			}
			int position = 0;
			for (JsonNode record : root.get("records")) {
				readRecord(input.name(), ++position, nodeType.get(), record);
			}
		}

		private void readRecord(String file, int position, NodeType type, JsonNode record) {
			if (!record.isObject()) {
				problems.add(new DataProblem(file, position, null, "a record must be a JSON object"));
				return;
			}
			var properties = new LinkedHashMap<String, Object>();
			for (var field : record.properties()) {
				String name = field.getKey();
				PropertySpec spec = type.properties().get(name);
				if (spec != null) {
					convert(spec, field.getValue(), file, position).ifPresent(value -> properties.put(name, value));
					continue;
				}
				var relationship = model.relationshipRecordedOn(type.label(), name);
				if (relationship.isPresent()) {
					continue; // read once the key is known, below
				}
				problems.add(new DataProblem(file, position, name,
						"'" + name + "' is neither a property nor a relationship of " + type.label()));
			}
			for (PropertySpec spec : type.properties().values()) {
				if (spec.required() && !properties.containsKey(spec.name()) && !hasProblem(file, position, spec.name())) {
					problems.add(new DataProblem(file, position, spec.name(), "required property is missing"));
				}
			}
			Object key = properties.get(type.key());
			if (!(key instanceof String keyValue) || keyValue.isBlank()) {
				return;
			}
			if (!keysByLabel.computeIfAbsent(type.label(), l -> new HashSet<>()).add(keyValue)) {
				problems.add(new DataProblem(file, position, type.key(),
						"duplicate " + type.label() + " key '" + keyValue + "'"));
				return;
			}
			nodes.add(new GraphData.NodeRow(type.label(), keyValue, properties));
			for (var field : record.properties()) {
				model.relationshipRecordedOn(type.label(), field.getKey())
					.ifPresent(spec -> readReferences(file, position, type.label(), keyValue, spec, field.getValue()));
			}
		}

		private void readReferences(String file, int position, String label, String key, RelationshipSpec spec,
				JsonNode value) {
			List<JsonNode> references = value.isArray() ? value.valueStream().toList() : List.of(value);
			for (JsonNode reference : references) {
				readReference(file, position, label, key, spec, reference);
			}
		}

		private void readReference(String file, int position, String label, String key, RelationshipSpec spec,
				JsonNode reference) {
			String field = spec.type();
			List<String> targets = spec.referencedLabels();
			String targetLabel = null;
			String targetKey = null;
			var properties = new LinkedHashMap<String, Object>();
			if (reference.isString() && targets.size() == 1) {
				targetLabel = targets.getFirst();
				targetKey = reference.asString();
			}
			else if (reference.isObject()) {
				for (var entry : reference.properties()) {
					if (targets.contains(entry.getKey()) && entry.getValue().isString() && targetLabel == null) {
						targetLabel = entry.getKey();
						targetKey = entry.getValue().asString();
					}
					else if (spec.properties().containsKey(entry.getKey())) {
						convert(spec.properties().get(entry.getKey()), entry.getValue(), file, position)
							.ifPresent(v -> properties.put(entry.getKey(), v));
					}
					else {
						problems.add(new DataProblem(file, position, field, "'" + entry.getKey()
								+ "' is neither a target label " + targets + " nor a property of " + field));
					}
				}
			}
			if (targetLabel == null) {
				problems.add(new DataProblem(file, position, field, "a reference must be "
						+ (targets.size() == 1 ? "a key string or " : "") + "an object naming one of " + targets));
				return;
			}
			for (PropertySpec property : spec.properties().values()) {
				if (property.required() && !properties.containsKey(property.name())) {
					problems.add(new DataProblem(file, position, field,
							"relationship property '" + property.name() + "' is missing"));
				}
			}
			references.add(new PendingReference(file, position, field, targetLabel, targetKey));
			if (spec.recordedOnTarget()) {
				relationships.add(new GraphData.RelationshipRow(spec, targetLabel, targetKey, label, key, properties));
			}
			else {
				relationships.add(new GraphData.RelationshipRow(spec, label, key, targetLabel, targetKey, properties));
			}
		}

		void checkReferences() {
			for (PendingReference reference : references) {
				if (!keysByLabel.getOrDefault(reference.label(), Set.of()).contains(reference.key())) {
					problems.add(new DataProblem(reference.file(), reference.record(), reference.field(),
							"no " + reference.label() + " with key '" + reference.key() + "'"));
				}
			}
		}

		private Optional<Object> convert(PropertySpec spec, JsonNode value, String file, int position) {
			if (value.isNull()) {
				return Optional.empty();
			}
			String problem = null;
			Object converted = null;
			switch (spec.type()) {
				case STRING -> {
					if (!value.isString() || value.asString().isBlank()) {
						problem = "expected a non-empty text";
					}
					else if (spec.isEnumerated() && !spec.allowed().contains(value.asString())) {
						problem = "'" + value.asString() + "' is not one of " + spec.allowed().stream().sorted().toList();
					}
					else {
						converted = value.asString();
					}
				}
				case INTEGER -> {
					if (!value.isIntegralNumber() || !value.canConvertToLong()) {
						problem = "expected a whole number, got " + value;
					}
					else {
						converted = value.asLong();
					}
				}
				case FLOAT -> {
					if (!value.isNumber()) {
						problem = "expected a number, got " + value;
					}
					else {
						converted = value.asDouble();
					}
				}
				case BOOLEAN -> {
					if (!value.isBoolean()) {
						problem = "expected true or false, got " + value;
					}
					else {
						converted = value.asBoolean();
					}
				}
				case DATE -> {
					try {
						converted = LocalDate.parse(value.asString());
					}
					catch (DateTimeParseException ex) {
						problem = "expected a date as YYYY-MM-DD, got " + value;
					}
				}
			}
			if (problem != null) {
				problems.add(new DataProblem(file, position, spec.name(), problem));
			}
			return Optional.ofNullable(converted);
		}

		private boolean hasProblem(String file, int position, String field) {
			return problems.stream()
				.anyMatch(p -> p.file().equals(file) && p.record() == position && field.equals(p.field()));
		}
	}

	private record PendingReference(String file, int record, String field, String label, String key) {
	}
}
