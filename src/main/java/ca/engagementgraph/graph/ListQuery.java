package ca.engagementgraph.graph;

import org.neo4j.driver.Value;

/**
 * A filterable, sortable, pageable list. {@code selection} is Cypher that matches and filters the rows (every
 * filter as {@code $param IS NULL OR ...}) and ends with {@code WITH node, <sort expression> AS sortValue,
 * <business key> AS key}; the {@link GraphReader} adds the keyset condition, the ordering and the limit, and the
 * count. {@code node} is a node of {@code type}, or, with a {@link RowMapper}, any value the mapper reads a row from
 * (a map of nodes and figures for the analytical lists).
 */
public record ListQuery<T>(Class<T> type, String selection, RowMapper<T> rows) {

	public ListQuery(Class<T> type, String selection) {
		this(type, selection, null);
	}

	/** Builds one row of the list from the {@code node} column. */
	@FunctionalInterface
	public interface RowMapper<T> {

		T map(Value node, NodeMapper nodes);
	}

	/** Maps a node value to the record of its label. */
	@FunctionalInterface
	public interface NodeMapper {

		<N> N map(Class<N> type, Value node);
	}
}
