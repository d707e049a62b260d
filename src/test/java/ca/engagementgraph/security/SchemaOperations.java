package ca.engagementgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Every operation of the schema as a runnable document with placeholder arguments: the list the access matrix
 * and the fuzz test walk, so a new field is covered without touching them.
 */
final class SchemaOperations {

	record Operation(String kind, String field, String document) {

		@Override
		public String toString() {
			return kind + " " + field;
		}
	}

	private SchemaOperations() {
	}

	/** Each query and mutation, its required arguments filled with {@code text} for strings. */
	static List<Operation> all(GraphQLSchema schema, String text) {
		var operations = new ArrayList<Operation>();
		for (var entry : List.of(schema.getQueryType(), schema.getMutationType())) {
			String kind = entry == schema.getQueryType() ? "query" : "mutation";
			for (GraphQLFieldDefinition field : entry.getFieldDefinitions()) {
				String arguments = field.getArguments().stream()
					.filter(a -> GraphQLTypeUtil.isNonNull(a.getType()))
					.map(a -> a.getName() + ": " + value(a.getType(), text, 0))
					.collect(Collectors.joining(", "));
				String selection = selection(GraphQLTypeUtil.unwrapAll(field.getType()));
				operations.add(new Operation(kind, field.getName(), kind + " { " + field.getName()
						+ (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }"));
			}
		}
		return operations;
	}

	/** The same operations with {@code text} in every string argument, required or not. */
	static List<Operation> withEveryString(GraphQLSchema schema, String text) {
		var operations = new ArrayList<Operation>();
		for (var entry : List.of(schema.getQueryType(), schema.getMutationType())) {
			String kind = entry == schema.getQueryType() ? "query" : "mutation";
			for (GraphQLFieldDefinition field : entry.getFieldDefinitions()) {
				var arguments = new ArrayList<String>();
				for (GraphQLArgument argument : field.getArguments()) {
					var type = GraphQLTypeUtil.unwrapAll(argument.getType());
					boolean stringish = type instanceof GraphQLScalarType scalar && scalar.getName().equals("String");
					if (GraphQLTypeUtil.isNonNull(argument.getType()) || stringish || type instanceof GraphQLInputObjectType) {
						arguments.add(argument.getName() + ": " + value(argument.getType(), text, 0, true));
					}
				}
				operations.add(new Operation(kind, field.getName(), kind + " { " + field.getName()
						+ (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
						+ selection(GraphQLTypeUtil.unwrapAll(field.getType())) + " }"));
			}
		}
		return operations;
	}

	private static String selection(Object type) {
		return type instanceof GraphQLObjectType || type instanceof GraphQLUnionType ? " { __typename }" : "";
	}

	private static String value(GraphQLInputType type, String text, int depth) {
		return value(type, text, depth, false);
	}

	private static String value(GraphQLInputType type, String text, int depth, boolean everyString) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType(), text, depth, everyString);
		}
		if (type instanceof GraphQLList list) {
			return "[" + value((GraphQLInputType) list.getWrappedType(), text, depth, everyString) + "]";
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValues().getFirst().getName();
		}
		if (type instanceof GraphQLInputObjectType input) {
			return "{" + input.getFieldDefinitions().stream()
				.filter(f -> GraphQLTypeUtil.isNonNull(f.getType()) || (everyString && isString(f.getType())))
				.map(f -> f.getName() + ": " + value(f.getType(), text, depth + 1, everyString))
				.collect(Collectors.joining(", ")) + "}";
		}
		return switch (((GraphQLScalarType) type).getName()) {
			case "Int", "Long" -> "1";
			case "Float" -> "1.5";
			case "Boolean" -> "false";
			case "Date" -> "\"2020-01-01\"";
			case "DateTime" -> "\"2020-01-01T00:00:00Z\"";
			default -> quote(text);
		};
	}

	private static boolean isString(GraphQLInputType type) {
		return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLScalarType scalar && scalar.getName().equals("String");
	}

	/** A GraphQL string literal of any text. */
	static String quote(String text) {
		var out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
