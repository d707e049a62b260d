package ca.engagementgraph.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.RelationshipSpec;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Merges validated {@link GraphData} into the graph, inside the caller's transaction (all or nothing is the
 * caller's transaction), and classifies what it wrote ({@link Classifying}). Nodes are merged on their business key; a node whose properties change gets its version
 * bumped, a new one starts at version 1 (or at the version a restored export carries). Relationship sets a record
 * states replace what the graph had; others are left alone. Writing the same data twice changes nothing.
 *
 * <p>Few distinct statements, whatever the data: one node merge per label (a static label, so the key's unique
 * index is used), then every relationship, of every type, through one statement on the element ids those merges
 * returned, and stale relationships removed through two. Each distinct statement costs the database a query plan,
 * and planning dominates a small load on a fresh database: the demo seed went from 120 statements to about 25.
 *
 * <p>Labels, relationship types and keys in the Cypher are the model's own names (checked against it and quoted),
 * never input; every value travels as a parameter.
 */
class GraphDataWriter {

	/** Rows per statement: large enough to amortize round trips, small enough to keep memory flat. */
	static final int BATCH_SIZE = 5_000;

	private final GraphModel model;
	private final boolean cleared;
	private final boolean versions;

	GraphDataWriter(GraphModel model) {
		this(model, true);
	}

	/**
	 * @param cleared whether the writer holds the Protected B clearance. A writer without it never removes a
	 *                relationship to a Protected B node, which it cannot see: a relationship set it states replaces
	 *                only what it could see.
	 */
	GraphDataWriter(GraphModel model, boolean cleared) {
		this(model, cleared, true);
	}

	private GraphDataWriter(GraphModel model, boolean cleared, boolean versions) {
		this.model = model;
		this.cleared = cleared;
		this.versions = versions;
	}

	/**
	 * The same writer, leaving the nodes' versions to the caller: a recorded change moves the version itself, once,
	 * in the statement that checks it ({@code recording/RecordingService}).
	 */
	GraphDataWriter leavingVersions() {
		return new GraphDataWriter(model, cleared, false);
	}

	/**
	 * What a write did: rows merged, and how many nodes it created or changed; {@code ids} gives the element id, in
	 * the write's transaction, of each node written or referenced, by "Label:key", and {@code written} those of the
	 * nodes written, in their order, so that what follows in the same transaction (classifying, the rules, the audit
	 * event's mark) finds them by id instead of seeking their keys again.
	 */
	record WriteSummary(int nodes, int relationships, long created, long changed, Map<String, String> ids,
			List<String> written) {

		/** The element ids of the nodes {@code rows} name, in their order. */
		List<String> idsOf(List<GraphData.NodeRow> rows) {
			return GraphDataWriter.idsOf(ids, rows);
		}
	}

	WriteSummary write(SimpleQueryRunner tx, GraphData data, Loading.Progress progress) {
		long total = data.size();
		long[] done = { 0 };
		long created = 0;
		long changed = 0;
		// Each node written or referenced, by "Label:key", to its element id in this transaction: relationships are
		// then written by element id, so one statement serves every relationship type and label (see the class note).
		var ids = new HashMap<String, String>();
		// The nodes this write created: no relationship can touch them yet but those it writes below.
		var createdIds = new java.util.HashSet<String>();
		var byLabel = data.nodes().stream()
			.collect(Collectors.groupingBy(GraphData.NodeRow::label, LinkedHashMap::new, Collectors.toList()));
		for (var entry : byLabel.entrySet()) {
			String label = entry.getKey();
			String cypher = mergeNodes(model.nodeType(label).orElseThrow());
			for (var batch : batches(entry.getValue())) {
				var rows = batch.stream().map(row -> {
					var parameters = new LinkedHashMap<String, Object>();
					parameters.put("key", row.key());
					parameters.put("properties", row.properties());
					parameters.put("version", row.version());
					return parameters;
				}).toList();
				for (var merged : tx.run(cypher, Map.of("rows", rows)).list()) {
					ids.put(label + ":" + merged.get("key").asString(), merged.get("id").asString());
					if (merged.get("created").asBoolean()) {
						created++;
						createdIds.add(merged.get("id").asString());
					}
					changed += merged.get("changed").asBoolean() ? 1 : 0;
				}
				progress.update(done[0] += batch.size(), total);
			}
		}
		findReferenced(tx, data, ids);
		removeReplaced(tx, data, ids, createdIds);
		// A relationship with an end this write created cannot exist yet: it is created, without the MERGE's search
		// of both ends' relationships (costly at a dense node such as a busy country). The same relationship listed
		// twice is created once, with the properties listed last, as the MERGE would leave it.
		var toCreate = new LinkedHashMap<String, Map<String, Object>>();
		var toMerge = new ArrayList<Map<String, Object>>();
		for (GraphData.RelationshipRow row : data.relationships()) {
			String from = idOf(ids, row.fromLabel(), row.fromKey());
			String to = idOf(ids, row.toLabel(), row.toKey());
			String type = relationshipType(row.spec().type());
			var parameters = Map.<String, Object>of("from", from, "to", to, "type", type, "properties", row.properties());
			if (createdIds.contains(from) || createdIds.contains(to)) {
				toCreate.put(from + "|" + type + "|" + to, parameters);
			}
			else {
				toMerge.add(parameters);
			}
		}
		int listedTwice = data.relationships().size() - toCreate.size() - toMerge.size();
		writeRelationships(tx, CREATE_RELATIONSHIPS, List.copyOf(toCreate.values()), progress, done, total);
		writeRelationships(tx, MERGE_RELATIONSHIPS, toMerge, progress, done, total);
		progress.update(done[0] += listedTwice, total);
		var written = idsOf(ids, data.nodes());
		Classifying.apply(tx, written);
		return new WriteSummary(data.nodes().size(), data.relationships().size(), created, changed, ids, written);
	}

