package ca.engagementgraph.api;

import java.util.LinkedHashMap;
import java.util.List;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every error of every GraphQL answer carries a stable {@code extensions.code}. Ours set their own (ErrorReporting,
 * the limits, the Protected B rule); graphql-java's parse and validation errors, already written in the client's
 * language (see {@code i18n/*_fr.properties}), get one here from their classification: {@value #INVALID_SYNTAX},
 * {@value #INVALID_DOCUMENT}, {@value #INVALID_VARIABLE}, and {@code INVALID_DATE} for a date that does not exist.
 * An answer stopped by its budget ({@link StoppedAnswer}) is answered by that one error, without partial data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodes implements WebGraphQlInterceptor {

	static final String INVALID_SYNTAX = "INVALID_SYNTAX";
	static final String INVALID_DOCUMENT = "INVALID_DOCUMENT";
	static final String INVALID_VARIABLE = "INVALID_VARIABLE";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			StoppedAnswer stopped = response.getExecutionInput().getGraphQLContext().get(StoppedAnswer.class);
			if (stopped != null) {
				return response.transform(answer -> answer.data(null).errors(List.of(stopped.error())));
			}
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().allMatch(ErrorCodes::hasCode)) {
				return response;
			}
			return response.transform(answer -> answer.errors(errors.stream().map(ErrorCodes::withCode).toList()));
		});
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().get("code") instanceof String;
	}

	static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		var extensions = new LinkedHashMap<String, Object>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("code", codeOf(error));
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static String codeOf(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		String message = error.getMessage() == null ? "" : error.getMessage();
		if (type == graphql.ErrorType.InvalidSyntax) {
			return INVALID_SYNTAX;
		}
		if (type == graphql.ErrorType.ValidationError) {
			if (message.contains("'Date'")) {
				return "INVALID_DATE";
			}
			return error instanceof ValidationError ? INVALID_DOCUMENT : INVALID_VARIABLE;
		}
		if (type == graphql.ErrorType.NullValueInNonNullableField) {
			return "NULL_VALUE";
		}
		if (type == graphql.ErrorType.OperationNotSupported) {
			return "OPERATION_NOT_SUPPORTED";
		}
		if (type == graphql.ErrorType.ExecutionAborted) {
			return "EXECUTION_ABORTED";
		}
		if (type instanceof ErrorType springType) {
			return springType.name();
		}
		return "INTERNAL_ERROR";
	}
}
