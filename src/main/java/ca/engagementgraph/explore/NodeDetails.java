package ca.engagementgraph.explore;

import java.util.List;

/** A node of the graph and its stored properties, for the explorer's details panel. */
record NodeDetails(GraphView.GraphNode node, List<Property> properties) {

	/** One property: its name (a bilingual pair under its base name, e.g. summary) and its value in each language. */
	record Property(String name, String valueEn, String valueFr) {
	}
}
