package ca.engagementgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The Protected B rule, in one place. Every field marked {@code @protectedB} in the schema, and every field taking
 * an input marked so (a designation filter), answers readers without the clearance with null and a REDACTED error,
 * without running its resolver: nothing about the data, not even whether it exists, reaches them through the
 * answer, its count, its errors or its timing. Cleared readers get the field as usual.
 */
@Component
class ProtectedB extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

	static final String DIRECTIVE = "protectedB";

	@Override
	public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(this));
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
			return TraversalControl.CONTINUE;
		}
		boolean protectedField = field.hasAppliedDirective(DIRECTIVE);
		List<List<String>> protectedArguments = protectedArguments(field);
		if (protectedField || !protectedArguments.isEmpty()) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			DataFetcher<?> resolver = registry.getDataFetcher(parent, field);
			registry.dataFetcher(parent, field, guarded(resolver, protectedField, protectedArguments));
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * Whether the current reader may read {@code field} with these arguments (coerced, by name): what its guard would
	 * decide, decided without a fetcher, for a value one statement read for a whole page.
	 */
	static boolean admits(GraphQLFieldDefinition field, Map<String, Object> arguments) {
		if (Access.cleared()) {
			return true;
		}
		if (field.hasAppliedDirective(DIRECTIVE)) {
			return false;
		}
		return protectedArguments(field).stream().noneMatch(path -> given(arguments, path));
	}

	/** The paths of the field's protected arguments: each argument marked so, and each input field marked so. */
	private static List<List<String>> protectedArguments(GraphQLFieldDefinition field) {
		List<List<String>> found = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (argument.hasAppliedDirective(DIRECTIVE)) {
				found.add(List.of(argument.getName()));
			}
			collect(List.of(argument.getName()), GraphQLTypeUtil.unwrapAll(argument.getType()), found, 0);
		}
		return found;
	}

	private static DataFetcher<?> guarded(DataFetcher<?> resolver, boolean protectedField,
			List<List<String>> protectedArguments) {
		return env -> {
			if (Access.cleared()) {
				return resolver.get(env);
			}
			if (protectedField) {
				return redacted(env, "error.redacted");
			}
			for (List<String> path : protectedArguments) {
				if (given(env.getArguments(), path)) {
					return redacted(env, "error.redactedFilter", String.join(".", path));
				}
			}
			return resolver.get(env);
		};
	}

	private static DataFetcherResult<Object> redacted(DataFetchingEnvironment env, String messageKey, Object... args) {
		String message = Messages.render(messageKey, List.of(args), Language.ofRequest(env).locale());
		return DataFetcherResult.newResult()
			.data(null)
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message(message)
				.extensions(Map.of("code", "REDACTED"))
				.build())
			.build();
	}

	private static void collect(List<String> path, Object type, List<List<String>> found, int depth) {
		if (!(type instanceof GraphQLInputObjectType input) || depth > 5) {
			return;
		}
		for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
			var fieldPath = new ArrayList<>(path);
			fieldPath.add(field.getName());
			if (field.hasAppliedDirective(DIRECTIVE)) {
				found.add(fieldPath);
			}
			collect(fieldPath, GraphQLTypeUtil.unwrapAll(field.getType()), found, depth + 1);
		}
	}

	@SuppressWarnings("unchecked")
	private static boolean given(Map<String, Object> arguments, List<String> path) {
		Object value = arguments;
		for (String step : path) {
			if (!(value instanceof Map<?, ?> map)) {
				return false;
			}
			value = ((Map<String, Object>) map).get(step);
		}
		return value != null;
	}
}
