package ca.engagementgraph.model;

import java.util.Map;

/** A label of the graph with its single business-key property (backed by a uniqueness constraint). */
public record NodeType(String label, String key, Map<String, PropertySpec> properties) {
}
