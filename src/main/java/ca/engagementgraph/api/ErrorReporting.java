package ca.engagementgraph.api;

import ca.engagementgraph.language.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ca.engagementgraph.database.DatabaseFailures;
import ca.engagementgraph.language.Messages;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every failure reaches the client as a GraphQL error with a stable {@code extensions.code}: expected ones
 * with their explanation, unexpected ones as a generic sentence with an id to find the details in the log.
 * No stack trace, class name, Cypher or database message is ever sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own resolvers, so every error carries our code
class ErrorReporting extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

	/** The database is unreachable (from the driver, or as Spring Data translated it): a state that passes. */
	private static boolean databaseUnavailable(Throwable ex) {
		return DatabaseFailures.unreachable(ex) || DatabaseFailures.anyCause(ex,
				cause -> cause instanceof org.springframework.dao.DataAccessResourceFailureException);
	}

	/** Set when the service begins to stop: the database driver closes soon after, under requests still running. */
	private volatile boolean stopping;

	private org.springframework.context.@org.jspecify.annotations.Nullable ApplicationContext context;

	@org.springframework.beans.factory.annotation.Autowired
	void setApplicationContext(org.springframework.context.ApplicationContext context) {
		this.context = context;
	}

	/** This service's own context closing (a child context's close also reaches its parent's listeners). */
	@org.springframework.context.event.EventListener
	void onClose(org.springframework.context.event.ContextClosedEvent event) {
		if (event.getApplicationContext() == context) {
			serviceStopping();
		}
	}

	void serviceStopping() {
		stopping = true;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Locale locale = Language.ofRequest(env).locale();
		if (stopping && !(ex instanceof InvalidInputException)) {
			// A request answered while the service stops (the dashboard's warm-up right after a start, a client at
			// shutdown) meets a closed driver: that is the stop, not an incident to investigate.
			log.debug("Failure while the service stops, resolving {}: {}", env.getExecutionStepInfo().getPath(),
					ex.toString());
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(Messages.render("error.serviceStopping", List.of(), locale))
				.extensions(Map.of("code", "SERVICE_STOPPING"))
				.build();
		}
		if (ex instanceof ConstraintViolationException violations
				&& ArgumentViolations.asInvalidInput(violations) instanceof InvalidInputException refused) {
			// A query argument out of its bounds, refused by its Bean Validation constraint before the controller ran.
			ex = refused;
		}
		if (ex instanceof InvalidInputException invalid) {
			var extensions = new LinkedHashMap<String, Object>();
			extensions.put("code", invalid.code());
			if (invalid.argument() != null) {
				extensions.put("argument", invalid.argument());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.message(locale))
				.extensions(extensions)
				.build();
		}
		if (databaseUnavailable(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(Messages.render("error.databaseUnavailable", List.of(), locale))
				.extensions(Map.of("code", "DATABASE_UNAVAILABLE"))
				.build();
		}
		if (DatabaseFailures.timedOut(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(Messages.render("error.queryTimeout", List.of(), locale))
				.extensions(Map.of("code", "QUERY_TIMEOUT"))
				.build();
		}
		if (ex instanceof graphql.execution.AbortExecutionException) {
			// The request was stopped on purpose (its answer budget, or the client's request timing out): the answer
			// as a whole says so; the fields left unresolved are no incident.
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(Messages.render("error.answerStopped", List.of(), locale))
				.extensions(Map.of("code", "REQUEST_STOPPED"))
				.build();
		}
		if (ex instanceof AccessDeniedException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message(Messages.render("error.forbidden", List.of(), locale))
				.extensions(Map.of("code", "FORBIDDEN"))
				.build();
		}
		String incident = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected failure {} resolving {}", incident, env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(Messages.render("error.internal", List.of(incident), locale))
			.extensions(Map.of("code", "INTERNAL_ERROR", "incident", incident))
			.build();
	}
}
