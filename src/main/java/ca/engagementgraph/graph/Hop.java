package ca.engagementgraph.graph;

import java.util.List;

import ca.engagementgraph.model.GraphModel;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * One step along a relationship type from many source nodes at once, for a batch-loaded GraphQL field.
 * The Cypher returns {@code key} (the source's business key), {@code node} (the neighbour) and
 * {@code relationship} (its properties), ordered for display; it is rendered once, from the model's names.
 * Hops to several possible labels (a counterpart that is a mission, an authority or an organization) are
 * written as text blocks returning the same three columns. A neighbour the reader may not see is never returned:
 * every hop tests {@code visible(target)}, which {@link GraphReader} writes out.
 */
public record Hop(String cypher) {

	public static Hop outgoing(String from, String type, String to) {
		return build(from, type, to, true, null, false);
	}

	public static Hop incoming(String from, String type, String to) {
		return build(from, type, to, false, null, false);
	}

	/** Like {@link #outgoing}, ordered by a property of the neighbour (then its key), e.g. newest first. */
	public static Hop outgoing(String from, String type, String to, String orderBy, boolean descending) {
		return build(from, type, to, true, orderBy, descending);
	}

	public static Hop incoming(String from, String type, String to, String orderBy, boolean descending) {
		return build(from, type, to, false, orderBy, descending);
	}

	private static Hop build(String from, String type, String to, boolean outgoing, String orderBy,
			boolean descending) {
		var model = GraphModel.get();
		String sourceKey = model.nodeType(from).orElseThrow().key();
		String targetKey = model.nodeType(to).orElseThrow().key();
		Node source = Cypher.node(from).named("source");
		Node target = Cypher.node(to).named("target");
		Relationship relationship = (outgoing ? source.relationshipTo(target, type) : source.relationshipFrom(target,
				type)).named("r");
		List<SortItem> order = orderBy == null ? List.of(target.property(targetKey).ascending())
				: List.of(descending ? target.property(orderBy).descending() : target.property(orderBy).ascending(),
						target.property(targetKey).ascending());
		var statement = Cypher.match(relationship)
			.where(source.property(sourceKey).in(Cypher.parameter("keys")).and(Cypher.raw("visible(target:" + to + ")").asCondition()))
			.returning(source.property(sourceKey).as("key"), target.as("node"),
					Cypher.properties(relationship).as("relationship"))
			.orderBy(order)
			.build();
		return new Hop(Renderer.getDefaultRenderer().render(statement));
	}
}
