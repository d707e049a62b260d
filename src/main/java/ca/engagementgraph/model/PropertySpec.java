package ca.engagementgraph.model;

import java.util.Set;

/**
 * One property of a label or relationship type.
 *
 * @param allowed the closed set of values for enumerated properties, empty when any value of the type is allowed
 * @param min     the smallest accepted number, or null
 * @param max     the largest accepted number, or null: amounts beyond it are treated as typing mistakes
 */
public record PropertySpec(String name, ValueType type, boolean required, Set<String> allowed, Double min, Double max) {

	public PropertySpec(String name, ValueType type, boolean required, Set<String> allowed) {
		this(name, type, required, allowed, null, null);
	}

	public boolean isEnumerated() {
		return !allowed.isEmpty();
	}
}
