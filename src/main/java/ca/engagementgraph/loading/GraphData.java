package ca.engagementgraph.loading;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.RelationshipSpec;
import org.jspecify.annotations.Nullable;

/**
 * Validated nodes and relationships ready to be merged into the graph, keyed by business keys only.
 *
 * @param replaced the relationship sets the input states completely: for each (record, relationship field) given,
 *                 the graph keeps exactly the relationships listed, so an updated spreadsheet row can also remove
 */
public record GraphData(List<NodeRow> nodes, List<RelationshipRow> relationships, List<ReplacedSet> replaced) {

	/** Where a record came from, to locate the problems found later (rules checked in the database). */
	public record Origin(String file, int position, String unit) {
	}

	/** @param version the version the input carries: kept for a node it creates (a restore), ignored otherwise */
	public record NodeRow(String label, String key, Map<String, Object> properties, @Nullable Long version,
			Origin origin) {
	}

	public record RelationshipRow(RelationshipSpec spec, String fromLabel, String fromKey, String toLabel,
			String toKey, Map<String, Object> properties) {
	}

	/** The relationships of {@code spec} at the node the record describes ({@code ownerKey}) are exactly those given. */
	public record ReplacedSet(RelationshipSpec spec, String ownerLabel, String ownerKey) {
	}

	public int size() {
		return nodes.size() + relationships.size();
	}
}
