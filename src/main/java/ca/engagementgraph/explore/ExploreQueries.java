package ca.engagementgraph.explore;

import java.util.ArrayList;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** The Cypher of question 9: find a node by its key, walk its neighbourhood, find the path between two nodes. */
final class ExploreQueries {

	private ExploreQueries() {
	}

	/**
	 * Which nodes the reader may see carry this business key? One index seek per label (a UNION built from the model),
	 * so naming a node costs the same on a demo graph as on a department-wide one. A node the reader may not see is
	 * not there for them: naming it answers as for a key nobody uses.
	 */
	static final String NODES_WITH_KEY = "CALL () {\n" + Renderer.getDefaultRenderer().render(nodesWithKey()) + """

			}
			MATCH (m) WHERE elementId(m) = internalId AND visible(m)
			RETURN internalId, label
			""";

	/**
	 * A node's caption for drawing: its name or title, else its summary or text (a result or a meeting says what it
	 * is, not only its code), else its key.
	 */
	static final String CAPTION = """
			coalesce(m.nameEn, m.titleEn, m.summaryEn, m.textEn, m.code, m.iso2) AS captionEn,
			       coalesce(m.nameFr, m.titleFr, m.summaryFr, m.textFr, m.code, m.iso2) AS captionFr""";

	/**
	 * Which neighbours a ring keeps first when the node limit bites: what an analyst opens a node for (its projects,
	 * results and missions, then the country, its authorities and the reference data), and only then the many
	 * meetings, messages, actions and the records around them. A country has dozens of meetings: ordered by type
	 * name, they filled the picture before its projects were reached.
	 */
	private static final String PRIORITY = """
			CASE labels(m)[0]
			         WHEN 'Project' THEN 0 WHEN 'Result' THEN 1 WHEN 'Mission' THEN 2
			         WHEN 'Country' THEN 3 WHEN 'Authority' THEN 3 WHEN 'Outcome' THEN 4 WHEN 'Program' THEN 4
			         WHEN 'PriorityArea' THEN 4 WHEN 'Envelope' THEN 4 WHEN 'Department' THEN 5 WHEN 'Unit' THEN 5
			         WHEN 'Organization' THEN 5 WHEN 'KeyMessage' THEN 6 WHEN 'Action' THEN 7 WHEN 'Engagement' THEN 8
			         ELSE 9 END""";

	/**
	 * Question 9: the nodes one step away from the frontier, with the relationships that lead to them. A node the
	 * reader may not see (Protected B, for readers without the clearance) is never reached.
	 */
	static final String NEXT_RING = """
			MATCH (n)-[r]-(m)
			WHERE elementId(n) IN $frontier AND none(l IN labels(m) WHERE l STARTS WITH '__') AND visible(m)
			  AND ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR labels(m)[0] IN $labels)
			WITH r, m, %s AS priority
			ORDER BY priority, type(r), coalesce(m.code, m.iso2)
			RETURN elementId(m) AS internalId, labels(m)[0] AS label, coalesce(m.code, m.iso2) AS key, %s,
			       type(r) AS type, labels(startNode(r))[0] + ':' + coalesce(startNode(r).code, startNode(r).iso2) AS from,
			       labels(endNode(r))[0] + ':' + coalesce(endNode(r).code, endNode(r).iso2) AS to
			LIMIT $limit
			""".formatted(PRIORITY, CAPTION);

	/**
	 * Question 9: how does one node reach another (say a result a department)? The shortest chain of at most eight
	 * relationships of the types given (e.g. RAISED, ATTENDED_BY, FOLLOWS: the chain of meetings). The type test is
	 * one the shortest-path search applies as it expands, so it prunes the search instead of filtering afterwards; so is
	 * the stored classification of every step, and the full visibility test confirms the path found (a path through a
	 * node nobody classified, which the rule makes Protected B, is no path for a reader without the clearance).
	 * Of several chains equally short, the first by the keys along it: {@code shortestPath} alone returns whichever
	 * the search meets first, which follows the store's internal layout (one more migration changed the answer).
	 */
	/** One row per node of the path found (named {@code path}), in order, with the relationship that led to it. */
	private static final String PATH_ROWS = """
			UNWIND range(0, size(nodes(path)) - 1) AS position
			WITH path, position, nodes(path)[position] AS m
			RETURN position, labels(m)[0] AS label, coalesce(m.code, m.iso2) AS key, %s,
			       CASE WHEN position = 0 THEN null ELSE type(relationships(path)[position - 1]) END AS type,
			       CASE WHEN position = 0 THEN null ELSE
			         labels(startNode(relationships(path)[position - 1]))[0] + ':' + coalesce(startNode(relationships(path)[position - 1]).code, startNode(relationships(path)[position - 1]).iso2)
			       END AS from,
			       CASE WHEN position = 0 THEN null ELSE
			         labels(endNode(relationships(path)[position - 1]))[0] + ':' + coalesce(endNode(relationships(path)[position - 1]).code, endNode(relationships(path)[position - 1]).iso2)
			       END AS to
			ORDER BY position
						""".formatted(CAPTION);

	static final String SHORTEST_PATH = """
			MATCH (a), (b) WHERE elementId(a) = $from AND elementId(b) = $to
			MATCH path = allShortestPaths((a)-[rels*..8]-(b))
			WHERE all(rel IN rels WHERE type(rel) IN $types)
			  AND all(step IN nodes(path) WHERE $cleared OR coalesce(step.classification, 'UNCLASSIFIED') = 'UNCLASSIFIED')
			WITH path WHERE all(step IN nodes(path) WHERE visible(step))
			WITH path ORDER BY [step IN nodes(path) | labels(step)[0] + ':' + coalesce(step.code, step.iso2)] LIMIT 1
			""" + PATH_ROWS;

	/**
	 * How a result (or a project) reached a department or a unit: a HELD meeting that raised it and that the
	 * department attended, itself or through one of its units (the model's "attended by department D"). Only that
	 * chain means the department heard of it: a shortest path through any meetings went through an unrelated study
	 * tour that shared an attendee. The earliest such meeting (by date, then code), a direct attendance first; no row
	 * when the department never attended a meeting that raised it. Cheap at any scale: it starts at the result and
	 * walks its few RAISED meetings, then their attendees (the WITH keeps the planner from starting at the department,
	 * which attended a large share of all meetings).
	 */
	static final String RAISED_AT_A_MEETING_ATTENDED = """
			MATCH (x) WHERE elementId(x) = $raised
			MATCH (x)<-[:RAISED]-(e:Engagement)
			WHERE e.status = 'HELD'
			WITH DISTINCT x, e
			MATCH path = (x)<-[:RAISED]-(e)-[:ATTENDED_BY]->()-[:PART_OF*0..1]->(d)
			WHERE elementId(d) = $attendee AND all(step IN nodes(path) WHERE visible(step))
			  AND all(step IN nodes(path)[2..-1] WHERE step:Unit)
			WITH path, e ORDER BY length(path), e.date, e.code LIMIT 1
			""" + PATH_ROWS;

	private static Statement nodesWithKey() {
		var key = Cypher.parameter("key");
		var branches = new ArrayList<Statement>();
		for (NodeType type : GraphModel.get().nodeTypes()) {
			var node = Cypher.node(type.label()).named("m");
			branches.add(Cypher.match(node)
				.where(node.property(type.key()).isEqualTo(key))
				.returning(Cypher.elementId(node).as("internalId"), Cypher.literalOf(type.label()).as("label"))
				.build());
		}
		return Cypher.union(branches);
	}
}
