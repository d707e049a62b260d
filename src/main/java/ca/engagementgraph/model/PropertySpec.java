package ca.engagementgraph.model;

import java.util.Set;

/**
 * One property of a label or relationship type.
 *
 * @param allowed   the closed set of values for enumerated properties (as stored: names, or an IATI list's codes),
 *                  empty when any value of the type is allowed
 * @param min       the smallest accepted number, or null
 * @param max       the largest accepted number, or null: amounts beyond it are treated as typing mistakes
 * @param valueList the Java enum an enumerated property's values come from (the single source of {@code allowed},
 *                  of the GraphQL enum and of the generators), or null
 */
public record PropertySpec(String name, ValueType type, boolean required, Set<String> allowed, Double min, Double max,
		Class<? extends Enum<?>> valueList) {

	public PropertySpec(String name, ValueType type, boolean required, Set<String> allowed, Double min, Double max) {
		this(name, type, required, allowed, min, max, null);
	}

	public PropertySpec(String name, ValueType type, boolean required, Set<String> allowed) {
		this(name, type, required, allowed, null, null, null);
	}

	/** A required property whose values are those of {@code valueList}: its names, or its IATI codes. */
	public static PropertySpec oneOf(String name, Class<? extends Enum<?>> valueList) {
		ValueType type = IatiCode.class.isAssignableFrom(valueList) ? ValueType.INTEGER : ValueType.STRING;
		return new PropertySpec(name, type, true, GraphModel.valuesOf(valueList), null, null, valueList);
	}

	/** The same property, optional. */
	public PropertySpec optional() {
		return new PropertySpec(name, type, false, allowed, min, max, valueList);
	}

	public boolean isEnumerated() {
		return !allowed.isEmpty();
	}
}
