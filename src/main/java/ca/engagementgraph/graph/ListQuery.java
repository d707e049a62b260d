package ca.engagementgraph.graph;

/**
 * A filterable, sortable, pageable list of one entity type. {@code selection} is Cypher that matches and
 * filters the rows (every filter as {@code $param IS NULL OR ...}) and ends with
 * {@code WITH node, <sort expression> AS sortValue, <business key> AS key}; the {@link GraphReader} adds the
 * keyset condition, the ordering and the limit, and the count.
 */
public record ListQuery<T>(Class<T> type, String selection) {
}
