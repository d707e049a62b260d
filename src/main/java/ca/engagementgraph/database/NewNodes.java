package ca.engagementgraph.database;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.Label;

/**
 * Creates nodes of one label from rows of properties, as {@code UNWIND $rows AS row CREATE (n:Label) SET n = row}
 * would: a null leaves the property out, a list is stored as an array. In the embedded database's process the nodes
 * are created through its own API, without Cypher: a ledger rebuild creates a million such rows at scale L, and
 * planning nothing, running no pipes and converting no values to the driver's types and back was the cost left
 * beside the commits (graph-schema/PERFORMANCE.md, 4.15 and 4.21). Anywhere else the statement runs.
 */
public final class NewNodes {

	private NewNodes() {
	}

	/** Creates one node labelled {@code label} (a name of the model, never input) per row, in {@code tx}. */
	public static void create(SimpleQueryRunner tx, String label, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (tx instanceof EmbeddedQueryRunner embedded) {
			var labelled = Label.label(label);
			for (var row : rows) {
				var node = embedded.transaction().createNode(labelled);
				row.forEach((name, value) -> {
					Object stored = stored(value);
					if (stored != null) {
						node.setProperty(name, stored);
					}
				});
			}
			return;
		}
		tx.run("UNWIND $rows AS row CREATE (n:`" + label.replace("`", "``") + "`) SET n = row", Map.of("rows", rows))
			.consume();
	}

	/** A value as the embedded database stores it: Cypher's integer is a long, its list an array. */
	public static @Nullable Object stored(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Integer n -> n.longValue();
			case Short n -> n.longValue();
			case Byte n -> n.longValue();
			case Float n -> n.doubleValue();
			case List<?> list -> array(list);
			default -> value;
		};
	}

	private static Object array(List<?> list) {
		if (list.isEmpty() || list.getFirst() instanceof String) {
			return list.toArray(String[]::new);
		}
		if (list.getFirst() instanceof Number && list.stream().allMatch(v -> v instanceof Long || v instanceof Integer)) {
			return list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
		}
		if (list.getFirst() instanceof Double) {
			return list.stream().mapToDouble(v -> (Double) v).toArray();
		}
		if (list.getFirst() instanceof Boolean) {
			var array = new boolean[list.size()];
			for (int i = 0; i < array.length; i++) {
				array[i] = (Boolean) list.get(i);
			}
			return array;
		}
		if (list.getFirst() instanceof java.time.LocalDate) {
			return list.toArray(java.time.LocalDate[]::new);
		}
		throw new IllegalArgumentException("Not a property list: " + list);
	}
}
