package ca.engagementgraph.api;

import java.util.List;

/**
 * A Relay connection: one page of a list, with opaque keyset cursors. {@code totalCount} is null when the
 * client did not ask for it (counting costs a second query).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}
}
