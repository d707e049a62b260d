package ca.engagementgraph.api;

import java.util.List;
import java.util.function.UnaryOperator;

import graphql.relay.DefaultConnection;
import graphql.relay.DefaultEdge;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

/** A Relay connection with what every list type of the schema adds: {@code totalCount} and {@code nodes}. */
public final class ConnectionWithTotal<T> extends DefaultConnection<T> implements Connection<T> {

	private final Long totalCount;

	ConnectionWithTotal(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {
		super(edges, pageInfo);
		this.totalCount = totalCount;
	}

	/** Null unless the client selected it: the list field counts only then. */
	public Long getTotalCount() {
		return totalCount;
	}

	public List<T> getNodes() {
		return getEdges().stream().map(Edge::getNode).toList();
	}

	@Override
	public List<T> nodes() {
		return getNodes();
	}

	@Override
	public Connection<T> map(UnaryOperator<T> change) {
		return new ConnectionWithTotal<>(getEdges().stream()
			.<Edge<T>>map(edge -> new DefaultEdge<>(change.apply(edge.getNode()), edge.getCursor()))
			.toList(), getPageInfo(), totalCount);
	}
}
