package ca.engagementgraph.loading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Merges validated {@link GraphData} into the graph in one transaction: all of it or none of it. Nodes are
 * merged on their business key and their properties set, relationships merged between existing nodes, so
 * writing the same data twice changes nothing. The Cypher comes from the {@link GraphModel} through
 * Cypher-DSL: labels, types and keys are the model's, values travel only as parameters.
 */
public class GraphDataWriter {

	private static final int BATCH_SIZE = 5_000;
	private static final Renderer CYPHER = Renderer.getDefaultRenderer();

	private final Driver driver;
	private final GraphModel model;

	public GraphDataWriter(Driver driver, GraphModel model) {
		this.driver = driver;
		this.model = model;
	}

	/** Writes everything or nothing; returns how many node and relationship rows were merged. */
	public WriteSummary write(GraphData data) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				writeNodes(tx, data.nodes());
				writeRelationships(tx, data.relationships());
				return new WriteSummary(data.nodes().size(), data.relationships().size());
			});
		}
	}

	public record WriteSummary(int nodes, int relationships) {
	}

	private void writeNodes(TransactionContext tx, List<GraphData.NodeRow> rows) {
		var byLabel = rows.stream().collect(Collectors.groupingBy(GraphData.NodeRow::label, LinkedHashMap::new,
				Collectors.toList()));
		byLabel.forEach((label, labelRows) -> {
			String cypher = CYPHER.render(mergeNodes(model.nodeType(label).orElseThrow()));
			for (var batch : batches(labelRows)) {
				var parameters = batch.stream()
					.map(row -> Map.of("key", row.key(), "properties", row.properties()))
					.toList();
				tx.run(cypher, Map.of("rows", parameters)).consume();
			}
		});
	}

	private void writeRelationships(TransactionContext tx, List<GraphData.RelationshipRow> rows) {
		record Shape(String from, String type, String to) {
		}
		var byShape = rows.stream()
			.collect(Collectors.groupingBy(r -> new Shape(r.fromLabel(), r.spec().type(), r.toLabel()),
					LinkedHashMap::new, Collectors.toList()));
		byShape.forEach((shape, shapeRows) -> {
			String cypher = CYPHER.render(mergeRelationships(shape.from(), shape.type(), shape.to()));
			for (var batch : batches(shapeRows)) {
				var parameters = batch.stream()
					.map(row -> Map.of("from", row.fromKey(), "to", row.toKey(), "properties", row.properties()))
					.toList();
				long merged = tx.run(cypher, Map.of("rows", parameters)).single().get("merged").asLong();
				if (merged != batch.size()) {
					// The reader resolved every reference, so this only happens if the graph changed underneath.
					throw new IllegalStateException("Only " + merged + " of " + batch.size() + " " + shape.type()
							+ " relationships found both ends");
				}
			}
		});
	}

	/** {@code UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += row.properties} */
	private static Statement mergeNodes(NodeType type) {
		var row = Cypher.name("row");
		var node = Cypher.node(type.label()).named("n").withProperties(type.key(), Cypher.property(row, "key"));
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(row)
			.merge(node)
			.mutate(node, Cypher.property(row, "properties"))
			.build();
	}

	/**
	 * {@code UNWIND $rows AS row MATCH (a:From {key: row.from}) MATCH (b:To {key: row.to})
	 * MERGE (a)-[r:TYPE]->(b) SET r += row.properties RETURN count(row) AS merged}
	 */
	private Statement mergeRelationships(String fromLabel, String type, String toLabel) {
		var row = Cypher.name("row");
		var from = model.nodeType(fromLabel).orElseThrow();
		var to = model.nodeType(toLabel).orElseThrow();
		var a = Cypher.node(fromLabel).named("a").withProperties(from.key(), Cypher.property(row, "from"));
		var b = Cypher.node(toLabel).named("b").withProperties(to.key(), Cypher.property(row, "to"));
		var r = a.relationshipTo(b, type).named("r");
		return Cypher.unwind(Cypher.parameter("rows"))
			.as(row)
			.match(a)
			.match(b)
			.merge(r)
			.mutate(r, Cypher.property(row, "properties"))
			.returning(Cypher.count(row).as("merged"))
			.build();
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		var result = new java.util.ArrayList<List<T>>();
		for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
			result.add(rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE)));
		}
		return result;
	}
}
