package ca.engagementgraph.loading;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.RelationshipSpec;

/** Validated nodes and relationships ready to be merged into the graph, keyed by business keys only. */
public record GraphData(List<NodeRow> nodes, List<RelationshipRow> relationships) {

	public record NodeRow(String label, String key, Map<String, Object> properties) {
	}

	public record RelationshipRow(RelationshipSpec spec, String fromLabel, String fromKey, String toLabel,
			String toKey, Map<String, Object> properties) {
	}
}
