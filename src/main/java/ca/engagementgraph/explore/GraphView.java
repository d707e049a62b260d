package ca.engagementgraph.explore;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Nodes and relationships in the shape graph-drawing libraries take directly. */
public record GraphView(List<GraphNode> nodes, List<GraphEdge> relationships, boolean truncated, List<Omitted> omitted) {

	/** How many neighbours of one label the node limit left out. */
	public record Omitted(String label, int count) {
	}

	/** A node, identified as {@code Label:key}, with a caption in both languages. */
	public record GraphNode(String id, String label, String key, @Nullable String captionEn,
			@Nullable String captionFr, int depth) {
	}

	/** A relationship between two node ids, in its stored direction. */
	public record GraphEdge(String id, String type, String from, String to) {
	}
}
