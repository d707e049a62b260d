package ca.engagementgraph.security;

import java.util.List;

import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Every limit a GraphQL request meets, as one instrumentation: the document's aliases, directives and repeated fields
 * at validation ({@link DocumentLimits}); the operation's depth and cost before it runs ({@link QueryCost}); the
 * answer's values and time while it is built ({@link AnswerBudget}). One, rather than one per limit: graphql-java
 * chains instrumentations and calls each of them at every field of every answer, and with four of ours beside Spring's
 * observation that chain cost a quarter of GraphQL's own time on the largest answers (project coverage at scale L).
 */
final class GraphQlLimits extends SimplePerformantInstrumentation implements FieldsCounted {

	private final QueryCost queryCost;
	private final AnswerBudget answerBudget;

	GraphQlLimits(QueryCost queryCost, AnswerBudget answerBudget) {
		DocumentLimits.capTheParser();
		this.queryCost = queryCost;
		this.answerBudget = answerBudget;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return answerBudget.createState(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		DocumentLimits.check(parameters.getDocument(), parameters.getExecutionInput().getLocale());
		return super.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		queryCost.check(parameters.getExecutionContext());
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return answerBudget.beginExecutionStrategy(parameters, state);
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return answerBudget.beginExecuteObject(parameters, state);
	}

	@Override
	public void objectsCompleted(graphql.execution.ExecutionContext context, long fields, InstrumentationState state) {
		answerBudget.objectsCompleted(context, fields, state);
	}
}
