package ca.engagementgraph.loading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.RelationshipSpec;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Merges validated {@link GraphData} into the graph, inside the caller's transaction (all or nothing is the
 * caller's transaction), and classifies what it wrote ({@link Classification}). Nodes are merged on their business key; a node whose properties change gets its version
 * bumped, a new one starts at version 1 (or at the version a restored export carries). Relationship sets a record
 * states replace what the graph had; others are left alone. Writing the same data twice changes nothing.
 *
 * <p>Labels, relationship types and keys in the Cypher are the model's own names (checked against it and quoted),
 * never input; every value travels as a parameter.
 */
public class GraphDataWriter {

	/** Rows per statement: large enough to amortize round trips, small enough to keep memory flat. */
	static final int BATCH_SIZE = 5_000;

	private final GraphModel model;
	private final boolean cleared;

	public GraphDataWriter(GraphModel model) {
		this(model, true);
	}

	/**
	 * @param cleared whether the writer holds the Protected B clearance. A writer without it never removes a
	 *                relationship to a Protected B node, which it cannot see: a relationship set it states replaces
	 *                only what it could see.
	 */
	public GraphDataWriter(GraphModel model, boolean cleared) {
		this.model = model;
		this.cleared = cleared;
	}

	/** What a write did: rows merged, and how many nodes it created or changed. */
	public record WriteSummary(int nodes, int relationships, long created, long changed) {
	}

	/** Told after each batch: rows done so far out of the total. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void update(long done, long total);
	}

	public WriteSummary write(SimpleQueryRunner tx, GraphData data, Progress progress) {
		long total = data.size();
		long[] done = { 0 };
		long created = 0;
		long changed = 0;
		var byLabel = data.nodes().stream()
			.collect(Collectors.groupingBy(GraphData.NodeRow::label, LinkedHashMap::new, Collectors.toList()));
		for (var entry : byLabel.entrySet()) {
			String cypher = mergeNodes(model.nodeType(entry.getKey()).orElseThrow());
			for (var batch : batches(entry.getValue())) {
				var rows = batch.stream().map(row -> {
					var parameters = new LinkedHashMap<String, Object>();
					parameters.put("key", row.key());
					parameters.put("properties", row.properties());
					parameters.put("version", row.version());
					return parameters;
				}).toList();
				var counts = tx.run(cypher, Map.of("rows", rows)).single();
				created += counts.get("created").asLong();
				changed += counts.get("changed").asLong();
				progress.update(done[0] += batch.size(), total);
			}
		}
		removeReplaced(tx, data);
		record Shape(RelationshipSpec spec, String from, String to) {
		}
		var byShape = data.relationships().stream()
			.collect(Collectors.groupingBy(r -> new Shape(r.spec(), r.fromLabel(), r.toLabel()), LinkedHashMap::new,
					Collectors.toList()));
		for (var entry : byShape.entrySet()) {
			Shape shape = entry.getKey();
			String cypher = mergeRelationships(shape.from(), shape.spec().type(), shape.to());
			for (var batch : batches(entry.getValue())) {
				var rows = batch.stream()
					.map(row -> Map.of("from", row.fromKey(), "to", row.toKey(), "properties", row.properties()))
					.toList();
				long merged = tx.run(cypher, Map.of("rows", rows)).single().get("merged").asLong();
				if (merged != batch.size()) {
					// The reader resolved every reference, so this only happens if the graph changed underneath.
					throw new IllegalStateException("Only " + merged + " of " + batch.size() + " " + shape.spec().type()
							+ " relationships found both ends");
				}
				progress.update(done[0] += batch.size(), total);
			}
		}
		Classification.apply(tx, data);
		return new WriteSummary(data.nodes().size(), data.relationships().size(), created, changed);
	}

	/** Relationship sets stated by the input lose the relationships the input no longer lists. */
	private void removeReplaced(SimpleQueryRunner tx, GraphData data) {
		record Owner(RelationshipSpec spec, String label) {
		}
		var kept = new LinkedHashMap<String, List<String>>();
		for (GraphData.RelationshipRow row : data.relationships()) {
			boolean ownerIsTarget = row.spec().recordedOnTarget();
			String ownerKey = ownerIsTarget ? row.toKey() : row.fromKey();
			String other = ownerIsTarget ? row.fromLabel() + ":" + row.fromKey() : row.toLabel() + ":" + row.toKey();
			kept.computeIfAbsent(row.spec().type() + "|" + ownerKey + "|" + row.spec().from(), k -> new ArrayList<>()).add(other);
		}
		var byOwner = data.replaced().stream()
			.collect(Collectors.groupingBy(set -> new Owner(set.spec(), set.ownerLabel()), LinkedHashMap::new,
					Collectors.toList()));
		for (var entry : byOwner.entrySet()) {
			RelationshipSpec spec = entry.getKey().spec();
			String cypher = removeStale(spec, entry.getKey().label());
			for (var batch : batches(entry.getValue())) {
				var owners = batch.stream()
					.map(set -> Map.of("key", set.ownerKey(), "keep",
							kept.getOrDefault(spec.type() + "|" + set.ownerKey() + "|" + spec.from(), List.of())))
					.toList();
				tx.run(cypher, Map.of("owners", owners, "cleared", cleared)).consume();
			}
		}
	}

