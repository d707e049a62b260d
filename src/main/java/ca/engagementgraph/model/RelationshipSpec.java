package ca.engagementgraph.model;

import java.util.List;
import java.util.Map;

/**
 * A relationship type as it runs from one label to one or more target labels.
 *
 * @param recordedOnTarget {@code true} when data files write the relationship on the target's record
 *                         (a plan lists the departments holding roles on it, although the relationship runs
 *                         from the department to the plan)
 */
public record RelationshipSpec(String from, String type, List<String> to, Map<String, PropertySpec> properties,
		boolean recordedOnTarget) {

	/** The label whose records carry this relationship in data files. */
	public String recordLabel() {
		return recordedOnTarget ? to.getFirst() : from;
	}

	/** The labels a reference in data files may point to. */
	public List<String> referencedLabels() {
		return recordedOnTarget ? List.of(from) : to;
	}
}
