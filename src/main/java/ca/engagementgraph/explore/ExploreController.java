package ca.engagementgraph.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
	GraphView neighbourhood(@Argument String key, @Argument @Depth Integer depth, @Argument @NodeLimit Integer limit,
			@Argument @Nullable List<String> types, @Argument @Nullable List<String> labels) {
		int rings = depth == null ? 1 : depth;
		int maxNodes = limit == null ? DEFAULT_LIMIT : limit;
		List<String> onlyTypes = types == null ? null : relationshipTypes(types, "types");
		List<String> onlyLabels = labels == null ? null : nodeLabels(labels);
		Located start = locate(NodeRef.parse(key, "key"), "key");
		var nodes = new LinkedHashMap<String, GraphView.GraphNode>();
		var edges = new LinkedHashMap<String, GraphView.GraphEdge>();
		// The neighbours the limit left out, by label, so the explorer can say "+12 meetings not shown".
		var omitted = new TreeMap<String, Set<String>>();
		nodes.put(start.node().id(), start.node());
		List<String> frontier = List.of(start.internalId());
		boolean truncated = false;
		for (int ring = 1; ring <= rings && !frontier.isEmpty() && !truncated; ring++) {
			int currentRing = ring;
			var next = new LinkedHashSet<String>();
			var rows = query(ExploreQueries.NEXT_RING, Parameters.of("frontier", frontier, "limit", RING_ROWS,
					"types", onlyTypes, "labels", onlyLabels))
				.fetchAs(Value.class)
				.mappedBy((ts, row) -> org.neo4j.driver.Values.value(row.asMap(v -> v)))
				.all();
			truncated = rows.size() >= RING_ROWS;
			for (Value row : rows) {
				String id = row.get("label").asString() + ":" + row.get("key").asString();
				if (!nodes.containsKey(id)) {
					if (nodes.size() >= maxNodes) {
						truncated = true;
						omitted.computeIfAbsent(row.get("label").asString(), l -> new HashSet<>()).add(id);
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
		var left = omitted.entrySet().stream()
			.map(entry -> new GraphView.Omitted(entry.getKey(), entry.getValue().size()))
			.toList();
		return new GraphView(List.copyOf(nodes.values()), drawnEdges, truncated, left);
	}

	/**
	 * One node and its stored properties, for the explorer's details panel: a bilingual pair (nameEn, nameFr) is one
	 * property with a value in each language. The node is found as the neighbourhood finds it, so a reader without the
	 * Protected B clearance cannot open a Protected B node (it is "not found" for them, as for a key nobody uses).
	 */
	@QueryMapping
	NodeDetails graphNode(@Argument String key) {
		Located found = locate(NodeRef.parse(key, "key"), "key");
		var stored = client.query("MATCH (m) WHERE elementId(m) = $id RETURN properties(m) AS properties")
			.bindAll(Map.of("id", found.internalId()))
			.fetchAs(Value.class)
			.mappedBy((ts, row) -> row.get("properties"))
			.one()
			.orElseThrow();
		var properties = new TreeMap<String, NodeDetails.Property>();
		for (String name : stored.keys()) {
			if (name.startsWith("_")) {
				continue;
			}
			String text = shown(stored.get(name));
			boolean english = name.endsWith("En") && name.length() > 2;
			boolean french = name.endsWith("Fr") && name.length() > 2;
			String base = english || french ? name.substring(0, name.length() - 2) : name;
			var known = properties.get(base);
			String en = english ? text : known != null && known.valueEn() != null && !french ? known.valueEn() : text;
			String fr = french ? text : known != null && known.valueFr() != null && !english ? known.valueFr() : text;
			if (english && known != null) {
				fr = known.valueFr();
			}
			if (french && known != null) {
				en = known.valueEn();
			}
			properties.put(base, new NodeDetails.Property(base, en, fr));
		}
		return new NodeDetails(found.node(), List.copyOf(properties.values()));
	}

	/** A stored value as text: dates and numbers as they are written (ISO dates), lists joined. */
	private static String shown(Value value) {
		if (value.type().name().equals("LIST")) {
			return String.join(", ", value.asList(ExploreController::shown));
		}
		return value.type().name().equals("STRING") ? value.asString() : value.asObject().toString();
	}

	/**
	 * Between a result (or project) and a department (or unit), in either order, a path means one thing: the
	 * department attended a held meeting that raised it. Any other pair gets the shortest chain of the types asked.
	 */
	@QueryMapping
	GraphView path(@Argument String from, @Argument String to, @Argument @Nullable List<String> via) {
		List<String> types = via == null ? defaultTypes() : relationshipTypes(via, "via");
		Located start = locate(NodeRef.parse(from, "from"), "from");
		Located end = locate(NodeRef.parse(to, "to"), "to");
		if (RAISED_LABELS.contains(start.node().label()) && ATTENDEE_LABELS.contains(end.node().label())) {
			return pathOf(rows(ExploreQueries.RAISED_AT_A_MEETING_ATTENDED,
					Parameters.of("raised", start.internalId(), "attendee", end.internalId())), false);
		}
		if (ATTENDEE_LABELS.contains(start.node().label()) && RAISED_LABELS.contains(end.node().label())) {
			return pathOf(rows(ExploreQueries.RAISED_AT_A_MEETING_ATTENDED,
					Parameters.of("raised", end.internalId(), "attendee", start.internalId())), true);
		}
		return pathOf(rows(ExploreQueries.SHORTEST_PATH,
				Parameters.of("from", start.internalId(), "to", end.internalId(), "types", types)), false);
	}

	private static final Set<String> RAISED_LABELS = Set.of("Result", "Project");
	private static final Set<String> ATTENDEE_LABELS = Set.of("Department", "Unit");

	private List<Value> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(query(cypher, parameters).fetchAs(Value.class)
			.mappedBy((ts, row) -> org.neo4j.driver.Values.value(row.asMap(v -> v)))
			.all());
	}

	/** The path's rows as a view, from the node asked as "from" (reversed when the query walked the other way). */
	private static GraphView pathOf(List<Value> rows, boolean reversed) {
		var nodes = new ArrayList<GraphView.GraphNode>();
		var edges = new ArrayList<GraphView.GraphEdge>();
		for (Value row : rows) {
			nodes.add(node(row, row.get("position").asInt()));
			if (!row.get("type").isNull()) {
				edges.add(edge(row));
			}
		}
		if (reversed) {
			Collections.reverse(nodes);
			Collections.reverse(edges);
			for (int i = 0; i < nodes.size(); i++) {
				var n = nodes.get(i);
				nodes.set(i, new GraphView.GraphNode(n.id(), n.label(), n.key(), n.captionEn(), n.captionFr(), i));
			}
		}
		return new GraphView(nodes, edges, false, List.of());
	}

	/**
	 * The relationship types a path may use: those asked for, checked against the model, or by default every type
	 * but SOURCED_FROM (every fact points at its source document, so through sources everything is two steps apart).
	 */
	private static List<String> defaultTypes() {
		var known = knownTypes();
		known.remove("SOURCED_FROM");
		return List.copyOf(known);
	}

	private static TreeSet<String> knownTypes() {
		var known = new TreeSet<String>();
		GraphModel.get().relationships().forEach(spec -> known.add(spec.type()));
		return known;
	}

	private static List<String> relationshipTypes(List<String> asked, String argument) {
		var known = knownTypes();
		for (String type : asked) {
			if (!known.contains(type)) {
				throw new InvalidInputException("UNKNOWN_RELATIONSHIP_TYPE", argument, "input.unknownRelationshipType",
						GraphModel.shown(type), String.join(", ", known));
			}
		}
		return asked;
	}

	/** The node labels asked for, checked against the model (a label it does not know is a mistake, not "none"). */
	private static List<String> nodeLabels(List<String> asked) {
		var known = new TreeSet<String>();
		GraphModel.get().nodeTypes().forEach(type -> known.add(type.label()));
		for (String label : asked) {
			if (!known.contains(label)) {
				throw new InvalidInputException("UNKNOWN_LABEL", "labels", "input.unknownLabel", GraphModel.shown(label),
						String.join(", ", known));
			}
		}
		return asked;
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
				RETURN %s
				""".formatted(ExploreQueries.CAPTION)).bindAll(Map.of("id", row.get("internalId"))).fetch().one().orElseThrow();
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
