package ca.engagementgraph.security;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * The request's limits ({@link GraphQlLimits}) and Spring's GraphQL observation handed to graphql-java as one
 * instrumentation instead of Spring's chain of them. graphql-java asks a chain at every hook of every field (begin
 * field, fetch, completion, list completion), and the chain asks each member and gathers their contexts even where
 * none of them has anything to do: nearly 9 % of the samples on the coverage of all countries (JFR at scale L, 4,800
 * values per answer). Here each hook goes straight to the one member that uses it: the field hooks to none, the data
 * fetcher to the observation, the object and strategy hooks to the answer's budget.
 * <p>
 * Only that known pair is joined. Any other set of instrumentations (one more bean, or observation turned off) keeps
 * what Spring builds, a single one unchained and several chained: correct, only slower.
 */
@Component
class UnchainedInstrumentation implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<Instrumentation> instrumentations;

	UnchainedInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		this.instrumentations = instrumentations;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		Instrumentation one = joined(instrumentations.orderedStream().toList());
		if (one != null) {
			builder.configureGraphQl(graphQl -> graphQl.instrumentation(one));
		}
	}

	/** The single instrumentation graphql-java should call, or null to leave Spring's own. */
	static @Nullable Instrumentation joined(List<Instrumentation> all) {
		if (all.size() == 1) {
			return all.getFirst();
		}
		if (all.size() == 2) {
			var limits = all.stream().filter(GraphQlLimits.class::isInstance).map(GraphQlLimits.class::cast).findFirst();
			var observation = all.stream().filter(GraphQlObservationInstrumentation.class::isInstance).findFirst();
			if (limits.isPresent() && observation.isPresent()) {
				return new LimitsObserved(limits.get(), observation.get());
			}
		}
		return null;
	}

	/** Each member's own state, as the chain kept them. */
	private record States(@Nullable InstrumentationState limits, @Nullable InstrumentationState observation)
			implements InstrumentationState {
	}

	/**
	 * The limits and the observation, each hook forwarded to the member that overrides it. The limits' hooks return
	 * no context of their own but the budget's (they check and throw), so where both act the observation's context is
	 * the one returned.
	 */
	static final class LimitsObserved extends SimplePerformantInstrumentation implements FieldsCounted {

		private final GraphQlLimits limits;
		private final Instrumentation observation;

		LimitsObserved(GraphQlLimits limits, Instrumentation observation) {
			this.limits = limits;
			this.observation = observation;
		}

		@Override
		public @Nullable CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			InstrumentationState own = limits.createState(parameters);
			CompletableFuture<InstrumentationState> observed = observation.createStateAsync(parameters);
			return observed == null ? CompletableFuture.completedFuture(new States(own, null))
					: observed.thenApply(state -> new States(own, state));
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return observation.beginExecution(parameters, observed(state));
		}

		@Override
		public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			return limits.beginValidation(parameters, own(state));
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			// The observation first, as in Spring's chain: a refused operation is still observed under its name.
			InstrumentationContext<ExecutionResult> observed = observation.beginExecuteOperation(parameters,
					observed(state));
			limits.beginExecuteOperation(parameters, own(state));
			return observed;
		}

		@Override
		public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return limits.beginExecutionStrategy(parameters, own(state));
		}

		@Override
		public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return limits.beginExecuteObject(parameters, own(state));
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return observation.instrumentDataFetcher(dataFetcher, parameters, observed(state));
		}

		@Override
		public void objectsCompleted(graphql.execution.ExecutionContext context, long fields,
				InstrumentationState state) {
			limits.objectsCompleted(context, fields, own(state));
		}

		private static @Nullable InstrumentationState own(@Nullable InstrumentationState state) {
			return state instanceof States both ? both.limits() : null;
		}

		private static @Nullable InstrumentationState observed(@Nullable InstrumentationState state) {
			return state instanceof States both ? both.observation() : null;
		}
	}
}
