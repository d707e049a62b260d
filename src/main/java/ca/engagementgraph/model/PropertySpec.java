package ca.engagementgraph.model;

import java.util.Set;

/**
 * One property of a label or relationship type.
 *
 * @param allowed the closed set of values for enumerated properties, empty when any value of the type is allowed
 */
public record PropertySpec(String name, ValueType type, boolean required, Set<String> allowed) {

	public boolean isEnumerated() {
		return !allowed.isEmpty();
	}
}
