package ca.engagementgraph.security;

import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;

/**
 * The rules a field of the schema carries of its own (the Protected B check), for code that gives the field's value
 * without its fetcher: one statement that read a whole page gives a field only where the field itself would have.
 */
public final class FieldRules {

	private FieldRules() {
	}

	/** Whether the current reader may read {@code field} with these arguments (coerced, by name). */
	public static boolean admit(GraphQLFieldDefinition field, Map<String, Object> arguments) {
		return ProtectedB.admits(field, arguments);
	}
}
