package ca.engagementgraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;

/**
 * Bounds every answer while it is built, whatever the estimate said: at most so many values (each field of each
 * object counts one; 200,000 by default) and so much time (20 s by default: below the database's query timeout and
 * the request timeout, so the client learns why rather than getting a 503). An answer that grows past either is stopped:
 * nothing more is fetched, and the client gets no partial data but one error saying which limit was reached and how
 * to narrow the request ({@value #TOO_LARGE} or {@value #TOO_SLOW}). The refusal is left in the request's GraphQL
 * context as a {@link StoppedAnswer}, which {@code api/ErrorCodes} turns into that answer. Queries only: a mutation's
 * answer reports a change already made, so it is always sent.
 */
class AnswerBudget extends SimplePerformantInstrumentation implements FieldsCounted {

	static final String TOO_LARGE = "RESPONSE_TOO_LARGE";
	static final String TOO_SLOW = "RESPONSE_TOO_SLOW";

	private final long maxValues;
	private final Duration timeBudget;
	private final LongSupplier nanoClock;

	AnswerBudget(long maxValues, Duration timeBudget, LongSupplier nanoClock) {
		this.maxValues = maxValues;
		this.timeBudget = timeBudget;
		this.nanoClock = nanoClock;
	}

	/** What one request has spent. */
	private final class Spent implements InstrumentationState {

		private final ExecutionInput input;
		private final long started = nanoClock.getAsLong();
		private final AtomicLong values = new AtomicLong();
		private final AtomicBoolean stopped = new AtomicBoolean();

		Spent(ExecutionInput input) {
			this.input = input;
		}

		void spend(long fields) {
			if (stopped.get()) {
				return;
			}
			if (values.addAndGet(fields) > maxValues) {
				stop(TOO_LARGE, "error.answerTooLarge", maxValues);
			}
			else if (nanoClock.getAsLong() - started > timeBudget.toNanos()) {
				stop(TOO_SLOW, "error.answerTooSlow", timeBudget.toSeconds());
			}
		}

		private void stop(String code, String messageKey, Object limit) {
			if (!stopped.compareAndSet(false, true)) {
				return;
			}
			Locale locale = Messages.locale(Language.isFrench(input.getLocale()));
			GraphQLError error = GraphqlErrorBuilder.newError()
				.message(Messages.render(messageKey, List.of(limit), locale))
				.extensions(Map.of("code", code))
				.build();
			input.getGraphQLContext().put(StoppedAnswer.class, new StoppedAnswer(error));
			input.cancel(); // graphql-java fetches nothing more
		}
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Spent(parameters.getExecutionInput());
	}

	@Override
	public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		spend(parameters, state);
		return super.beginExecutionStrategy(parameters, state);
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		spend(parameters, state);
		return super.beginExecuteObject(parameters, state);
	}

	/**
	 * Counts the fields of an object about to be built (the query's root, or an object under it): once per object
	 * rather than once per field, the same count for a fraction of the calls.
	 */
	private void spend(InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		objectsCompleted(parameters.getExecutionContext(), parameters.getExecutionStrategyParameters().getFields().size(),
				state);
	}

	/** Objects completed together (a list's, by the query strategy): their fields counted at once. */
	@Override
	public void objectsCompleted(graphql.execution.ExecutionContext context, long fields, InstrumentationState state) {
		// A mutation's answer is never stopped: its change is committed (or refused) before its payload is built, and a
		// client told "stopped, nothing sent" could not know it was applied. Its transaction has its own time limit.
		// A subscription is long-lived by design: each of its events is small, and its time runs as long as the client
		// stays subscribed (radarNudges), so neither budget applies to it.
		if (state instanceof Spent spent
				&& context.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.QUERY) {
			spent.spend(fields);
		}
	}
}
