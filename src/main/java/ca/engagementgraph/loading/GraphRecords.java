package ca.engagementgraph.loading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.RelationshipSpec;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads nodes back as records in the data-file format (properties plus one field per relationship type, each a list
 * of {@code {Label: key, ...relationship properties}}): what the exporter writes, what a mutation compares and
 * overlays, and what the audit trail keeps as "before" and "after".
 */
final class GraphRecords {

	private GraphRecords() {
	}

	/** Cypher returning {@code properties} and {@code relationships} of a label's nodes, or of the one {@code $key}. */
	static String query(GraphModel model, NodeType type, boolean oneNode) {
		var fields = new ArrayList<String>();
		for (RelationshipSpec spec : recordedOn(model, type.label())) {
			String arrow = spec.recordedOnTarget() ? "<-[r:`%s`]-" : "-[r:`%s`]->";
			fields.add("`%s`: [(n)%s(m) | {label: labels(m)[0], key: coalesce(m.code, m.iso2), properties: properties(r)}]"
				.formatted(spec.type(), arrow.formatted(spec.type())));
		}
		return """
				MATCH (n:`%s`) %s
				RETURN properties(n) AS properties, {%s} AS relationships
				ORDER BY n.`%s`
				""".formatted(type.label(), oneNode ? "WHERE n.`" + type.key() + "` = $key" : "",
				String.join(", ", fields), type.key());
	}

	static List<RelationshipSpec> recordedOn(GraphModel model, String label) {
		return model.relationships().stream().filter(spec -> spec.recordLabel().equals(label)).toList();
	}

	/** A row of {@link #query} as a data-file record: dates as ISO text, empty relationship fields left out. */
	static Map<String, Object> toRecord(GraphModel model, NodeType type, Record row) {
		var record = new LinkedHashMap<String, Object>();
		var names = new ArrayList<>(type.properties().keySet());
		var properties = new LinkedHashMap<>(row.get("properties").asMap(GraphRecords::plain));
		// A node another tool wrote without the product's bookkeeping is at version 0, as the API reads it.
		properties.putIfAbsent(GraphModel.VERSION, 0L);
		properties.entrySet().stream()
			.sorted((a, b) -> Integer.compare(order(names, type, a.getKey()), order(names, type, b.getKey())))
			.forEach(e -> record.put(e.getKey(), e.getValue()));
		var relationships = row.get("relationships");
		for (RelationshipSpec spec : recordedOn(model, type.label())) {
			List<Map<String, Object>> references = relationships.get(spec.type()).asList(v -> {
				var reference = new LinkedHashMap<String, Object>();
				reference.put(v.get("label").asString(), v.get("key").asString());
				reference.putAll(v.get("properties").asMap(GraphRecords::plain));
				return reference;
			});
			if (!references.isEmpty()) {
				record.put(spec.type(), references);
			}
		}
		return record;
	}

	private static int order(List<String> names, NodeType type, String property) {
		if (property.equals(type.key())) {
			return -1;
		}
		int index = names.indexOf(property);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static Object plain(Value value) {
		Object object = value.asObject();
		return object instanceof LocalDate date ? date.toString() : object;
	}
}