	/**
	 * {@code MERGE} on the key; properties set; the version starts at 1 (or the restored one) and grows by one
	 * whenever the properties change. A node another tool wrote without a version is at version 0 (as the API reads
	 * it): unchanged, it gets that 0 written; changed, it goes to 1. Returns how many nodes were created and changed.
	 */
	private String mergeNodes(NodeType type) {
		return """
				UNWIND $rows AS row
				OPTIONAL MATCH (existing:%1$s {%2$s: row.key})
				WITH row, CASE WHEN existing IS NULL THEN null ELSE properties(existing) END AS before
				MERGE (n:%1$s {%2$s: row.key})
				SET n += row.properties
				WITH n, row, before, before IS NOT NULL AND before <> properties(n) AS changed
				SET n.version = CASE WHEN before IS NULL THEN coalesce(row.version, 1)
				                     WHEN changed THEN coalesce(before.version, 0) + 1
				                     ELSE coalesce(before.version, 0) END
				RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS changed
				""".formatted(label(type.label()), property(type.key()));
	}

	private String mergeRelationships(String fromLabel, String type, String toLabel) {
		return """
				UNWIND $rows AS row
				MATCH (a:%1$s {%2$s: row.from})
				MATCH (b:%3$s {%4$s: row.to})
				MERGE (a)-[r:%5$s]->(b)
				SET r = row.properties
				RETURN count(row) AS merged
				""".formatted(label(fromLabel), property(keyOf(fromLabel)), label(toLabel), property(keyOf(toLabel)),
				relationshipType(type));
	}

	private String removeStale(RelationshipSpec spec, String ownerLabel) {
		String others = String.join(" OR ", (spec.recordedOnTarget() ? List.of(spec.from()) : spec.to()).stream()
			.map(l -> "other:" + label(l))
			.toList());
		String pattern = spec.recordedOnTarget() ? "(owner)<-[r:%s]-(other)" : "(owner)-[r:%s]->(other)";
		return """
				UNWIND $owners AS stated
				MATCH (owner:%1$s {%2$s: stated.key})
				MATCH %3$s
				WHERE (%4$s) AND NOT (labels(other)[0] + ':' + coalesce(other.code, other.iso2)) IN stated.keep
				  AND %5$s
				DELETE r
				""".formatted(label(ownerLabel), property(keyOf(ownerLabel)),
				pattern.formatted(relationshipType(spec.type())), others, Classification.visibleTo("other"));
	}

	private String keyOf(String label) {
		return model.nodeType(label).orElseThrow().key();
	}

	private String label(String name) {
		model.nodeType(name).orElseThrow(() -> new IllegalArgumentException("Not a label of the model: " + name));
		return quote(name);
	}

	private String relationshipType(String name) {
		if (model.relationships().stream().noneMatch(r -> r.type().equals(name))) {
			throw new IllegalArgumentException("Not a relationship type of the model: " + name);
		}
		return quote(name);
	}

	private static String property(String name) {
		if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
			throw new IllegalArgumentException("Not a property name: " + name);
		}
		return quote(name);
	}

	private static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		var result = new ArrayList<List<T>>();
		for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
			result.add(rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE)));
		}
		return result;
	}
}