	private static void writeRelationships(SimpleQueryRunner tx, String statement, List<Map<String, Object>> rows,
			Loading.Progress progress, long[] done, long total) {
		for (var batch : batches(rows)) {
			long written = tx.run(statement, Map.of("rows", batch)).single().get("merged").asLong();
			if (written != batch.size()) {
				// Both ends were found or written above, so this only happens if the graph changed underneath.
				throw new IllegalStateException("Only " + written + " of " + batch.size() + " relationships found both ends");
			}
			progress.update(done[0] += batch.size(), total);
		}
	}

	/** {@link #MERGE_RELATIONSHIPS} for relationships that cannot exist yet (an end was created by this write). */
	static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			RETURN count(r) AS merged
			""";

	/**
	 * Relationships by the element ids of their ends, whatever their type: one statement (and one query plan) for
	 * every relationship of a load. The type is a model name checked by {@link #relationshipType}; a dynamic type
	 * costs nothing here because both ends are already bound. A plain client may have left two relationships of one
	 * type between the same ends (a MERGE with a property in its pattern does): the MERGE matches both, and the write
	 * keeps one with the properties it lists, as the model has it.
	 */
	static final String MERGE_RELATIONSHIPS = """
			UNWIND range(0, size($rows) - 1) AS i
			WITH i, $rows[i] AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			MERGE (a)-[r:$(row.type)]->(b)
			WITH i, row, collect(r) AS found
			WITH i, row, found[0] AS r, tail(found) AS twins
			FOREACH (twin IN twins | DELETE twin)
			SET r = row.properties
			RETURN count(i) AS merged
			""";

	/** The element ids of nodes the relationships refer to but the data does not write (they are in the graph). */
	private void findReferenced(SimpleQueryRunner tx, GraphData data, Map<String, String> ids) {
		var missing = new LinkedHashMap<String, java.util.Set<String>>();
		for (GraphData.RelationshipRow row : data.relationships()) {
			if (!ids.containsKey(row.fromLabel() + ":" + row.fromKey())) {
				missing.computeIfAbsent(row.fromLabel(), l -> new java.util.LinkedHashSet<>()).add(row.fromKey());
			}
			if (!ids.containsKey(row.toLabel() + ":" + row.toKey())) {
				missing.computeIfAbsent(row.toLabel(), l -> new java.util.LinkedHashSet<>()).add(row.toKey());
			}
		}
		for (var entry : missing.entrySet()) {
			String label = entry.getKey();
			String cypher = """
					UNWIND $keys AS key
					MATCH (n:%s {%s: key})
					RETURN key, elementId(n) AS id
					""".formatted(label(label), property(keyOf(label)));
			for (var batch : batches(List.copyOf(entry.getValue()))) {
				tx.run(cypher, Map.of("keys", batch))
					.forEachRemaining(found -> ids.put(label + ":" + found.get("key").asString(), found.get("id").asString()));
			}
		}
	}

	private static List<String> idsOf(Map<String, String> ids, List<GraphData.NodeRow> rows) {
		return rows.stream().map(row -> idOf(ids, row.label(), row.key())).toList();
	}

	private static String idOf(Map<String, String> ids, String label, String key) {
		String id = ids.get(label + ":" + key);
		if (id == null) {
			// The reader resolved every reference, so this only happens if the graph changed underneath.
			throw new IllegalStateException(label + " " + key + " is not in the graph");
		}
		return id;
	}

	/**
	 * Relationship sets stated by the input lose the relationships the input no longer lists: one statement for sets
	 * recorded on the start of their relationships, one for those recorded on the end (a plan's roles). A writer
	 * without the clearance leaves the relationships to records it cannot see as they are. A node this write created
	 * ({@code createdIds}) has no relationships yet, so its sets are not looked at: a new meeting's five or six sets
	 * (raised, attended by, with, concerns...) took a statement that searched and found nothing.
	 */
	private void removeReplaced(SimpleQueryRunner tx, GraphData data, Map<String, String> ids,
			java.util.Set<String> createdIds) {
		var kept = new HashMap<String, List<String>>();
		for (GraphData.RelationshipRow row : data.relationships()) {
			boolean ownerIsTarget = row.spec().recordedOnTarget();
			String owner = ownerIsTarget ? row.toLabel() + ":" + row.toKey() : row.fromLabel() + ":" + row.fromKey();
			String other = ownerIsTarget ? idOf(ids, row.fromLabel(), row.fromKey()) : idOf(ids, row.toLabel(), row.toKey());
			kept.computeIfAbsent(row.spec().type() + "|" + owner + "|" + row.spec().from(), k -> new ArrayList<>()).add(other);
		}
		for (boolean recordedOnTarget : new boolean[] { false, true }) {
			var sets = data.replaced().stream()
				.filter(set -> set.spec().recordedOnTarget() == recordedOnTarget)
				.filter(set -> !createdIds.contains(idOf(ids, set.ownerLabel(), set.ownerKey())))
				.toList();
			for (var batch : batches(sets)) {
				var owners = batch.stream().map(set -> {
					RelationshipSpec spec = set.spec();
					String owner = set.ownerLabel() + ":" + set.ownerKey();
					return Map.of("owner", idOf(ids, set.ownerLabel(), set.ownerKey()), "type",
							relationshipType(spec.type()), "labels", recordedOnTarget ? List.of(spec.from()) : spec.to(),
							"keep", kept.getOrDefault(spec.type() + "|" + owner + "|" + spec.from(), List.of()));
				}).toList();
				tx.run(recordedOnTarget ? REMOVE_STALE_INCOMING : REMOVE_STALE_OUTGOING,
						Map.of("owners", owners, "cleared", cleared)).consume();
			}
		}
	}

	static final String REMOVE_STALE_OUTGOING = """
			UNWIND $owners AS stated
			MATCH (owner) WHERE elementId(owner) = stated.owner
			MATCH (owner)-[r]->(other)
			WHERE type(r) = stated.type AND any(l IN labels(other) WHERE l IN stated.labels)
			  AND NOT elementId(other) IN stated.keep
			  AND %s
			DELETE r
			""".formatted(ClassificationRule.visibleTo("other"));

	static final String REMOVE_STALE_INCOMING = """
			UNWIND $owners AS stated
			MATCH (owner) WHERE elementId(owner) = stated.owner
			MATCH (owner)<-[r]-(other)
			WHERE type(r) = stated.type AND any(l IN labels(other) WHERE l IN stated.labels)
			  AND NOT elementId(other) IN stated.keep
			  AND %s
			DELETE r
			""".formatted(ClassificationRule.visibleTo("other"));

	/**
	 * {@code MERGE} on the key; properties set; the version starts at 1 (or the restored one) and grows by one
	 * whenever the properties change. A node another tool wrote without a version is at version 0 (as the API reads
	 * it): unchanged, it gets that 0 written; changed, it goes to 1. Returns each node's element id, and whether it
	 * was created or changed.
	 */
	private String mergeNodes(NodeType type) {
		return """
				UNWIND $rows AS row
				OPTIONAL MATCH (existing:%1$s {%2$s: row.key})
				WITH row, CASE WHEN existing IS NULL THEN null ELSE properties(existing) END AS before
				MERGE (n:%1$s {%2$s: row.key})
				SET n += row.properties
				WITH n, row, before, before IS NOT NULL AND before <> properties(n) AS changed
				%3$s
				RETURN row.key AS key, elementId(n) AS id, before IS NULL AS created, changed
				""".formatted(label(type.label()), property(type.key()), versions ? """
				SET n.version = CASE WHEN before IS NULL THEN coalesce(row.version, 1)
				                     WHEN changed THEN coalesce(before.version, 0) + 1
				                     ELSE coalesce(before.version, 0) END""" : "");
	}

	private String keyOf(String label) {
		return model.nodeType(label).orElseThrow().key();
	}

	private String label(String name) {
		model.nodeType(name).orElseThrow(() -> new IllegalArgumentException("Not a label of the model: " + name));
		return quote(name);
	}

	/** A relationship type of the model, never input (it travels as a parameter to a dynamic type). */
	private String relationshipType(String name) {
		if (model.relationships().stream().noneMatch(r -> r.type().equals(name))) {
			throw new IllegalArgumentException("Not a relationship type of the model: " + name);
		}
		return name;
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
