package ca.engagementgraph.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.api.read.Visibility;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Question 9: the neighbourhood of any node and the path between two nodes, for the graph explorer. A
 * neighbourhood costs one query per ring (depth is at most {@value #MAX_DEPTH}); a path, one query.
 */
@Controller
class ExploreController {

	static final int MAX_DEPTH = 3;
	static final int DEFAULT_LIMIT = 100;
	static final int MAX_LIMIT = 500;
	/** Relationships read per ring at most, so a hub (a department at hundreds of meetings) cannot flood a request. */
	static final int RING_ROWS = 4 * MAX_LIMIT;

	private final Neo4jClient client;

	ExploreController(Neo4jClient client) {
		this.client = client;
	}

	private record Located(String internalId, GraphView.GraphNode node) {
	}

	@QueryMapping
	GraphView neighbourhood(@Argument String key, @Argument @Depth Integer depth, @Argument @NodeLimit Integer limit) {
		int rings = depth == null ? 1 : depth;
		int maxNodes = limit == null ? DEFAULT_LIMIT : limit;
		Located start = locate(NodeRef.parse(key, "key"), "key");
		var nodes = new LinkedHashMap<String, GraphView.GraphNode>();
		var edges = new LinkedHashMap<String, GraphView.GraphEdge>();
		nodes.put(start.node().id(), start.node());
		List<String> frontier = List.of(start.internalId());
		boolean truncated = false;
		for (int ring = 1; ring <= rings && !frontier.isEmpty() && !truncated; ring++) {
			int currentRing = ring;
			var next = new LinkedHashSet<String>();
			var rows = query(ExploreQueries.NEXT_RING, Map.of("frontier", frontier, "limit", RING_ROWS))
				.fetchAs(Value.class)
				.mappedBy((ts, row) -> org.neo4j.driver.Values.value(row.asMap(v -> v)))
				.all();
			truncated = rows.size() >= RING_ROWS;
			for (Value row : rows) {
				String id = row.get("label").asString() + ":" + row.get("key").asString();
				if (!nodes.containsKey(id)) {
					if (nodes.size() >= maxNodes) {
						truncated = true;
						continue;
					}
					nodes.put(id, node(row, currentRing));
					next.add(row.get("internalId").asString());
				}
				var edge = edge(row);
				edges.putIfAbsent(edge.id(), edge);
			}
			frontier = List.copyOf(next);
		}
		var drawnEdges = edges.values().stream()
			.filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to()))
			.toList();
		return new GraphView(List.copyOf(nodes.values()), drawnEdges, truncated);
	}

	@QueryMapping
	GraphView path(@Argument String from, @Argument String to, @Argument @Nullable List<String> via) {
		List<String> types = relationshipTypes(via);
		Located start = locate(NodeRef.parse(from, "from"), "from");
		Located end = locate(NodeRef.parse(to, "to"), "to");
		var rows = query(ExploreQueries.SHORTEST_PATH,
				Parameters.of("from", start.internalId(), "to", end.internalId(), "types", types))
			.fetchAs(Value.class)
			.mappedBy((ts, row) -> org.neo4j.driver.Values.value(row.asMap(v -> v)))
			.all();
		var nodes = new ArrayList<GraphView.GraphNode>();
		var edges = new ArrayList<GraphView.GraphEdge>();
		for (Value row : rows) {
			nodes.add(node(row, row.get("position").asInt()));
			if (!row.get("type").isNull()) {
				edges.add(edge(row));
			}
		}
		return new GraphView(nodes, edges, false);
	}

	/**
	 * The relationship types a path may use: those asked for, checked against the model, or by default every type
	 * but SOURCED_FROM (every fact points at its source document, so through sources everything is two steps apart).
	 */
	private static List<String> relationshipTypes(List<String> via) {
		var known = new TreeSet<String>();
		GraphModel.get().relationships().forEach(spec -> known.add(spec.type()));
		if (via == null) {
			known.remove("SOURCED_FROM");
			return List.copyOf(known);
		}
		for (String type : via) {
			if (!known.contains(type)) {
				throw new InvalidInputException("UNKNOWN_RELATIONSHIP_TYPE", "via", "input.unknownRelationshipType",
						GraphModel.shown(type), String.join(", ", known));
			}
		}
		return via;
	}

	/**
	 * The query, its visibility tests written out and the reader's clearance bound: what a reader may not see cannot
	 * be named, reached or crossed.
	 */
	private Neo4jClient.RunnableSpec query(String cypher, Map<String, Object> parameters) {
		return client.query(Visibility.expand(cypher)).bindAll(Visibility.withClearance(parameters));
	}

	private Located locate(NodeRef ref, String argument) {
		var found = query(ExploreQueries.NODES_WITH_KEY, Map.of("key", ref.key()))
			.fetch()
			.all()
			.stream()
			.filter(row -> ref.label() == null || ref.label().equals(row.get("label")))
			.toList();
		if (found.isEmpty()) {
			throw new InvalidInputException("UNKNOWN_NODE", argument, "input.unknownNode",
					GraphModel.shown((ref.label() == null ? "" : ref.label() + ":") + ref.key()));
		}
		if (found.size() > 1) {
			throw new InvalidInputException("AMBIGUOUS_KEY", argument, "input.ambiguousKey", ref.key(),
					String.join(", ", found.stream().map(row -> (String) row.get("label")).toList()),
					found.getFirst().get("label") + ":" + ref.key());
		}
		var row = found.getFirst();
		String label = (String) row.get("label");
		var captions = client.query("""
				MATCH (m) WHERE elementId(m) = $id
				RETURN coalesce(m.nameEn, m.titleEn, m.code, m.iso2) AS captionEn,
				       coalesce(m.nameFr, m.titleFr, m.code, m.iso2) AS captionFr
				""").bindAll(Map.of("id", row.get("internalId"))).fetch().one().orElseThrow();
		return new Located((String) row.get("internalId"), new GraphView.GraphNode(label + ":" + ref.key(), label,
				ref.key(), (String) captions.get("captionEn"), (String) captions.get("captionFr"), 0));
	}

	private static GraphView.GraphNode node(Value row, int depth) {
		String label = row.get("label").asString();
		String key = row.get("key").asString();
		return new GraphView.GraphNode(label + ":" + key, label, key, row.get("captionEn").asString(),
				row.get("captionFr").asString(), depth);
	}

	private static GraphView.GraphEdge edge(Value row) {
		String from = row.get("from").asString();
		String type = row.get("type").asString();
		String to = row.get("to").asString();
		return new GraphView.GraphEdge(from + "-" + type + "->" + to, type, from, to);
	}
}
